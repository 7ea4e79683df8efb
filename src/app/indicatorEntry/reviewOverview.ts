import type { IndicatorValue, ValueReviewState } from '../../domain';
import { indicatorValueKey } from '../../domain';
import type { IndicatorSheetModel } from '../../indicatorSheet/sheetLayout';
import { isReturnedRow, reviewCommentOf } from '../../indicatorSheet/sheetLayout';
import { loadSheetModel, SheetModelServices } from './sheetModelSource';

/** One value of the department's sheet as the office's review left it. */
export interface ReviewedValue {
  readonly key: string;
  readonly indicatorId: number;
  readonly indicatorTitle: string;
  readonly measure: string;
  /** This year's stored value, if one was reported. */
  readonly value?: IndicatorValue;
  readonly state: ValueReviewState;
  /** The office's comment on the current version (why it was returned). */
  readonly comment?: string;
}

/** What a department sees of the review of its year: each value, returned ones first, and the counts. */
export interface ReviewOverview {
  readonly year: number;
  readonly values: readonly ReviewedValue[];
  readonly counts: Readonly<Record<ValueReviewState, number>>;
  /** The year is locked: changes are correction requests, not resubmissions. */
  readonly isLocked: boolean;
}

const stateOrder: Readonly<Record<ValueReviewState, number>> = { returned: 0, submitted: 1, accepted: 2, missing: 3 };

/**
 * The review overview of a sheet's model. Rows without a read review (the reviews list is not
 * there) count as submitted when they hold a value, so nothing claims an acceptance it lacks.
 */
export function reviewOverviewOf(model: IndicatorSheetModel): ReviewOverview {
  const values = model.rows.map((row): ReviewedValue => {
    const hasValue = row.stored !== undefined && typeof row.stored.total === 'number' && !Number.isNaN(row.stored.total);
    const state = row.review?.state ?? (hasValue ? 'submitted' : 'missing');
    const comment = reviewCommentOf(row);
    return {
      key: indicatorValueKey(row.indicator.id, model.year),
      indicatorId: row.indicator.id,
      indicatorTitle: row.indicator.title,
      measure: row.measureNumber ? `${row.measureNumber} ${row.measureTitle}` : row.measureTitle,
      ...(hasValue ? { value: row.stored } : {}),
      state,
      ...(comment ? { comment } : {})
    };
  });
  const counts: Record<ValueReviewState, number> = { missing: 0, submitted: 0, returned: 0, accepted: 0 };
  for (const value of values) {
    counts[value.state] += 1;
  }
  // Returned values first, so the ones to act on lead; otherwise the sheet's order (the sort is stable).
  const sorted = [...values].sort((a, b) => stateOrder[a.state] - stateOrder[b.state]);
  return { year: model.year, values: sorted, counts, isLocked: model.lockedYear?.isLocked === true };
}

/** The department's values of the year with their review, read afresh. */
export async function loadReviewOverview(services: SheetModelServices, departmentId: number, year: number): Promise<ReviewOverview> {
  return reviewOverviewOf(await loadSheetModel(services, departmentId, year));
}

/** The returned rows of a sheet's model, in the sheet's order. */
export function returnedValues(model: IndicatorSheetModel): ReviewedValue[] {
  const returnedKeys = new Set(model.rows.filter(isReturnedRow).map((row) => indicatorValueKey(row.indicator.id, model.year)));
  return reviewOverviewOf(model).values.filter((value) => returnedKeys.has(value.key));
}
