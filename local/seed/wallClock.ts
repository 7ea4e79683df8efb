/**
 * Calendar arithmetic in the city's time zone. Seed dates are planned as local wall-clock
 * times (a meeting at 10:00 in Germany) and stored either as such (calendar events carry
 * their time zone) or as UTC ISO strings (SharePoint DateTime columns).
 */

export const seedTimeZone = 'W. Europe Standard Time';
const ianaZone = 'Europe/Berlin';

/** A calendar day, independent of any time zone. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: ianaZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit'
});

function localParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** The day `instant` falls on in Germany. */
export function localDateOf(instant: Date): LocalDate {
  const { year, month, day } = localParts(instant);
  return { year, month, day };
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return normalise(Date.UTC(year, month - 1, day));
}

function normalise(utcMidnight: number): LocalDate {
  const date = new Date(utcMidnight);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return normalise(Date.UTC(date.year, date.month - 1, date.day + days));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function isWeekend(date: LocalDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** The first Monday to Friday on or after `date`. */
export function nextWorkday(date: LocalDate): LocalDate {
  let day = date;
  while (isWeekend(day)) {
    day = addDays(day, 1);
  }
  return day;
}

/** The last Monday to Friday on or before `date`. */
export function previousWorkday(date: LocalDate): LocalDate {
  let day = date;
  while (isWeekend(day)) {
    day = addDays(day, -1);
  }
  return day;
}

/** The first `weekday` (0–6) on or after `date`. */
export function nextWeekday(date: LocalDate, weekday: number): LocalDate {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

const two = (value: number): string => String(value).padStart(2, '0');

/** 'YYYY-MM-DD' */
export function formatDate(date: LocalDate): string {
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

/** Wall-clock 'YYYY-MM-DDTHH:mm:ss' as Graph's dateTimeTimeZone expects it. */
export function wallClock(date: LocalDate, minutesOfDay: number): string {
  return `${formatDate(date)}T${two(Math.floor(minutesOfDay / 60))}:${two(minutesOfDay % 60)}:00`;
}

/** The UTC instant (ISO) of a German wall-clock time, honouring summer time. */
export function wallClockToIso(date: LocalDate, minutesOfDay: number): string {
  const wanted = Date.UTC(date.year, date.month - 1, date.day, Math.floor(minutesOfDay / 60), minutesOfDay % 60);
  // Germany is UTC+1 or UTC+2: try both offsets and keep the one that shows the wanted time.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(wanted - offsetHours * 3600_000);
    const parts = localParts(candidate);
    if (Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) === wanted) {
      return candidate.toISOString();
    }
  }
  // A time skipped by the spring clock change: take the hour after it.
  return new Date(wanted - 3600_000).toISOString();
}

/** Date-only columns: SharePoint stores them as midnight local time, expressed in UTC. */
export function dateOnlyToIso(date: LocalDate): string {
  return wallClockToIso(date, 0);
}
