import * as React from 'react';
import type { AgreementWithItems, FieldProblem } from '../../domain';
import type { AgreementServices } from './agreementData';
import { fieldProblemsOf } from './agreementForm';
import { PartlySaved, partlySavedOf } from './agreementSaving';
import { assessmentsOf, carriedOverItems, ReviewForm, ReviewFormProblem, reviewFormProblems } from './agreementReview';

export type ReviewState =
  | { readonly kind: 'saving' }
  /** The review took effect in part: what was and was not saved; the view shows the stored state. */
  | ({ readonly kind: 'partlySaved' } & Omit<PartlySaved, 'stored'>)
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'problems'; readonly form: readonly ReviewFormProblem[]; readonly service: readonly FieldProblem[] };

export type ReviewEvent =
  | { readonly type: 'started' }
  | { readonly type: 'refused'; readonly problems: readonly ReviewFormProblem[] }
  | { readonly type: 'failed'; readonly error: unknown };

export function reviewReducer(state: ReviewState | undefined, event: ReviewEvent): ReviewState | undefined {
  switch (event.type) {
    case 'started':
      return { kind: 'saving' };
    case 'refused':
      return { kind: 'problems', form: event.problems, service: [] };
    case 'failed': {
      const partly = partlySavedOf(event.error);
      if (partly) {
        return { kind: 'partlySaved', saved: partly.saved, notSaved: partly.notSaved, isReloaded: partly.isReloaded };
      }
      // The repository checks the council's rule again and names the items it refuses.
      const service = fieldProblemsOf(event.error);
      return service ? { kind: 'problems', form: [], service } : { kind: 'error', error: event.error };
    }
  }
  return state;
}

/** What a completed review leads to: next year's draft, with this many items carried over. */
export interface ReviewOutcome {
  readonly reviewed: AgreementWithItems;
  readonly next: AgreementWithItems;
  readonly carriedCount: number;
}

export interface ReviewCommandInput {
  readonly services: Pick<AgreementServices, 'goalAgreements'>;
  readonly stored: AgreementWithItems;
  readonly form: ReviewForm;
  readonly dispatch: (event: ReviewEvent) => void;
  readonly onReviewed: (outcome: ReviewOutcome) => void;
  /** The state after a review that took effect in part, for the view to show. */
  readonly onStored?: (agreement: AgreementWithItems) => void;
}

/** Checks the form, records the verdicts and opens next year's draft with the items carried over. */
export async function completeReview({ services, stored, form, dispatch, onReviewed, onStored }: ReviewCommandInput): Promise<void> {
  const problems = reviewFormProblems(stored.items, form);
  if (problems.length > 0) {
    dispatch({ type: 'refused', problems });
    return;
  }
  dispatch({ type: 'started' });
  let outcome: ReviewOutcome;
  try {
    const { reviewed, next } = await services.goalAgreements.review(stored, assessmentsOf(stored.items, form), form.reviewDate);
    outcome = { reviewed, next, carriedCount: carriedOverItems(reviewed, next).length };
  } catch (error) {
    const partly = partlySavedOf(error);
    if (partly) {
      onStored?.(partly.stored);
    }
    dispatch({ type: 'failed', error });
    return;
  }
  onReviewed(outcome);
}

export function useReviewState(): [ReviewState | undefined, React.Dispatch<ReviewEvent>] {
  return React.useReducer(reviewReducer, undefined);
}
