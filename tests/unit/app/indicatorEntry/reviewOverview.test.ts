import type { ValueReview } from '../../../../src/domain';
import { returnedValues, reviewOverviewOf } from '../../../../src/app/indicatorEntry/reviewOverview';
import { withReviews, withStored } from '../../../../src/app/indicatorEntry/sheetModelSource';
import { demoModel, storedBudget } from '../../indicatorSheet/fixtures';

const review = (over: Partial<ValueReview>): ValueReview => ({
  id: 1,
  valueKey: '12-2026',
  indicatorId: 12,
  year: 2026,
  departmentId: 3,
  decision: 'returned',
  comment: 'Bitte prüfen.',
  reviewedETag: storedBudget.etag!,
  reviewedAt: '2026-11-20T09:00:00Z',
  ...over
});

/** The demo sheet with a second stored value (the share) besides the budget. */
function twoValues() {
  const model = demoModel();
  const share = { id: 503, indicatorId: 13, year: 2026, total: 14, departmentId: 3, etag: '"7"' };
  return { ...model, rows: model.rows.map((row) => (row.indicator.id === 13 ? { ...row, stored: share } : row)) };
}

describe("a department's view of the office review", () => {
  it('judges each row on its stored version with the latest decision of its value', () => {
    const model = withReviews(twoValues(), [
      review({ id: 1, decision: 'accepted', comment: undefined, reviewedAt: '2026-11-01T09:00:00Z' }),
      review({ id: 2, reviewedAt: '2026-11-20T09:00:00Z', comment: 'Fördermittel laut Haushaltsplan?' }),
      review({ id: 3, valueKey: '13-2026', indicatorId: 13, decision: 'accepted', reviewedETag: '"6"' }),
      // Another year's decision does not count for this sheet.
      review({ id: 4, valueKey: '11-2025', indicatorId: 11, year: 2025 })
    ]);
    expect(model.rows.map((row) => [row.indicator.id, row.review?.state])).toEqual([
      [11, 'missing'],
      [12, 'returned'],
      // Accepted was version 6; the value is at version 7 now: submitted again.
      [13, 'submitted'],
      [14, 'missing']
    ]);
    const overview = reviewOverviewOf(model);
    expect(overview.counts).toEqual({ missing: 2, submitted: 1, returned: 1, accepted: 0 });
    // Returned first, with the office's comment; then the sheet's order.
    expect(overview.values.map((value) => [value.indicatorId, value.state, value.comment])).toEqual([
      [12, 'returned', 'Fördermittel laut Haushaltsplan?'],
      [13, 'submitted', undefined],
      [11, 'missing', undefined],
      [14, 'missing', undefined]
    ]);
    expect(overview.values[0]).toEqual(expect.objectContaining({ key: '12-2026', indicatorTitle: 'Fördermittel Sprachkurse', measure: '1.1 Sprachkurse für Eltern', value: storedBudget }));
    expect(returnedValues(model).map((value) => value.key)).toEqual(['12-2026']);
  });

  it('makes a returned value submitted again once a new version of it is stored', () => {
    const model = withReviews(demoModel(), [review({})]);
    const budget = model.rows[1];
    expect(budget.review?.state).toBe('returned');
    const resubmitted = withStored(budget, { ...storedBudget, total: 21500, etag: '"4"' });
    expect(resubmitted.review).toEqual({ state: 'submitted', latest: expect.objectContaining({ id: 1 }) });
    expect(resubmitted.stored?.total).toBe(21500);
    // Without reviews read, a new version carries no review state.
    expect(withStored(demoModel().rows[1], { ...storedBudget, etag: '"4"' }).review).toBeUndefined();
  });

  it('counts a stored value as submitted when no reviews were read, so nothing claims an acceptance', () => {
    expect(reviewOverviewOf(demoModel()).counts).toEqual({ missing: 3, submitted: 1, returned: 0, accepted: 0 });
    expect(reviewOverviewOf({ ...demoModel(), lockedYear: { year: 2026, isLocked: true } }).isLocked).toBe(true);
  });
});
