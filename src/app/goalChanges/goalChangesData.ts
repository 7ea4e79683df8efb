import { isEffective, isPeriodReadOnly, nextGoalChangeStatuses } from '../../domain';
import type { BodySession, FieldOfAction, Goal, GoalChange, GoalChangeStatus, PlanPeriod } from '../../domain';
import type { ProductServices } from '../services';

export type GoalChangeServices = Pick<ProductServices, 'catalogue' | 'goalChanges' | 'bodySessions' | 'users'>;

/** What the goal changes tab shows of one plan period. */
export interface GoalChangesData {
  readonly periods: readonly PlanPeriod[];
  readonly period: PlanPeriod | undefined;
  readonly goals: readonly Goal[];
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly changes: readonly GoalChange[];
  /** The Beirat's and the committee's sessions of the period, oldest first. */
  readonly sessions: readonly BodySession[];
  /** Only the office records changes (SharePoint refuses anyone else), and not in a closed period; the others see where they stand. */
  readonly canRecord: boolean;
}

/** The period whose changes show first: the adopted one, else the newest that is not a draft, else the newest. */
export function defaultPeriod(periods: readonly PlanPeriod[]): PlanPeriod | undefined {
  const newestFirst = [...periods].sort((a, b) => b.startYear - a.startYear);
  return newestFirst.find((period) => period.status === 'adopted') ?? newestFirst.find((period) => period.status !== 'draft') ?? newestFirst[0];
}

export async function loadGoalChanges(services: GoalChangeServices, periodId: number | undefined): Promise<GoalChangesData> {
  const [periods, user] = await Promise.all([services.catalogue.planPeriods(), services.users.currentUser()]);
  const period = periods.find((candidate) => candidate.id === periodId) ?? defaultPeriod(periods);
  if (!period) {
    return { periods, period: undefined, goals: [], fieldsOfAction: [], changes: [], sessions: [], canRecord: false };
  }
  // A closed period is read-only for everyone: its history shows, nothing is added to it.
  const canRecord = user.role === 'coordinator' && !isPeriodReadOnly(period);
  const [goals, fieldsOfAction, changes, sessions] = await Promise.all([
    services.catalogue.goals(period.id),
    services.catalogue.fieldsOfAction(period.id),
    services.goalChanges.changesOfPlanPeriod(period.id),
    services.bodySessions.sessionsOfPlanPeriod(period.id)
  ]);
  return { periods, period, goals, fieldsOfAction, changes, sessions: sessions.filter((session) => session.body === 'advisoryBoard' || session.body === 'committee'), canRecord };
}

/** One change as the tab lists it. */
export interface GoalChangeRow {
  readonly change: GoalChange;
  readonly goal: Goal | undefined;
  /** Proposed or consented by the Beirat: not in force, whatever it says. */
  readonly isPending: boolean;
  /** Decided and in force on the day. */
  readonly isEffective: boolean;
  readonly advisoryBoardSession: BodySession | undefined;
  readonly committeeSession: BodySession | undefined;
  /** The steps the office can record next (none once decided or rejected). */
  readonly nextSteps: readonly GoalChangeStatus[];
}

export function isPendingChange(change: Pick<GoalChange, 'status'>): boolean {
  return change.status === 'proposed' || change.status === 'advisoryConsent';
}

/** Newest proposal first: the open ones are what the office works on. */
export function goalChangeRows(data: Pick<GoalChangesData, 'goals' | 'changes' | 'sessions'>, today: string): GoalChangeRow[] {
  const sessionOf = (id: number | undefined): BodySession | undefined => (id === undefined ? undefined : data.sessions.find((session) => session.id === id));
  return [...data.changes]
    .sort((a, b) => (b.proposedDate ?? '').localeCompare(a.proposedDate ?? '') || (b.id ?? 0) - (a.id ?? 0))
    .map((change) => ({
      change,
      goal: data.goals.find((goal) => goal.id === change.goalId),
      isPending: isPendingChange(change),
      isEffective: isEffective(change, today),
      advisoryBoardSession: sessionOf(change.advisoryBoardSessionId),
      committeeSession: sessionOf(change.committeeSessionId),
      nextSteps: nextGoalChangeStatuses(change.status)
    }));
}

/** The changes of one goal, oldest first: its history in the catalogue and on the overview. */
export function changesOfGoal(changes: readonly GoalChange[], goalId: number): GoalChange[] {
  return changes
    .filter((change) => change.goalId === goalId)
    .sort((a, b) => (a.proposedDate ?? '9999').localeCompare(b.proposedDate ?? '9999') || (a.id ?? 0) - (b.id ?? 0));
}

/** The changes of one goal, for its history in the catalogue; read by the goal's plan period (an indexed column). */
export async function loadGoalHistory(services: Pick<ProductServices, 'goalChanges'>, goal: Pick<Goal, 'id' | 'planPeriodId'>): Promise<GoalChange[]> {
  return changesOfGoal(await services.goalChanges.changesOfPlanPeriod(goal.planPeriodId), goal.id);
}

/** The overview's summary of a period's changes: the pending ones apart from those decided or rejected. */
export interface PeriodGoalChanges {
  readonly goals: readonly Goal[];
  readonly pending: readonly GoalChange[];
  readonly settled: readonly GoalChange[];
}

export async function loadPeriodGoalChanges(services: Pick<ProductServices, 'goalChanges' | 'catalogue'>, planPeriodId: number): Promise<PeriodGoalChanges> {
  const [changes, goals] = await Promise.all([services.goalChanges.changesOfPlanPeriod(planPeriodId), services.catalogue.goals(planPeriodId)]);
  const byDate = [...changes].sort((a, b) => (a.proposedDate ?? '9999').localeCompare(b.proposedDate ?? '9999') || (a.id ?? 0) - (b.id ?? 0));
  return { goals, pending: byDate.filter(isPendingChange), settled: byDate.filter((change) => !isPendingChange(change)) };
}
