import { resolveTimeZone, wallClockAt, type ResolvedTimeZone } from './timeZones';

const dayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type DayOfWeek = (typeof dayNames)[number];

export interface WorkingHours {
  readonly daysOfWeek: readonly DayOfWeek[];
  /** Minutes after local midnight. */
  readonly startMinute: number;
  readonly endMinute: number;
  readonly timeZone: ResolvedTimeZone;
}

/**
 * Exchange's defaults for a new mailbox in a German tenant: Monday to Friday, 08:00–17:00,
 * in the mailbox's zone. The emulator has no mailbox settings API, so every user has these.
 */
export const defaultWorkingHours: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startMinute: 8 * 60,
  endMinute: 17 * 60,
  timeZone: resolveTimeZone('W. Europe Standard Time') as ResolvedTimeZone
};

/** The whole week, for `activityDomain: personal` (same hours, weekends included). */
export function withAllDays(hours: WorkingHours): WorkingHours {
  return { ...hours, daysOfWeek: [...dayNames] };
}

function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.0000000`;
}

/** The `workingHours` complex type of getSchedule's scheduleInformation. */
export function renderWorkingHours(hours: WorkingHours): Record<string, unknown> {
  return {
    daysOfWeek: [...hours.daysOfWeek],
    startTime: timeOfDay(hours.startMinute),
    endTime: timeOfDay(hours.endMinute),
    timeZone: { name: hours.timeZone.name }
  };
}

/** Whether [startMs, endMs) lies inside one working day of `hours`, judged on the wall clock of its zone. */
export function isWithinWorkingHours(startMs: number, endMs: number, hours: WorkingHours): boolean {
  const start = wallClockAt(startMs, hours.timeZone.iana);
  const endInstant = wallClockAt(endMs, hours.timeZone.iana);
  const sameDay = start.year === endInstant.year && start.month === endInstant.month && start.day === endInstant.day;
  if (!sameDay || !hours.daysOfWeek.includes(dayNames[start.weekday])) {
    return false;
  }
  const startMinute = start.hour * 60 + start.minute;
  const endMinute = endInstant.hour * 60 + endInstant.minute + (endInstant.second > 0 ? 1 : 0);
  return startMinute >= hours.startMinute && endMinute <= hours.endMinute;
}
