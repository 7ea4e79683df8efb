import type { Department } from './organisation';
import type { FieldOfAction, Goal, Measure } from './catalogue';
import type { MeasureStatus } from './choices';
import { MeasureStatusChoices } from './choices';

export interface StatusCount {
  readonly status: MeasureStatus;
  readonly count: number;
}

export interface FieldOfActionSummary {
  readonly id: number;
  readonly title: string;
  readonly sortOrder: number;
  readonly goalCount: number;
  readonly measureCount: number;
}

export interface DepartmentSummary {
  readonly id: number;
  readonly number: string;
  readonly name: string;
  /** Measures the department leads. */
  readonly leadCount: number;
  /** Measures it is involved in without leading them. */
  readonly involvedCount: number;
  /** Led measures that are implemented or established as an ongoing task. */
  readonly doneCount: number;
  readonly statusCounts: readonly StatusCount[];
}

export interface CatalogueSummary {
  readonly planPeriodId: number;
  readonly goalCount: number;
  readonly measureCount: number;
  readonly statusCounts: readonly StatusCount[];
  readonly fieldsOfAction: readonly FieldOfActionSummary[];
  readonly departments: readonly DepartmentSummary[];
}

/** An ongoing task (Daueraufgabe) is in place for good, so it counts as implemented. */
export function isDone(status: MeasureStatus): boolean {
  return status === 'implemented' || status === 'ongoing';
}

/** Count per status, every status in the list's order, zeros included, so tables and charts keep their rows. */
export function countByStatus(measures: readonly Pick<Measure, 'status'>[]): StatusCount[] {
  const counts = new Map<MeasureStatus, number>(MeasureStatusChoices.codes.map((status) => [status, 0]));
  for (const measure of measures) {
    counts.set(measure.status, (counts.get(measure.status) ?? 0) + 1);
  }
  return MeasureStatusChoices.codes.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Goals and measures per field of action, in the fields' order. */
export function summariseFieldsOfAction(fieldsOfAction: readonly FieldOfAction[], goals: readonly Goal[], measures: readonly Measure[]): FieldOfActionSummary[] {
  const fieldOfGoal = new Map(goals.map((goal) => [goal.id, goal.fieldOfActionId]));
  return [...fieldsOfAction]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((field) => ({
      id: field.id,
      title: field.title,
      sortOrder: field.sortOrder,
      goalCount: goals.filter((goal) => goal.fieldOfActionId === field.id).length,
      measureCount: measures.filter((measure) => fieldOfGoal.get(measure.goalId) === field.id).length
    }));
}

/** Led, involved and done measures per department, ordered by department number ("10" before "9" sorts numerically). */
export function summariseDepartments(departments: readonly Department[], measures: readonly Measure[]): DepartmentSummary[] {
  return [...departments]
    .sort((a, b) => a.number.localeCompare(b.number, 'de', { numeric: true }))
    .map((department) => {
      const led = measures.filter((measure) => measure.leadDepartmentId === department.id);
      return {
        id: department.id,
        number: department.number,
        name: department.name,
        leadCount: led.length,
        involvedCount: measures.filter((measure) => measure.leadDepartmentId !== department.id && measure.involvedDepartmentIds.includes(department.id)).length,
        doneCount: led.filter((measure) => isDone(measure.status)).length,
        statusCounts: countByStatus(led)
      };
    });
}

export interface CatalogueData {
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly departments: readonly Department[];
}

/** The overview of one plan period: everything outside the period is left out. */
export function summariseCatalogue(planPeriodId: number, data: CatalogueData): CatalogueSummary {
  const fieldsOfAction = data.fieldsOfAction.filter((field) => field.planPeriodId === planPeriodId);
  const goals = data.goals.filter((goal) => goal.planPeriodId === planPeriodId);
  const measures = data.measures.filter((measure) => measure.planPeriodId === planPeriodId);
  return {
    planPeriodId,
    goalCount: goals.length,
    measureCount: measures.length,
    statusCounts: countByStatus(measures),
    fieldsOfAction: summariseFieldsOfAction(fieldsOfAction, goals, measures),
    departments: summariseDepartments(data.departments, measures)
  };
}
