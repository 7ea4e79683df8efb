import { coordinator, useTestEmulator } from './support/testEmulator';
import { CalendarService } from '../../src/scheduling/calendarService';
import { MeetingBooking } from '../../src/scheduling/meetingBooking';
import type { NewMeetingRecord } from '../../src/domain/meetings';
import { ServiceError, toServiceError } from '../../src/http/serviceError';
import { MemoryMeetingStore } from '../support/memoryMeetingStore';

describe('Graph client against the local Graph: throttling and paging', () => {
  const emulator = useTestEmulator();

  it("retries a 429 through the client's RetryHandler, honouring Retry-After, to success", async () => {
    await emulator.injectFault({ status: 429, retryAfter: 1, count: 2, path: '/v1\\.0/me$' });
    const started = Date.now();
    const me = (await emulator.graph(coordinator).api('/me').get()) as { userPrincipalName?: string; mail?: string };
    expect(me.mail ?? me.userPrincipalName).toBe(coordinator);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('reports a 429 that outlasts the retries as a throttling error', async () => {
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 10, path: '/v1\\.0/me$' });
    const failure = await emulator
      .graph(coordinator)
      .api('/me')
      .get()
      .then(
        () => undefined,
        (error: unknown) => error
      );
    expect(failure).toBeDefined();
    expect((failure as { statusCode?: number }).statusCode).toBe(429);
  });

  it('books meetings in JSON batches and finds them again across pages', async () => {
    const calendar = new CalendarService(emulator.graph(coordinator));
    const attendee = emulator.people.anyContact().login;
    const start = new Date(Date.now() + 14 * 86_400_000);
    const day = start.toISOString().slice(0, 10);
    const meetings: NewMeetingRecord[] = Array.from({ length: 23 }, (_, i) => ({
      kind: 'agreement',
      subject: `Zielvereinbarung Test ${String(i).padStart(2, '0')}`,
      departmentId: i + 1,
      year: Number(day.slice(0, 4)),
      start: `${day}T${String(8 + (i % 9)).padStart(2, '0')}:00`,
      end: `${day}T${String(8 + (i % 9)).padStart(2, '0')}:30`,
      attendees: [attendee],
      isOnlineMeeting: false,
      transactionId: `ip365-agreement-test-${i}-${Date.now()}`
    }));
    const progress: number[] = [];
    const outcomes = await new MeetingBooking(calendar, new MemoryMeetingStore()).book(meetings, (done) => progress.push(done));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(23);
    expect(progress).toEqual([20, 23]);
    const found = await calendar.listEventsBySubject('Zielvereinbarung Test');
    expect(found.map((event) => event.subject).sort()).toEqual(meetings.map((meeting) => meeting.subject).sort());
  });

  it('turns a refused request into a ServiceError with the service message', async () => {
    const calendar = new CalendarService(emulator.graph(coordinator));
    const failure = await calendar.moveEvent('AAMkAGunknown', '2026-01-05T10:00:00', '2026-01-05T11:00:00').then(
      () => undefined,
      (error: unknown) => error
    );
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).status).toBe(404);
    expect((failure as ServiceError).code).toBe('ErrorItemNotFound');
  });

  it('repeats a throttled create (429) but not a create without transactionId after a 503: it may have been made', async () => {
    const calendar = new CalendarService(emulator.graph(coordinator));
    const event = (subject: string) => ({ subject, start: { dateTime: '2026-11-02T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-02T11:00:00', timeZone: 'UTC' } });
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 1, path: '/v1\\.0/me/events$' });
    await emulator.graph(coordinator).api('/me/events').post(event('Wiederholung gedrosselt'));
    expect(await calendar.listEventsBySubject('Wiederholung gedrosselt')).toHaveLength(1);

    await emulator.injectFault({ status: 503, count: 1, path: '/v1\\.0/me/events$', afterProcessing: true });
    const failure = await emulator
      .graph(coordinator)
      .api('/me/events')
      .post(event('Wiederholung verloren'))
      .then(() => undefined, toServiceError);
    expect(failure?.status).toBe(503);
    expect(failure?.isThrottled).toBe(true);
    // The event was made before the answer got lost; a blind repeat would have made a second one.
    expect(await calendar.listEventsBySubject('Wiederholung verloren')).toHaveLength(1);

    await emulator.injectFault({ status: 503, count: 1, path: '/v1\\.0/me/events$', afterProcessing: true });
    await emulator.graph(coordinator).api('/me/events').post({ ...event('Wiederholung mit Schlüssel'), transactionId: `ip365-test-${Date.now()}` });
    expect(await calendar.listEventsBySubject('Wiederholung mit Schlüssel')).toHaveLength(1);
  });
});
