import * as React from 'react';
import type { GoalAgreement } from '../../domain';
import type { AgreementComment } from '../../data/goalAgreementRepository';
import type { AgreementServices } from './agreementData';

export type AddState = { readonly kind: 'adding' } | { readonly kind: 'added' } | { readonly kind: 'required' } | { readonly kind: 'error'; readonly error: unknown };

/** A change (edit or delete) of one existing comment. */
export type ChangeState = { readonly kind: 'changing'; readonly id: number } | { readonly kind: 'error'; readonly id: number; readonly error: unknown };

export interface CommentingState {
  /** What is typed into the new comment. */
  readonly text: string;
  /** Comments added on this page; shown until a reload brings them from the list. */
  readonly added: readonly AgreementComment[];
  readonly add?: AddState | undefined;
  /** Comments changed on this page, as stored now. */
  readonly changed?: readonly AgreementComment[];
  /** Ids of comments deleted on this page. */
  readonly removed?: readonly number[];
  /** The comment being edited and its text so far. */
  readonly editing?: { readonly id: number; readonly text: string } | undefined;
  readonly change?: ChangeState | undefined;
}

export type CommentingEvent =
  | { readonly type: 'typed'; readonly text: string }
  | { readonly type: 'required' }
  | { readonly type: 'adding' }
  | { readonly type: 'added'; readonly comment: AgreementComment }
  | { readonly type: 'failed'; readonly error: unknown }
  | { readonly type: 'editStarted'; readonly comment: AgreementComment }
  | { readonly type: 'editTyped'; readonly text: string }
  | { readonly type: 'editCancelled' }
  | { readonly type: 'changing'; readonly id: number }
  | { readonly type: 'changed'; readonly comment: AgreementComment }
  | { readonly type: 'removed'; readonly id: number }
  | { readonly type: 'changeFailed'; readonly id: number; readonly error: unknown };

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
      return { ...state, text: '', added: [...state.added, event.comment], add: { kind: 'added' } };
    case 'failed':
      return { ...state, add: { kind: 'error', error: event.error } };
    case 'editStarted':
      return { ...state, editing: { id: event.comment.id, text: event.comment.text }, change: undefined };
    case 'editTyped':
      return state.editing ? { ...state, editing: { ...state.editing, text: event.text } } : state;
    case 'editCancelled':
      return { ...state, editing: undefined, change: undefined };
    case 'changing':
      return { ...state, change: { kind: 'changing', id: event.id } };
    case 'changed':
      return {
        ...state,
        changed: [...(state.changed ?? []).filter((comment) => comment.id !== event.comment.id), event.comment],
        editing: undefined,
        change: undefined
      };
    case 'removed':
      return { ...state, removed: [...(state.removed ?? []), event.id], editing: state.editing?.id === event.id ? undefined : state.editing, change: undefined };
    case 'changeFailed':
      // The edited text stays, so nothing typed is lost.
      return { ...state, change: { kind: 'error', id: event.id, error: event.error } };
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

/** Saves the edited text against the version the comment was read in; SharePoint refuses anyone but its author and the office (403). */
export async function changeComment(
  services: Pick<AgreementServices, 'goalAgreements'>,
  comment: AgreementComment,
  text: string,
  dispatch: (event: CommentingEvent) => void
): Promise<void> {
  if (text.trim() === '') {
    return;
  }
  dispatch({ type: 'changing', id: comment.id });
  try {
    dispatch({ type: 'changed', comment: await services.goalAgreements.updateComment(comment, text) });
  } catch (error) {
    dispatch({ type: 'changeFailed', id: comment.id, error });
  }
}

/** Moves the comment to the site's recycle bin. */
export async function removeComment(services: Pick<AgreementServices, 'goalAgreements'>, comment: AgreementComment, dispatch: (event: CommentingEvent) => void): Promise<void> {
  dispatch({ type: 'changing', id: comment.id });
  try {
    await services.goalAgreements.removeComment(comment);
    dispatch({ type: 'removed', id: comment.id });
  } catch (error) {
    dispatch({ type: 'changeFailed', id: comment.id, error });
  }
}

export function useCommenting(): [CommentingState, React.Dispatch<CommentingEvent>] {
  return React.useReducer(commentingReducer, noComment);
}
