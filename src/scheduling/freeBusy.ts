import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import type { Interval } from '../domain/roundPlanner';
import type { RetryPolicy } from '../http/retryPolicy';
import { BatchStep, CalendarService, defaultTimeZone, scheduleStep } from './calendarService';
import { sendGraphSteps } from './graphBatch';

/** Mailboxes asked about in one getSchedule request: small answers, and one failing request loses little. */
export const mailboxesPerScheduleRequest = 15;

/**
 * Days per getSchedule window. Graph refuses windows over 62 days; the window is given in wall-clock
 * time, so the hour gained when summer time ends would push a full 62-day window just over it.
 */
export const scheduleWindowMaxDays = 61;

export interface FreeBusy {
  /** Busy times per lower-case address, wall-clock `YYYY-MM-DDTHH:MM` in the requested time zone. */
  readonly busy: Map<string, Interval[]>;
  /** Mailboxes Graph could not report on (unknown address, no access), with its message. */
  readonly unavailable: ReadonlyArray<{ readonly address: string; readonly message: string }>;
  /** HTTP requests sent: `$batch` requests of up to 20 getSchedule calls, retries of throttled parts included. */
  readonly roundTrips: number;
}

export interface FreeBusyOptions {
  readonly timeZone?: string;
  /** getSchedule calls answered so far, of all. */
  onProgress?(done: number, total: number): void;
  /** Overrides of the shared retry policy; tests pass fewer tries. */
  readonly retry?: Partial<RetryPolicy>;
  /** Waits between retries of throttled parts; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
}

/**
 * What blocks a slot: busy, out of office and tentative items. "Working elsewhere" does not:
 * the person works and can be invited (Graph itself shows it as free, 0, in availabilityView, and
 * the meetings can be held online). Free and unknown items do not either.
 */
const blockingStatuses = new Set(['busy', 'oof', 'tentative']);

const dayMs = 86_400_000;

function dayNumber(isoDay: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) {
    throw new Error(`Not an ISO day: ${isoDay}`);
  }
  return Date.parse(`${isoDay}T00:00:00Z`) / dayMs;
}

function isoDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** `[firstDay 00:00, lastDay + 1 00:00)` cut into consecutive windows of at most `maxDays` days. */
export function scheduleWindows(firstDay: string, lastDay: string, maxDays = scheduleWindowMaxDays): Array<{ start: string; end: string }> {
  const first = dayNumber(firstDay);
  const endExclusive = dayNumber(lastDay) + 1;
  if (endExclusive <= first) {
    throw new Error(`The window ${firstDay} – ${lastDay} is empty.`);
  }
  const windows: Array<{ start: string; end: string }> = [];
  for (let start = first; start < endExclusive; start += maxDays) {
    windows.push({ start: `${isoDay(start)}T00:00:00`, end: `${isoDay(Math.min(start + maxDays, endExclusive))}T00:00:00` });
  }
  return windows;
}

/** Consecutive slices of at most `size` items. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) {
    throw new Error('A chunk holds at least one item.');
  }
  const chunks: T[][] = [];
  for (let offset = 0; offset < items.length; offset += size) {
    chunks.push(items.slice(offset, offset + size));
  }
  return chunks;
}

/** `2026-03-02T09:30:00.0000000` → `2026-03-02T09:30`. */
function wallClock(dateTime: string): string {
  return dateTime.slice(0, 16);
}

/** The blocking items of one schedule as wall-clock intervals; the schedule's error instead when Graph gave one. */
export function availabilityOf(schedule: ScheduleInformation): { address: string; busy: Interval[] } | { address: string; error: string } {
  const address = (schedule.scheduleId ?? '').toLowerCase();
  if (schedule.error) {
    return { address, error: schedule.error.message ?? `Graph reported error ${schedule.error.responseCode ?? ''}`.trim() };
  }
  const busy: Interval[] = [];
  for (const item of schedule.scheduleItems ?? []) {
    if (item.status && blockingStatuses.has(item.status) && item.start?.dateTime && item.end?.dateTime) {
      busy.push({ start: wallClock(item.start.dateTime), end: wallClock(item.end.dateTime) });
    }
  }
  return { address, busy };
}

/**
 * Free/busy of many mailboxes over a window of days: getSchedule calls of at most 15 mailboxes
 * and 61 days, sent together as the steps of one JSON `$batch` (20 calls, so 300 mailboxes over
 * one window, per round trip), each with `Prefer: outlook.timezone` so that times come back as
 * the city's wall-clock time. Throttled calls are sent again alone. Items spanning two windows
 * appear in both and simply overlap. A call that still fails fails the whole read: a plan built
 * on missing free/busy would look free where it is not.
 */
export async function readFreeBusy(calendar: CalendarService, mailboxes: readonly string[], firstDay: string, lastDay: string, options: FreeBusyOptions = {}): Promise<FreeBusy> {
  const timeZone = options.timeZone ?? defaultTimeZone;
  const addresses = [...new Set(mailboxes.map((address) => address.trim().toLowerCase()).filter((address) => address !== ''))];
  const steps: BatchStep[] = [];
  for (const window of scheduleWindows(firstDay, lastDay)) {
    for (const group of chunked(addresses, mailboxesPerScheduleRequest)) {
      steps.push(scheduleStep(String(steps.length), group, { ...window, timeZone }));
    }
  }
  const { outcomes, roundTrips } = await sendGraphSteps(calendar, steps, {
    retry: options.retry,
    sleep: options.sleep,
    onSettled: (settled) => options.onProgress?.(settled, steps.length)
  });

  const busy = new Map<string, Interval[]>();
  const unavailable = new Map<string, string>();
  for (const step of steps) {
    const outcome = outcomes.get(step.id)!;
    if (!outcome.ok) {
      throw outcome.error;
    }
    for (const schedule of (outcome.result.body as { value?: ScheduleInformation[] } | undefined)?.value ?? []) {
      const availability = availabilityOf(schedule);
      if ('error' in availability) {
        unavailable.set(availability.address, availability.error);
      } else {
        busy.set(availability.address, [...(busy.get(availability.address) ?? []), ...availability.busy]);
      }
    }
  }
  for (const address of unavailable.keys()) {
    busy.delete(address);
  }
  return { busy, unavailable: [...unavailable].map(([address, message]) => ({ address, message })), roundTrips };
}
