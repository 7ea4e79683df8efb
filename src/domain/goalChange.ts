import type { Goal } from './catalogue';
import type { GoalChangeStatus, GoalChangeType } from './choices';
import { isoDay, localDate } from './calendarDate';
import { FieldProblem, fieldProblem } from './problems';

/** Zieländerung: proposed by the office, consented by the advisory board, decided by the committee. */
export interface GoalChange {
  readonly id?: number;
  readonly title: string;
  /** The goal concerned; for an added goal, the goal item created for it (effective only once decided). */
  readonly goalId: number;
  readonly type: GoalChangeType;
  readonly description?: string;
  readonly status: GoalChangeStatus;
  /** ISO dates of the steps. */
  readonly proposedDate?: string;
  readonly advisoryBoardDate?: string;
  readonly committeeDate?: string;
  /** The committee's paper number (Vorlage). */
  readonly committeeReference?: string;
  /** The plan period (Fortschreibung) the change belongs to. */
  readonly planPeriodId?: number;
  /** Why the office proposes the change. */
  readonly reason?: string;
  /** The sessions (BodySessions) of the Beirat and the committee that dealt with it. */
  readonly advisoryBoardSessionId?: number;
  readonly committeeSessionId?: number;
  /** SharePoint's version of the item, for writes that must not overwrite someone else's. */
  readonly etag?: string;
}

/**
 * The procedure of the council paper: the advisory board discusses a change before the
 * committee decides it; either may turn it down. Decided and rejected changes are final.
 */
const transitions: { readonly [S in GoalChangeStatus]: readonly GoalChangeStatus[] } = {
  proposed: ['advisoryConsent', 'rejected'],
  advisoryConsent: ['decided', 'rejected'],
  decided: [],
  rejected: []
};

export function nextGoalChangeStatuses(status: GoalChangeStatus): readonly GoalChangeStatus[] {
  return transitions[status];
}

export interface GoalChangeStep {
  readonly to: GoalChangeStatus;
  /** ISO date of the board's or the committee's meeting. */
  readonly date: string;
  readonly committeeReference?: string;
  /** The session of the body that acted (BodySessions). */
  readonly sessionId?: number;
}

export type GoalChangeStepResult = { readonly change: GoalChange; readonly problems: readonly [] } | { readonly change?: undefined; readonly problems: readonly FieldProblem[] };

/** Moves a change one step on, recording the date in the field of the body that acted. */
export function advanceGoalChange(change: GoalChange, step: GoalChangeStep): GoalChangeStepResult {
  if (!transitions[change.status].includes(step.to)) {
    return { problems: [fieldProblem('status', 'goalChange.invalidTransition', { from: change.status, to: step.to })] };
  }
  // The board acts on a proposal, the committee on a consented change.
  const dateField = change.status === 'proposed' ? 'advisoryBoardDate' : 'committeeDate';
  const day = localDate(step.date);
  if (!day) {
    return { problems: [fieldProblem(dateField, 'date.required')] };
  }
  const previous = change.status === 'proposed' ? change.proposedDate : change.advisoryBoardDate;
  const previousDay = previous ? localDate(previous) : undefined;
  if (previousDay && isoDay(day) < isoDay(previousDay)) {
    return { problems: [fieldProblem(dateField, 'goalChange.dateBeforePrevious', { previous: isoDay(previousDay) })] };
  }
  const reference = step.committeeReference?.trim();
  const sessionField = dateField === 'advisoryBoardDate' ? 'advisoryBoardSessionId' : 'committeeSessionId';
  return {
    change: {
      ...change,
      status: step.to,
      [dateField]: step.date,
      ...(dateField === 'committeeDate' && reference ? { committeeReference: reference } : {}),
      ...(step.sessionId !== undefined ? { [sessionField]: step.sessionId } : {})
    },
    problems: []
  };
}

/** A change counts only from the day of the committee's decision. */
export function isEffective(change: GoalChange, onDate: string): boolean {
  if (change.status !== 'decided' || !change.committeeDate) {
    return false;
  }
  const decided = localDate(change.committeeDate);
  const on = localDate(onDate);
  return decided !== undefined && on !== undefined && isoDay(decided) <= isoDay(on);
}

export interface EffectiveGoal {
  readonly goal: Goal;
  /** A decided "goal reached" change: the goal stays in the catalogue as achieved. */
  readonly isReached: boolean;
  /** Every change of this goal in any state, oldest first. */
  readonly history: readonly GoalChange[];
}

export interface GoalSet {
  /** The goals in force on the date. */
  readonly goals: readonly EffectiveGoal[];
  /** Every change in any state, oldest first: nothing is ever dropped from the record. */
  readonly history: readonly GoalChange[];
}

/**
 * The goals in force on a date. A goal created for an "added" change exists only once that
 * change is decided; a decided removal takes it out; proposals and consents change nothing.
 */
export function effectiveGoalSet(goals: readonly Goal[], changes: readonly GoalChange[], onDate: string): GoalSet {
  const history = [...changes].sort(byProcedureDate);
  const goalsInForce: EffectiveGoal[] = [];
  for (const goal of goals) {
    const own = history.filter((change) => change.goalId === goal.id);
    let inForce = !own.some((change) => change.type === 'added');
    let isReached = false;
    const effective = own.filter((change) => isEffective(change, onDate)).sort((a, b) => dayOf(a.committeeDate).localeCompare(dayOf(b.committeeDate)));
    for (const change of effective) {
      if (change.type === 'added') {
        inForce = true;
        isReached = false;
      } else if (change.type === 'removed') {
        inForce = false;
      } else if (change.type === 'reached') {
        isReached = true;
      }
    }
    if (inForce) {
      goalsInForce.push({ goal, isReached, history: own });
    }
  }
  return { goals: goalsInForce, history };
}

/**
 * Goals created for a proposed "added" change that is not decided (yet) on the date: they exist
 * as items, but are no goals of the period until the committee decides.
 */
export function goalsAwaitingDecision(changes: readonly GoalChange[], onDate: string): ReadonlySet<number> {
  const added = changes.filter((change) => change.type === 'added');
  const inForce = new Set(added.filter((change) => isEffective(change, onDate)).map((change) => change.goalId));
  return new Set(added.filter((change) => !inForce.has(change.goalId)).map((change) => change.goalId));
}

function byProcedureDate(a: GoalChange, b: GoalChange): number {
  return dayOf(firstDate(a)).localeCompare(dayOf(firstDate(b))) || (a.id ?? 0) - (b.id ?? 0);
}

function firstDate(change: GoalChange): string | undefined {
  return change.proposedDate ?? change.advisoryBoardDate ?? change.committeeDate;
}

function dayOf(iso: string | undefined): string {
  const day = iso ? localDate(iso) : undefined;
  // Undated entries sort last.
  return day ? isoDay(day) : '9999-12-31';
}
