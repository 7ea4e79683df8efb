import { isoDay } from './calendarDate';

/** The German states (Länder) by their official two-letter codes; public holidays differ between them. */
export const germanStates = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type GermanState = (typeof germanStates)[number];

export interface PublicHoliday {
  /** ISO day, e.g. '2026-05-14'. */
  readonly date: string;
  readonly name: string;
}

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function shift(date: Day, days: number): Day {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Buß- und Bettag: the Wednesday before 23 November. */
function dayOfRepentance(year: number): Day {
  const weekday = new Date(Date.UTC(year, 10, 23)).getUTCDay(); // 0 = Sunday
  const back = ((weekday - 3 + 7) % 7) || 7;
  return shift({ year, month: 11, day: 23 }, -back);
}

type Rule = { readonly name: string; readonly states: readonly GermanState[] | 'all'; readonly date: (year: number, easter: Day) => Day | undefined };

const fixed = (month: number, day: number) => (year: number): Day => ({ year, month, day });
const fromEaster = (days: number) => (_year: number, easter: Day): Day => shift(easter, days);
const since = (first: number, date: (year: number, easter: Day) => Day) => (year: number, easter: Day): Day | undefined => (year >= first ? date(year, easter) : undefined);

/**
 * Statutory public holidays by state law, as they stand in 2026. Holidays that only some
 * municipalities keep (Fronleichnam in parts of Saxony and Thuringia, Mariä Himmelfahrt in
 * Catholic Bavarian municipalities, the Augsburg Peace Festival) are left out: the city's
 * office adds them as its own closed days.
 */
const rules: readonly Rule[] = [
  { name: 'Neujahr', states: 'all', date: fixed(1, 1) },
  { name: 'Heilige Drei Könige', states: ['BW', 'BY', 'ST'], date: fixed(1, 6) },
  { name: 'Internationaler Frauentag', states: ['BE'], date: since(2019, fixed(3, 8)) },
  { name: 'Internationaler Frauentag', states: ['MV'], date: since(2023, fixed(3, 8)) },
  { name: 'Karfreitag', states: 'all', date: fromEaster(-2) },
  { name: 'Ostersonntag', states: ['BB'], date: fromEaster(0) },
  { name: 'Ostermontag', states: 'all', date: fromEaster(1) },
  { name: 'Tag der Arbeit', states: 'all', date: fixed(5, 1) },
  { name: 'Christi Himmelfahrt', states: 'all', date: fromEaster(39) },
  { name: 'Pfingstsonntag', states: ['BB'], date: fromEaster(49) },
  { name: 'Pfingstmontag', states: 'all', date: fromEaster(50) },
  { name: 'Fronleichnam', states: ['BW', 'BY', 'HE', 'NW', 'RP', 'SL'], date: fromEaster(60) },
  { name: 'Mariä Himmelfahrt', states: ['SL'], date: fixed(8, 15) },
  { name: 'Weltkindertag', states: ['TH'], date: since(2019, fixed(9, 20)) },
  { name: 'Tag der Deutschen Einheit', states: 'all', date: fixed(10, 3) },
  { name: 'Reformationstag', states: ['BB', 'MV', 'SN', 'ST', 'TH'], date: fixed(10, 31) },
  { name: 'Reformationstag', states: ['HB', 'HH', 'NI', 'SH'], date: since(2018, fixed(10, 31)) },
  { name: 'Allerheiligen', states: ['BW', 'BY', 'NW', 'RP', 'SL'], date: fixed(11, 1) },
  { name: 'Buß- und Bettag', states: ['SN'], date: dayOfRepentance },
  { name: '1. Weihnachtstag', states: 'all', date: fixed(12, 25) },
  { name: '2. Weihnachtstag', states: 'all', date: fixed(12, 26) }
];

/** Holidays kept once, by federal or state decision (the Reformation's 500th anniversary, 75/80 years since the war's end in Berlin). */
const oneOff: ReadonlyArray<{ readonly date: Day; readonly name: string; readonly states: readonly GermanState[] | 'all' }> = [
  { date: { year: 2017, month: 10, day: 31 }, name: 'Reformationstag (500. Jahrestag)', states: 'all' },
  { date: { year: 2020, month: 5, day: 8 }, name: 'Tag der Befreiung', states: ['BE'] },
  { date: { year: 2025, month: 5, day: 8 }, name: 'Tag der Befreiung', states: ['BE'] }
];

const applies = (states: readonly GermanState[] | 'all', state: GermanState): boolean => states === 'all' || states.includes(state);

/** The public holidays of a state in a year, in date order; computed, so any year works. */
export function publicHolidays(state: GermanState, year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const byDate = new Map<string, string>();
  for (const rule of rules) {
    const date = applies(rule.states, state) ? rule.date(year, easter) : undefined;
    if (date) {
      byDate.set(isoDay(date), rule.name);
    }
  }
  for (const extra of oneOff) {
    if (extra.date.year === year && applies(extra.states, state) && !byDate.has(isoDay(extra.date))) {
      byDate.set(isoDay(extra.date), extra.name);
    }
  }
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/** Holidays of a state between two ISO days (both included), e.g. a planning window across New Year. */
export function publicHolidaysBetween(state: GermanState, firstDay: string, lastDay: string): PublicHoliday[] {
  const first = Number(firstDay.slice(0, 4));
  const last = Number(lastDay.slice(0, 4));
  const result: PublicHoliday[] = [];
  for (let year = first; year <= last; year += 1) {
    result.push(...publicHolidays(state, year).filter((holiday) => holiday.date >= firstDay && holiday.date <= lastDay));
  }
  return result;
}
