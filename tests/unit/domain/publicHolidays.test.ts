import { easterSunday, germanStates, publicHolidays, publicHolidaysBetween } from '../../../src/domain/publicHolidays';
import { isoDay } from '../../../src/domain/calendarDate';

describe('public holidays, computed per state and year', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22']
  ])('finds Easter Sunday %i on %s', (year, date) => {
    expect(isoDay(easterSunday(year))).toBe(date);
  });

  it("lists North Rhine-Westphalia's eleven holidays of 2026 with the Easter-based ones moved", () => {
    expect(publicHolidays('NW', 2026)).toEqual([
      { date: '2026-01-01', name: 'Neujahr' },
      { date: '2026-04-03', name: 'Karfreitag' },
      { date: '2026-04-06', name: 'Ostermontag' },
      { date: '2026-05-01', name: 'Tag der Arbeit' },
      { date: '2026-05-14', name: 'Christi Himmelfahrt' },
      { date: '2026-05-25', name: 'Pfingstmontag' },
      { date: '2026-06-04', name: 'Fronleichnam' },
      { date: '2026-10-03', name: 'Tag der Deutschen Einheit' },
      { date: '2026-11-01', name: 'Allerheiligen' },
      { date: '2026-12-25', name: '1. Weihnachtstag' },
      { date: '2026-12-26', name: '2. Weihnachtstag' }
    ]);
  });

  it('keeps the regional holidays to their states and years', () => {
    const names = (state: (typeof germanStates)[number], year: number): string[] => publicHolidays(state, year).map((holiday) => `${holiday.date} ${holiday.name}`);
    expect(names('SN', 2026)).toContain('2026-11-18 Buß- und Bettag');
    expect(names('SN', 2022)).toContain('2022-11-16 Buß- und Bettag');
    expect(names('NW', 2026).some((name) => name.includes('Buß'))).toBe(false);
    expect(names('NI', 2017)).toContain('2017-10-31 Reformationstag (500. Jahrestag)');
    expect(names('NI', 2016).some((name) => name.includes('Reformationstag'))).toBe(false);
    expect(names('NI', 2018)).toContain('2018-10-31 Reformationstag');
    expect(names('BE', 2025)).toEqual(expect.arrayContaining(['2025-03-08 Internationaler Frauentag', '2025-05-08 Tag der Befreiung']));
    expect(names('BE', 2026).some((name) => name.includes('Befreiung'))).toBe(false);
    expect(names('MV', 2022).some((name) => name.includes('Frauentag'))).toBe(false);
    expect(names('TH', 2026)).toContain('2026-09-20 Weltkindertag');
    expect(names('BY', 2026)).toEqual(expect.arrayContaining(['2026-01-06 Heilige Drei Könige', '2026-06-04 Fronleichnam']));
  });

  it('gives every state the nine nationwide holidays, once each and in date order', () => {
    for (const state of germanStates) {
      const holidays = publicHolidays(state, 2027);
      expect(holidays.length).toBeGreaterThanOrEqual(9);
      expect(new Set(holidays.map((holiday) => holiday.date)).size).toBe(holidays.length);
      expect(holidays.map((holiday) => holiday.date)).toEqual([...holidays.map((holiday) => holiday.date)].sort());
    }
  });

  it('finds the holidays of a planning window across New Year', () => {
    expect(publicHolidaysBetween('NW', '2026-12-20', '2027-01-10').map((holiday) => holiday.date)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
  });
});
