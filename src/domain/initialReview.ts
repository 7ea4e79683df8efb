import type { MeasureStatus, ReviewAnswer } from './choices';

/** The result of an initial interview (Erstgespräch) on one measure. */
export interface InitialReview {
  readonly id: number;
  readonly title: string;
  readonly measureId: number;
  readonly departmentId: number;
  readonly isCurrent: ReviewAnswer;
  readonly isAppropriate: ReviewAnswer;
  readonly implementationStatus?: MeasureStatus;
  readonly notes?: string;
  /** ISO date-time. */
  readonly reviewDate?: string;
}

/** One review per measure: its key is the measure id, so a second save updates the first. */
export function initialReviewKey(measureId: number): string {
  return String(measureId);
}

export interface ReviewProgress {
  readonly departmentId: number;
  /** Measures the department leads. */
  readonly measureCount: number;
  /** Of those, measures with a recorded initial review. */
  readonly reviewedCount: number;
}

/** How far the initial interviews have come, per lead department, in the order of `departmentIds`. */
export function initialReviewProgress(
  departmentIds: readonly number[],
  measures: readonly { readonly id: number; readonly leadDepartmentId: number }[],
  reviews: readonly Pick<InitialReview, 'measureId'>[]
): ReviewProgress[] {
  const reviewed = new Set(reviews.map((review) => review.measureId));
  return departmentIds.map((departmentId) => {
    const own = measures.filter((measure) => measure.leadDepartmentId === departmentId);
    return { departmentId, measureCount: own.length, reviewedCount: own.filter((measure) => reviewed.has(measure.id)).length };
  });
}
