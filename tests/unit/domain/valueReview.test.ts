import { acceptedOnly, draftValueReview, latestReviews, reviewStatesOf, reviewStatusOf, sameVersion, tallyOf, ValueReviewDecisionChoices } from '../../../src/domain';
import type { ValueReview, ValueReviewState } from '../../../src/domain';

const review = (id: number, decision: ValueReview['decision'], reviewedETag: string, reviewedAt: string, valueKey = '7-2025'): ValueReview => ({
  id,
  valueKey,
  indicatorId: Number(valueKey.split('-')[0]),
  year: Number(valueKey.split('-')[1]),
  departmentId: 3,
  decision,
  reviewedETag,
  reviewedAt,
  ...(decision === 'returned' ? { comment: 'Quelle fehlt' } : {})
});

describe('where a value stands in the office review', () => {
  const cases: Array<[string, { total?: number; etag?: string } | undefined, ValueReview | undefined, ValueReviewState]> = [
    ['no value item at all', undefined, undefined, 'missing'],
    ['a prepared item without a total', { etag: '"1"' }, undefined, 'missing'],
    ['a prepared item with an old decision', { etag: '"3"' }, review(1, 'accepted', '"2"', '2026-01-01T10:00:00Z'), 'missing'],
    ['a value nobody decided on', { total: 12, etag: '"1"' }, undefined, 'submitted'],
    ['a value accepted in this version', { total: 12, etag: '"4"' }, review(1, 'accepted', '"4"', '2026-01-01T10:00:00Z'), 'accepted'],
    ['a value returned in this version', { total: 12, etag: '"4"' }, review(1, 'returned', '"4"', '2026-01-01T10:00:00Z'), 'returned'],
    ['a value changed after its acceptance', { total: 13, etag: '"5"' }, review(1, 'accepted', '"4"', '2026-01-01T10:00:00Z'), 'submitted'],
    ['a value corrected after it was returned', { total: 13, etag: '"5"' }, review(1, 'returned', '"4"', '2026-01-01T10:00:00Z'), 'submitted'],
    ['a value read without its version', { total: 12 }, review(1, 'accepted', '"4"', '2026-01-01T10:00:00Z'), 'submitted'],
    ['an acceptance of a SharePoint ETag written weak and unquoted', { total: 12, etag: '"{A1B2},4"' }, review(1, 'accepted', 'W/{a1b2},4', '2026-01-01T10:00:00Z'), 'accepted'],
    ['a total of 0 is a value', { total: 0, etag: '"1"' }, review(1, 'accepted', '"1"', '2026-01-01T10:00:00Z'), 'accepted']
  ];

  it.each(cases)('%s', (_name, value, latest, state) => {
    expect(reviewStatusOf(value as never, latest).state).toBe(state);
  });

  it('keeps the latest decision also when the value changed since, so its comment can still be shown', () => {
    const returned = review(1, 'returned', '"4"', '2026-01-01T10:00:00Z');
    expect(reviewStatusOf({ total: 1, etag: '"5"' }, returned)).toEqual({ state: 'submitted', latest: returned });
  });
});

describe('the latest decision per value', () => {
  it.each([
    ['the later decision wins', [review(1, 'returned', '"1"', '2026-01-01T10:00:00Z'), review(2, 'accepted', '"2"', '2026-01-02T10:00:00Z')], 2],
    ['in any order of reading', [review(2, 'accepted', '"2"', '2026-01-02T10:00:00Z'), review(1, 'returned', '"1"', '2026-01-01T10:00:00Z')], 2],
    ['at the same instant the later item wins', [review(5, 'accepted', '"1"', '2026-01-01T10:00:00Z'), review(4, 'returned', '"1"', '2026-01-01T10:00:00Z')], 5],
    ['an unreadable time falls back to the item id', [review(3, 'accepted', '"1"', ''), review(9, 'returned', '"1"', '2026-01-01T10:00:00Z')], 9]
  ])('%s', (_name, reviews, id) => {
    expect(latestReviews(reviews).get('7-2025')?.id).toBe(id);
  });

  it('tells ETags of one version apart from another version', () => {
    expect(sameVersion('"{a},3"', 'W/"{A},3"')).toBe(true);
    expect(sameVersion('"{a},3"', '"{a},4"')).toBe(false);
  });
});

describe('drafting a decision', () => {
  const now = new Date('2026-02-03T08:30:00Z');
  const value = { indicatorId: 7, year: 2025, total: 12, etag: '"4"', departmentId: 3 };

  it.each([
    ['accepts a submitted value in its shown version', value, 'accepted', undefined, { ok: true }],
    ['returns a value with a comment', value, 'returned', ' Quelle fehlt ', { ok: true }],
    ['refuses a return without a comment', value, 'returned', '  ', { ok: false, reason: 'commentRequired' }],
    ['refuses a value not submitted yet', { ...value, total: undefined as unknown as number }, 'accepted', undefined, { ok: false, reason: 'notSubmitted' }],
    ['refuses a value read without its version', { ...value, etag: undefined }, 'accepted', undefined, { ok: false, reason: 'versionUnknown' }],
    ['refuses a value that could overwrite any version', { ...value, etag: '*' }, 'accepted', undefined, { ok: false, reason: 'versionUnknown' }],
    ['refuses a value without department', { ...value, departmentId: undefined }, 'accepted', undefined, { ok: false, reason: 'departmentUnknown' }]
  ] as const)('%s', (_name, input, decision, comment, expected) => {
    expect(draftValueReview(input, decision, comment, now, 'key-1')).toMatchObject(expected);
  });

  it('names the value, the version judged, the time and the trimmed comment', () => {
    expect(draftValueReview(value, 'returned', ' Quelle fehlt ', now, 'key-1')).toEqual({
      ok: true,
      review: { valueKey: '7-2025', indicatorId: 7, year: 2025, departmentId: 3, decision: 'returned', comment: 'Quelle fehlt', reviewedETag: '"4"', reviewedAt: '2026-02-03T08:30:00.000Z', createKey: 'key-1' }
    });
  });

  it('stores the decisions as the German choices of the list', () => {
    expect(ValueReviewDecisionChoices.labels).toEqual(['angenommen', 'zurückgegeben']);
    expect(ValueReviewDecisionChoices.toCode('zurückgegeben')).toBe('returned');
  });
});

describe('counting states and accepted values', () => {
  const values = [
    { indicatorId: 1, year: 2025, total: 5, etag: '"2"' },
    { indicatorId: 2, year: 2025, total: 6, etag: '"3"' },
    { indicatorId: 3, year: 2025, total: 7, etag: '"1"' }
  ];
  const reviews = [
    review(1, 'accepted', '"2"', '2026-01-01T10:00:00Z', '1-2025'),
    review(2, 'accepted', '"2"', '2026-01-01T10:00:00Z', '2-2025'),
    review(3, 'returned', '"1"', '2026-01-01T10:00:00Z', '3-2025')
  ];

  it('tallies every expected value of a department, a missing one included', () => {
    const expected = [1, 2, 3, 4].map((indicatorId) => ({ indicatorId, year: 2025 }));
    expect(tallyOf(reviewStatesOf(expected, values, reviews))).toEqual({ missing: 1, submitted: 1, returned: 1, accepted: 1 });
  });

  it('counts only the values accepted in their current version', () => {
    expect(acceptedOnly(values, reviews).map((value) => value.indicatorId)).toEqual([1]);
    expect(acceptedOnly(values, [...reviews, review(4, 'returned', '"2"', '2026-01-05T10:00:00Z', '1-2025')])).toEqual([]);
  });
});
