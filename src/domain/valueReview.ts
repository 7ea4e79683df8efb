import type { IndicatorValue } from './indicators';
import { choiceTable } from './choices';
import { indicatorValueKey } from './indicatorValueUpsert';

/**
 * The office's review of submitted indicator values. A department submits a value (it is
 * *eingereicht*); the office accepts it or returns it with a comment; the department corrects
 * and submits again. Only accepted values count in reports and publications.
 *
 * A review names the value's version it judged (its ETag): a department's later write changes
 * the ETag, so an accepted or returned value that was changed since counts as submitted again.
 * Departments cannot write reviews (SharePoint permissions), so no write of theirs makes a value
 * accepted.
 */
export type ValueReviewState = 'missing' | 'submitted' | 'returned' | 'accepted';

export const valueReviewStates: readonly ValueReviewState[] = ['missing', 'submitted', 'returned', 'accepted'];

export type ValueReviewDecision = 'accepted' | 'returned';

/** The German values of the Decision column. */
export const ValueReviewDecisionChoices = choiceTable<ValueReviewDecision>({ accepted: 'angenommen', returned: 'zurückgegeben' });

/** One decision of the office on one version of a value (list "Wertprüfungen"). */
export interface ValueReview {
  readonly id: number;
  /** The value's key (`ValueKey`, indicator and year). */
  readonly valueKey: string;
  readonly indicatorId: number;
  readonly year: number;
  readonly departmentId: number;
  readonly decision: ValueReviewDecision;
  /** Why it was returned (required then), or a remark on acceptance. */
  readonly comment?: string;
  /** The ETag of the value item when it was judged. */
  readonly reviewedETag: string;
  /** ISO date-time of the decision. */
  readonly reviewedAt: string;
  readonly reviewedBy?: string;
}

/** Where one value stands, with the decision that put it there. */
export interface ValueReviewStatus {
  readonly state: ValueReviewState;
  /** The latest decision on this value, also when the value has changed since. */
  readonly latest?: ValueReview;
}

/** The latest review of each value key: by decision time, then by id. */
export function latestReviews(reviews: readonly ValueReview[]): Map<string, ValueReview> {
  const latest = new Map<string, ValueReview>();
  for (const review of reviews) {
    const known = latest.get(review.valueKey);
    if (!known || isLater(review, known)) latest.set(review.valueKey, review);
  }
  return latest;
}

function isLater(candidate: ValueReview, known: ValueReview): boolean {
  const a = Date.parse(candidate.reviewedAt);
  const b = Date.parse(known.reviewedAt);
  if (Number.isNaN(a) || Number.isNaN(b) || a === b) return candidate.id > known.id;
  return a > b;
}

/**
 * The state of a value: missing without a total; accepted or returned while the value is still
 * the version the latest decision judged; submitted otherwise.
 */
export function reviewStatusOf(value: Pick<IndicatorValue, 'total' | 'etag'> | undefined, latest: ValueReview | undefined): ValueReviewStatus {
  if (!value || value.total === undefined || value.total === null || Number.isNaN(value.total)) return { state: 'missing', ...(latest ? { latest } : {}) };
  if (!latest) return { state: 'submitted' };
  if (value.etag !== undefined && sameVersion(value.etag, latest.reviewedETag)) return { state: latest.decision, latest };
  return { state: 'submitted', latest };
}

/** Two ETags name the same version of an item (weak marks and quotes aside). */
export function sameVersion(a: string, b: string): boolean {
  return normalETag(a) === normalETag(b);
}

function normalETag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/"/g, '').trim().toLowerCase();
}

/** A decision about to be recorded: the version it judges, and the key that makes its create repeatable. */
export interface NewValueReview extends Omit<ValueReview, 'id' | 'reviewedBy'> {
  /** Generated before the first send (`newCreateKey`), kept for repeats. */
  readonly createKey: string;
}

/** Why a decision cannot be recorded. */
export type ValueReviewRefusal = 'commentRequired' | 'notSubmitted' | 'versionUnknown' | 'departmentUnknown';

export type ValueReviewDraft = { readonly ok: true; readonly review: NewValueReview } | { readonly ok: false; readonly reason: ValueReviewRefusal };

/**
 * The office's decision on the version of `value` it was shown. A return needs a comment (the
 * department must learn what to correct); a value without a total or without a version cannot be
 * judged, since the decision names the version.
 */
export function draftValueReview(
  value: Pick<IndicatorValue, 'indicatorId' | 'year' | 'total' | 'etag' | 'departmentId'>,
  decision: ValueReviewDecision,
  comment: string | undefined,
  now: Date,
  createKey: string
): ValueReviewDraft {
  const text = comment?.trim() ?? '';
  if (decision === 'returned' && text.length === 0) return { ok: false, reason: 'commentRequired' };
  if (value.total === undefined || value.total === null || Number.isNaN(value.total)) return { ok: false, reason: 'notSubmitted' };
  if (!value.etag || value.etag === '*') return { ok: false, reason: 'versionUnknown' };
  if (value.departmentId === undefined) return { ok: false, reason: 'departmentUnknown' };
  return {
    ok: true,
    review: {
      valueKey: indicatorValueKey(value.indicatorId, value.year),
      indicatorId: value.indicatorId,
      year: value.year,
      departmentId: value.departmentId,
      decision,
      ...(text ? { comment: text } : {}),
      reviewedETag: value.etag,
      reviewedAt: now.toISOString(),
      createKey
    }
  };
}

/** Counts of one department's values by state. */
export type ValueReviewTally = Readonly<Record<ValueReviewState, number>>;

export const emptyTally: ValueReviewTally = { missing: 0, submitted: 0, returned: 0, accepted: 0 };

/**
 * The state of every expected value (indicator × year of a department): `values` are the stored
 * ones, `reviews` every decision of the year (any order).
 */
export function reviewStatesOf<T extends { readonly indicatorId: number; readonly year: number }>(
  expected: readonly T[],
  values: readonly Pick<IndicatorValue, 'indicatorId' | 'year' | 'total' | 'etag'>[],
  reviews: readonly ValueReview[]
): Array<T & { readonly status: ValueReviewStatus }> {
  const latest = latestReviews(reviews);
  const byKey = new Map(values.map((value) => [indicatorValueKey(value.indicatorId, value.year), value]));
  return expected.map((entry) => {
    const key = indicatorValueKey(entry.indicatorId, entry.year);
    return { ...entry, status: reviewStatusOf(byKey.get(key), latest.get(key)) };
  });
}

/** How many values are in each state. */
export function tallyOf(states: readonly { readonly status: ValueReviewStatus }[]): ValueReviewTally {
  const tally: Record<ValueReviewState, number> = { ...emptyTally };
  for (const { status } of states) tally[status.state] += 1;
  return tally;
}

/** Values whose latest decision accepted exactly their current version: what reports and publications count. */
export function acceptedOnly<V extends Pick<IndicatorValue, 'indicatorId' | 'year' | 'total' | 'etag'>>(values: readonly V[], reviews: readonly ValueReview[]): V[] {
  const latest = latestReviews(reviews);
  return values.filter((value) => reviewStatusOf(value, latest.get(indicatorValueKey(value.indicatorId, value.year))).state === 'accepted');
}
