import type { ActionItem, AgreementWithItems, BodySession, IndicatorValue, Language, PlanPeriod } from '../../domain';
import { changesSince, reportChanges, startOfYear } from '../../domain';
import type { CommitteeReportData, Consultation } from '../../reports/committee/reportData';
import { periodYears } from '../../reports/committee/reportData';
import type { ProductServices } from '../services';
import type { AcceptedValuesReader } from './acceptedValues';

export type CommitteeReportKind = 'annualReport' | 'periodReport';

/** What the office asks for: the annual report of a year, or the period report of a plan period. */
export interface CommitteeReportRequest {
  readonly kind: CommitteeReportKind;
  readonly planPeriodId: number;
  /** The annual report's year; ignored for the period report. */
  readonly year: number;
  readonly consultation: Consultation;
  readonly officeName: string;
  readonly cityName?: string;
  readonly language: Language;
}

export type CommitteeReportServices = Pick<
  ProductServices,
  'catalogue' | 'departments' | 'indicators' | 'indicatorValues' | 'goalAgreements' | 'bodySessions' | 'actionItems' | 'goalChanges' | 'correctionRequests' | 'reports' | 'reportChanges'
>;

export type DataStep = 'catalogue' | 'values' | 'governance' | 'changes';

/** The report's years: one for the annual report, every year of the period for the period report. */
export function reportYears(request: Pick<CommitteeReportRequest, 'kind' | 'year'>, period: Pick<PlanPeriod, 'startYear' | 'endYear'>): number[] {
  return request.kind === 'annualReport' ? [request.year] : periodYears(period);
}

/**
 * Reads everything the report shows, live: the period's catalogue and indicators, the accepted values
 * (and how many others wait), the goal agreements with their items, the steering group's sessions and
 * action items, and what changed since the last report.
 */
export async function loadCommitteeReportData(
  services: CommitteeReportServices,
  accepted: AcceptedValuesReader,
  request: CommitteeReportRequest,
  now: Date,
  onStep: (step: DataStep) => void = () => undefined
): Promise<CommitteeReportData> {
  onStep('catalogue');
  const periods = await services.catalogue.planPeriods();
  const period = periods.find((candidate) => candidate.id === request.planPeriodId);
  if (!period) {
    throw new Error(`The plan period ${request.planPeriodId} no longer exists.`);
  }
  const years = reportYears(request, period);
  const lastYear = years[years.length - 1];
  // The annual report's charts show the period's years up to the report's year.
  const chartYears = request.kind === 'annualReport' ? Array.from({ length: Math.max(1, lastYear - period.startYear + 1) }, (_, index) => Math.min(period.startYear, lastYear) + index) : years;
  const [fieldsOfAction, goals, measures, departments, allIndicators, stored] = await Promise.all([
    services.catalogue.fieldsOfAction(period.id),
    services.catalogue.goals(period.id),
    services.catalogue.measures(period.id),
    services.departments.departments(),
    services.indicators.indicators(),
    services.reports.reports()
  ]);
  const goalIds = new Set(goals.map((goal) => goal.id));
  const measureIds = new Set(measures.map((measure) => measure.id));
  const indicators = allIndicators.filter((indicator) => (indicator.measureId !== undefined && measureIds.has(indicator.measureId)) || (indicator.goalId !== undefined && goalIds.has(indicator.goalId)));
  const indicatorIds = new Set(indicators.map((indicator) => indicator.id));

  onStep('values');
  const [acceptedValues, storedValues] = await Promise.all([accepted.acceptedValues(chartYears), services.indicatorValues.valuesOf([...indicatorIds], years)]);
  const ownAccepted = acceptedValues.filter((value) => indicatorIds.has(value.indicatorId));
  const notAcceptedCount = countNotAccepted(storedValues, ownAccepted, years);

  onStep('governance');
  const agreements = (await Promise.all(years.map((year) => agreementsWithItems(services, year)))).flat();
  const steeringSessions = (await Promise.all(years.map((year) => services.bodySessions.sessionsOfYear(year)))).flat().filter((session) => session.body === 'steeringGroup');
  const actionItems = await actionItemsOf(services, steeringSessions);

  onStep('changes');
  const window = request.kind === 'annualReport' ? changesSince(stored, request.year) : { since: startOfYear(period.startYear), isPreviousReport: false };
  const correctionYears = Array.from({ length: lastYear - period.startYear + 2 }, (_, index) => period.startYear - 1 + index);
  const [measureRecords, indicatorRecords, goalChanges, corrections] = await Promise.all([
    services.reportChanges.measureRecords(period.id, window.since),
    services.reportChanges.indicatorRecords(),
    services.goalChanges.changesOfPlanPeriod(period.id),
    services.correctionRequests.requestsOf(correctionYears, 'accepted')
  ]);
  const changes = reportChanges(
    {
      measures: measureRecords,
      indicators: indicatorRecords.filter((record) => indicatorIds.has(record.id)),
      goalChanges,
      corrections: corrections.filter((request) => indicatorIds.has(request.indicatorId))
    },
    { since: window.since, until: now.toISOString() },
    request.language
  );
  return {
    planPeriod: period,
    years,
    reportDate: now.toISOString(),
    officeName: request.officeName,
    ...(request.cityName ? { cityName: request.cityName } : {}),
    consultation: request.consultation,
    fieldsOfAction,
    goals,
    measures,
    departments,
    indicators,
    acceptedValues: ownAccepted,
    notAcceptedCount,
    agreements,
    steeringSessions,
    actionItems,
    changes,
    changesFrom: request.kind === 'periodReport' ? 'periodStart' : window.isPreviousReport ? 'previousReport' : 'yearStart'
  };
}

/** Stored values of the report's years with a total that the office has not accepted (yet). */
export function countNotAccepted(stored: readonly IndicatorValue[], accepted: readonly IndicatorValue[], years: readonly number[]): number {
  const acceptedKeys = new Set(accepted.map((value) => `${value.indicatorId}-${value.year}`));
  return stored.filter((value) => years.includes(value.year) && Number.isFinite(value.total) && !acceptedKeys.has(`${value.indicatorId}-${value.year}`)).length;
}

async function agreementsWithItems(services: CommitteeReportServices, year: number): Promise<AgreementWithItems[]> {
  const agreements = await services.goalAgreements.agreementsOf(year);
  const loaded = await Promise.all(agreements.map((agreement) => services.goalAgreements.load(agreement.departmentId, year)));
  return loaded.filter((entry): entry is AgreementWithItems => entry !== undefined);
}

async function actionItemsOf(services: CommitteeReportServices, sessions: readonly BodySession[]): Promise<ActionItem[]> {
  return (await Promise.all(sessions.map((session) => services.actionItems.itemsOfSession(session.id)))).flat();
}
