import {
  formatGraphDateTime,
  parseDateTimeString,
  preferredTimeZone,
  resolveTimeZone,
  toEpoch,
  wallClockToEpoch
} from '../../../local/emulator/graph/timeZones';

const berlin = 'Europe/Berlin';

function local(text: string, iana: string): string {
  const parsed = parseDateTimeString(text);
  if (!parsed) {
    throw new Error(`unparsable ${text}`);
  }
  return new Date(toEpoch(parsed, iana)).toISOString();
}

describe('Windows time zone names', () => {
  it.each([
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Central European Standard Time', 'Europe/Warsaw'],
    ['GMT Standard Time', 'Europe/London'],
    ['Eastern Standard Time', 'America/New_York'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['UTC', 'UTC'],
    ['w. europe standard time', 'Europe/Berlin']
  ])('%s maps to %s', (windows, iana) => {
    expect(resolveTimeZone(windows)?.iana).toBe(iana);
  });

  it('accepts IANA names as Graph does and refuses unknown names', () => {
    expect(resolveTimeZone('Europe/Vienna')).toEqual({ name: 'Europe/Vienna', iana: 'Europe/Vienna' });
    expect(resolveTimeZone('Mars Standard Time')).toBeUndefined();
  });
});

describe('wall clock ↔ instant', () => {
  it('uses winter and summer offsets on either side of the March change', () => {
    expect(local('2025-03-28T09:00:00', berlin)).toBe('2025-03-28T08:00:00.000Z');
    expect(local('2025-03-31T09:00:00', berlin)).toBe('2025-03-31T07:00:00.000Z');
    expect(local('2025-03-31T09:00:00', 'America/New_York')).toBe('2025-03-31T13:00:00.000Z');
  });

  it('moves a time skipped by the spring change forward, as Outlook does', () => {
    // 02:30 does not exist in Berlin on 30 March 2025; it becomes 03:30 CEST.
    expect(local('2025-03-30T02:30:00', berlin)).toBe('2025-03-30T01:30:00.000Z');
  });

  it('takes the earlier of two instants when the autumn change repeats an hour', () => {
    expect(new Date(wallClockToEpoch({ year: 2025, month: 10, day: 26, hour: 2, minute: 30, second: 0 }, berlin)).toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('honours an explicit offset over the zone', () => {
    expect(local('2025-03-31T09:00:00Z', berlin)).toBe('2025-03-31T09:00:00.000Z');
    expect(local('2025-03-31T09:00:00+02:00', 'UTC')).toBe('2025-03-31T07:00:00.000Z');
  });

  it('writes Graph dateTime strings with seven fractional digits', () => {
    expect(formatGraphDateTime(Date.parse('2025-03-31T07:00:00Z'), berlin)).toBe('2025-03-31T09:00:00.0000000');
    expect(formatGraphDateTime(Date.parse('2025-01-31T07:00:00Z'), 'America/Los_Angeles')).toBe('2025-01-30T23:00:00.0000000');
  });

  it('rejects impossible dates', () => {
    expect(parseDateTimeString('2025-02-30T10:00:00')).toBeUndefined();
    expect(parseDateTimeString('morgen')).toBeUndefined();
    expect(parseDateTimeString('2025-02-03T10:00:00.0000000')).toBeDefined();
  });
});

describe('Prefer: outlook.timezone', () => {
  it('reads the zone among other preferences', () => {
    expect(preferredTimeZone('outlook.body-content-type="text", outlook.timezone="Pacific Standard Time"')?.iana).toBe('America/Los_Angeles');
    expect(preferredTimeZone('outlook.timezone=UTC')?.name).toBe('UTC');
    expect(preferredTimeZone(undefined)).toBeUndefined();
    expect(preferredTimeZone('outlook.timezone="Nowhere Standard Time"')).toBeUndefined();
  });
});
