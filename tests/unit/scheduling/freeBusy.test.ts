import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { availabilityOf, chunked, mailboxesPerScheduleRequest, readFreeBusy, scheduleWindows } from '../../../src/scheduling/freeBusy';
import type { CalendarService, TimeWindow } from '../../../src/scheduling/calendarService';

describe('scheduleWindows', () => {
  it('keeps a six-week window whole and ends it after the last day', () => {
    expect(scheduleWindows('2026-09-01', '2026-10-12')).toEqual([{ start: '2026-09-01T00:00:00', end: '2026-10-13T00:00:00' }]);
  });

  it('cuts a long window into pieces of at most 61 days without gaps or overlaps', () => {
    const windows = scheduleWindows('2026-01-01', '2026-12-31');
    expect(windows).toHaveLength(6);
    expect(windows[0]).toEqual({ start: '2026-01-01T00:00:00', end: '2026-03-03T00:00:00' });
    for (let i = 1; i < windows.length; i++) {
      expect(windows[i].start).toBe(windows[i - 1].end);
    }
    expect(windows[windows.length - 1].end).toBe('2027-01-01T00:00:00');
    for (const window of windows) {
      expect((Date.parse(`${window.end}Z`) - Date.parse(`${window.start}Z`)) / 86_400_000).toBeLessThanOrEqual(61);
    }
  });

  it('refuses an empty window', () => {
    expect(() => scheduleWindows('2026-05-02', '2026-05-01')).toThrow(/empty/);
  });
});

describe('chunked', () => {
  it('cuts 40 mailboxes into groups of 15, 15 and 10', () => {
    const mailboxes = Array.from({ length: 40 }, (_, i) => `m${i}@stadt.example`);
    expect(chunked(mailboxes, mailboxesPerScheduleRequest).map((group) => group.length)).toEqual([15, 15, 10]);
    expect(chunked(mailboxes, 15).flat()).toEqual(mailboxes);
  });
});

describe('availabilityOf', () => {
  const item = (status: string, start: string, end: string): NonNullable<ScheduleInformation['scheduleItems']>[number] =>
    ({ status, start: { dateTime: start, timeZone: 'W. Europe Standard Time' }, end: { dateTime: end, timeZone: 'W. Europe Standard Time' } }) as never;

  it('takes busy, out-of-office and tentative items as wall-clock intervals; free and working elsewhere do not block', () => {
    const schedule: ScheduleInformation = {
      scheduleId: 'FB50@Stadt.example',
      scheduleItems: [
        item('busy', '2026-03-02T09:00:00.0000000', '2026-03-02T10:30:00.0000000'),
        item('free', '2026-03-02T11:00:00.0000000', '2026-03-02T12:00:00.0000000'),
        item('tentative', '2026-03-03T08:00:00.0000000', '2026-03-03T09:00:00.0000000'),
        item('workingElsewhere', '2026-03-04T08:00:00.0000000', '2026-03-04T16:00:00.0000000'),
        item('oof', '2026-03-05T00:00:00.0000000', '2026-03-07T00:00:00.0000000')
      ]
    };
    expect(availabilityOf(schedule)).toEqual({
      address: 'fb50@stadt.example',
      busy: [
        { start: '2026-03-02T09:00', end: '2026-03-02T10:30' },
        { start: '2026-03-03T08:00', end: '2026-03-03T09:00' },
        { start: '2026-03-05T00:00', end: '2026-03-07T00:00' }
      ]
    });
  });

  it('passes a schedule error on as the mailbox being unavailable', () => {
    expect(availabilityOf({ scheduleId: 'x@extern.example', error: { message: 'Unable to resolve', responseCode: '5009' } })).toEqual({ address: 'x@extern.example', error: 'Unable to resolve' });
  });
});

describe('readFreeBusy', () => {
  it('asks for at most 15 mailboxes per window, reports unavailable ones and counts the requests', async () => {
    const calls: Array<{ addresses: readonly string[]; window: TimeWindow }> = [];
    const calendar = {
      async getSchedules(addresses: readonly string[], window: TimeWindow): Promise<ScheduleInformation[]> {
        calls.push({ addresses, window });
        return addresses.map((address) =>
          address === 'm3@stadt.example'
            ? { scheduleId: address, error: { message: 'Unable to resolve' } }
            : { scheduleId: address, scheduleItems: [{ status: 'busy', start: { dateTime: `${window.start.slice(0, 10)}T09:00:00` }, end: { dateTime: `${window.start.slice(0, 10)}T10:00:00` } }] }
        );
      }
    } as unknown as CalendarService;
    const mailboxes = Array.from({ length: 31 }, (_, i) => `M${i}@stadt.example`);
    const progress: number[] = [];
    const result = await readFreeBusy(calendar, [...mailboxes, 'm0@stadt.example'], '2026-01-01', '2026-04-30', { onProgress: (done, total) => progress.push(done / total) });
    // 31 distinct mailboxes (one given twice) → 3 groups; 120 days → 2 windows.
    expect(result.requests).toBe(6);
    expect(calls.every((call) => call.addresses.length <= 15 && call.window.timeZone === 'W. Europe Standard Time')).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
    expect(result.unavailable).toEqual([{ address: 'm3@stadt.example', message: 'Unable to resolve' }]);
    expect(result.busy.has('m3@stadt.example')).toBe(false);
    expect(result.busy.get('m0@stadt.example')).toEqual([
      { start: '2026-01-01T09:00', end: '2026-01-01T10:00' },
      { start: '2026-03-03T09:00', end: '2026-03-03T10:00' }
    ]);
  });
});
