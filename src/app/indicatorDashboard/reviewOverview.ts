import type { Department, Indicator, IndicatorValue, Measure, ValueReview, ValueReviewState, ValueReviewStatus, ValueReviewTally } from '../../domain';
import { emptyTally, indicatorValueKey, latestReviews, reviewStatusOf } from '../../domain';
import { isIndicatorOwed } from './dashboardModel';

/** One value of a year as the office reviews it: what was submitted, the year before for plausibility, and where it stands. */
export interface ReviewEntry {
  readonly key: string;
  readonly indicator: Indicator;
  readonly measure?: Measure;
  readonly department: Department;
  readonly year: number;
  readonly value?: IndicatorValue;
  /** The indicator's value of the year before, to judge whether the new one is plausible. */
  readonly previous?: IndicatorValue;
  readonly status: ValueReviewStatus;
}

export interface DepartmentReview {
  readonly department: Department;
  readonly entries: readonly ReviewEntry[];
  readonly tally: ValueReviewTally;
}

export interface ReviewSource {
  readonly indicators: readonly Indicator[];
  readonly measures: readonly Measure[];
  readonly values: readonly IndicatorValue[];
  readonly departments: readonly Department[];
  readonly reviews: readonly ValueReview[];
}

/**
 * Where each value of `year` stands, per department: every indicator the department owes (its
 * measure reports) and every indicator it reported a value for anyway. Without a value, an owed
 * indicator is missing. Departments with nothing owed or reported are left out.
 */
export function reviewOverviewOf(year: number, source: ReviewSource): DepartmentReview[] {
  const measuresById = new Map(source.measures.map((measure) => [measure.id, measure]));
  const valuesByKey = new Map(source.values.map((value) => [indicatorValueKey(value.indicatorId, value.year), value]));
  const latest = latestReviews(source.reviews.filter((review) => review.year === year));
  const rows: DepartmentReview[] = [];
  for (const department of source.departments) {
    const entries = source.indicators
      .filter((indicator) => indicator.departmentId === department.id)
      .filter((indicator) => isIndicatorOwed(indicator, measuresById) || valuesByKey.has(indicatorValueKey(indicator.id, year)))
      .map((indicator): ReviewEntry => {
        const key = indicatorValueKey(indicator.id, year);
        const value = valuesByKey.get(key);
        const previous = valuesByKey.get(indicatorValueKey(indicator.id, year - 1));
        const measure = indicator.measureId !== undefined ? measuresById.get(indicator.measureId) : undefined;
        return {
          key,
          indicator,
          ...(measure ? { measure } : {}),
          department,
          year,
          ...(value ? { value } : {}),
          ...(previous ? { previous } : {}),
          status: reviewStatusOf(value, latest.get(key))
        };
      })
      .sort((a, b) => (a.measure?.number ?? '').localeCompare(b.measure?.number ?? '', 'de', { numeric: true }) || a.indicator.title.localeCompare(b.indicator.title, 'de'));
    if (entries.length === 0) continue;
    const tally: Record<ValueReviewState, number> = { ...emptyTally };
    for (const entry of entries) tally[entry.status.state] += 1;
    rows.push({ department, entries, tally });
  }
  return rows;
}

/** Values of the year not yet accepted although submitted: what locking the year would leave unreviewed. */
export function pendingOf(overview: readonly DepartmentReview[]): { readonly submitted: number; readonly returned: number } {
  return overview.reduce((sum, row) => ({ submitted: sum.submitted + row.tally.submitted, returned: sum.returned + row.tally.returned }), { submitted: 0, returned: 0 });
}

/** The entries shown in the review list: one state, of one department or all. */
export function entriesShown(overview: readonly DepartmentReview[], state: ValueReviewState, departmentId: number | undefined): DepartmentReview[] {
  return overview
    .filter((row) => departmentId === undefined || row.department.id === departmentId)
    .map((row) => ({ ...row, entries: row.entries.filter((entry) => entry.status.state === state) }))
    .filter((row) => row.entries.length > 0);
}

/** The value's change against the year before as a ratio (0.12 for +12 %); none without both totals or from zero. */
export function changeFromPrevious(entry: Pick<ReviewEntry, 'value' | 'previous'>): number | undefined {
  if (!entry.value || !entry.previous || entry.previous.total === 0) return undefined;
  return (entry.value.total - entry.previous.total) / entry.previous.total;
}
