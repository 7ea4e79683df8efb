/**
 * The council's calendar is the city's: a meeting at 23:30 UTC on 31 December already
 * belongs to the next year in Germany. Dates without a time or offset are taken as written.
 */
export const councilTimeZone = 'Europe/Berlin';

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date (year, month 1–12, day) of an ISO date or date-time. */
export function localDate(iso: string): { readonly year: number; readonly month: number; readonly day: number } | undefined {
  const plain = dateOnly.exec(iso);
  if (plain) {
    return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
  }
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    return undefined;
  }
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: councilTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `day` is a real ISO day (2027-02-30 is not). */
export function isIsoDay(day: string): boolean {
  if (!isoDayPattern.test(day)) {
    return false;
  }
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** `YYYY-MM-DD` of a local date. */
export function isoDay(date: { readonly year: number; readonly month: number; readonly day: number }): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of a moment in the council's calendar: today is `todayInCouncil(new Date())`. */
export function todayInCouncil(now: Date): string {
  return isoDay(localDate(now.toISOString())!);
}

/** Calendar days from ISO day `from` to ISO day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `2026-03-31` → `31.03.2026`, the German way of writing a day. */
export function germanDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${day}.${month}.${year}`;
}

/** The ISO day `days` after `day` (negative: before), counted in calendar days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The date `months` calendar months later; the 31st of a shorter month falls back to its last day. */
export function addMonths(date: { readonly year: number; readonly month: number; readonly day: number }, months: number): { year: number; month: number; day: number } {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}
