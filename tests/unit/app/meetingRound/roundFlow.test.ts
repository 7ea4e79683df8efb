import type { AttendeeStatus, Contact, Department, Interval, MeetingChanges, MeetingRecord, NewMeetingRecord } from '../../../../src/domain';
import { ServiceError } from '../../../../src/http/serviceError';
import type { CurrentUser } from '../../../../src/data/userRepository';
import type { BookingOutcome } from '../../../../src/scheduling/meetingBooking';
import { bookRound, loadRound, planTheRound } from '../../../../src/app/meetingRound/roundCommands';
import type { RoundPorts } from '../../../../src/app/meetingRound/roundCommands';
import { alternativesOf, initialRoundState, roundReducer, shownData } from '../../../../src/app/meetingRound/roundState';
import type { LoadedRound, RoundAction, RoundState } from '../../../../src/app/meetingRound/roundState';
import { defaultRoundForm } from '../../../../src/app/meetingRound/roundSettings';
import { bookedMeetingsOf, bookedMeetingsReducer, initialBookedMeetingsState, proposeNext, rebook, refreshResponses, statusesOf } from '../../../../src/app/meetingRound/bookedMeetings';
import type { BookedMeetingsAction, BookedMeetingsState } from '../../../../src/app/meetingRound/bookedMeetings';
import { roundSettingsOf } from '../../../../src/app/meetingRound/roundSettings';

// 2027-03-01 is a Monday: the default window runs 15 March to 23 April.
const form = { ...defaultRoundForm('2027-03-01', 'NW'), firstDay: '2027-03-15', lastDay: '2027-03-19' };
const coordinator: CurrentUser = { siteUserId: 1, login: 'koordination@stadt.example', displayName: 'Koordination', email: '', role: 'coordinator' };
const departments: Department[] = [
  { id: 1, number: '10', name: 'Bildung', groupName: 'FB 10 Mitglieder' },
  { id: 2, number: '20', name: 'Soziales', groupName: 'FB 20 Mitglieder' },
  { id: 3, number: '30', name: 'Ordnung', groupName: 'FB 30 Mitglieder' }
];
const contacts: Contact[] = [
  { id: 1, name: 'Kontakt 10', email: 'FB10@stadt.example', departmentId: 1, isPrimary: true },
  { id: 2, name: 'Kontakt 20', email: 'fb20@stadt.example', departmentId: 2, isPrimary: true },
  { id: 3, name: 'Kontakt 30', email: 'fb30@stadt.example', departmentId: 3, isPrimary: true }
];
const meeting = (departmentId: number, start: string, overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  id: departmentId * 100,
  etag: '"1"',
  kind: 'agreement',
  subject: `Zielvereinbarungsgespräch 2027: ${departmentId}`,
  departmentId,
  year: 2027,
  start,
  end: `${start.slice(0, 11)}${String(Number(start.slice(11, 13)) + 1).padStart(2, '0')}:${start.slice(14, 16)}`,
  attendees: [`fb${departmentId}0@stadt.example`],
  isOnlineMeeting: false,
  state: 'booked',
  transactionId: `tx-${departmentId}`,
  eventId: `event-${departmentId}`,
  ...overrides
});
const texts = { subject: (department: { name: string }) => `Gespräch ${department.name}`, agenda: () => 'TOP 1' };

function fakePorts(options: { meetings?: MeetingRecord[]; busy?: Record<string, Interval[]>; book?: RoundPorts['booking']['book'] } = {}) {
  const calls = { freeBusy: [] as string[][], updates: [] as MeetingChanges[], booked: [] as Array<ReadonlyArray<MeetingRecord | NewMeetingRecord>>, moved: [] as Interval[] };
  const ports: RoundPorts = {
    users: { currentUser: async () => coordinator },
    departments: { departments: async () => departments, contacts: async () => contacts },
    meetings: {
      meetingsOf: async (year, kind) => (year === 2027 && kind === 'agreement' ? options.meetings ?? [] : []),
      update: async (original, changes) => {
        calls.updates.push(changes);
        return { ...original, ...changes, etag: '"2"' };
      }
    },
    booking: {
      book:
        options.book ??
        (async (records, onProgress) => {
          calls.booked.push(records);
          onProgress?.(records.length, records.length);
          return records.map((record): BookingOutcome => ({ ok: true, meeting: { id: 1, ...record, state: 'booked', eventId: `event-${record.departmentId}` } }));
        }),
      reschedule: async (record, slot) => {
        calls.moved.push(slot);
        return { ...record, ...slot };
      },
      responses: async (records) => new Map(records.map((record) => [record.eventId!, [{ address: record.attendees[0], response: 'declined' } as AttendeeStatus]]))
    },
    readFreeBusy: async (mailboxes, _first, _last, onProgress) => {
      calls.freeBusy.push([...mailboxes]);
      onProgress?.(1, 1);
      return { busy: new Map(Object.entries(options.busy ?? {})), unavailable: [] };
    }
  };
  return { ports, calls };
}

function recorder<S, A>(reducer: (state: S, action: A) => S, start: S): { dispatch: (action: A) => void; state: () => S; actions: A[] } {
  let state = start;
  const actions: A[] = [];
  return {
    dispatch: (action) => {
      actions.push(action);
      state = reducer(state, action);
    },
    state: () => state,
    actions
  };
}

async function loadedState(ports: RoundPorts): Promise<{ state: RoundState; data: LoadedRound }> {
  const data = await loadRound(ports, 2027);
  return { data, state: roundReducer(initialRoundState(form), { type: 'loaded', data }) };
}

describe('meeting round: loading and planning', () => {
  it('plans every department without a booked meeting, as coordinator', async () => {
    const { ports } = fakePorts({ meetings: [meeting(2, '2027-02-10T10:00')] });
    const data = await loadRound(ports, 2027);
    expect(data).toMatchObject({ year: 2027, coordinator: 'koordination@stadt.example', isCoordinator: true });
    expect(data.toPlan.map((department) => `${department.name}: ${department.attendees.join()}`)).toEqual(['10 Bildung: fb10@stadt.example', '30 Ordnung: fb30@stadt.example']);
  });

  it('keeps the board of the year while it reloads, and drops an answer for a year no longer chosen', async () => {
    const { ports } = fakePorts();
    const { state, data } = await loadedState(ports);
    const reloading = roundReducer(state, { type: 'loading', year: 2027 });
    expect(reloading.load.state).toBe('loading');
    expect(shownData(reloading)).toBe(data);
    const otherYear = roundReducer(reloading, { type: 'formEdited', form: { ...form, year: 2028 } });
    expect(shownData(otherYear)).toBeUndefined();
    expect(roundReducer(otherYear, { type: 'loaded', data }).load.state).toBe('loading');
    expect(roundReducer(otherYear, { type: 'loadFailed', year: 2027, error: new Error('late') }).load.state).toBe('loading');
  });

  it('reads the calendars once with progress and places each department, busy times avoided', async () => {
    const { ports, calls } = fakePorts({ busy: { 'fb10@stadt.example': [{ start: '2027-03-15T00:00', end: '2027-03-17T00:00' }] } });
    const { state, data } = await loadedState(ports);
    const run = recorder(roundReducer, state);
    await planTheRound(ports, data, form, run.dispatch);
    expect(calls.freeBusy).toEqual([['koordination@stadt.example', 'fb10@stadt.example', 'fb20@stadt.example', 'fb30@stadt.example']]);
    expect(run.actions.map((action) => action.type)).toEqual(['reading', 'reading', 'planned']);
    const placed = run.state().round!.plan.placed;
    expect(placed.map((entry) => entry.departmentId).sort()).toEqual([1, 2, 3]);
    expect(placed.find((entry) => entry.departmentId === 1)!.slot.start >= '2027-03-17').toBe(true);
    expect(run.state().step).toEqual({ state: 'idle' });
  });

  it('does not read calendars for an invalid form, and shows a failed read for retry', async () => {
    const { ports, calls } = fakePorts();
    const { state, data } = await loadedState(ports);
    const run = recorder(roundReducer, state);
    await planTheRound(ports, data, { ...form, dayEnd: '08:00' }, run.dispatch);
    expect(calls.freeBusy).toHaveLength(0);
    await planTheRound({ readFreeBusy: () => Promise.reject(new ServiceError(429, 'Too many requests')) }, data, form, run.dispatch);
    expect(run.state().step).toMatchObject({ state: 'readFailed', error: { status: 429 } });
  });

  it('moves a meeting by hand to one of its alternatives, which then counts as fixed', async () => {
    const { ports } = fakePorts();
    const { state, data } = await loadedState(ports);
    const run = recorder(roundReducer, state);
    await planTheRound(ports, data, form, run.dispatch);
    const round = run.state().round!;
    const [alternative] = alternativesOf(round, data.coordinator, 3);
    expect(alternative).toBeDefined();
    run.dispatch({ type: 'moved', departmentId: 3, slot: alternative });
    expect(run.state().round!.plan.placed.find((entry) => entry.departmentId === 3)).toEqual({ departmentId: 3, slot: alternative, isFixed: true });
  });
});

describe('meeting round: booking', () => {
  async function planned(ports: RoundPorts): Promise<{ state: RoundState; data: LoadedRound }> {
    const { state, data } = await loadedState(ports);
    const run = recorder(roundReducer, state);
    await planTheRound(ports, data, form, run.dispatch);
    return { state: run.state(), data };
  }

  it('books every placed meeting with progress, moves a proposed record first, clears the plan and reloads', async () => {
    const proposed = meeting(1, '2027-01-10T10:00', { state: 'proposed', eventId: undefined, attendees: ['fb10@stadt.example'] });
    const { ports, calls } = fakePorts({ meetings: [proposed] });
    const { state, data } = await planned(ports);
    const run = recorder(roundReducer, state);
    let reloads = 0;
    await bookRound(ports, data, run.state(), texts, run.dispatch, () => (reloads += 1), () => 'r');
    expect(calls.updates).toHaveLength(1);
    expect(calls.updates[0]).toMatchObject({ subject: 'Gespräch 10 Bildung' });
    expect(calls.booked[0].map((record) => record.transactionId).sort()).toEqual(['ip365-agreement-2027-2-r', 'ip365-agreement-2027-3-r', 'tx-1']);
    expect(run.actions.filter((action): action is Extract<RoundAction, { type: 'booking' }> => action.type === 'booking').map((action) => `${action.done}/${action.total}`)).toEqual(['0/3', '3/3']);
    expect(run.state().step).toMatchObject({ state: 'booked', outcomes: [{ ok: true }, { ok: true }, { ok: true }] });
    expect(run.state().round).toBeUndefined();
    expect(reloads).toBe(1);
  });

  it('keeps the failed ones with their records and books only those again', async () => {
    const throttled = new ServiceError(429, 'Too many requests');
    const sent: Array<ReadonlyArray<MeetingRecord | NewMeetingRecord>> = [];
    const book: RoundPorts['booking']['book'] = async (records) => {
      sent.push(records);
      return records.map((record, index): BookingOutcome => {
        const stored: MeetingRecord = { id: 10 + index, ...record, state: 'proposed' };
        return sent.length === 1 && record.departmentId === 2 ? { ok: false, meeting: stored, error: throttled } : { ok: true, meeting: { ...stored, state: 'booked' } };
      });
    };
    const { ports } = fakePorts({ book });
    const { state, data } = await planned(ports);
    const run = recorder(roundReducer, state);
    await bookRound(ports, data, run.state(), texts, run.dispatch, () => undefined);
    expect(run.state().failed.map((outcome) => outcome.meeting.departmentId)).toEqual([2]);
    expect(run.state().round).toBeDefined();
    const firstRecord = run.state().failed[0].meeting;
    await bookRound(ports, data, run.state(), texts, run.dispatch, () => undefined);
    expect(sent[1]).toEqual([firstRecord]);
    expect(run.state().failed).toEqual([]);
    expect(run.state().round).toBeUndefined();
  });

  it('keeps the plan when the booking request fails as a whole', async () => {
    const { ports } = fakePorts({ book: () => Promise.reject(new ServiceError(503, 'Service unavailable')) });
    const { state, data } = await planned(ports);
    const run = recorder(roundReducer, state);
    let reloads = 0;
    await bookRound(ports, data, run.state(), texts, run.dispatch, () => (reloads += 1));
    expect(run.state().step).toMatchObject({ state: 'bookFailed', error: { status: 503 } });
    expect(run.state().round).toBe(state.round);
    expect(reloads).toBe(0);
  });

  it('starts afresh when another year is chosen', async () => {
    const { ports } = fakePorts();
    const { state } = await planned(ports);
    expect(roundReducer(state, { type: 'formEdited', form: { ...form, bufferMinutes: 30 } }).round).toBe(state.round);
    expect(roundReducer(state, { type: 'formEdited', form: { ...form, year: 2028 } })).toMatchObject({ round: undefined, step: { state: 'idle' }, failed: [] });
  });
});

describe('meeting round: answers and declined meetings', () => {
  const settings = roundSettingsOf(form).settings;
  const nameOf = (departmentId: number | undefined): string => `FB ${departmentId}`;

  it('lists booked meetings (and recorded ones with an event), not cancelled or merely proposed ones', () => {
    const list = [
      meeting(1, '2027-03-15T09:00'),
      meeting(2, '2027-03-15T11:00', { state: 'cancelled' }),
      meeting(3, '2027-03-16T09:00', { state: 'proposed', eventId: undefined }),
      meeting(4, '2027-03-16T11:00', { state: 'proposed' })
    ];
    expect(bookedMeetingsOf(list).map((entry) => entry.departmentId)).toEqual([1, 4]);
  });

  it('loads the answers of the meetings with an event', async () => {
    const { ports } = fakePorts();
    const run = recorder<BookedMeetingsState, BookedMeetingsAction>(bookedMeetingsReducer, initialBookedMeetingsState);
    const booked = [meeting(1, '2027-03-15T09:00'), meeting(2, '2027-03-15T11:00', { eventId: undefined })];
    await refreshResponses(ports, booked, run.dispatch);
    expect(statusesOf(run.state(), booked[0])).toEqual([{ address: 'fb10@stadt.example', response: 'declined' }]);
    expect(statusesOf(run.state(), booked[1])).toBeUndefined();
    await refreshResponses({ booking: { ...ports.booking, responses: () => Promise.reject(new ServiceError(403, 'Forbidden')) } }, booked, run.dispatch);
    expect(run.state().responses).toMatchObject({ state: 'failed', error: { status: 403 } });
  });

  it('proposes the next free slot for a declined meeting from fresh free/busy, others kept, and moves it there', async () => {
    const declined = meeting(1, '2027-03-15T09:00');
    const other = meeting(2, '2027-03-15T10:15');
    const { ports, calls } = fakePorts();
    const run = recorder<BookedMeetingsState, BookedMeetingsAction>(bookedMeetingsReducer, initialBookedMeetingsState);
    await proposeNext(ports, { settings, coordinator: 'koordination@stadt.example', meetings: [declined, other], nameOf }, declined, run.dispatch);
    expect(calls.freeBusy).toEqual([['koordination@stadt.example', 'fb10@stadt.example']]);
    const replan = run.state().replans.get('tx-1');
    expect(replan?.state).toBe('proposed');
    const slot = (replan as { slot: Interval }).slot;
    expect(slot.start).not.toBe(declined.start);
    let changed = 0;
    await rebook(ports, declined, slot, run.dispatch, () => (changed += 1));
    expect(calls.moved).toEqual([slot]);
    expect(run.state().replans.has('tx-1')).toBe(false);
    expect(changed).toBe(1);
  });

  it('says why no slot was found, and keeps a failed move for another try', async () => {
    const declined = meeting(1, '2027-03-15T09:00');
    const { ports } = fakePorts({ busy: { 'fb10@stadt.example': [{ start: '2027-03-15T00:00', end: '2027-03-20T00:00' }] } });
    const run = recorder<BookedMeetingsState, BookedMeetingsAction>(bookedMeetingsReducer, initialBookedMeetingsState);
    await proposeNext(ports, { settings, coordinator: 'koordination@stadt.example', meetings: [declined], nameOf }, declined, run.dispatch);
    expect(run.state().replans.get('tx-1')).toEqual({ state: 'none', reason: 'noCommonFreeTime' });
    await rebook({ booking: { ...ports.booking, reschedule: () => Promise.reject(new ServiceError(412, 'Precondition failed')) } }, declined, { start: '2027-03-18T09:00', end: '2027-03-18T10:00' }, run.dispatch, () => undefined);
    expect(run.state().replans.get('tx-1')).toMatchObject({ state: 'failed', error: { status: 412 } });
  });
});
