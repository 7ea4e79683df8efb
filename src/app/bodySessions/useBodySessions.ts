import * as React from 'react';
import { actionItemProblems, todayInCouncil } from '../../domain';
import type { ActionItem, Body, BodySession, MeetingRecord } from '../../domain';
import { newCreateKey } from '../../data/sp/keyedCreate';
import type { MinutesFile, MinutesUpload } from '../../data/sessionMinutesRepository';
import { addActionItem, recordBookedSession, saveSession, setActionItemDone, uploadMinutes } from './sessionCommands';
import type { ActionItemDraft } from './sessionCommands';
import { draftOfSession, newSessionDraft, sessionDraftProblems } from './sessionForm';
import type { SessionDraft } from './sessionForm';
import { filterSessions, loadSessions, openItemsForAgenda } from './sessionsData';
import type { SessionFilter, SessionServices, SessionsData } from './sessionsData';
import { initialSessionsState, sessionsReducer } from './sessionsState';
import type { SessionsViewState } from './sessionsState';

export type Loading<T> = { readonly state: 'loading' } | { readonly state: 'ready'; readonly data: T } | { readonly state: 'error'; readonly error: unknown };

/** One session as the detail view shows it: its action items (done ones too) and its minutes. */
export interface SessionDetails {
  readonly session: BodySession;
  readonly actionItems: readonly ActionItem[];
  readonly minutes: readonly MinutesFile[];
}

/** Loads when `key` changes; a result that arrives after a newer request started is dropped. */
function useLoad<T>(load: () => Promise<T>, key: string): Loading<T> {
  const [result, setResult] = React.useState<Loading<T>>({ state: 'loading' });
  React.useEffect(() => {
    let isCurrent = true;
    // While reading again after a change, what was read before stays on screen.
    setResult((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    load().then(
      (data) => isCurrent && setResult({ state: 'ready', data }),
      (error: unknown) => isCurrent && setResult({ state: 'error', error })
    );
    return () => {
      isCurrent = false;
    };
    // `key` says when the data to load changed, not a new closure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result;
}

export interface BodySessionsFlow {
  readonly state: SessionsViewState;
  readonly data: Loading<SessionsData>;
  readonly details?: Loading<SessionDetails>;
  /** The sessions the filter shows, newest first. */
  readonly shown: readonly BodySession[];
  /** The open action items of earlier sessions that the agenda of the selected (or edited) session lists. */
  readonly openItems: readonly ActionItem[];
  readonly isOffice: boolean;
  reload(): void;
  setFilter(filter: SessionFilter): void;
  select(id?: number): void;
  startNew(body: Body, openItemsTitle: string): void;
  startEdit(session: BodySession): void;
  /** Applies a change to the draft as it is when the change arrives. */
  change(update: (draft: SessionDraft) => SessionDraft): void;
  closeEditor(): void;
  save(): void;
  changeActionDraft(update: (draft: ActionItemDraft) => ActionItemDraft): void;
  addActionItem(): void;
  setDone(item: ActionItem, isDone: boolean): void;
  upload(upload: MinutesUpload): void;
  readMinutes(name: string): Promise<Blob>;
  openBooking(session?: BodySession): void;
  closeBooking(): void;
  booked(meeting: MeetingRecord, openItemsTitle: string): void;
}

/** The sessions tab's flow: list and filter, record and edit, action items, minutes, booking with the shared panel. */
export function useBodySessions(services: SessionServices): BodySessionsFlow {
  const [state, dispatch] = React.useReducer(sessionsReducer, undefined, () => initialSessionsState(newCreateKey));
  const [reloads, setReloads] = React.useState(0);
  const data = useLoad(() => loadSessions(services), `${state.version}-${reloads}`);
  const selectedId = state.selectedId;
  const details = useLoad<SessionDetails | undefined>(
    async () =>
      selectedId === undefined
        ? undefined
        : {
            session: await services.bodySessions.session(selectedId),
            actionItems: await services.actionItems.itemsOfSession(selectedId),
            minutes: await services.sessionMinutes.minutesOf(selectedId)
          },
    `${selectedId ?? 'none'}-${state.version}-${reloads}`
  );
  const ready = data.state === 'ready' ? data.data : undefined;
  const shown = React.useMemo(() => (ready ? filterSessions(ready.sessions, state.filter) : []), [ready, state.filter]);
  const selected = ready?.sessions.find((session) => session.id === selectedId);
  const agendaOf = state.editor?.draft ?? selected;
  const openItems = ready && agendaOf ? openItemsForAgenda(agendaOf, ready) : [];

  // Right after another session was chosen the loader still holds the previous one's details.
  const shownDetails: Loading<SessionDetails> | undefined =
    selectedId === undefined
      ? undefined
      : details.state !== 'ready'
        ? details
        : details.data?.session.id === selectedId
          ? { state: 'ready', data: details.data }
          : { state: 'loading' };

  const run = (action: string, command: () => Promise<unknown>, onDone: () => void): void => {
    dispatch({ type: 'work', work: { state: 'working', action } });
    command().then(onDone, (error: unknown) => dispatch({ type: 'work', work: { state: 'failed', action, error } }));
  };

  return {
    state,
    data,
    ...(shownDetails ? { details: shownDetails } : {}),
    shown,
    openItems,
    isOffice: ready?.user.role === 'coordinator',
    reload: () => setReloads((count) => count + 1),
    setFilter: (filter) => dispatch({ type: 'filter', filter }),
    select: (id) => dispatch({ type: 'select', id }),
    startNew(body, openItemsTitle) {
      const planPeriodId = state.filter.planPeriodId;
      dispatch({ type: 'edit', draft: newSessionDraft({ body, date: todayInCouncil(new Date()), createKey: newCreateKey(), openItemsTitle, ...(planPeriodId !== undefined ? { planPeriodId } : {}) }) });
    },
    startEdit: (session) => dispatch({ type: 'edit', draft: draftOfSession(session, newCreateKey()) }),
    change: (update) => dispatch({ type: 'change', update }),
    closeEditor: () => dispatch({ type: 'closeEditor' }),
    save() {
      const editor = state.editor;
      if (!editor || editor.work.state === 'working') {
        return;
      }
      if (sessionDraftProblems(editor.draft).length > 0) {
        dispatch({ type: 'showErrors' });
        return;
      }
      dispatch({ type: 'editorWork', work: { state: 'working', action: 'save' } });
      saveSession(services, editor.draft).then(
        (session) => dispatch({ type: 'saved', session }),
        (error: unknown) => dispatch({ type: 'editorWork', work: { state: 'failed', action: 'save', error } })
      );
    },
    changeActionDraft: (update) => dispatch({ type: 'actionDraft', update }),
    addActionItem() {
      const draft = state.actionDraft;
      if (selectedId === undefined || state.work.state === 'working') {
        return;
      }
      const dueDate = draft.dueDate.trim();
      if (actionItemProblems({ departmentId: draft.departmentId ?? 0, description: draft.description, ...(dueDate ? { dueDate } : {}) }).length > 0) {
        dispatch({ type: 'actionDraft', update: (current) => current, showErrors: true });
        return;
      }
      // The department stays chosen for the next item; a new key makes the next item a new create.
      run('addActionItem', () => addActionItem(services, selectedId, draft), () =>
        dispatch({ type: 'changed', actionDraft: { ...(draft.departmentId !== undefined ? { departmentId: draft.departmentId } : {}), description: '', dueDate: '', createKey: newCreateKey() } })
      );
    },
    setDone(item, isDone) {
      run(`done-${item.id}`, () => setActionItemDone(services, item, isDone, todayInCouncil(new Date())), () => dispatch({ type: 'changed' }));
    },
    upload(upload) {
      if (selectedId === undefined) {
        return;
      }
      run('upload', () => uploadMinutes(services, selectedId, upload), () => dispatch({ type: 'changed' }));
    },
    readMinutes: (name) => (selectedId === undefined ? Promise.reject(new Error('no session')) : services.sessionMinutes.read(selectedId, name)),
    openBooking(session) {
      if (!session?.eventId) {
        dispatch({ type: 'booking', request: session ? { openedFor: session } : {} });
        return;
      }
      const eventId = session.eventId;
      run('booking', async () => {
        const year = Number(session.date.slice(0, 4));
        const existing = (await services.meetings.meetingsOf(year, 'steeringGroup')).find((meeting) => meeting.eventId === eventId);
        dispatch({ type: 'booking', request: { openedFor: session, ...(existing ? { existing } : {}) } });
      }, () => dispatch({ type: 'work', work: { state: 'idle' } }));
    },
    closeBooking: () => dispatch({ type: 'booking' }),
    booked(meeting, openItemsTitle) {
      const sessions = ready?.sessions ?? [];
      const openedFor = state.booking?.openedFor;
      run('booking', () => recordBookedSession(services, meeting, sessions, openedFor, openItemsTitle), () => dispatch({ type: 'changed' }));
    }
  };
}
