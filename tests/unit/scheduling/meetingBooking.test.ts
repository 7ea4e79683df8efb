import type { NewMeetingRecord } from '../../../src/domain/meetings';
import { MeetingBooking } from '../../../src/scheduling/meetingBooking';
import type { BatchStep, BatchStepResult, CalendarService } from '../../../src/scheduling/calendarService';
import { ServiceError } from '../../../src/http/serviceError';
import { MemoryMeetingStore } from '../../support/memoryMeetingStore';

/** A calendar whose batch endpoint answers from a script: per call, per step. */
function scriptedCalendar(answer: (step: BatchStep, call: number) => { status: number; retryAfter?: string } | 'throw429') {
  const batches: BatchStep[][] = [];
  const created = new Map<string, string>();
  const calendar = {
    async batch(steps: readonly BatchStep[]): Promise<BatchStepResult[]> {
      batches.push([...steps]);
      const call = batches.length;
      return steps.map((step): BatchStepResult => {
        const scripted = answer(step, call);
        if (scripted === 'throw429') {
          throw new ServiceError(429, 'Too many requests.', 'TooManyRequests');
        }
        if (scripted.status === 201) {
          const transactionId = (step.body as { transactionId: string }).transactionId;
          created.set(transactionId, created.get(transactionId) ?? `event-${created.size + 1}`);
          return { id: step.id, status: 201, headers: {}, body: { id: created.get(transactionId) } };
        }
        return {
          id: step.id,
          status: scripted.status,
          headers: scripted.retryAfter === undefined ? {} : { 'retry-after': scripted.retryAfter },
          body: { error: { code: scripted.status === 429 ? 'TooManyRequests' : 'ErrorInvalidRequest', message: 'scripted' } }
        };
      });
    }
  } as unknown as CalendarService;
  return { calendar, batches, created };
}

function newMeeting(i: number): NewMeetingRecord {
  return {
    kind: 'agreement',
    subject: `Zielvereinbarungsgespräch 2026 – FB ${i}`,
    departmentId: i,
    year: 2026,
    start: '2026-09-01T09:00',
    end: '2026-09-01T10:00',
    attendees: [`fb${i}@stadt.example`],
    isOnlineMeeting: i % 2 === 0,
    transactionId: `ip365-agreement-2026-${i}-t`,
    agenda: 'Rückblick und Ziele'
  };
}

describe('MeetingBooking.book', () => {
  it('records first, creates in batches of 20 with transactionId, Teams when online, text agenda, and stores the event id', async () => {
    const store = new MemoryMeetingStore();
    const { calendar, batches } = scriptedCalendar(() => ({ status: 201 }));
    const progress: Array<[number, number]> = [];
    const outcomes = await new MeetingBooking(calendar, store, { sleep: async () => undefined }).book(
      Array.from({ length: 25 }, (_, i) => newMeeting(i + 1)),
      (done, total) => progress.push([done, total])
    );
    expect(batches.map((batch) => batch.length)).toEqual([20, 5]);
    const body = batches[0][1].body as Record<string, unknown>;
    expect(body).toMatchObject({
      subject: 'Zielvereinbarungsgespräch 2026 – FB 2',
      transactionId: 'ip365-agreement-2026-2-t',
      start: { dateTime: '2026-09-01T09:00:00', timeZone: 'W. Europe Standard Time' },
      body: { contentType: 'text', content: 'Rückblick und Ziele' },
      attendees: [{ type: 'required', emailAddress: { address: 'fb2@stadt.example' } }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness'
    });
    expect((batches[0][0].body as Record<string, unknown>).onlineMeetingProvider).toBeUndefined();
    expect(outcomes.every((outcome) => outcome.ok && outcome.meeting.state === 'booked' && outcome.meeting.eventId)).toBe(true);
    expect(outcomes.map((outcome) => outcome.meeting.departmentId)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(store.records.every((record) => record.state === 'booked')).toBe(true);
    expect(progress[progress.length - 1]).toEqual([25, 25]);
  });

  it('retries throttled parts after the longest Retry-After, with the same transactionId, and never creates twice', async () => {
    const store = new MemoryMeetingStore();
    // Call 1: every fifth part throttled (one with 3 s); call 2: all pass.
    const { calendar, batches, created } = scriptedCalendar((step, call) => (call === 1 && Number(step.id) % 5 === 0 ? { status: 429, retryAfter: step.id === '5' ? '3' : '1' } : { status: 201 }));
    const waits: number[] = [];
    const outcomes = await new MeetingBooking(calendar, store, { sleep: async (ms) => void waits.push(ms) }).book(Array.from({ length: 20 }, (_, i) => newMeeting(i + 1)));
    expect(waits).toEqual([3000]);
    expect(batches.map((batch) => batch.length)).toEqual([20, 4]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(20);
    expect(created.size).toBe(20);
  });

  it('gives up after the policy\'s tries and reports the failure per meeting, recorded as proposed', async () => {
    const store = new MemoryMeetingStore();
    const { calendar, batches } = scriptedCalendar((step) => (step.id === '0' ? { status: 503, retryAfter: '1' } : { status: 201 }));
    const outcomes = await new MeetingBooking(calendar, store, { sleep: async () => undefined, retry: { attempts: 3 } }).book([newMeeting(1), newMeeting(2)]);
    expect(batches).toHaveLength(3);
    expect(outcomes[0].ok).toBe(false);
    expect(!outcomes[0].ok && outcomes[0].error.status).toBe(503);
    expect(outcomes[0].meeting.state).toBe('proposed');
    expect(outcomes[1].ok).toBe(true);
    expect(store.records[0].state).toBe('proposed');
  });

  it('does not retry a refused part, and backs off 1, 2 s … for parts throttled without Retry-After', async () => {
    const store = new MemoryMeetingStore();
    const { calendar, batches } = scriptedCalendar((step, call) => (step.id === '1' ? { status: 400 } : call < 3 ? { status: 429 } : { status: 201 }));
    const waits: number[] = [];
    const outcomes = await new MeetingBooking(calendar, store, { sleep: async (ms) => void waits.push(ms) }).book([newMeeting(1), newMeeting(2)]);
    expect(batches.map((batch) => batch.map((step) => step.id))).toEqual([['0', '1'], ['0'], ['0']]);
    expect(waits).toEqual([1000, 2000]);
    expect(outcomes[0].ok).toBe(true);
    expect(outcomes[1].ok).toBe(false);
    expect(!outcomes[1].ok && outcomes[1].error.status).toBe(400);
  });

  it('fails the meetings of a batch request that failed as a whole, without a second loop over the client\'s retries', async () => {
    const store = new MemoryMeetingStore();
    const { calendar, batches } = scriptedCalendar(() => 'throw429');
    const waits: number[] = [];
    const outcomes = await new MeetingBooking(calendar, store, { sleep: async (ms) => void waits.push(ms) }).book([newMeeting(1), newMeeting(2)]);
    expect(batches).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(outcomes.map((outcome) => !outcome.ok && outcome.error.status)).toEqual([429, 429]);
    expect(store.records.map((record) => record.state)).toEqual(['proposed', 'proposed']);
  });

  it('leaves booked meetings alone and books a proposed one again under its transactionId', async () => {
    const store = new MemoryMeetingStore();
    const [booked, proposed] = await store.record([{ ...newMeeting(1), state: 'booked', eventId: 'event-old' }, newMeeting(2)]);
    const { calendar, batches } = scriptedCalendar(() => ({ status: 201 }));
    const outcomes = await new MeetingBooking(calendar, store, { sleep: async () => undefined }).book([booked, proposed]);
    expect(batches.flat().map((step) => (step.body as { transactionId: string }).transactionId)).toEqual([proposed.transactionId]);
    expect(outcomes[0]).toEqual({ ok: true, meeting: booked });
    expect(outcomes[1].ok && outcomes[1].meeting.state).toBe('booked');
    expect(store.records).toHaveLength(2);
  });
});
