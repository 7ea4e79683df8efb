import type { Contact, CorrectionRequest, Department, FieldOfAction, Goal, Indicator, IndicatorValue, Measure, PlanPeriod, ReportingYear, ValueReview } from '../../domain';
import type { ProductServices } from '../services';
import type { CurrentUser } from '../../data/userRepository';
import { currentPlanPeriod, predecessorIdsOf, sortByPlacement } from '../../domain';
import { reportingYearOf } from './dashboardModel';

/** What the dashboard reads and writes: the catalogue, indicators and values, the locks, correction requests, reminder mail, and the review of values. */
export type DashboardServices = Pick<
  ProductServices,
  'locale' | 'users' | 'catalogue' | 'departments' | 'indicators' | 'indicatorValues' | 'reportingYears' | 'correctionRequests' | 'mail' | 'valueReviews' | 'reminders'
>;

/** How many years back the charts go from the reporting year. */
export const yearsShown = 5;

export interface DashboardData {
  readonly user: CurrentUser;
  readonly period?: PlanPeriod;
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  /** The period's indicators only. */
  readonly indicators: readonly Indicator[];
  readonly values: readonly IndicatorValue[];
  /**
   * The indicators of earlier periods the period's indicators continue (predecessor links), and
   * their values of the shown years: the charts run across periods (see domain/indicatorSeries.ts).
   */
  readonly predecessors?: readonly Indicator[];
  readonly predecessorValues?: readonly IndicatorValue[];
  /** Values whose department or folder does not match their indicator: warned about, not counted. */
  readonly misplacedValues: readonly IndicatorValue[];
  readonly departments: readonly Department[];
  readonly contacts: readonly Contact[];
  readonly reportingYear: number;
  /** Years the office has locked (or locked and unlocked again). */
  readonly reportingYears: readonly ReportingYear[];
  /** Ascending; the charts' x axis. */
  readonly years: readonly number[];
  /**
   * The correction requests the user may read (the office: all; a department: its own): the
   * accepted ones of the shown years make the values' history, the open ones of any year are the
   * office's to decide.
   */
  readonly correctionRequests: readonly CorrectionRequest[];
  /** The office's decisions on the values of the shown years and the year being collected (Wertprüfungen). */
  readonly reviews: readonly ValueReview[];
}

export async function loadDashboard(
  services: Pick<DashboardServices, 'users' | 'catalogue' | 'departments' | 'indicators' | 'reportingYears' | 'correctionRequests' | 'valueReviews'>,
  today: Date,
  planPeriodId?: number
): Promise<DashboardData> {
  const reportingYear = reportingYearOf(today);
  const years = Array.from({ length: yearsShown }, (_, index) => reportingYear - yearsShown + 1 + index);
  const [user, periods, departments, contacts, allIndicators, reportingYears, shownRequests, openRequests, reviews] = await Promise.all([
    services.users.currentUser(),
    services.catalogue.planPeriods(),
    services.departments.departments(),
    services.departments.contacts(),
    services.indicators.indicators(),
    services.reportingYears.years(),
    services.correctionRequests.requestsOf(years),
    services.correctionRequests.openRequests(),
    services.valueReviews.reviewsOfYears([...years, reportingYear + 1])
  ]);
  const correctionRequests = [...shownRequests, ...openRequests.filter((open) => !shownRequests.some((shown) => shown.id === open.id))];
  const period = periods.find((candidate) => candidate.id === planPeriodId) ?? currentPlanPeriod(periods);
  if (!period) {
    return { user, fieldsOfAction: [], goals: [], measures: [], indicators: [], values: [], misplacedValues: [], departments, contacts, reportingYear, reportingYears, years, correctionRequests, reviews };
  }
  const [fieldsOfAction, goals, measures] = await Promise.all([
    services.catalogue.fieldsOfAction(period.id),
    services.catalogue.goals(period.id),
    services.catalogue.measures(period.id)
  ]);
  const measureIds = new Set(measures.map((measure) => measure.id));
  const goalIds = new Set(goals.map((goal) => goal.id));
  const indicators = allIndicators.filter((indicator) => (indicator.measureId !== undefined ? measureIds.has(indicator.measureId) : indicator.goalId !== undefined && goalIds.has(indicator.goalId)));
  // Values up to the current year, so that the year picker can also show the year being collected.
  const read = (await services.indicators.recentValues(indicators.map((indicator) => indicator.id), years[0])).filter((value) => value.year <= reportingYear + 1);
  const { values, misplaced } = sortByPlacement(read, indicators, departments);
  const across = await predecessorSeries(services, allIndicators, indicators, departments, years[0]);
  return { user, period, fieldsOfAction, goals, measures, indicators, values, misplacedValues: misplaced, ...across, departments, contacts, reportingYear, reportingYears, years, correctionRequests, reviews };
}

/** The predecessors of the period's indicators and their values from `fromYear` on (placement checked as for the period's own). */
async function predecessorSeries(
  services: Pick<DashboardServices, 'indicators'>,
  allIndicators: readonly Indicator[],
  indicators: readonly Indicator[],
  departments: readonly Department[],
  fromYear: number
): Promise<Pick<DashboardData, 'predecessors' | 'predecessorValues'>> {
  const byId = new Map(allIndicators.map((indicator) => [indicator.id, indicator]));
  const ids = predecessorIdsOf(indicators, byId);
  if (ids.length === 0) return {};
  const predecessors = ids.map((id) => byId.get(id)!);
  const read = await services.indicators.recentValues(ids, fromYear);
  // A predecessor's value counts only where it lies where it belongs, like the period's own.
  return { predecessors, predecessorValues: sortByPlacement(read, predecessors, departments).values };
}
