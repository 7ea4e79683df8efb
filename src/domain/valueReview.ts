import type { IndicatorValue } from './indicators';

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
