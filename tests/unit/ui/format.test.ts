import { format, formatDate, formatDateTime } from '../../../src/ui/format';

describe('dates and times as the council reads them', () => {
  it('shows a day in German time: SharePoint stores 1 January 00:30 in Berlin as 31 December in UTC', () => {
    expect(formatDate('2025-12-31T23:30:00Z', 'de-DE')).toBe('01.01.2026');
    expect(formatDate('2019-03-15', 'de-DE')).toBe('15.03.2019');
  });

  it('shows a moment with its time in Berlin, summer and winter', () => {
    expect(formatDateTime('2026-07-01T08:05:00Z', 'de-DE')).toBe('01.07.2026, 10:05');
    expect(formatDateTime('2026-01-15T08:05:00Z', 'de-DE')).toBe('15.01.2026, 09:05');
    expect(formatDateTime('2026-01-15T08:05:00Z', 'en-US')).toBe('Jan 15, 2026, 9:05 AM');
  });

  it('shows nothing rather than "Invalid Date" for a missing or broken value', () => {
    expect(formatDateTime(undefined, 'de-DE')).toBe('');
    expect(formatDateTime('gestern', 'de-DE')).toBe('');
    expect(formatDate('', 'de-DE')).toBe('');
  });

  it('fills numbered placeholders and leaves unknown ones visible', () => {
    expect(format('{0} von {1}', 3, 12)).toBe('3 von 12');
    expect(format('{0} und {2}', 'a')).toBe('a und {2}');
  });
});
