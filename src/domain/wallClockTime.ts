import { councilTimeZone } from './calendarDate';

/**
 * Meetings are planned in the city's wall-clock time (`YYYY-MM-DDTHH:MM`, Europe/Berlin), while
 * SharePoint DateTime columns take and return UTC ISO instants. The offset changes twice a year,
 * so it is looked up per instant, never assumed.
 */

const wallClockPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: councilTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit'
});

/** The wall-clock `YYYY-MM-DDTHH:MM` in Germany of a UTC ISO instant; `undefined` when it is no instant. */
export function wallClockOf(iso: string): string | undefined {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    return undefined;
  }
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The UTC ISO instant of a German wall-clock time. Used by the product and by the demo seed, so
 * both store the same instant for the same planned time.
 *
 * Twice a year a wall-clock time has no single instant. The rule is iCalendar's (RFC 5545,
 * 3.3.5), the format meeting invitations travel in, also Temporal's 'compatible' and the rule of
 * the local emulator's Graph:
 * - a time that exists twice (autumn, 02:00–02:59 on the last Sunday of October) is the first
 *   of the two, still in summer time: 2026-10-25T02:30 is 00:30 UTC;
 * - a time skipped in spring (02:00–02:59 on the last Sunday of March) is read with the offset
 *   before the gap, so it lands one hour later on the clock: 2026-03-29T02:30 is 01:30 UTC (03:30).
 * .NET's TimeZoneInfo instead takes an ambiguous time as standard time and refuses a skipped
 * one; the planning forms cannot ask which 02:30 is meant, so the answer is fixed here.
 */
export function wallClockToUtc(wallClock: string): string {
  const match = wallClockPattern.exec(wallClock);
  if (!match) {
    throw new RangeError(`'${wallClock}' is not a wall-clock time YYYY-MM-DDTHH:MM.`);
  }
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const wanted = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Germany is UTC+2 in summer and UTC+1 in winter; the larger offset gives the earlier instant.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (wallClockOf(candidate.toISOString()) === wanted) {
      return candidate.toISOString();
    }
  }
  return new Date(asUtc - 3_600_000).toISOString();
}

/** `YYYY-MM-DDTHH:MM` of a wall-clock value that may carry seconds. */
export function normaliseWallClock(wallClock: string): string {
  const match = wallClockPattern.exec(wallClock);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}` : wallClock;
}

/** Whether `value` is a wall-clock time (no offset, no `Z`). */
export function isWallClock(value: string): boolean {
  return wallClockPattern.test(value);
}
