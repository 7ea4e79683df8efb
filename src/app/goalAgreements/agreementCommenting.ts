import * as React from 'react';
import type { GoalAgreement } from '../../domain';
import type { AgreementComment } from '../../data/goalAgreementRepository';
import type { AgreementServices } from './agreementData';

export type AddState = { readonly kind: 'adding' } | { readonly kind: 'added' } | { readonly kind: 'required' } | { readonly kind: 'error'; readonly error: unknown };

export interface CommentingState {
  /** What is typed into the new comment. */
  readonly text: string;
  /** Comments added on this page; shown until a reload brings them from the list. */
  readonly added: readonly AgreementComment[];
  readonly add?: AddState | undefined;
}

export type CommentingEvent =
  | { readonly type: 'typed'; readonly text: string }
  | { readonly type: 'required' }
  | { readonly type: 'adding' }
  | { readonly type: 'added'; readonly comment: AgreementComment }
  | { readonly type: 'failed'; readonly error: unknown };

export const noComment: CommentingState = { text: '', added: [] };

export function commentingReducer(state: CommentingState, event: CommentingEvent): CommentingState {
  switch (event.type) {
    case 'typed':
      // Typing again clears "required" and "added", but not a failure the user has not retried yet.
      return { ...state, text: event.text, ...(state.add?.kind === 'required' || state.add?.kind === 'added' ? { add: undefined } : {}) };
    case 'required':
      return { ...state, add: { kind: 'required' } };
    case 'adding':
      return { ...state, add: { kind: 'adding' } };
    case 'added':
      return { text: '', added: [...state.added, event.comment], add: { kind: 'added' } };
    case 'failed':
      return { ...state, add: { kind: 'error', error: event.error } };
  }
  return state;
}

export async function addComment(
  services: Pick<AgreementServices, 'goalAgreements'>,
  agreement: GoalAgreement,
  text: string,
  dispatch: (event: CommentingEvent) => void
): Promise<void> {
  if (text.trim() === '') {
    dispatch({ type: 'required' });
    return;
  }
  dispatch({ type: 'adding' });
  try {
    dispatch({ type: 'added', comment: await services.goalAgreements.addComment(agreement, text.trim()) });
  } catch (error) {
    dispatch({ type: 'failed', error });
  }
}

export function useCommenting(): [CommentingState, React.Dispatch<CommentingEvent>] {
  return React.useReducer(commentingReducer, noComment);
}
