import type { AttendeeStatus, Interval, MeetingRecord, NewMeetingRecord } from '../../../../src/domain';
import { ServiceError } from '../../../../src/http/serviceError';
import type { CurrentUser } from '../../../../src/data/userRepository';
import type { BookingOutcome } from '../../../../src/scheduling/meetingBooking';
import { book, cancel, loadFreeBusy, loadPeople, loadProposals, reschedule } from '../../../../src/app/meetingBooking/bookingCommands';
import type { BookingPorts } from '../../../../src/app/meetingBooking/bookingCommands';
import { bookingReducer, bookingView, initialBookingState } from '../../../../src/app/meetingBooking/bookingState';
import type { BookingAction, BookingSetup, BookingState } from '../../../../src/app/meetingBooking/bookingState';
import { formatSlot } from '../../../../src/app/meetingBooking/bookingForm';

const today = '2027-03-03';
const setup: BookingSetup = { kind: 'agreement', year: 2027, departmentId: 7, subject: 'Zielvereinbarung 2027', agenda: 'TOP 1' };
const coordinator: CurrentUser = { siteUserId: 1, login: 'i:0#.f|membership|koordination@stadt.example', displayName: 'Koordination', email: 'Koordination@stadt.example', role: 'coordinator' };
const contacts = [
  { id: 1, name: 'Anna Amt', email: 'Anna.Amt@stadt.example', departmentId: 7, isPrimary: true },
  { id: 2, name: 'Bernd Bau', user: { id: 5, login: 'b.bau@stadt.example', displayName: 'Bernd Bau' }, departmentId: 7, isPrimary: false },
  { id: 3, name: 'Ohne Adresse', departmentId: 7, isPrimary: false },
  { id: 4, name: 'Anderes Amt', email: 'x@stadt.example', departmentId: 8, isPrimary: true }
];

const booked = (overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  id: 11,
  etag: '"1"',
  kind: 'agreement',
  subject: 'Zielvereinbarung 2027',
  departmentId: 7,
  year: 2027,
  start: '2027-03-10T10:00',
  end: '2027-03-10T11:00',
  attendees: ['anna.amt@stadt.example'],
  isOnlineMeeting: false,
  transactionId: 'ip365-agreement-2027-7-a',
  agenda: 'TOP 1',
  state: 'booked',
  eventId: 'event-1',
  ...overrides
});

/** Runs actions through the reducer, as the hook's dispatch does. */
function recorder(start: BookingState): { dispatch: (action: BookingAction) => void; state: () => BookingState; actions: BookingAction[] } {
  let state = start;
  const actions: BookingAction[] = [];
  return {
    dispatch: (action) => {
      actions.push(action);
      state = bookingReducer(state, action);
    },
    state: () => state,
    actions
  };
}

function ports(overrides: Partial<BookingPorts['booking']> = {}, readFreeBusy?: BookingPorts['readFreeBusy']): BookingPorts & { sent: Array<ReadonlyArray<MeetingRecord | NewMeetingRecord>> } {
  const sent: Array<ReadonlyArray<MeetingRecord | NewMeetingRecord>> = [];
  return {
    sent,
    users: { currentUser: async () => coordinator },
    departments: { contacts: async () => contacts },
    booking: {
      book: async (records) => {
        sent.push(records);
        return records.map((record): BookingOutcome => ({ ok: true, meeting: { ...booked(), ...record, id: 11, etag: '"1"', state: 'booked', eventId: 'event-1' } }));
      },
      reschedule: async (meeting, slot) => ({ ...meeting, start: slot.start, end: slot.end }),
      cancel: async (meeting) => ({ ...meeting, state: 'cancelled' }),
      responses: async () => new Map<string, AttendeeStatus[]>([['event-1', [{ address: 'anna.amt@stadt.example', name: 'Anna Amt', response: 'accepted' }]]]),
      proposals: async () => [{ start: '2027-03-08T09:00', end: '2027-03-08T10:00' }],
      ...overrides
    },
    readFreeBusy:
      readFreeBusy ??
      (async (mailboxes) => ({ busy: new Map(mailboxes.map((address) => [address, [] as Interval[]])), unavailable: [] }))
  };
}

async function loadedState(start = initialBookingState(setup, today)): Promise<BookingState> {
  return bookingReducer(start, { type: 'people', work: { state: 'done', value: await loadPeople(ports(), start.isExisting ? undefined : setup.departmentId) } });
}

describe('meeting booking: form state', () => {
  it('opens a new meeting from tomorrow to two weeks ahead with the texts prefilled', () => {
    const state = initialBookingState(setup, today);
    expect(state).toMatchObject({ firstDay: '2027-03-04', lastDay: '2027-03-17', duration: 60, day: '', time: '', subject: 'Zielvereinbarung 2027', agenda: 'TOP 1', people: { state: 'working' } });
    expect(bookingView(state).canBook).toBe(false);
  });

  it('opens an existing meeting at its own day, time, length and attendees', () => {
    const state = initialBookingState({ ...setup, existing: booked({ end: '2027-03-10T11:30', attendees: ['a@stadt.example', 'b@stadt.example'] }) }, today);
    expect(state).toMatchObject({ isExisting: true, firstDay: '2027-03-10', lastDay: '2027-03-24', duration: 90, day: '2027-03-10', time: '10:00', othersText: 'a@stadt.example; b@stadt.example' });
    expect(bookingView(state).slot).toEqual({ start: '2027-03-10T10:00', end: '2027-03-10T11:30' });
  });

  it("loads the coordinator and the department's contacts with a mailbox, in lower case", async () => {
    const people = await loadPeople(ports(), 7);
    expect(people).toEqual({
      coordinator: 'koordination@stadt.example',
      contacts: [
        { address: 'anna.amt@stadt.example', label: 'Anna Amt' },
        { address: 'b.bau@stadt.example', label: 'Bernd Bau' }
      ]
    });
    expect((await loadPeople(ports(), undefined)).contacts).toEqual([]);
  });

  it('invites every contact until one is unticked, plus valid typed addresses once each', async () => {
    let state = await loadedState();
    expect(bookingView(state).attendees).toEqual(['anna.amt@stadt.example', 'b.bau@stadt.example']);
    state = bookingReducer(state, { type: 'contactToggled', address: 'b.bau@stadt.example', isChecked: false });
    state = bookingReducer(state, { type: 'edited', changes: { othersText: 'Gast@Verein.example; anna.amt@stadt.example, kaputt' } });
    const view = bookingView(state);
    expect(view.attendees).toEqual(['anna.amt@stadt.example', 'gast@verein.example']);
    expect(view.attendeeLabels.map((entry) => entry.label)).toEqual(['Anna Amt', 'gast@verein.example']);
    expect(view.invalidAddresses).toEqual(['kaputt']);
    expect(bookingReducer(state, { type: 'contactToggled', address: 'b.bau@stadt.example', isChecked: true }).chosen).toEqual(new Set(['anna.amt@stadt.example', 'b.bau@stadt.example']));
  });

  it('refuses a range that is reversed or longer than 31 working days', () => {
    const state = initialBookingState(setup, today);
    expect(bookingView(bookingReducer(state, { type: 'edited', changes: { lastDay: '2027-03-01' } })).isRangeValid).toBe(false);
    expect(bookingView(bookingReducer(state, { type: 'edited', changes: { lastDay: '2027-04-30' } })).isRangeValid).toBe(false);
    expect(bookingView(bookingReducer(state, { type: 'edited', changes: { lastDay: '2027-04-14' } })).isRangeValid).toBe(true);
  });

  it("takes a proposal's day, start and length", () => {
    const state = bookingReducer(initialBookingState(setup, today), { type: 'proposalPicked', proposal: { start: '2027-03-08T13:30', end: '2027-03-08T14:15' } });
    expect(state).toMatchObject({ day: '2027-03-08', time: '13:30', duration: 45 });
    expect(formatSlot({ start: '2027-03-08T13:30', end: '2027-03-08T14:15' }, 'de-DE')).toBe('Mo., 08.03.2027, 13:30–14:15');
  });

  it('allows moving only to a slot other than the current one', () => {
    const state = initialBookingState({ ...setup, existing: booked() }, today);
    expect(bookingView(state).canReschedule).toBe(false);
    expect(bookingView(bookingReducer(state, { type: 'edited', changes: { time: '14:00' } })).canReschedule).toBe(true);
    expect(bookingView(bookingReducer(bookingReducer(state, { type: 'edited', changes: { time: '14:00' } }), { type: 'bookingStarted' })).canReschedule).toBe(false);
  });
});

describe('meeting booking: commands', () => {
  it('shows what is missing instead of booking an incomplete meeting', async () => {
    const fake = ports();
    const run = recorder(await loadedState());
    await book(fake, setup, run.state(), run.dispatch, () => undefined);
    expect(fake.sent).toHaveLength(0);
    expect(run.state().showErrors).toBe(true);
    expect(run.state().booking.state).toBe('idle');
  });

  it('books a new meeting with a transaction id, reports it and loads the answers', async () => {
    const fake = ports();
    const changed: MeetingRecord[] = [];
    const run = recorder(bookingReducer(await loadedState(), { type: 'edited', changes: { day: '2027-03-09', time: '09:30', subject: '  Gespräch  ', isOnline: true } }));
    await book(fake, setup, run.state(), run.dispatch, (meeting) => changed.push(meeting), () => 'fixed');
    expect(fake.sent[0]).toEqual([
      {
        kind: 'agreement',
        subject: 'Gespräch',
        departmentId: 7,
        year: 2027,
        start: '2027-03-09T09:30',
        end: '2027-03-09T10:30',
        attendees: ['anna.amt@stadt.example', 'b.bau@stadt.example'],
        isOnlineMeeting: true,
        transactionId: 'ip365-agreement-2027-7-fixed',
        agenda: 'TOP 1'
      }
    ]);
    expect(changed.map((meeting) => meeting.start)).toEqual(['2027-03-09T09:30']);
    expect(run.state().meeting?.eventId).toBe('event-1');
    expect(run.state().booking).toMatchObject({ state: 'done', value: { subject: 'Gespräch' } });
    expect(run.state().responses).toEqual({ state: 'done', value: [{ address: 'anna.amt@stadt.example', name: 'Anna Amt', response: 'accepted' }] });
  });

  it('books a failed meeting again under the same record, so Outlook cannot hold it twice', async () => {
    const throttled = new ServiceError(429, 'Too many requests');
    let attempt = 0;
    const fake = ports({
      book: async (records) => {
        attempt += 1;
        fake.sent.push(records);
        const meeting = { ...booked(), ...records[0], id: 11, etag: '"1"', state: 'proposed' as const, eventId: undefined };
        return attempt === 1 ? [{ ok: false, meeting, error: throttled }] : [{ ok: true, meeting: { ...meeting, state: 'booked', eventId: 'event-1' } }];
      }
    });
    const run = recorder(bookingReducer(await loadedState(), { type: 'edited', changes: { day: '2027-03-09', time: '09:30' } }));
    await book(fake, setup, run.state(), run.dispatch, () => undefined, () => 'first');
    expect(run.state().booking).toEqual({ state: 'failed', error: throttled });
    expect(run.state().meeting).toBeUndefined();
    run.dispatch({ type: 'edited', changes: { time: '11:00' } });
    await book(fake, setup, run.state(), run.dispatch, () => undefined, () => 'second');
    expect(fake.sent[1][0]).toMatchObject({ id: 11, transactionId: 'ip365-agreement-2027-7-first', start: '2027-03-09T11:00' });
    expect(run.state().pending).toBeUndefined();
    expect(run.state().meeting?.state).toBe('booked');
  });

  it('keeps the form when the booking request itself fails', async () => {
    const fake = ports({ book: () => Promise.reject(new ServiceError(503, 'Service unavailable')) });
    const run = recorder(bookingReducer(await loadedState(), { type: 'edited', changes: { day: '2027-03-09', time: '09:30' } }));
    await book(fake, setup, run.state(), run.dispatch, () => undefined);
    expect(run.state().booking).toMatchObject({ state: 'failed', error: { status: 503 } });
    expect(run.state()).toMatchObject({ day: '2027-03-09', time: '09:30' });
    expect(run.state().pending).toBeUndefined();
  });

  it('moves and cancels an existing meeting, telling the caller each time', async () => {
    const fake = ports();
    const changed: MeetingRecord[] = [];
    const run = recorder(await loadedState(initialBookingState({ ...setup, existing: booked() }, today)));
    run.dispatch({ type: 'edited', changes: { day: '2027-03-11', time: '13:00' } });
    await reschedule(fake, run.state(), run.dispatch, (meeting) => changed.push(meeting));
    expect(run.state().meeting).toMatchObject({ start: '2027-03-11T13:00', end: '2027-03-11T14:00' });
    run.dispatch({ type: 'cancelAsked' });
    run.dispatch({ type: 'edited', changes: { comment: ' Termin entfällt ' } });
    const comments: string[] = [];
    fake.booking.cancel = async (meeting, comment) => {
      comments.push(comment);
      return { ...meeting, state: 'cancelled' };
    };
    await cancel(fake, run.state(), run.dispatch, (meeting) => changed.push(meeting));
    expect(comments).toEqual(['Termin entfällt']);
    expect(changed.map((meeting) => meeting.state)).toEqual(['booked', 'cancelled']);
    expect(run.state().isCancelling).toBe(false);
    expect(bookingView(run.state()).isCancelled).toBe(true);
  });

  it('reads free/busy of the coordinator and the attendees with progress, and shows a failure for retry', async () => {
    const asked: string[][] = [];
    const fake = ports({}, async (mailboxes, _first, _last, onProgress) => {
      asked.push([...mailboxes]);
      onProgress?.(1, 2);
      if (asked.length === 1) {
        throw new ServiceError(504, 'Gateway timeout');
      }
      return { busy: new Map([['anna.amt@stadt.example', [{ start: '2027-03-04T09:00', end: '2027-03-04T10:00' }]]]), unavailable: [] };
    });
    const run = recorder(await loadedState());
    await loadFreeBusy(fake, run.state(), run.dispatch);
    expect(run.actions.map((action) => (action.type === 'freeBusy' ? action.work : undefined))).toContainEqual({ state: 'working', done: 1, total: 2 });
    expect(run.state().freeBusy).toMatchObject({ state: 'failed', error: { status: 504 } });
    await loadFreeBusy(fake, run.state(), run.dispatch);
    expect(asked[1]).toEqual(['koordination@stadt.example', 'anna.amt@stadt.example', 'b.bau@stadt.example']);
    expect(run.state().freeBusy.state).toBe('done');
  });

  it("asks Outlook for proposals for the attendees, the days and the meeting's length", async () => {
    const asked: unknown[][] = [];
    const fake = ports({
      proposals: async (...args) => {
        asked.push(args);
        return [{ start: '2027-03-08T09:00', end: '2027-03-08T09:45' }];
      }
    });
    const run = recorder(bookingReducer(await loadedState(), { type: 'edited', changes: { duration: 45 } }));
    await loadProposals(fake, run.state(), run.dispatch);
    expect(asked).toEqual([[['anna.amt@stadt.example', 'b.bau@stadt.example'], '2027-03-04', '2027-03-17', 45]]);
    expect(run.state().proposals).toEqual({ state: 'done', value: [{ start: '2027-03-08T09:00', end: '2027-03-08T09:45' }] });
  });
});
