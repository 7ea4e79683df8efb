import type { BodySession, MeetingRecord } from '../../domain';
import type { SessionFilter } from './sessionsData';
import type { SessionDraft } from './sessionForm';
import type { ActionItemDraft } from './sessionCommands';

/** One command's progress: what failed stays on screen with its error until the next attempt. */
export type Work = { readonly state: 'idle' } | { readonly state: 'working'; readonly action: string } | { readonly state: 'failed'; readonly action: string; readonly error: unknown };

export interface SessionEditor {
  readonly draft: SessionDraft;
  readonly showErrors: boolean;
  readonly work: Work;
}

export interface BookingRequest {
  /** The planned session the meeting is booked for, if any. */
  readonly openedFor?: BodySession;
  /** The meeting record of a session booked before: then the panel follows, moves or cancels it. */
  readonly existing?: MeetingRecord;
}

export interface SessionsViewState {
  readonly filter: SessionFilter;
  readonly selectedId?: number;
  readonly editor?: SessionEditor;
  readonly actionDraft: ActionItemDraft;
  readonly actionShowErrors: boolean;
  readonly work: Work;
  readonly booking?: BookingRequest;
  /** Counts changes; the data are read again when it moves. */
  readonly version: number;
}

export type SessionsAction =
  | { readonly type: 'filter'; readonly filter: SessionFilter }
  | { readonly type: 'select'; readonly id?: number }
  | { readonly type: 'edit'; readonly draft: SessionDraft }
  /** A change of the form, applied to the draft as it is then (several may arrive before a render). */
  | { readonly type: 'change'; readonly update: (draft: SessionDraft) => SessionDraft }
  | { readonly type: 'showErrors' }
  | { readonly type: 'closeEditor' }
  | { readonly type: 'editorWork'; readonly work: Work }
  | { readonly type: 'saved'; readonly session: BodySession }
  | { readonly type: 'actionDraft'; readonly update: (draft: ActionItemDraft) => ActionItemDraft; readonly showErrors?: boolean }
  | { readonly type: 'work'; readonly work: Work }
  | { readonly type: 'changed'; readonly actionDraft?: ActionItemDraft }
  | { readonly type: 'booking'; readonly request?: BookingRequest };

export function initialSessionsState(newKey: () => string): SessionsViewState {
  return { filter: {}, actionDraft: { description: '', dueDate: '', createKey: newKey() }, actionShowErrors: false, work: { state: 'idle' }, version: 0 };
}

export function sessionsReducer(state: SessionsViewState, action: SessionsAction): SessionsViewState {
  switch (action.type) {
    case 'filter':
      return { ...state, filter: action.filter };
    case 'select':
      return { ...state, selectedId: action.id, work: { state: 'idle' }, actionShowErrors: false };
    case 'edit':
      return { ...state, editor: { draft: action.draft, showErrors: false, work: { state: 'idle' } } };
    case 'change':
      return state.editor ? { ...state, editor: { ...state.editor, draft: action.update(state.editor.draft) } } : state;
    case 'showErrors':
      return state.editor ? { ...state, editor: { ...state.editor, showErrors: true } } : state;
    case 'closeEditor':
      return { ...state, editor: undefined };
    case 'editorWork':
      return state.editor ? { ...state, editor: { ...state.editor, work: action.work } } : state;
    case 'saved':
      return { ...state, editor: undefined, selectedId: action.session.id, version: state.version + 1 };
    case 'actionDraft':
      return { ...state, actionDraft: action.update(state.actionDraft), actionShowErrors: action.showErrors ?? state.actionShowErrors };
    case 'work':
      return { ...state, work: action.work };
    case 'changed':
      return {
        ...state,
        work: { state: 'idle' },
        version: state.version + 1,
        ...(action.actionDraft ? { actionDraft: action.actionDraft, actionShowErrors: false } : {})
      };
    case 'booking':
      return { ...state, booking: action.request };
  }
}
