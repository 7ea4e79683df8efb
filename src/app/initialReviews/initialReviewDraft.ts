import type { Department, Measure, MeasureStatus, ReviewAnswer } from '../../domain';
import type { InitialReviewInput, StoredInitialReview } from '../../data/initialReviewRepository';

/** What the form holds for one measure while it is being edited. */
export interface ReviewDraft {
  readonly isCurrent: ReviewAnswer;
  readonly isAppropriate: ReviewAnswer;
  readonly implementationStatus: MeasureStatus;
  readonly notes: string;
}

/** The stored answers, or for a measure not yet discussed: questions open, status as the catalogue has it. */
export function draftOf(measure: Pick<Measure, 'status'>, review: StoredInitialReview | undefined): ReviewDraft {
  return {
    isCurrent: review?.isCurrent ?? 'open',
    isAppropriate: review?.isAppropriate ?? 'open',
    implementationStatus: review?.implementationStatus ?? measure.status,
    notes: review?.notes ?? ''
  };
}

export function isSameDraft(a: ReviewDraft, b: ReviewDraft): boolean {
  return a.isCurrent === b.isCurrent && a.isAppropriate === b.isAppropriate && a.implementationStatus === b.implementationStatus && a.notes.trim() === b.notes.trim();
}

/** The record to save: titled so it reads well in the SharePoint list itself. */
export function reviewInput(measure: Pick<Measure, 'id' | 'number' | 'leadDepartmentId'>, department: Pick<Department, 'number'> | undefined, draft: ReviewDraft, now: Date): InitialReviewInput {
  const measureLabel = measure.number ? measure.number : `#${measure.id}`;
  return {
    measureId: measure.id,
    departmentId: measure.leadDepartmentId,
    title: department ? `Erstgespräch ${measureLabel} – FB ${department.number}` : `Erstgespräch ${measureLabel}`,
    isCurrent: draft.isCurrent,
    isAppropriate: draft.isAppropriate,
    implementationStatus: draft.implementationStatus,
    notes: draft.notes,
    reviewDate: now.toISOString()
  };
}
