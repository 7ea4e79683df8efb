import { actingBody, advanceGoalChange, fieldProblem, goalChangeStep, localDate, proposeGoalChange } from '../../domain';
import type { AgendaItem, BodySession, FieldProblem, GoalChange, GoalChangeDraft, GoalChangeStatus, GoalChangeType, ProposalKeys } from '../../domain';
import type { GoalChangeServices, GoalChangesData } from './goalChangesData';

/** The proposal form: the keys are made when it opens and kept for every repeat of its send. */
export interface ProposalForm {
  readonly kind: 'propose';
  readonly draft: GoalChangeDraft;
  readonly keys: ProposalKeys;
}

/** A step of one change: an existing session of the acting body, or a new one with its date. */
export interface StepForm {
  readonly kind: 'step';
  readonly changeId: number;
  readonly to: GoalChangeStatus;
  readonly sessionId: number | 'new' | undefined;
  readonly newSessionTitle: string;
  readonly newSessionDate: string;
  readonly committeeReference: string;
  /** The new session's CreateKey, kept for repeats. */
  readonly sessionKey: string;
}

export type GoalChangeForm = ProposalForm | StepForm;

export interface GoalChangeFlowState {
  readonly form?: GoalChangeForm | undefined;
  readonly problems: readonly FieldProblem[];
  readonly isSaving: boolean;
  readonly error?: unknown;
  /** The change last saved, to announce it. */
  readonly saved?: GoalChange | undefined;
}

export type GoalChangeFlowEvent =
  | { readonly type: 'proposeOpened'; readonly keys: ProposalKeys; readonly goalChangeType?: GoalChangeType }
  | { readonly type: 'stepOpened'; readonly change: GoalChange; readonly to: GoalChangeStatus; readonly sessionKey: string; readonly newSessionTitle: string; readonly sessionId?: number }
  | { readonly type: 'draftChanged'; readonly changes: Partial<GoalChangeDraft> }
  | { readonly type: 'stepChanged'; readonly changes: Partial<Pick<StepForm, 'sessionId' | 'newSessionTitle' | 'newSessionDate' | 'committeeReference'>> }
  | { readonly type: 'cancelled' }
  | { readonly type: 'invalid'; readonly problems: readonly FieldProblem[] }
  | { readonly type: 'saving' }
  | { readonly type: 'saved'; readonly change: GoalChange }
  | { readonly type: 'failed'; readonly error: unknown };

export const idleFlow: GoalChangeFlowState = { problems: [], isSaving: false };

export function goalChangeFlowReducer(state: GoalChangeFlowState, event: GoalChangeFlowEvent): GoalChangeFlowState {
  switch (event.type) {
    case 'proposeOpened':
      return { problems: [], isSaving: false, form: { kind: 'propose', keys: event.keys, draft: { type: event.goalChangeType ?? 'modified', reason: '' } } };
    case 'stepOpened':
      return {
        problems: [],
        isSaving: false,
        form: {
          kind: 'step',
          changeId: event.change.id ?? 0,
          to: event.to,
          sessionId: event.sessionId,
          newSessionTitle: event.newSessionTitle,
          newSessionDate: '',
          committeeReference: event.change.committeeReference ?? '',
          sessionKey: event.sessionKey
        }
      };
    case 'draftChanged':
      // Editing clears the problems of the fields edited, not the others.
      return state.form?.kind === 'propose'
        ? { ...state, form: { ...state.form, draft: { ...state.form.draft, ...event.changes } }, problems: state.problems.filter((problem) => !(problem.field in event.changes)), error: undefined }
        : state;
    case 'stepChanged':
      return state.form?.kind === 'step'
        ? { ...state, form: { ...state.form, ...event.changes }, problems: state.problems.filter((problem) => !(problem.field in event.changes) && !('sessionId' in event.changes && problem.field === 'session')), error: undefined }
        : state;
    case 'cancelled':
      return idleFlow;
    case 'invalid':
      return { ...state, problems: event.problems, isSaving: false };
    case 'saving':
      return { ...state, problems: [], isSaving: true, error: undefined };
    case 'saved':
      return { problems: [], isSaving: false, saved: event.change };
    case 'failed':
      // The form stays as typed: the same send (same keys) can be repeated.
      return { ...state, isSaving: false, error: event.error };
  }
  return state;
}

export async function submitProposal(services: GoalChangeServices, data: GoalChangesData, form: ProposalForm, today: string, dispatch: (event: GoalChangeFlowEvent) => void): Promise<GoalChange | undefined> {
  if (!data.period) {
    return undefined;
  }
  const result = proposeGoalChange(form.draft, { planPeriodId: data.period.id, goals: data.goals, today, keys: form.keys });
  if (!result.proposal) {
    dispatch({ type: 'invalid', problems: result.problems });
    return undefined;
  }
  return save(dispatch, () => services.goalChanges.propose(result.proposal));
}

/**
 * Records the step in the chosen session; a new session is recorded first (keyed, with the
 * change on its agenda). Everything is checked before the first write, so bad input writes nothing.
 */
export async function submitStep(services: GoalChangeServices, data: GoalChangesData, form: StepForm, dispatch: (event: GoalChangeFlowEvent) => void): Promise<GoalChange | undefined> {
  const change = data.changes.find((candidate) => candidate.id === form.changeId);
  const body = change && actingBody(change.status);
  if (!change || !body) {
    return undefined;
  }
  const isNew = form.sessionId === 'new';
  const chosen: Pick<BodySession, 'id' | 'body' | 'date'> | undefined = isNew ? { id: 0, body, date: form.newSessionDate } : data.sessions.find((session) => session.id === form.sessionId);
  const problems: FieldProblem[] = [];
  if (isNew && !localDate(form.newSessionDate)) {
    problems.push(fieldProblem('newSessionDate', 'date.required'));
  }
  const check = goalChangeStep(change, { to: form.to, ...(chosen && !problems.length ? { session: chosen } : {}), committeeReference: form.committeeReference });
  if (problems.length > 0 || !check.step) {
    dispatch({ type: 'invalid', problems: [...problems, ...check.problems.filter((problem) => !(isNew && problem.field === 'session'))] });
    return undefined;
  }
  const step = check.step;
  // The procedure's own rules (order of steps, a date not before the previous step) before any write.
  const procedure = advanceGoalChange(change, step);
  if (!procedure.change) {
    dispatch({ type: 'invalid', problems: procedure.problems.map((problem) => (isNew && problem.field !== 'status' ? { ...problem, field: 'newSessionDate' } : problem)) });
    return undefined;
  }
  const agendaItem: AgendaItem = { title: change.title, subject: { kind: 'goalChange', id: change.id ?? 0 } };
  const existing = isNew ? undefined : data.sessions.find((session) => session.id === form.sessionId);
  return save(dispatch, async () => {
    let sessionId = step.sessionId;
    if (isNew) {
      const reference = form.committeeReference.trim();
      const session = await services.bodySessions.record({
        title: form.newSessionTitle.trim() || change.title,
        body,
        date: form.newSessionDate,
        ...(body === 'committee' && reference ? { paperNumber: reference } : {}),
        agendaItems: [agendaItem],
        ...(data.period ? { planPeriodId: data.period.id } : {}),
        status: 'held',
        createKey: form.sessionKey
      });
      sessionId = session.id;
    } else if (existing && !dealsWith(existing, agendaItem)) {
      // The session's agenda names the change first: a repeat after a failed step finds it there and only takes the step.
      await services.bodySessions.update(existing, { agendaItems: [...existing.agendaItems, agendaItem] });
    }
    return services.goalChanges.advance(change, { ...step, sessionId });
  });
}

function dealsWith(session: BodySession, item: AgendaItem): boolean {
  return session.agendaItems.some((candidate) => candidate.subject?.kind === item.subject?.kind && candidate.subject?.id === item.subject?.id);
}

async function save(dispatch: (event: GoalChangeFlowEvent) => void, write: () => Promise<GoalChange>): Promise<GoalChange | undefined> {
  dispatch({ type: 'saving' });
  try {
    const change = await write();
    dispatch({ type: 'saved', change });
    return change;
  } catch (error) {
    dispatch({ type: 'failed', error });
    return undefined;
  }
}

/**
 * The sessions the office can pick for a step: those of the acting body not before the previous
 * step (a Beirat cannot consent before the proposal), newest first.
 */
export function sessionsForStep(sessions: readonly BodySession[], change: Pick<GoalChange, 'status' | 'proposedDate' | 'advisoryBoardDate'>): BodySession[] {
  const body = actingBody(change.status);
  const previous = (body === 'committee' ? change.advisoryBoardDate : change.proposedDate) ?? '';
  return sessions.filter((session) => session.body === body && session.status !== 'cancelled' && session.date >= previous).sort((a, b) => b.date.localeCompare(a.date));
}
