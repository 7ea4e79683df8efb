import * as React from 'react';
import type { Department, Measure } from '../../domain';
import type { StoredInitialReview } from '../../data/initialReviewRepository';
import { ServiceError } from '../../http/serviceError';
import type { InitialReviewServices } from './initialReviewsData';
import { ReviewDraft, reviewInput } from './initialReviewDraft';

export type ChecklistSaveState =
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'error'; readonly error: unknown }
  /** Someone else saved first: `stored` is their version (absent if it could not be read). */
  | { readonly kind: 'conflict'; readonly stored?: StoredInitialReview };

/** Drafts and save states by measure id, so switching departments keeps unsaved entries. */
export interface ChecklistState {
  readonly drafts: ReadonlyMap<number, ReviewDraft>;
  readonly saveStates: ReadonlyMap<number, ChecklistSaveState>;
}

export type ChecklistEvent =
  | { readonly type: 'edited'; readonly measureId: number; readonly draft: ReviewDraft }
  | { readonly type: 'saving'; readonly measureId: number }
  | { readonly type: 'saved'; readonly measureId: number }
  | { readonly type: 'conflict'; readonly measureId: number; readonly stored?: StoredInitialReview }
  | { readonly type: 'failed'; readonly measureId: number; readonly error: unknown }
  /** The user took the colleague's version after a conflict. */
  | { readonly type: 'tookStored'; readonly measureId: number };

export const emptyChecklist: ChecklistState = { drafts: new Map(), saveStates: new Map() };

function withSaveState(state: ChecklistState, measureId: number, saveState: ChecklistSaveState | undefined): ReadonlyMap<number, ChecklistSaveState> {
  const next = new Map(state.saveStates);
  if (saveState) {
    next.set(measureId, saveState);
  } else {
    next.delete(measureId);
  }
  return next;
}

function withoutDraft(state: ChecklistState, measureId: number): ReadonlyMap<number, ReviewDraft> {
  const next = new Map(state.drafts);
  next.delete(measureId);
  return next;
}

export function checklistReducer(state: ChecklistState, event: ChecklistEvent): ChecklistState {
  switch (event.type) {
    case 'edited':
      return {
        drafts: new Map(state.drafts).set(event.measureId, event.draft),
        // "Saved" no longer holds once the answers change; a conflict or an error stays until resolved.
        saveStates: state.saveStates.get(event.measureId)?.kind === 'saved' ? withSaveState(state, event.measureId, undefined) : state.saveStates
      };
    case 'saving':
      return { ...state, saveStates: withSaveState(state, event.measureId, { kind: 'saving' }) };
    case 'saved':
      return { drafts: withoutDraft(state, event.measureId), saveStates: withSaveState(state, event.measureId, { kind: 'saved' }) };
    case 'conflict':
      return { ...state, saveStates: withSaveState(state, event.measureId, { kind: 'conflict', ...(event.stored ? { stored: event.stored } : {}) }) };
    case 'failed':
      return { ...state, saveStates: withSaveState(state, event.measureId, { kind: 'error', error: event.error }) };
    case 'tookStored':
      return { drafts: withoutDraft(state, event.measureId), saveStates: withSaveState(state, event.measureId, undefined) };
  }
  return state;
}

export interface SaveReviewInput {
  readonly services: Pick<InitialReviewServices, 'initialReviews'>;
  readonly measure: Measure;
  readonly department: Department;
  readonly draft: ReviewDraft;
  /** The version the save goes against (its ETag); absent for a first save. */
  readonly stored: StoredInitialReview | undefined;
  readonly now: Date;
  readonly dispatch: (event: ChecklistEvent) => void;
  readonly onSaved: (review: StoredInitialReview) => void;
}

/** Saves one measure's answers with the stored ETag; on a conflict the colleague's version is read so the user can choose. */
export async function saveInitialReview({ services, measure, department, draft, stored, now, dispatch, onSaved }: SaveReviewInput): Promise<void> {
  dispatch({ type: 'saving', measureId: measure.id });
  let saved: StoredInitialReview;
  try {
    saved = await services.initialReviews.save(reviewInput(measure, department, draft, now), stored?.etag ? { id: stored.id, etag: stored.etag } : undefined);
  } catch (error) {
    const partlyStored = storedDespite(error);
    if (partlyStored) {
      // Created, but not complete: the page holds its version, so the retry updates it instead of creating it again (a 409 with ourselves).
      onSaved(partlyStored);
    }
    if (error instanceof ServiceError && error.isConflict) {
      // Without their version the user can still keep their own; the read's failure is not the news here.
      const current = await services.initialReviews.reviewOf(measure.id).catch(() => undefined);
      dispatch({ type: 'conflict', measureId: measure.id, ...(current ? { stored: current } : {}) });
    } else {
      dispatch({ type: 'failed', measureId: measure.id, error });
    }
    return;
  }
  onSaved(saved);
  dispatch({ type: 'saved', measureId: measure.id });
}

/** The review a failed save stored nonetheless (created, its date not written), if the error says so. */
function storedDespite(error: unknown): StoredInitialReview | undefined {
  const stored = error instanceof ServiceError ? (error as ServiceError & { stored?: StoredInitialReview }).stored : undefined;
  return stored && typeof stored.id === 'number' && typeof stored.etag === 'string' ? stored : undefined;
}

export function useChecklist(): [ChecklistState, React.Dispatch<ChecklistEvent>] {
  return React.useReducer(checklistReducer, emptyChecklist);
}
