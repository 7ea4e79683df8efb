import { draftOfSession, newSessionDraft, newSessionOf, sessionChanges, sessionDraftProblems } from '../../../../src/app/bodySessions/sessionForm';
import { filterSessions, openItemsForAgenda } from '../../../../src/app/bodySessions/sessionsData';
import { addActionItem, recordBookedSession, saveSession } from '../../../../src/app/bodySessions/sessionCommands';
import { initialSessionsState, sessionsReducer } from '../../../../src/app/bodySessions/sessionsState';
import type { ActionItem, BodySession, BodySessionChanges, MeetingRecord, NewActionItem, NewBodySession } from '../../../../src/domain';

const session = (id: number, changes: Partial<BodySession> = {}): BodySession => ({ id, title: `Sitzung ${id}`, body: 'steeringGroup', date: '2027-03-02', agendaItems: [], status: 'held', etag: '"1"', ...changes });

/** A store of sessions that records what it was asked to do. */
function fakeSessions(stored: BodySession[]) {
  const calls: Array<{ kind: 'record'; session: NewBodySession } | { kind: 'update'; id: number; etag?: string; changes: BodySessionChanges }> = [];
  return {
    calls,
    bodySessions: {
      async session(id: number) {
        return stored.find((candidate) => candidate.id === id)!;
      },
      async record(input: NewBodySession) {
        calls.push({ kind: 'record', session: input });
        const { createKey: _key, ...rest } = input;
        return { ...rest, id: 99, etag: '"1"' };
      },
      async update(target: Pick<BodySession, 'id' | 'etag'>, changes: BodySessionChanges) {
        calls.push({ kind: 'update', id: target.id, ...(target.etag ? { etag: target.etag } : {}), changes });
        return { ...stored.find((candidate) => candidate.id === target.id)!, ...changes, etag: '"2"' };
      }
    }
  };
}

describe('the sessions tab flow', () => {
  it('starts a new steering session planned, its agenda opening with the open action items; other bodies start empty', () => {
    const steering = newSessionDraft({ body: 'steeringGroup', date: '2027-09-14', createKey: 'k', openItemsTitle: 'Offene Arbeitsaufträge', planPeriodId: 2 });
    expect(steering).toMatchObject({ status: 'planned', planPeriodId: 2, agendaItems: [{ title: 'Offene Arbeitsaufträge', subjectKind: '', subjectId: '' }] });
    expect(newSessionDraft({ body: 'committee', date: '2027-09-14', createKey: 'k', openItemsTitle: 'Offene Arbeitsaufträge' }).agendaItems).toEqual([]);
  });

  it('names the fields that keep a session from being saved: title, date, an agenda item without title or without its subject', () => {
    const draft = newSessionDraft({ body: 'council', date: '2027-02-30', createKey: 'k' });
    expect(sessionDraftProblems(draft)).toEqual(['title', 'date']);
    const withAgenda = { ...draft, title: 'Rat', date: '2027-03-15', agendaItems: [{ title: 'Fortschreibung', subjectKind: 'planPeriod' as const, subjectId: '' }] };
    expect(sessionDraftProblems(withAgenda)).toEqual(['agenda']);
    expect(sessionDraftProblems({ ...withAgenda, agendaItems: [{ title: 'Fortschreibung', subjectKind: 'planPeriod', subjectId: '3' }] })).toEqual([]);
  });

  it('turns the form into the session to record and into the changes to save, agenda subjects linked', () => {
    const stored = session(5, { paperNumber: 'DS 1/2027', agendaItems: [{ title: 'Zieländerung 4', subject: { kind: 'goalChange', id: 4 } }], decisions: 'Beschlossen' });
    const draft = draftOfSession(stored, 'k-5');
    expect(draft.agendaItems).toEqual([{ title: 'Zieländerung 4', subjectKind: 'goalChange', subjectId: '4' }]);
    const edited = { ...draft, paperNumber: ' ', decisions: '', agendaItems: [...draft.agendaItems, { title: ' Verschiedenes ', subjectKind: '' as const, subjectId: '' }] };
    expect(sessionChanges(edited)).toEqual({
      title: 'Sitzung 5',
      body: 'steeringGroup',
      date: '2027-03-02',
      paperNumber: '',
      status: 'held',
      agendaItems: [{ title: 'Zieländerung 4', subject: { kind: 'goalChange', id: 4 } }, { title: 'Verschiedenes' }],
      decisions: ''
    });
    const fresh = newSessionOf({ ...newSessionDraft({ body: 'advisoryBoard', date: '2027-03-04', createKey: 'k-new' }), title: ' Beirat ' });
    expect(fresh).toEqual({ title: 'Beirat', body: 'advisoryBoard', date: '2027-03-04', agendaItems: [], status: 'planned', createKey: 'k-new' });
  });

  it('records a new session and saves an edited one against the version read', async () => {
    const store = fakeSessions([session(5)]);
    await saveSession(store, { ...newSessionDraft({ body: 'committee', date: '2027-03-12', createKey: 'k-1' }), title: 'Ausschuss' });
    await saveSession(store, { ...draftOfSession(session(5), 'k-2'), decisions: 'neu' });
    expect(store.calls.map((call) => [call.kind, call.kind === 'update' ? call.etag : call.session.createKey])).toEqual([
      ['record', 'k-1'],
      ['update', '"1"']
    ]);
    await expect(saveSession(store, newSessionDraft({ body: 'committee', date: '', createKey: 'k-3' }))).rejects.toMatchObject({ status: 400 });
    expect(store.calls).toHaveLength(2);
  });

  it('records a steering meeting booked with the panel as a session: booked with its event, keyed by the meeting', async () => {
    const store = fakeSessions([session(5, { status: 'planned', date: '2027-09-01' }), session(6, { status: 'booked', eventId: 'evt-6', date: '2027-10-01' })]);
    const meeting = (changes: Partial<MeetingRecord>): MeetingRecord => ({ kind: 'steeringGroup', subject: 'Steuerungsgruppe 2027', year: 2027, start: '2027-10-05T10:00', end: '2027-10-05T12:00', attendees: [], isOnlineMeeting: false, state: 'booked', transactionId: 'tx-1', eventId: 'evt-1', ...changes });

    await recordBookedSession(store, meeting({}), [], undefined, 'Offene Arbeitsaufträge');
    expect(store.calls[0]).toEqual({
      kind: 'record',
      session: { title: 'Steuerungsgruppe 2027', body: 'steeringGroup', date: '2027-10-05', agendaItems: [{ title: 'Offene Arbeitsaufträge' }], status: 'booked', eventId: 'evt-1', createKey: 'meeting-tx-1' }
    });
    // Booked for a planned session: that session becomes booked, with the event and the day booked.
    const stored = [session(5, { status: 'planned', date: '2027-09-01' }), session(6, { status: 'booked', eventId: 'evt-6', date: '2027-10-01' })];
    await recordBookedSession(store, meeting({ transactionId: 'tx-2', eventId: 'evt-2', start: '2027-09-03T09:00' }), stored, stored[0]);
    expect(store.calls[1]).toEqual({ kind: 'update', id: 5, etag: '"1"', changes: { date: '2027-09-03', status: 'booked', eventId: 'evt-2' } });
    // The meeting of session 6 cancelled in the panel: found by its event, cancelled.
    await recordBookedSession(store, meeting({ eventId: 'evt-6', state: 'cancelled', start: '2027-10-01T09:00' }), stored);
    expect(store.calls[2]).toMatchObject({ kind: 'update', id: 6, changes: { status: 'cancelled' } });
  });

  it('adds an action item with its department and due date, without a due date when none is given', async () => {
    const recorded: NewActionItem[] = [];
    const ports = { actionItems: { record: async (item: NewActionItem) => (recorded.push(item), { ...item, id: 1, isDone: false }) } } as never;
    await addActionItem(ports, 7, { departmentId: 3, description: 'Plätze erheben', dueDate: ' ', createKey: 'k' });
    expect(recorded).toEqual([{ sessionId: 7, departmentId: 3, description: 'Plätze erheben', createKey: 'k' }]);
  });

  it('filters sessions by body and plan period, newest first, and lists the open items of earlier sessions for an agenda', () => {
    const sessions = [session(1, { date: '2027-03-02', planPeriodId: 2 }), session(2, { body: 'committee', date: '2027-03-12', planPeriodId: 2 }), session(3, { date: '2027-09-14', planPeriodId: 3 })];
    expect(filterSessions(sessions, {}).map((entry) => entry.id)).toEqual([3, 2, 1]);
    expect(filterSessions(sessions, { body: 'steeringGroup' }).map((entry) => entry.id)).toEqual([3, 1]);
    expect(filterSessions(sessions, { body: 'steeringGroup', planPeriodId: 2 }).map((entry) => entry.id)).toEqual([1]);
    const openActionItems: ActionItem[] = [
      { id: 10, sessionId: 1, departmentId: 1, description: 'a', isDone: false },
      { id: 11, sessionId: 2, departmentId: 1, description: 'b', isDone: false },
      { id: 12, sessionId: 3, departmentId: 1, description: 'c', isDone: false }
    ];
    expect(openItemsForAgenda({ body: 'steeringGroup', date: '2027-12-01' }, { sessions, openActionItems }).map((item) => item.id)).toEqual([10, 12]);
    expect(openItemsForAgenda(sessions[2], { sessions, openActionItems }).map((item) => item.id)).toEqual([10]);
  });

  it('keeps the editor open with its error until saved; a save selects the session and reads the data again', () => {
    let state = initialSessionsState(() => 'key-1');
    expect(state.actionDraft).toEqual({ description: '', dueDate: '', createKey: 'key-1' });
    state = sessionsReducer(state, { type: 'edit', draft: newSessionDraft({ body: 'council', date: '2027-03-15', createKey: 'k' }) });
    state = sessionsReducer(state, { type: 'editorWork', work: { state: 'failed', action: 'save', error: new Error('412') } });
    expect(state.editor?.work.state).toBe('failed');
    state = sessionsReducer(state, { type: 'saved', session: session(9) });
    expect({ editor: state.editor, selectedId: state.selectedId, version: state.version }).toEqual({ editor: undefined, selectedId: 9, version: 1 });
    state = sessionsReducer(state, { type: 'actionDraft', update: (draft) => ({ ...draft, departmentId: 2 }), showErrors: true });
    state = sessionsReducer(state, { type: 'changed', actionDraft: { departmentId: 2, description: '', dueDate: '', createKey: 'key-2' } });
    expect({ draft: state.actionDraft.createKey, showErrors: state.actionShowErrors, version: state.version }).toEqual({ draft: 'key-2', showErrors: false, version: 2 });
  });
});
