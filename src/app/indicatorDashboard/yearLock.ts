import * as React from 'react';
import type { ReportingYear } from '../../domain';
import type { DashboardServices } from './dashboardData';

export type LockAction = 'lock' | 'unlock';

export type LockNotice = { readonly kind: 'saved'; readonly action: LockAction } | { readonly kind: 'failed'; readonly error: unknown };

export interface YearLockState {
  /** The action the confirmation dialog asks about. */
  readonly asking?: LockAction | undefined;
  /** The dialog fades out after closing and keeps its texts meanwhile: the last action asked about. */
  readonly lastAsked: LockAction;
  readonly isSaving: boolean;
  readonly notice?: LockNotice | undefined;
}

export type YearLockEvent =
  | { readonly type: 'asked'; readonly action: LockAction }
  | { readonly type: 'cancelled' }
  | { readonly type: 'saving' }
  | { readonly type: 'saved'; readonly action: LockAction }
  | { readonly type: 'failed'; readonly error: unknown }
  /** Another year is shown: the last outcome was about the one before. */
  | { readonly type: 'yearChanged' }
  | { readonly type: 'noticeDismissed' };

export const idleYearLock: YearLockState = { lastAsked: 'lock', isSaving: false };

export function yearLockReducer(state: YearLockState, event: YearLockEvent): YearLockState {
  switch (event.type) {
    case 'asked':
      return { ...state, asking: event.action, lastAsked: event.action };
    case 'cancelled':
      return state.isSaving ? state : { ...state, asking: undefined };
    case 'saving':
      return { ...state, isSaving: true };
    case 'saved':
      return { ...state, isSaving: false, asking: undefined, notice: { kind: 'saved', action: event.action } };
    case 'failed':
      return { ...state, isSaving: false, asking: undefined, notice: { kind: 'failed', error: event.error } };
    case 'yearChanged':
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

export interface ChangeYearLockInput {
  readonly services: Pick<DashboardServices, 'reportingYears'>;
  readonly action: LockAction;
  readonly year: number;
  /** Written as who locked or unlocked. */
  readonly siteUserId: number;
  readonly dispatch: (event: YearLockEvent) => void;
  readonly onChanged: (year: ReportingYear) => void;
}

/** Locks or unlocks a reporting year: changes to a locked year's values become corrections with a reason. */
export async function changeYearLock({ services, action, year, siteUserId, dispatch, onChanged }: ChangeYearLockInput): Promise<void> {
  dispatch({ type: 'saving' });
  let saved: ReportingYear;
  try {
    saved = action === 'lock' ? await services.reportingYears.lock(year, siteUserId) : await services.reportingYears.unlock(year, siteUserId);
  } catch (error) {
    dispatch({ type: 'failed', error });
    return;
  }
  onChanged(saved);
  dispatch({ type: 'saved', action });
}

export function useYearLock(): [YearLockState, React.Dispatch<YearLockEvent>] {
  return React.useReducer(yearLockReducer, idleYearLock);
}
