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
