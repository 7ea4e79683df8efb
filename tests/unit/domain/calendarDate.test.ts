import { addDays, addMonths, isoDay, localDate, todayInCouncil } from '../../../src/domain/calendarDate';

describe('calendar dates', () => {
  it('reads date-only values as written and instants in German local time', () => {
    expect(localDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(localDate('2024-06-30T22:30:00Z')).toEqual({ year: 2024, month: 7, day: 1 });
    expect(localDate('2024-01-31T22:30:00Z')).toEqual({ year: 2024, month: 1, day: 31 });
    expect(localDate('kein Datum')).toBeUndefined();
  });

  it('adds months, falling back to the last day of a shorter month', () => {
    expect(isoDay(addMonths({ year: 2023, month: 3, day: 15 }, 10))).toBe('2024-01-15');
    expect(isoDay(addMonths({ year: 2023, month: 12, day: 31 }, 2))).toBe('2024-02-29');
    expect(isoDay(addMonths({ year: 2023, month: 5, day: 31 }, 12))).toBe('2024-05-31');
  });

  it('counts days across months, years and the clock change, and names today as the city does', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(todayInCouncil(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
