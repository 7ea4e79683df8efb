import type {
  ActionItem,
  AgreementWithItems,
  BodySession,
  Department,
  FieldOfAction,
  Goal,
  Indicator,
  IndicatorValue,
  Language,
  Measure,
  PlanPeriod,
  ReportChanges
} from '../../domain';

/** Where the report goes: the committee's session (Beratungsfolge). */
export interface Consultation {
  /** e.g. "Ausschuss für Soziales und Integration"; the body's plain name when not given. */
  readonly body: string;
  /** ISO day of the session; open when the session is not set yet. */
  readonly sessionDate?: string;
}

/**
 * Everything a report to the bodies is built from, read live: the plan period's catalogue, its
 * indicators with their accepted values, the goal agreements, the steering group's sessions and
 * action items, and the changes since the last report.
 */
export interface CommitteeReportData {
  readonly planPeriod: PlanPeriod;
  /** The years the report covers: one for the annual report, the period's years for the period report. */
  readonly years: readonly number[];
  /** ISO date or date-time of the report (the city's time zone). */
  readonly reportDate: string;
  readonly officeName: string;
  readonly cityName?: string;
  readonly consultation: Consultation;
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly departments: readonly Department[];
  readonly indicators: readonly Indicator[];
  /** Accepted values only (the office's review); values of other years are ignored. */
  readonly acceptedValues: readonly IndicatorValue[];
  /** Values of the report's years that were submitted but not (yet) accepted. */
  readonly notAcceptedCount: number;
  readonly agreements: readonly AgreementWithItems[];
  /** Sessions of the steering group in the report's years. */
  readonly steeringSessions: readonly BodySession[];
  readonly actionItems: readonly ActionItem[];
  readonly changes: ReportChanges;
  /** Whether the change section starts at a stored report (else at the start of a year or the period). */
  readonly changesFrom: 'previousReport' | 'yearStart' | 'periodStart';
}

export interface ReportOptions {
  readonly language?: Language;
}

/** The catalogue of the period in reading order: fields by sort order, goals and measures by number. */
export interface OrderedCatalogue {
  readonly fields: readonly FieldOfAction[];
  readonly goalsOf: (fieldId: number) => readonly Goal[];
  readonly measuresOf: (goalId: number) => readonly Measure[];
  readonly indicatorsOfGoal: (goalId: number) => readonly Indicator[];
  readonly measureCount: number;
  readonly goalCount: number;
  readonly indicatorCount: number;
}

export function compareNumbers(a: string | undefined, b: string | undefined): number {
  return (a ?? '').localeCompare(b ?? '', 'de', { numeric: true });
}

export function orderCatalogue(data: Pick<CommitteeReportData, 'planPeriod' | 'fieldsOfAction' | 'goals' | 'measures' | 'indicators'>): OrderedCatalogue {
  const periodId = data.planPeriod.id;
  const fields = data.fieldsOfAction.filter((field) => field.planPeriodId === periodId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const fieldIds = new Set(fields.map((field) => field.id));
  const goals = data.goals.filter((goal) => goal.planPeriodId === periodId && fieldIds.has(goal.fieldOfActionId)).sort((a, b) => compareNumbers(a.number, b.number) || a.id - b.id);
  const goalIds = new Set(goals.map((goal) => goal.id));
  const measures = data.measures.filter((measure) => goalIds.has(measure.goalId)).sort((a, b) => compareNumbers(a.number, b.number) || a.id - b.id);
  const goalOfMeasure = new Map(measures.map((measure) => [measure.id, measure.goalId]));
  const indicatorGoal = (indicator: Indicator): number | undefined => (indicator.measureId !== undefined ? goalOfMeasure.get(indicator.measureId) : undefined) ?? (indicator.goalId !== undefined && goalIds.has(indicator.goalId) ? indicator.goalId : undefined);
  const indicators = data.indicators.filter((indicator) => indicatorGoal(indicator) !== undefined).sort((a, b) => a.title.localeCompare(b.title, 'de') || a.id - b.id);
  const group = <T>(items: readonly T[], key: (item: T) => number | undefined): Map<number, T[]> => {
    const map = new Map<number, T[]>();
    for (const item of items) {
      const id = key(item);
      if (id !== undefined) {
        map.set(id, [...(map.get(id) ?? []), item]);
      }
    }
    return map;
  };
  const goalsByField = group(goals, (goal) => goal.fieldOfActionId);
  const measuresByGoal = group(measures, (measure) => measure.goalId);
  const indicatorsByGoal = group(indicators, indicatorGoal);
  return {
    fields,
    goalsOf: (fieldId) => goalsByField.get(fieldId) ?? [],
    measuresOf: (goalId) => measuresByGoal.get(goalId) ?? [],
    indicatorsOfGoal: (goalId) => indicatorsByGoal.get(goalId) ?? [],
    measureCount: measures.length,
    goalCount: goals.length,
    indicatorCount: indicators.length
  };
}

/** The accepted value of each indicator and year. */
export function valueIndex(values: readonly IndicatorValue[], years: readonly number[]): (indicatorId: number, year: number) => IndicatorValue | undefined {
  const wanted = new Set(years);
  const index = new Map<string, IndicatorValue>();
  for (const value of values) {
    if (wanted.has(value.year) && value.mismatch === undefined) {
      index.set(`${value.indicatorId}-${value.year}`, value);
    }
  }
  return (indicatorId, year) => index.get(`${indicatorId}-${year}`);
}

/** "50 Soziales" */
export function departmentLabeller(departments: readonly Department[], unknown: string): (id: number) => string {
  const byId = new Map(departments.map((department) => [department.id, `${department.number} ${department.name}`.trim()]));
  return (id) => byId.get(id) ?? unknown;
}

/** The plan period's years up to `lastYear`: the series the annual report's charts show. */
export function periodYears(period: Pick<PlanPeriod, 'startYear' | 'endYear'>, lastYear = period.endYear): number[] {
  const years: number[] = [];
  for (let year = period.startYear; year <= Math.min(period.endYear, lastYear); year += 1) {
    years.push(year);
  }
  return years;
}
