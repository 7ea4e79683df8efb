/**
 * Plans the annual round of goal-agreement meetings: one slot for every department inside a
 * window, on working days within working hours, where the coordinator and all of the
 * department's contacts are free, at most N meetings a day, with buffers between meetings.
 * Times are wall-clock times of the city (`YYYY-MM-DDTHH:MM`, as Graph answers with
 * `Prefer: outlook.timezone`), so daylight-saving changes need no special case.
 */

export interface Interval {
  /** Local wall-clock time, `YYYY-MM-DDTHH:MM`. */
  readonly start: string;
  readonly end: string;
}

export interface DepartmentToPlan {
  readonly departmentId: number;
  readonly name: string;
  /** Mailboxes that must attend (the department's contacts). */
  readonly attendees: readonly string[];
  /**
   * ISO day the meeting should be near, e.g. twelve months after last year's agreement meeting:
   * the planner takes the fitting slot on the nearest day (the earlier day on a tie).
   */
  readonly preferredDay?: string;
  /** Times this department cannot take, e.g. a slot its contacts declined. */
  readonly avoid?: readonly Interval[];
}

export interface RoundSettings {
  /** First and last day of the window, ISO days, both included. */
  readonly firstDay: string;
  readonly lastDay: string;
  /** Working hours as minutes after midnight, e.g. 8 * 60 and 16 * 60. */
  readonly dayStartMinutes: number;
  readonly dayEndMinutes: number;
  readonly meetingMinutes: number;
  /** Free time the coordinator keeps before and after each planned meeting. */
  readonly bufferMinutes: number;
  readonly maxMeetingsPerDay: number;
  /** Granularity of the proposed start times. */
  readonly stepMinutes: number;
  /** ISO days without meetings: public holidays, the office's closed days. */
  readonly closedDays: ReadonlySet<string>;
}

export interface RoundInput {
  readonly settings: RoundSettings;
  readonly coordinator: string;
  readonly departments: readonly DepartmentToPlan[];
  /** Busy times per mailbox (lower-case addresses), from getSchedule. */
  readonly busy: ReadonlyMap<string, readonly Interval[]>;
  /** Slots the coordinator has already fixed (adjusted by hand or booked); the planner keeps them. */
  readonly fixed?: ReadonlyArray<{ readonly departmentId: number; readonly slot: Interval }>;
}

export type UnplacedReason = 'noCommonFreeTime' | 'daysFull' | 'noAttendees';

export interface RoundPlan {
  readonly placed: ReadonlyArray<{ readonly departmentId: number; readonly slot: Interval; readonly isFixed: boolean }>;
  readonly unplaced: ReadonlyArray<{ readonly departmentId: number; readonly reason: UnplacedReason }>;
}

const minutesPerDay = 24 * 60;

/** Minutes since 1970-01-01T00:00 of the wall clock; only differences and order matter. */
export function wallMinutes(local: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) {
    throw new Error(`Not a local date-time: ${local}`);
  }
  const [, year, month, day, hour, minute] = match.map(Number);
  return Date.UTC(year, month - 1, day, hour, minute) / 60000;
}

export function wallTime(minutes: number): string {
  return new Date(minutes * 60000).toISOString().slice(0, 16);
}

function workingDays(settings: RoundSettings): number[] {
  const days: number[] = [];
  for (let day = wallMinutes(`${settings.firstDay}T00:00`); day <= wallMinutes(`${settings.lastDay}T00:00`); day += minutesPerDay) {
    const date = new Date(day * 60000);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !settings.closedDays.has(date.toISOString().slice(0, 10))) {
      days.push(day);
    }
  }
  return days;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The first slot (they are in time order) on the day nearest to `preferredDay` (days since 1970). */
function nearestDay(slots: readonly Span[], preferredDay: number): Span | undefined {
  let best: Span | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const slot of slots) {
    const distance = Math.abs(Math.floor(slot.start / minutesPerDay) - preferredDay);
    if (distance < bestDistance) {
      best = slot;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Places the most constrained departments first (fewest possible slots), each in its earliest
 * slot that still fits, ties broken by department id: the same input always gives the same plan.
 */
export function planRound(input: RoundInput): RoundPlan {
  const { settings } = input;
  const busyOf = (mailbox: string): Span[] => (input.busy.get(mailbox.toLowerCase()) ?? []).map((interval) => ({ start: wallMinutes(interval.start), end: wallMinutes(interval.end) }));
  const coordinatorBusy = busyOf(input.coordinator);
  const candidates: Span[] = [];
  for (const day of workingDays(settings)) {
    for (let start = day + settings.dayStartMinutes; start + settings.meetingMinutes <= day + settings.dayEndMinutes; start += settings.stepMinutes) {
      candidates.push({ start, end: start + settings.meetingMinutes });
    }
  }

  const planned: Array<{ departmentId: number; span: Span; isFixed: boolean }> = (input.fixed ?? []).map((fixed) => ({
    departmentId: fixed.departmentId,
    span: { start: wallMinutes(fixed.slot.start), end: wallMinutes(fixed.slot.end) },
    isFixed: true
  }));
  const fixedIds = new Set(planned.map((entry) => entry.departmentId));
  const unplaced: Array<{ departmentId: number; reason: UnplacedReason }> = [];

  // Slots where everybody of a department and the coordinator are free, before other meetings are placed.
  const freeSlots = new Map<number, Span[]>();
  for (const department of input.departments.filter((candidate) => !fixedIds.has(candidate.departmentId))) {
    if (department.attendees.length === 0) {
      unplaced.push({ departmentId: department.departmentId, reason: 'noAttendees' });
      continue;
    }
    const avoided = (department.avoid ?? []).map((interval) => ({ start: wallMinutes(interval.start), end: wallMinutes(interval.end) }));
    const busy = [...coordinatorBusy, ...department.attendees.flatMap(busyOf), ...avoided];
    freeSlots.set(
      department.departmentId,
      candidates.filter((slot) => !busy.some((interval) => overlaps(slot, interval)))
    );
  }

  const preferredDayOf = new Map(
    input.departments.filter((department) => department.preferredDay !== undefined).map((department) => [department.departmentId, wallMinutes(`${department.preferredDay}T00:00`) / minutesPerDay])
  );
  const order = [...freeSlots.keys()].sort((a, b) => freeSlots.get(a)!.length - freeSlots.get(b)!.length || a - b);
  for (const departmentId of order) {
    const free = freeSlots.get(departmentId)!;
    if (free.length === 0) {
      unplaced.push({ departmentId, reason: 'noCommonFreeTime' });
      continue;
    }
    const fits = (slot: Span): boolean => {
      const dayStart = Math.floor(slot.start / minutesPerDay) * minutesPerDay;
      const sameDay = planned.filter((entry) => entry.span.start >= dayStart && entry.span.start < dayStart + minutesPerDay).length;
      const buffered = { start: slot.start - settings.bufferMinutes, end: slot.end + settings.bufferMinutes };
      return sameDay < settings.maxMeetingsPerDay && !planned.some((entry) => overlaps(buffered, entry.span));
    };
    const preferred = preferredDayOf.get(departmentId);
    const slot = preferred === undefined ? free.find(fits) : nearestDay(free.filter(fits), preferred);
    if (slot) {
      planned.push({ departmentId, span: slot, isFixed: false });
    } else {
      unplaced.push({ departmentId, reason: 'daysFull' });
    }
  }

  return {
    placed: planned
      .sort((a, b) => a.span.start - b.span.start || a.departmentId - b.departmentId)
      .map((entry) => ({ departmentId: entry.departmentId, slot: { start: wallTime(entry.span.start), end: wallTime(entry.span.end) }, isFixed: entry.isFixed })),
    unplaced: unplaced.sort((a, b) => a.departmentId - b.departmentId)
  };
}
