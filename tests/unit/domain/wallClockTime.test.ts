import { normaliseWallClock, wallClockOf, wallClockToUtc } from '../../../src/domain/wallClockTime';

describe('wall-clock time in Germany ↔ UTC', () => {
  it('uses UTC+1 in winter and UTC+2 in summer, on either side of both clock changes', () => {
    expect(wallClockToUtc('2030-03-30T10:00')).toBe('2030-03-30T09:00:00.000Z');
    expect(wallClockToUtc('2030-03-31T10:00')).toBe('2030-03-31T08:00:00.000Z');
    expect(wallClockToUtc('2030-10-26T10:00')).toBe('2030-10-26T08:00:00.000Z');
    expect(wallClockToUtc('2030-10-27T10:00')).toBe('2030-10-27T09:00:00.000Z');
    expect(wallClockToUtc('2030-12-31T23:30')).toBe('2030-12-31T22:30:00.000Z');
  });

  it('round-trips every quarter hour of the days with a clock change', () => {
    for (const day of ['2030-03-31', '2030-10-27']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const wallClock = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        // 02:00–02:59 does not exist on the spring day.
        if (day === '2030-03-31' && wallClock >= `${day}T02:00` && wallClock < `${day}T03:00`) {
          continue;
        }
        expect(wallClockOf(wallClockToUtc(wallClock))).toBe(wallClock);
      }
    }
  });

  it('moves a skipped time to the hour after and takes a repeated time in summer time', () => {
    expect(wallClockOf(wallClockToUtc('2030-03-31T02:30'))).toBe('2030-03-31T03:30');
    expect(wallClockToUtc('2030-10-27T02:30')).toBe('2030-10-27T00:30:00.000Z');
  });

  describe('the hours of the 2026 clock changes (RFC 5545: first of a repeated time, offset before a gap)', () => {
    it('autumn, 25.10.2026: 02:00–02:59 happens twice; a wall-clock time there is the first, in summer time', () => {
      expect(wallClockToUtc('2026-10-25T01:59')).toBe('2026-10-24T23:59:00.000Z');
      expect(wallClockToUtc('2026-10-25T02:00')).toBe('2026-10-25T00:00:00.000Z');
      expect(wallClockToUtc('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
      expect(wallClockToUtc('2026-10-25T02:59')).toBe('2026-10-25T00:59:00.000Z');
      expect(wallClockToUtc('2026-10-25T03:00')).toBe('2026-10-25T02:00:00.000Z');
      // Both instants of the repeated hour read back as the same wall-clock time.
      expect(wallClockOf('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30');
      expect(wallClockOf('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30');
      expect(wallClockOf('2026-10-25T02:00:00Z')).toBe('2026-10-25T03:00');
    });

    it('spring, 29.03.2026: 02:00–02:59 is skipped; a wall-clock time there lands an hour later', () => {
      expect(wallClockToUtc('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z');
      expect(wallClockToUtc('2026-03-29T02:00')).toBe('2026-03-29T01:00:00.000Z');
      expect(wallClockToUtc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
      expect(wallClockToUtc('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
      expect(wallClockToUtc('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
      // No instant reads as 02:xx: the clock jumps from 01:59 to 03:00.
      expect(wallClockOf('2026-03-29T00:59:00Z')).toBe('2026-03-29T01:59');
      expect(wallClockOf('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00');
      expect(wallClockOf('2026-03-29T01:30:00Z')).toBe('2026-03-29T03:30');
    });
  });

  it('reads UTC instants as SharePoint returns them, and refuses what is no wall-clock time', () => {
    expect(wallClockOf('2030-07-01T08:00:00Z')).toBe('2030-07-01T10:00');
    expect(wallClockOf('2030-01-01T00:00:00Z')).toBe('2030-01-01T01:00');
    expect(wallClockOf('kein Datum')).toBeUndefined();
    expect(normaliseWallClock('2030-07-01T10:00:00')).toBe('2030-07-01T10:00');
    expect(() => wallClockToUtc('2030-07-01')).toThrow(RangeError);
    expect(() => wallClockToUtc('2030-07-01T10:00:00Z')).toThrow(RangeError);
  });
});
