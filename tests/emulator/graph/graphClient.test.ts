import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { CalendarService, scheduleStep } from '../../../src/scheduling/calendarService';
import { MeetingBooking } from '../../../src/scheduling/meetingBooking';
import type { NewMeetingRecord } from '../../../src/domain/meetings';
import { createGraphClient } from '../../../src/scheduling/graphClientFactory';
import { berlin, coordinator, createHarness, schoolOffice, socialOffice, users, type Harness } from './graphTestKit';
import { MemoryMeetingStore } from '../../support/memoryMeetingStore';

/**
 * The Graph service on a loopback port behind a minimal stand-in for the core's HTTP layer
 * (bearer = login, /v1.0 prefix), so the product's own Graph client and CalendarService
 * can be pointed at it.
 */
async function serve(harness: Harness): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const login = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      const user = users.find((candidate) => candidate.login === login);
      if (!user || !url.pathname.startsWith('/v1.0/')) {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } }));
        return;
      }
      harness.service
        .handle({ method: req.method ?? 'GET', url, path: url.pathname.slice('/v1.0'.length), headers: req.headers, body: Buffer.concat(chunks), user })
        .then((response) => {
          res.writeHead(response.status, response.headers);
          res.end(response.body);
        })
        .catch((error: Error) => {
          res.writeHead(500);
          res.end(error.message);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the product\'s CalendarService against the Graph service', () => {
  let harness: Harness;
  let endpoint: { url: string; close(): Promise<void> };
  let calendar: CalendarService;

  beforeAll(async () => {
    harness = createHarness(new Date('2025-03-20T07:00:00Z'), {
      [socialOffice.login]: [{ subject: 'Sprechstunde', start: '2025-03-24T08:00:00', end: '2025-03-24T12:00:00', timeZone: berlin, showAs: 'busy' }]
    });
    endpoint = await serve(harness);
    calendar = new CalendarService(createGraphClient({ baseUrl: endpoint.url, getToken: async () => coordinator.login, maxRetries: 0 }));
  });

  afterAll(async () => {
    await endpoint.close();
  });

  it('reads free/busy through getSchedule inside a JSON batch, in the zone of the step\'s Prefer header', async () => {
    const [answer] = await calendar.batch([scheduleStep('0', [socialOffice.mail, schoolOffice.mail], { start: '2025-03-24T08:00:00', end: '2025-03-24T13:00:00', timeZone: berlin }, 60)]);
    expect(answer.status).toBe(200);
    const [social, school] = (answer.body as { value: ScheduleInformation[] }).value;
    expect(social.availabilityView).toBe('22220');
    expect(school.availabilityView).toBe('00000');
    expect(social.scheduleItems?.[0].start).toEqual({ dateTime: '2025-03-24T08:00:00.0000000', timeZone: berlin });

    const [utc] = await calendar.batch([scheduleStep('0', [socialOffice.mail], { start: '2025-03-24T08:00:00', end: '2025-03-24T13:00:00', timeZone: 'UTC' }, 60)]);
    expect((utc.body as { value: ScheduleInformation[] }).value[0].scheduleItems?.[0].start).toEqual({ dateTime: '2025-03-24T07:00:00.0000000', timeZone: 'UTC' });
  });

  it('gets suggestions from findMeetingTimes in the requested zone', async () => {
    const result = await calendar.findMeetingTimes([socialOffice.mail], { start: '2025-03-24T08:00:00', end: '2025-03-24T17:00:00' }, 90, 3);
    const starts = (result.meetingTimeSuggestions ?? []).map((suggestion) => suggestion.meetingTimeSlot?.start?.dateTime);
    expect(starts).toEqual(['2025-03-24T12:00:00.0000000', '2025-03-24T12:30:00.0000000', '2025-03-24T13:00:00.0000000']);
  });

  it('books 25 meetings through JSON batches of 20 and finds them again across pages', async () => {
    const meetings: NewMeetingRecord[] = Array.from({ length: 25 }, (_, i) => ({
      kind: 'agreement',
      subject: `Zielvereinbarung FB ${String(i + 10)}`,
      departmentId: i + 10,
      year: 2025,
      start: `2025-04-${String(1 + i).padStart(2, '0')}T10:00`,
      end: `2025-04-${String(1 + i).padStart(2, '0')}T11:00`,
      attendees: [schoolOffice.mail],
      isOnlineMeeting: true,
      transactionId: `ip365-agreement-2025-${i + 10}-emulator`
    }));
    const progress: number[] = [];
    const outcomes = await new MeetingBooking(calendar, new MemoryMeetingStore(), { timeZone: berlin }).book(meetings, (done) => progress.push(done));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(progress).toEqual([20, 25]);

    const found = await calendar.listEventsBySubject('Zielvereinbarung');
    expect(found).toHaveLength(25);
    expect(found.every((event) => event.isOnlineMeeting && event.onlineMeeting?.joinUrl)).toBe(true);
    expect(found[0].start?.timeZone).toBe(berlin);
  });
});
