import { buildSeed } from '../../local/seed';
import { departments } from '../../local/seed/organisation';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { CalendarService } from '../../src/scheduling/calendarService';
import type { GraphApi } from '../../src/scheduling/graphPaging';
import { readFreeBusy } from '../../src/scheduling/freeBusy';
import { MeetingBooking } from '../../src/scheduling/meetingBooking';
import { newTransactionId, type NewMeetingRecord } from '../../src/domain/meetings';
import { MeetingRepository } from '../../src/data/meetingRepository';
import { SiteLists, serverRelativeUrlOf } from '../../src/data/sp/siteLists';
import { wallMinutes } from '../../src/domain/roundPlanner';
import { addDays } from '../../src/domain/calendarDate';

/** Counts the Graph calls that go through the client, by path. */
function countingClient(client: GraphApi): { client: GraphApi; paths: string[] } {
  const paths: string[] = [];
  return { paths, client: { api: (path: string) => (paths.push(path), client.api(path)) } };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The next Monday at least a week ahead, so that seeded calendars cover the window. */
function nextMondayAfterAWeek(): string {
  const date = new Date(Date.now() + 7 * 86_400_000);
  while (date.getUTCDay() !== 1) {
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return isoDay(date);
}

describe('scheduling through the Graph client against the local Graph', () => {
  const emulator = useTestEmulator();
  let attendees: string[];

  beforeAll(() => {
    attendees = emulator.people.contacts().map((user) => user.login);
  });

  /** The product's services: the Graph client and the Meetings list through the real repository. */
  function booking(sleeps: number[] = []): { booking: MeetingBooking; store: MeetingRepository; calendar: CalendarService; paths: string[] } {
    const counted = countingClient(emulator.graph(coordinator));
    const calendar = new CalendarService(counted.client);
    const store = new MeetingRepository(new SiteLists(emulator.sp(coordinator), serverRelativeUrlOf(emulator.siteUrl)));
    return { booking: new MeetingBooking(calendar, store, { sleep: async (ms) => void sleeps.push(ms) }), store, calendar, paths: counted.paths };
  }

  function round(prefix: string, count: number, firstDay: string): NewMeetingRecord[] {
    return Array.from({ length: count }, (_, i) => {
      const day = addDays(firstDay, Math.floor(i / 8) * 7 + (i % 5));
      const hour = String(8 + (i % 8)).padStart(2, '0');
      return {
        kind: 'agreement',
        subject: `${prefix} ${String(i + 1).padStart(2, '0')}`,
        // A department's meeting is kept in its folder: the demo's departments in turn.
        departmentId: (i % departments.length) + 1,
        year: Number(firstDay.slice(0, 4)),
        start: `${day}T${hour}:00`,
        end: `${day}T${hour}:45`,
        attendees: [attendees[i % attendees.length]],
        isOnlineMeeting: i % 3 === 0,
        transactionId: newTransactionId('agreement', 2026, (i % departments.length) + 1, () => crypto.randomUUID()),
        agenda: 'Rückblick auf die Vereinbarung des Vorjahres; Maßnahmen für das neue Jahr'
      };
    });
  }

  async function subjectsInCalendar(calendar: CalendarService, prefix: string): Promise<string[]> {
    return (await calendar.listEventsBySubject(prefix)).map((event) => event.subject ?? '').sort();
  }

  /** The busy times the demo seed gives each mailbox in the window, as `start–end` strings. */
  function seededBusy(mailboxes: readonly string[], firstDay: string, lastDay: string): Map<string, string[]> {
    const seed = buildSeed('demo', new Date());
    const windowStart = wallMinutes(`${firstDay}T00:00`);
    const windowEnd = wallMinutes(`${addDays(lastDay, 1)}T00:00`);
    return new Map(
      mailboxes.map((mailbox) => [
        mailbox,
        [
          ...new Set(
            (seed.calendars[mailbox] ?? [])
              .filter((event) => ['busy', 'oof', 'tentative'].includes(event.showAs))
              .filter((event) => wallMinutes(event.start) < windowEnd && wallMinutes(event.end) > windowStart)
              .map((event) => `${event.start.slice(0, 16)}–${event.end.slice(0, 16)}`)
          )
        ].sort()
      ])
    );
  }

  function busyOf(result: { busy: Map<string, Array<{ start: string; end: string }>> }, mailbox: string): string[] {
    return [...new Set((result.busy.get(mailbox) ?? []).map((interval) => `${interval.start}–${interval.end}`))].sort();
  }

  it('reads free/busy of 41 mailboxes over six weeks in one round trip, matching the seeded calendars', async () => {
    const firstDay = nextMondayAfterAWeek();
    const lastDay = addDays(firstDay, 41);
    const known = [coordinator, ...attendees];
    const mailboxes = [...known, ...Array.from({ length: 41 - known.length - 1 }, (_, i) => `gast${i}@extern.example`), 'niemand@extern.example'];
    expect(mailboxes).toHaveLength(41);
    const counted = countingClient(emulator.graph(coordinator));
    const result = await readFreeBusy(new CalendarService(counted.client), mailboxes, firstDay, lastDay);

    expect(result.roundTrips).toBe(1);
    expect(counted.paths).toEqual(['/$batch']);
    expect(result.unavailable.map((entry) => entry.address).sort()).toEqual(mailboxes.slice(known.length).sort());

    const expected = seededBusy(known, firstDay, lastDay);
    let compared = 0;
    for (const mailbox of known) {
      expect({ mailbox, busy: busyOf(result, mailbox) }).toEqual({ mailbox, busy: expected.get(mailbox) });
      compared += expected.get(mailbox)!.length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('sends throttled getSchedule calls of the batch again alone, and the busy times stay the same', async () => {
    const firstDay = nextMondayAfterAWeek();
    const lastDay = addDays(firstDay, 41);
    const known = [coordinator, ...attendees];
    const mailboxes = [...known, ...Array.from({ length: 41 - known.length }, (_, i) => `gast${i}@extern.example`)];
    const stepsPerBatch: number[] = [];
    const calendar = new (class extends CalendarService {
      public override async batch(steps: Parameters<CalendarService['batch']>[0]): ReturnType<CalendarService['batch']> {
        stepsPerBatch.push(steps.length);
        return super.batch(steps);
      }
    })(emulator.graph(coordinator));
    const sleeps: number[] = [];
    // The first of the three getSchedule calls is throttled inside the batch answer.
    await emulator.injectFault({ status: 429, retryAfter: 1, count: 1, path: '/v1\\.0/me/calendar/getSchedule$' });
    const result = await readFreeBusy(calendar, mailboxes, firstDay, lastDay, { sleep: async (ms) => void sleeps.push(ms) });

    expect(result.roundTrips).toBe(2);
    expect(stepsPerBatch).toEqual([3, 1]);
    expect(sleeps).toEqual([1000]);
    const expected = seededBusy(known, firstDay, lastDay);
    for (const mailbox of known) {
      expect({ mailbox, busy: busyOf(result, mailbox) }).toEqual({ mailbox, busy: expected.get(mailbox) });
    }
  });

  it('asks findMeetingTimes and proposes slots inside working hours on working days', async () => {
    const firstDay = nextMondayAfterAWeek();
    const invited = [attendees[0], attendees[1]];
    const proposals = await booking().booking.proposals(invited, firstDay, addDays(firstDay, 4), 60);
    const { busy } = await readFreeBusy(new CalendarService(emulator.graph(coordinator)), invited, firstDay, addDays(firstDay, 4));
    expect(proposals.length).toBeGreaterThan(0);
    for (const slot of proposals) {
      const clashes = invited.flatMap((address) => busy.get(address) ?? []).filter((interval) => interval.start < slot.end && slot.start < interval.end);
      expect({ slot, clashes }).toEqual({ slot, clashes: [] });
      expect(wallMinutes(slot.end) - wallMinutes(slot.start)).toBe(60);
      const weekday = new Date(`${slot.start.slice(0, 10)}T00:00:00Z`).getUTCDay();
      expect(weekday >= 1 && weekday <= 5).toBe(true);
      expect(slot.start.slice(11) >= '08:00' && slot.end.slice(11) <= '17:00').toBe(true);
      expect(slot.start.slice(0, 10) >= firstDay && slot.start.slice(0, 10) <= addDays(firstDay, 4)).toBe(true);
    }
  });

  it('books 40 meetings with a fifth of the batch parts throttled: each exactly once, in two batches plus the retry', async () => {
    const sleeps: number[] = [];
    const { booking: service, store, calendar, paths } = booking(sleeps);
    await emulator.injectFault({ status: 429, retryAfter: 1, count: 8, path: '/v1\\.0/me/events$' });
    const outcomes = await service.book(round('Gesprächsrunde Drossel', 40, nextMondayAfterAWeek()));

    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(40);
    expect(sleeps).toEqual([1000]);
    expect(paths.filter((path) => path === '/$batch')).toHaveLength(3);
    const records = (await store.meetingsOf(outcomes[0].meeting.year)).filter((record) => record.subject.startsWith('Gesprächsrunde Drossel'));
    expect(records).toHaveLength(40);
    expect(records.every((record) => record.state === 'booked' && record.eventId)).toBe(true);
    const subjects = await subjectsInCalendar(calendar, 'Gesprächsrunde Drossel');
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
  });

  it('books 40 meetings when some answers are lost after the events were made: still exactly 40', async () => {
    const { booking: service, calendar } = booking();
    await emulator.injectFault({ status: 504, count: 6, path: '/v1\\.0/me/events$', afterProcessing: true });
    const outcomes = await service.book(round('Gesprächsrunde Verlust', 40, nextMondayAfterAWeek()));

    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(40);
    expect(new Set(outcomes.map((outcome) => outcome.meeting.eventId)).size).toBe(40);
    const subjects = await subjectsInCalendar(calendar, 'Gesprächsrunde Verlust');
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
  });

  it('shows a decline, and brings a reschedule and a cancellation to the attendee’s calendar', async () => {
    const { booking: service } = booking();
    const [meeting] = round('Einzeltermin Antwort', 1, nextMondayAfterAWeek());
    const attendee = meeting.attendees[0];
    const [booked] = await service.book([meeting]);
    expect(booked.ok).toBe(true);
    const eventId = booked.meeting.eventId!;

    const simulated = await fetch(`${emulator.url}/_emulator/responses`, {
      method: 'POST',
      headers: { 'X-Emulator-Control': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ eventId, attendee, response: 'declined' })
    });
    expect(simulated.status).toBe(200);
    const answers = await service.responses([booked.meeting]);
    expect(answers.get(eventId)).toContainEqual(expect.objectContaining({ address: attendee, response: 'declined' }));

    const attendeeCalendar = emulator.graph(attendee);
    const attendeeCopy = async (): Promise<{ start: { dateTime: string }; isCancelled: boolean } | undefined> => {
      const filter = encodeURIComponent(`startswith(subject,'Einzeltermin Antwort')`);
      const page = (await attendeeCalendar
        .api(`/me/events?$filter=${filter}&$select=subject,start,isCancelled`)
        .header('Prefer', 'outlook.timezone="W. Europe Standard Time"')
        .get()) as { value: Array<{ start: { dateTime: string }; isCancelled: boolean }> };
      return page.value[0];
    };
    const newSlot = { start: `${addDays(meeting.start.slice(0, 10), 1)}T14:00`, end: `${addDays(meeting.start.slice(0, 10), 1)}T14:45` };
    const moved = await service.reschedule(booked.meeting, newSlot);
    expect(moved).toMatchObject(newSlot);
    expect((await attendeeCopy())?.start.dateTime.slice(0, 16)).toBe(newSlot.start);

    const cancelled = await service.cancel(moved, 'Der Termin entfällt, wir melden uns.');
    expect(cancelled.state).toBe('cancelled');
    expect((await attendeeCopy())?.isCancelled).toBe(true);
  });
});
