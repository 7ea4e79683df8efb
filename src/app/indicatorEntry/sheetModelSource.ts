import type { CorrectionRequest, Department, Indicator, IndicatorValue, Measure, PlanPeriod, ReportingYear, ValueReview } from '../../domain';
import { indicatorValueKey, latestReviews, lockOf, openRequestsOf, reviewStatusOf, sortByPlacement } from '../../domain';
import type { IndicatorSheetModel, IndicatorSheetRow } from '../../indicatorSheet/sheetLayout';
import type { ProductServices } from '../services';

/**
 * `reportingYears` tells whether the year is locked; without it the year counts as open. `users`
 * and `correctionRequests` tell whether a change of a locked year is a request, and which are open.
 * `valueReviews` gives each row its place in the office's review (departments may read the decisions).
 */
export type SheetModelServices = Pick<ProductServices, 'catalogue' | 'departments' | 'indicators' | 'indicatorValues'> &
  Partial<Pick<ProductServices, 'reportingYears' | 'users' | 'correctionRequests' | 'valueReviews'>>;

/**
 * The sheet of one department and year: exactly the indicators of the measures the department
 * leads in the plan period(s) covering the year, with last year's value and this year's stored
 * value (id and ETag, so that a submit can tell a value someone else changed meanwhile).
 */
export async function loadSheetModel(services: SheetModelServices, departmentId: number, year: number): Promise<IndicatorSheetModel> {
  const [periods, departments, indicators, reportingYear, reviews] = await Promise.all([
    services.catalogue.planPeriods(),
    services.departments.departments(),
    services.indicators.indicators(),
    services.reportingYears?.yearOf(year),
    services.valueReviews?.reviewsOf(year, departmentId)
  ]);
  const department = departments.find((candidate) => candidate.id === departmentId);
  const measures = (await Promise.all(periodsOfYear(periods, year).map((period) => services.catalogue.measures(period.id)))).flat();
  const own = new Map(measures.filter((measure) => measure.leadDepartmentId === departmentId).map((measure) => [measure.id, measure]));
  const chosen = indicators.filter((indicator) => indicator.measureId !== undefined && own.has(indicator.measureId));
  const read = chosen.length > 0 ? await services.indicatorValues.valuesOf(chosen.map((indicator) => indicator.id), [year - 1, year]) : [];
  // A value filed under another department or folder is not this department's value of the indicator.
  const { values, misplaced } = sortByPlacement(read, chosen, departments);
  const lockedYear = reportingYear ? lockOf([reportingYear], year) : undefined;
  const unscheduled = buildSheetModel(department, year, chosen, own, values, lockedYear);
  // The deadline the office set when it opened the year: shown in the sheet's header and notes.
  const sheet = reportingYear?.deadline ? { ...unscheduled, deadline: reportingYear.deadline } : unscheduled;
  const built = reviews ? withReviews(sheet, reviews) : sheet;
  const model = misplaced.length > 0 ? { ...built, misplacedValues: misplaced } : built;
  if (!lockedYear) {
    return model;
  }
  // In a locked year a department's change is a request to the office (its year folder is read-only).
  const [user, requests] = await Promise.all([services.users?.currentUser(), services.correctionRequests?.requestsOf([year], 'open') ?? Promise.resolve([])]);
  return withCorrectionRequests(model, user !== undefined && user.role !== 'coordinator', requests);
}

/** The model with the open requests of each value and whether changes become requests. */
export function withCorrectionRequests(model: IndicatorSheetModel, isRequesting: boolean, requests: readonly CorrectionRequest[]): IndicatorSheetModel {
  const rows = model.rows.map((row) => {
    const open = openRequestsOf(requests, indicatorValueKey(row.indicator.id, model.year));
    return open.length > 0 ? { ...row, openRequests: open } : row;
  });
  return { ...model, rows, ...(isRequesting ? { correctionsByRequest: true } : {}) };
}

/**
 * The model with each row's place in the office's review: judged on the row's stored version, so
 * a value changed since its latest decision counts as submitted again.
 */
export function withReviews(model: IndicatorSheetModel, reviews: readonly ValueReview[]): IndicatorSheetModel {
  const latest = latestReviews(reviews.filter((review) => review.year === model.year));
  return { ...model, rows: model.rows.map((row) => ({ ...row, review: reviewStatusOf(row.stored, latest.get(indicatorValueKey(row.indicator.id, model.year))) })) };
}

/** The row's review after its stored value was replaced (a submit): a new version is submitted again. */
export function withStored(row: IndicatorSheetRow, stored: IndicatorValue): IndicatorSheetRow {
  return row.review ? { ...row, stored, review: reviewStatusOf(stored, row.review.latest) } : { ...row, stored };
}

/**
 * The indicators whose values are owed for `year`, of every department: those of the measures of
 * the plan period(s) covering the year, as each department's sheet lists them.
 */
export async function indicatorsOfYear(services: Pick<ProductServices, 'catalogue' | 'indicators'>, year: number): Promise<Indicator[]> {
  return (await catalogueOfYear(services, year)).indicators;
}

/** The measures of the plan periods of `year` and the indicators of those measures. */
export async function catalogueOfYear(services: Pick<ProductServices, 'catalogue' | 'indicators'>, year: number): Promise<{ measures: Measure[]; indicators: Indicator[] }> {
  const [periods, indicators] = await Promise.all([services.catalogue.planPeriods(), services.indicators.indicators()]);
  const measures = (await Promise.all(periodsOfYear(periods, year).map((period) => services.catalogue.measures(period.id)))).flat();
  const measureIds = new Set(measures.map((measure) => measure.id));
  return { measures, indicators: indicators.filter((indicator) => indicator.measureId !== undefined && measureIds.has(indicator.measureId)) };
}

export function periodsOfYear(periods: readonly PlanPeriod[], year: number): PlanPeriod[] {
  const covering = periods.filter((period) => period.startYear <= year && year <= period.endYear);
  if (covering.length > 0) {
    return covering;
  }
  // A year outside every period (reported late or early) belongs to the nearest earlier one.
  const earlier = [...periods].filter((period) => period.startYear <= year).sort((a, b) => b.startYear - a.startYear);
  return earlier.slice(0, 1);
}

export function buildSheetModel(
  department: Department | undefined,
  year: number,
  indicators: readonly Indicator[],
  measures: ReadonlyMap<number, Measure>,
  values: readonly IndicatorValue[],
  lockedYear?: ReportingYear
): IndicatorSheetModel {
  const valueOf = (indicatorId: number, valueYear: number): IndicatorValue | undefined => values.find((value) => value.indicatorId === indicatorId && value.year === valueYear);
  const rows: IndicatorSheetRow[] = indicators
    .map((indicator) => {
      const measure = measures.get(indicator.measureId!)!;
      const previous = valueOf(indicator.id, year - 1);
      const stored = valueOf(indicator.id, year);
      return {
        indicator,
        measureTitle: measure.title,
        ...(measure.number ? { measureNumber: measure.number } : {}),
        ...(previous ? { previous } : {}),
        ...(stored ? { stored } : {})
      };
    })
    .sort(
      (a, b) =>
        (a.measureNumber ?? '').localeCompare(b.measureNumber ?? '', 'de', { numeric: true }) ||
        a.measureTitle.localeCompare(b.measureTitle, 'de') ||
        a.indicator.title.localeCompare(b.indicator.title, 'de')
    );
  return {
    departmentId: department?.id ?? 0,
    departmentName: department ? `${department.number} ${department.name}` : '',
    year,
    rows,
    ...(lockedYear ? { lockedYear } : {})
  };
}
