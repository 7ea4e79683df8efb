import { addDays, localDate, localDateOf, nextWeekday, wallClock, wallClockToIso } from '../../../local/seed/wallClock';

describe('seed wall-clock arithmetic (Germany)', () => {
  it('converts local times to UTC across summer and winter time', () => {
    expect(wallClockToIso(localDate(2026, 1, 15), 10 * 60)).toBe('2026-01-15T09:00:00.000Z');
    expect(wallClockToIso(localDate(2026, 7, 15), 10 * 60)).toBe('2026-07-15T08:00:00.000Z');
    // The night of the spring clock change (29.03.2026) and the autumn one (25.10.2026).
    expect(wallClockToIso(localDate(2026, 3, 29), 12 * 60)).toBe('2026-03-29T10:00:00.000Z');
    expect(wallClockToIso(localDate(2026, 10, 25), 12 * 60)).toBe('2026-10-25T11:00:00.000Z');
  });

  it('stores the hours of the clock changes as the product does', () => {
    // 02:30 on 25.10.2026 happens twice: the first, in summer time. On 29.03.2026 it is skipped: 03:30.
    expect(wallClockToIso(localDate(2026, 10, 25), 2 * 60 + 30)).toBe('2026-10-25T00:30:00.000Z');
    expect(wallClockToIso(localDate(2026, 3, 29), 2 * 60 + 30)).toBe('2026-03-29T01:30:00.000Z');
    expect(localDateOf(new Date('2026-10-24T22:30:00Z'))).toEqual({ year: 2026, month: 10, day: 25 });
    expect(localDateOf(new Date('2026-03-28T22:59:00Z'))).toEqual({ year: 2026, month: 3, day: 28 });
  });

  it("takes today's date in Germany, not in UTC", () => {
    expect(localDateOf(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1 });
    expect(localDateOf(new Date('2026-06-30T21:59:00Z'))).toEqual({ year: 2026, month: 6, day: 30 });
  });

  it('adds days across month and year ends and finds weekdays', () => {
    expect(addDays(localDate(2026, 12, 30), 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addDays(localDate(2028, 3, 1), -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(nextWeekday(localDate(2026, 11, 23), 2)).toEqual({ year: 2026, month: 11, day: 24 });
    expect(nextWeekday(localDate(2026, 11, 24), 2)).toEqual({ year: 2026, month: 11, day: 24 });
    expect(wallClock(localDate(2026, 3, 5), 8 * 60 + 30)).toBe('2026-03-05T08:30:00');
  });
});
