import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import type { Interval } from '../domain/roundPlanner';
import { CalendarService, defaultTimeZone, TimeWindow } from './calendarService';

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
  /** getSchedule requests sent. */
  readonly requests: number;
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
 * Free/busy of many mailboxes over a window of days: getSchedule in requests of at most 15
 * mailboxes and 61 days, with `Prefer: outlook.timezone` so that times come back as the city's
 * wall-clock time. Items spanning two windows appear in both and simply overlap.
 */
export async function readFreeBusy(
  calendar: CalendarService,
  mailboxes: readonly string[],
  firstDay: string,
  lastDay: string,
  options: { timeZone?: string; onProgress?(done: number, total: number): void } = {}
): Promise<FreeBusy> {
  const timeZone = options.timeZone ?? defaultTimeZone;
  const addresses = [...new Set(mailboxes.map((address) => address.trim().toLowerCase()).filter((address) => address !== ''))];
  const busy = new Map<string, Interval[]>();
  const unavailable = new Map<string, string>();
  const windows = scheduleWindows(firstDay, lastDay);
  const groups = chunked(addresses, mailboxesPerScheduleRequest);
  const total = windows.length * groups.length;
  let requests = 0;
  for (const window of windows) {
    for (const group of groups) {
      const timeWindow: TimeWindow = { ...window, timeZone };
      const schedules = await calendar.getSchedules(group, timeWindow);
      requests += 1;
      for (const schedule of schedules) {
        const availability = availabilityOf(schedule);
        if ('error' in availability) {
          unavailable.set(availability.address, availability.error);
        } else {
          busy.set(availability.address, [...(busy.get(availability.address) ?? []), ...availability.busy]);
        }
      }
      options.onProgress?.(requests, total);
    }
  }
  for (const address of unavailable.keys()) {
    busy.delete(address);
  }
  return { busy, unavailable: [...unavailable].map(([address, message]) => ({ address, message })), requests };
}
