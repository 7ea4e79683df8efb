import * as React from 'react';
import type { IndicatorValue, ValueReview, ValueReviewDecision, ValueReviewState } from '../../domain';
import { indicatorValueKey, sameVersion } from '../../domain';
import { ServiceError } from '../../http/serviceError';
import type { ProductServices } from '../services';
import type { DashboardData } from './dashboardData';
import type { ReviewEntry } from './reviewOverview';

/**
 * The office reviews the submitted values of a year: it accepts them (one, or all shown of a
 * department) or returns one with a comment. Before anything is written the values are read
 * again: a value its department changed since it was shown is not decided on (the decision
 * would name a version nobody looked at), but shown again in its new version.
 */
export type ReviewServices = Pick<ProductServices, 'valueReviews' | 'indicatorValues'>;

export type ReviewNotice =
  | {
      readonly kind: 'finished';
      readonly decision: ValueReviewDecision;
      /** Titles of the values decided. */
      readonly recorded: readonly string[];
      /** Values changed by their department since they were shown: not decided, shown again. */
      readonly changed: readonly string[];
      readonly failed: ReadonlyArray<{ readonly title: string; readonly error: ServiceError }>;
    }
  /** Nothing was written: the values could not be read again, or the service did not answer. */
  | { readonly kind: 'failed'; readonly error: unknown };

export interface ValueReviewFlowState {
  readonly year: number;
  /** The department shown, or all. */
  readonly departmentId?: number | undefined;
  /** Which values are listed: by default those waiting for a decision. */
  readonly state: ValueReviewState;
  /** The value whose return is being written (its key), and the comment so far. */
  readonly returning?: string | undefined;
  readonly comment: string;
  readonly isCommentMissing: boolean;
  readonly isWriting: boolean;
  readonly progress?: { readonly done: number; readonly total: number } | undefined;
  readonly notice?: ReviewNotice | undefined;
}

export type ValueReviewFlowEvent =
  | { readonly type: 'yearPicked'; readonly year: number }
  | { readonly type: 'departmentPicked'; readonly departmentId: number | undefined }
  | { readonly type: 'statePicked'; readonly state: ValueReviewState }
  /** From the completeness view: one department's values in one state. */
  | { readonly type: 'drilledDown'; readonly year: number; readonly departmentId: number; readonly state: ValueReviewState }
  | { readonly type: 'returnOpened'; readonly key: string }
  | { readonly type: 'commentChanged'; readonly comment: string }
  | { readonly type: 'returnCancelled' }
  | { readonly type: 'commentMissing' }
  | { readonly type: 'writing'; readonly total: number }
  | { readonly type: 'progressed'; readonly done: number; readonly total: number }
  | { readonly type: 'finished'; readonly notice: ReviewNotice }
  | { readonly type: 'noticeDismissed' };

export function initialValueReview(year: number): ValueReviewFlowState {
  return { year, state: 'submitted', comment: '', isCommentMissing: false, isWriting: false };
}

export function valueReviewReducer(state: ValueReviewFlowState, event: ValueReviewFlowEvent): ValueReviewFlowState {
  switch (event.type) {
    case 'yearPicked':
      return state.isWriting ? state : { ...state, year: event.year, returning: undefined, comment: '', isCommentMissing: false, notice: undefined };
    case 'departmentPicked':
      return state.isWriting ? state : { ...state, departmentId: event.departmentId };
    case 'statePicked':
      return state.isWriting ? state : { ...state, state: event.state };
    case 'drilledDown':
      return state.isWriting ? state : { ...state, year: event.year, departmentId: event.departmentId, state: event.state, returning: undefined, comment: '', isCommentMissing: false, notice: undefined };
    case 'returnOpened':
      return state.isWriting ? state : { ...state, returning: event.key, comment: '', isCommentMissing: false, notice: undefined };
    case 'commentChanged':
      return { ...state, comment: event.comment, isCommentMissing: state.isCommentMissing && event.comment.trim() === '' };
    case 'returnCancelled':
      // The dialog stays while its return is being written.
      return state.isWriting ? state : { ...state, returning: undefined, comment: '', isCommentMissing: false };
    case 'commentMissing':
      return { ...state, isCommentMissing: true };
    case 'writing':
      return { ...state, isWriting: true, progress: { done: 0, total: event.total }, notice: undefined };
    case 'progressed':
      return { ...state, progress: { done: event.done, total: event.total } };
    case 'finished':
      return { ...state, isWriting: false, progress: undefined, returning: undefined, comment: '', isCommentMissing: false, notice: event.notice };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

/** What the dashboard learns from a round of decisions: the decisions recorded, and values found changed since they were shown. */
export interface ReviewRecorded {
  readonly reviews: readonly ValueReview[];
  readonly values: readonly IndicatorValue[];
}

export interface DecideInput {
  readonly services: ReviewServices;
  readonly entries: readonly ReviewEntry[];
  readonly decision: ValueReviewDecision;
  readonly comment?: string;
  readonly dispatch: (event: ValueReviewFlowEvent) => void;
  readonly onRecorded: (recorded: ReviewRecorded) => void;
  readonly now?: Date;
}

/** Accepts the entries, or returns one with its comment (see above); the outcome comes as a notice. */
export async function decideEntries({ services, entries, decision, comment, dispatch, onRecorded, now }: DecideInput): Promise<void> {
  const withValue = entries.filter((entry): entry is ReviewEntry & { readonly value: IndicatorValue } => entry.value !== undefined);
  if (withValue.length === 0) return;
  if (decision === 'returned' && (comment ?? '').trim() === '') {
    dispatch({ type: 'commentMissing' });
    return;
  }
  dispatch({ type: 'writing', total: withValue.length });
  try {
    const years = [...new Set(withValue.map((entry) => entry.year))];
    const current = await services.indicatorValues.valuesOf(
      withValue.map((entry) => entry.indicator.id),
      years
    );
    const currentByKey = new Map(current.map((value) => [indicatorValueKey(value.indicatorId, value.year), value]));
    const changed = withValue.filter((entry) => {
      const stored = currentByKey.get(entry.key);
      return !stored || !entry.value.etag || !stored.etag || !sameVersion(stored.etag, entry.value.etag);
    });
    const unchanged = withValue.filter((entry) => !changed.includes(entry));
    const outcomes = await services.valueReviews.decide(
      unchanged.map((entry) => ({ value: currentByKey.get(entry.key)!, decision, ...(comment ? { comment } : {}) })),
      { onProgress: (done) => dispatch({ type: 'progressed', done: done + changed.length, total: withValue.length }), ...(now ? { now } : {}) }
    );
    const reviews = outcomes.flatMap((outcome) => (outcome.kind === 'recorded' ? [outcome.review] : []));
    const failed = outcomes.flatMap((outcome, index) => (outcome.kind === 'failed' ? [{ title: unchanged[index].indicator.title, error: new ServiceError(outcome.status, outcome.message) }] : []));
    onRecorded({ reviews, values: changed.flatMap((entry) => currentByKey.get(entry.key) ?? []) });
    dispatch({
      type: 'finished',
      notice: {
        kind: 'finished',
        decision,
        recorded: outcomes.flatMap((outcome, index) => (outcome.kind === 'recorded' ? [unchanged[index].indicator.title] : [])),
        changed: changed.map((entry) => entry.indicator.title),
        failed
      }
    });
  } catch (error) {
    dispatch({ type: 'finished', notice: { kind: 'failed', error } });
  }
}

/**
 * The dashboard's data with decisions recorded since loading and values found changed: the new
 * decisions join the year's, a changed value replaces the version shown.
 */
export function withReviews(data: DashboardData, recorded: readonly ReviewRecorded[]): DashboardData {
  if (recorded.length === 0) return data;
  const reviews = [...data.reviews, ...recorded.flatMap((round) => round.reviews)];
  const changed = new Map(recorded.flatMap((round) => round.values).map((value) => [indicatorValueKey(value.indicatorId, value.year), value]));
  const values = changed.size === 0 ? data.values : [...data.values.filter((value) => !changed.has(indicatorValueKey(value.indicatorId, value.year))), ...changed.values()];
  return { ...data, reviews, values };
}

export function useValueReviewFlow(year: number): [ValueReviewFlowState, React.Dispatch<ValueReviewFlowEvent>] {
  return React.useReducer(valueReviewReducer, year, initialValueReview);
}
