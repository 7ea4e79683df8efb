import { coordinator, startTestEmulator, TestEmulator } from './support/testEmulator';
import { CalendarService } from '../../src/scheduling/calendarService';
import { ServiceError } from '../../src/http/serviceError';

describe('Graph client against the local Graph: throttling and paging', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator('demo');
  });

  afterEach(() => emulator.clearFaults());

  afterAll(async () => {
    await emulator.close();
  });

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
    const users = await emulator.users();
    const attendee = users.find((user) => user.role === 'department')!.login;
    const start = new Date(Date.now() + 14 * 86_400_000);
    const day = start.toISOString().slice(0, 10);
    const meetings = Array.from({ length: 23 }, (_, i) => ({
      subject: `Zielvereinbarung Test ${String(i).padStart(2, '0')}`,
      start: `${day}T${String(8 + (i % 9)).padStart(2, '0')}:00:00`,
      end: `${day}T${String(8 + (i % 9)).padStart(2, '0')}:30:00`,
      attendees: [attendee]
    }));
    const progress: number[] = [];
    const outcomes = await calendar.createMeetings(meetings, (done) => progress.push(done));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(23);
    expect(progress).toEqual([20, 23]);
    const found = await calendar.listEventsBySubject('Zielvereinbarung Test');
    expect(found.map((event) => event.subject).sort()).toEqual(meetings.map((meeting) => meeting.subject).sort());
  });

  it('turns a refused request into a ServiceError with the service message', async () => {
    const calendar = new CalendarService(emulator.graph(coordinator));
    const failure = await calendar
      .getSchedules([coordinator], { start: '2026-01-01T00:00:00', end: '2026-06-01T00:00:00' })
      .then(
        () => undefined,
        (error: unknown) => error
      );
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).status).toBe(400);
    expect((failure as ServiceError).code).toBe('ErrorTimeIntervalTooBig');
  });
});
