/**
 * Calendar arithmetic in the city's time zone. Seed dates are planned as local wall-clock
 * times (a meeting at 10:00 in Germany) and stored either as such (calendar events carry
 * their time zone) or as UTC ISO strings (SharePoint DateTime columns).
 */

// The seed may use the domain's pure functions (no I/O, no SharePoint or Graph client); the
// emulator under local/emulator imports no product code at all.
import { wallClockOf, wallClockToUtc } from '../../src/domain/wallClockTime';

/** Graph's (Windows) name of the city's time zone, Europe/Berlin. */
export const seedTimeZone = 'W. Europe Standard Time';

/** A calendar day, independent of any time zone. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day `instant` falls on in Germany. */
export function localDateOf(instant: Date): LocalDate {
  const [year, month, day] = wallClockOf(instant.toISOString())!.slice(0, 10).split('-').map(Number);
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

/**
 * The UTC instant (ISO) of a German wall-clock time, by the product's own rule, so the demo
 * data holds what the product would have stored (the repeated autumn hour included).
 */
export function wallClockToIso(date: LocalDate, minutesOfDay: number): string {
  return wallClockToUtc(wallClock(date, minutesOfDay));
}

/** Date-only columns: SharePoint stores them as midnight local time, expressed in UTC. */
export function dateOnlyToIso(date: LocalDate): string {
  return wallClockToIso(date, 0);
}
