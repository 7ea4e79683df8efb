import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { availabilityOf, chunked, mailboxesPerScheduleRequest, readFreeBusy, scheduleWindows } from '../../../src/scheduling/freeBusy';
import type { BatchStep, BatchStepResult, CalendarService } from '../../../src/scheduling/calendarService';
import { ServiceError } from '../../../src/http/serviceError';

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
  type ScheduleBody = { schedules: string[]; startTime: { dateTime: string; timeZone: string } };

  /** A calendar whose $batch answers getSchedule steps from a script; `throttle` decides per call and step. */
  function scriptedCalendar(throttle: (call: number, step: BatchStep) => boolean = () => false) {
    const batches: BatchStep[][] = [];
    const calendar = {
      async batch(steps: readonly BatchStep[]): Promise<BatchStepResult[]> {
        batches.push([...steps]);
        return steps.map((step): BatchStepResult => {
          if (throttle(batches.length, step)) {
            return { id: step.id, status: 429, headers: { 'retry-after': '2' }, body: { error: { code: 'TooManyRequests', message: 'Too many requests.' } } };
          }
          const body = step.body as ScheduleBody;
          const day = body.startTime.dateTime.slice(0, 10);
          const value: ScheduleInformation[] = body.schedules.map((address) =>
            address === 'm3@stadt.example'
              ? { scheduleId: address, error: { message: 'Unable to resolve' } }
              : { scheduleId: address, scheduleItems: [{ status: 'busy', start: { dateTime: `${day}T09:00:00` }, end: { dateTime: `${day}T10:00:00` } }] }
          );
          return { id: step.id, status: 200, headers: {}, body: { value } };
        });
      }
    } as unknown as CalendarService;
    return { calendar, batches };
  }

  it('sends every getSchedule call of at most 15 mailboxes in one $batch, reports unavailable ones and counts the round trips', async () => {
    const { calendar, batches } = scriptedCalendar();
    const mailboxes = Array.from({ length: 31 }, (_, i) => `M${i}@stadt.example`);
    const progress: number[] = [];
    const result = await readFreeBusy(calendar, [...mailboxes, 'm0@stadt.example'], '2026-01-01', '2026-04-30', { onProgress: (done, total) => progress.push(done / total) });
    // 31 distinct mailboxes (one given twice) → 3 groups; 120 days → 2 windows: 6 calls in one $batch.
    expect(result.roundTrips).toBe(1);
    expect(batches).toHaveLength(1);
    const steps = batches[0];
    expect(steps).toHaveLength(6);
    expect(steps.every((step) => step.method === 'POST' && step.url === '/me/calendar/getSchedule')).toBe(true);
    expect(steps.every((step) => (step.body as ScheduleBody).schedules.length <= 15 && (step.body as ScheduleBody).startTime.timeZone === 'W. Europe Standard Time')).toBe(true);
    expect(steps.every((step) => step.headers?.Prefer === 'outlook.timezone="W. Europe Standard Time"')).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
    expect(result.unavailable).toEqual([{ address: 'm3@stadt.example', message: 'Unable to resolve' }]);
    expect(result.busy.has('m3@stadt.example')).toBe(false);
    expect(result.busy.get('m0@stadt.example')).toEqual([
      { start: '2026-01-01T09:00', end: '2026-01-01T10:00' },
      { start: '2026-03-03T09:00', end: '2026-03-03T10:00' }
    ]);
  });

  it('needs a second $batch only past 20 calls (300 mailboxes over one window)', async () => {
    const { calendar, batches } = scriptedCalendar();
    const mailboxes = (count: number): string[] => Array.from({ length: count }, (_, i) => `p${i}@stadt.example`);
    expect((await readFreeBusy(calendar, mailboxes(300), '2026-09-01', '2026-10-12')).roundTrips).toBe(1);
    expect((await readFreeBusy(calendar, mailboxes(301), '2026-09-01', '2026-10-12')).roundTrips).toBe(2);
    expect(batches.map((batch) => batch.length)).toEqual([20, 20, 1]);
  });

  it('sends throttled calls again alone after their Retry-After, and fails when they stay throttled', async () => {
    const { calendar, batches } = scriptedCalendar((call, step) => call === 1 && step.id === '1');
    const waits: number[] = [];
    const mailboxes = Array.from({ length: 41 }, (_, i) => `q${i}@stadt.example`);
    const result = await readFreeBusy(calendar, mailboxes, '2026-09-01', '2026-10-12', { sleep: async (ms) => void waits.push(ms) });
    expect(batches.map((batch) => batch.map((step) => step.id))).toEqual([['0', '1', '2'], ['1']]);
    expect(waits).toEqual([2000]);
    expect(result.roundTrips).toBe(2);
    expect(result.busy.size).toBe(41);

    const stuck = scriptedCalendar(() => true);
    const failure = await readFreeBusy(stuck.calendar, mailboxes, '2026-09-01', '2026-10-12', { sleep: async () => undefined, retry: { attempts: 2 } }).catch((error: ServiceError) => error);
    expect(stuck.batches).toHaveLength(2);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).status).toBe(429);
    expect((failure as ServiceError).retryAfterMs).toBe(2000);
  });
});
