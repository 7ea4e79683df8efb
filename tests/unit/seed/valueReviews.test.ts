import { buildSeed } from '../../../local/seed';

const today = new Date('2026-11-23T08:00:00Z');
const demo = buildSeed('demo', today);
const fields = (list: string): Array<Record<string, unknown>> => (demo.lists[list] ?? []).map((item) => item.fields);
const collected = 2025;

describe('demo seed: the office review of values', () => {
  const values = fields('IndicatorValues').filter((value) => typeof value.Total === 'number');
  const reviews = fields('ValueReviews');
  const reviewOf = (value: Record<string, unknown>) => reviews.filter((review) => review.ValueKey === value.ValueKey);

  it('accepts every value of the years before the one being collected, in its stored version', () => {
    const past = values.filter((value) => Number(value.ValueYear) < collected);
    expect(past.length).toBeGreaterThan(20);
    for (const value of past) {
      expect(reviewOf(value).map((review) => [review.Decision, review.ReviewedETag])).toEqual([['angenommen', '"1"']]);
    }
  });

  it('accepts a corrected value after its correction', () => {
    const corrected = values.find((value) => value.IsCorrection === true)!;
    const [review] = reviewOf(corrected);
    expect(Date.parse(String(review.ReviewedAt))).toBeGreaterThan(Date.parse(String(corrected.CorrectedAt)));
  });

  it('shows all four states in the year being collected: accepted, one returned with a comment, submitted, and missing', () => {
    const ofYear = values.filter((value) => value.ValueYear === collected);
    const decided = ofYear.map((value) => reviewOf(value)[0]?.Decision ?? 'eingereicht');
    expect(decided.filter((decision) => decision === 'angenommen').length).toBeGreaterThan(5);
    expect(decided.filter((decision) => decision === 'eingereicht').length).toBeGreaterThan(5);
    const returned = reviews.filter((review) => review.Decision === 'zurückgegeben');
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({ ReportingYear: collected, DepartmentId: 1, ReviewedBy: 'koordination@stadt.example' });
    expect(String(returned[0].ReviewComment).length).toBeGreaterThan(20);
    // Missing: prepared items of the year without a total.
    expect(fields('IndicatorValues').some((value) => value.ValueYear === collected && value.Total === undefined)).toBe(true);
    // Decided before today, never in the future.
    expect(reviews.every((review) => Date.parse(String(review.ReviewedAt)) < today.getTime())).toBe(true);
  });

  it('gives each decision its own key, and none in the empty seed', () => {
    expect(new Set(reviews.map((review) => review.CreateKey)).size).toBe(reviews.length);
    expect(buildSeed('empty', today).lists.ValueReviews).toBeUndefined();
  });
});
