import { currentPlanPeriod, goalsAwaitingDecision, steeringSessionCount, summariseCatalogue, todayInCouncil } from '../../domain';
import type { Contact, DepartmentSummary, FieldOfActionSummary, PlanPeriod, StatusCount, SteeringYearCount } from '../../domain';
import type { ProductServices } from '../services';
import type { CurrentUser } from '../../data/userRepository';

export type { FieldOfActionSummary, StatusCount };

export interface DepartmentRow extends DepartmentSummary {
  readonly contactNames: readonly string[];
  readonly isOwn: boolean;
}

export interface OverviewModel {
  readonly user: CurrentUser;
  readonly periods: readonly PlanPeriod[];
  readonly period?: PlanPeriod;
  readonly fieldsOfAction: readonly FieldOfActionSummary[];
  readonly goalCount: number;
  readonly measureCount: number;
  readonly statusCounts: readonly StatusCount[];
  readonly departments: readonly DepartmentRow[];
  /** The steering group's sessions of this calendar year, counted from the bodies' sessions (booked or held). */
  readonly steering: SteeringYearCount;
}

/** What the overview reads: who is signed in, the catalogue and the departments with their contacts. */
export type OverviewServices = Pick<ProductServices, 'locale' | 'users' | 'catalogue' | 'departments' | 'bodySessions' | 'goalChanges'>;

/** `year`: the calendar year whose steering sessions are counted (this year in Germany by default). */
export async function loadOverview(services: Pick<OverviewServices, 'users' | 'catalogue' | 'departments' | 'bodySessions' | 'goalChanges'>, planPeriodId?: number, year = new Date().getFullYear()): Promise<OverviewModel> {
  const [user, periods, departments, contacts, sessions] = await Promise.all([
    services.users.currentUser(),
    services.catalogue.planPeriods(),
    services.departments.departments(),
    services.departments.contacts(),
    services.bodySessions.sessionsOfYear(year)
  ]);
  const steering = steeringSessionCount(sessions, year);
  const period = periods.find((candidate) => candidate.id === planPeriodId) ?? currentPlanPeriod(periods);
  if (!period) {
    return { user, periods, fieldsOfAction: [], goalCount: 0, measureCount: 0, statusCounts: [], departments: [], steering };
  }
  const [fieldsOfAction, allGoals, measures, goalChanges] = await Promise.all([
    services.catalogue.fieldsOfAction(period.id),
    services.catalogue.goals(period.id),
    services.catalogue.measures(period.id),
    services.goalChanges.changesOfPlanPeriod(period.id)
  ]);
  // A new goal whose addition the committee has not decided is not counted as a goal of the period.
  const pendingNewGoals = goalsAwaitingDecision(goalChanges, todayInCouncil(new Date()));
  const goals = allGoals.filter((goal) => !pendingNewGoals.has(goal.id));
  const summary = summariseCatalogue(period.id, { fieldsOfAction, goals, measures, departments });
  return {
    user,
    periods,
    period,
    fieldsOfAction: summary.fieldsOfAction,
    goalCount: summary.goalCount,
    measureCount: summary.measureCount,
    statusCounts: summary.statusCounts,
    departments: summary.departments.map((department) => ({
      ...department,
      contactNames: contactNamesOf(contacts, department.id),
      isOwn: user.departmentId === department.id
    })),
    steering
  };
}

function contactNamesOf(contacts: readonly Contact[], departmentId: number): string[] {
  return contacts.filter((contact) => contact.departmentId === departmentId).map((contact) => contact.name);
}
