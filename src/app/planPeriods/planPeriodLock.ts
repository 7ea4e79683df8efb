import * as React from 'react';
import type { PlanPeriod } from '../../domain';
import { isIsoDay } from '../../domain';
import type { ProductServices } from '../services';
import type { CurrentUser } from '../../data/userRepository';
import { PlanPeriodLockIncompleteError, PlanPeriodRefusedError } from '../../data/planPeriodLifecycle';

/** What the tab shows: every plan period, latest first, and who is signed in. */
export interface PlanPeriodsData {
  readonly periods: readonly PlanPeriod[];
  readonly user: CurrentUser;
}

export type PlanPeriodsServices = Pick<ProductServices, 'catalogue' | 'users' | 'planPeriods'>;

export async function loadPlanPeriods(services: PlanPeriodsServices): Promise<PlanPeriodsData> {
  const [periods, user] = await Promise.all([services.catalogue.planPeriods(), services.users.currentUser()]);
  return { periods: [...periods].sort((a, b) => b.startYear - a.startYear), user };
}

export type PeriodAction = 'adopt' | 'close' | 'reopen';

/** Which action a period offers: a draft is adopted (the council's decision), an adopted one closed, a closed one reopened. */
export function actionOf(period: Pick<PlanPeriod, 'status'>): PeriodAction {
  return period.status === 'draft' ? 'adopt' : period.status === 'adopted' ? 'close' : 'reopen';
}

/** Only the office closes and reopens: the PlanPeriods list and the period folders are its alone. */
export function mayChangePeriods(user: Pick<CurrentUser, 'role'>): boolean {
  return user.role === 'coordinator';
}

export type PeriodNotice =
  | { readonly kind: 'saved'; readonly action: PeriodAction; readonly title: string }
  /**
   * Some departments' folders were switched, others not: the same action on `period` (as stored
   * now, with the reason given) finishes it.
   */
  | {
      readonly kind: 'incomplete';
      readonly action: PeriodAction;
      readonly title: string;
      readonly done: readonly string[];
      readonly notDone: readonly string[];
      readonly error: unknown;
      readonly period: PlanPeriod;
      readonly reason: string;
    }
  | { readonly kind: 'failed'; readonly action: PeriodAction; readonly title: string; readonly error: unknown };

export interface PeriodLockState {
  /** The period the confirmation dialog asks about, and the action. */
  readonly asking?: { readonly period: PlanPeriod; readonly action: PeriodAction } | undefined;
  /** The reason typed for a reopening. */
  readonly reason: string;
  /** True once the user tried to confirm a reopening without a reason: the field then says so. */
  readonly isReasonMissing: boolean;
  /** The council's decision typed for an adoption: its day (`YYYY-MM-DD`) and paper number. */
  readonly adoptionDate: string;
  readonly paperNumber: string;
  /** True once the user tried to confirm an adoption without a valid day or paper number. */
  readonly isAdoptionMissing: boolean;
  readonly isSaving: boolean;
  /** How many departments' folders have been switched so far. */
  readonly progress?: { readonly done: number; readonly total: number } | undefined;
  readonly notice?: PeriodNotice | undefined;
}

export type PeriodLockEvent =
  /** `reason`: given again when an incomplete reopening is repeated. */
  | { readonly type: 'asked'; readonly period: PlanPeriod; readonly action: PeriodAction; readonly reason?: string }
  | { readonly type: 'reasonChanged'; readonly reason: string }
  | { readonly type: 'reasonMissing' }
  | { readonly type: 'adoptionChanged'; readonly adoptionDate?: string; readonly paperNumber?: string }
  | { readonly type: 'adoptionMissing' }
  | { readonly type: 'cancelled' }
  | { readonly type: 'saving' }
  | { readonly type: 'progressed'; readonly done: number; readonly total: number }
  | { readonly type: 'finished'; readonly notice: PeriodNotice }
  | { readonly type: 'noticeDismissed' };

export const idlePeriodLock: PeriodLockState = { reason: '', isReasonMissing: false, adoptionDate: '', paperNumber: '', isAdoptionMissing: false, isSaving: false };

export function periodLockReducer(state: PeriodLockState, event: PeriodLockEvent): PeriodLockState {
  switch (event.type) {
    case 'asked':
      return state.isSaving
        ? state
        : { ...state, asking: { period: event.period, action: event.action }, reason: event.reason ?? '', isReasonMissing: false, adoptionDate: '', paperNumber: '', isAdoptionMissing: false, notice: undefined };
    case 'reasonChanged':
      return { ...state, reason: event.reason, isReasonMissing: state.isReasonMissing && event.reason.trim() === '' };
    case 'reasonMissing':
      return { ...state, isReasonMissing: true, isSaving: false };
    case 'adoptionChanged':
      return { ...state, adoptionDate: event.adoptionDate ?? state.adoptionDate, paperNumber: event.paperNumber ?? state.paperNumber };
    case 'adoptionMissing':
      return { ...state, isAdoptionMissing: true, isSaving: false };
    case 'cancelled':
      return state.isSaving ? state : { ...state, asking: undefined, isReasonMissing: false, isAdoptionMissing: false };
    case 'saving':
      return { ...state, isSaving: true, progress: undefined };
    case 'progressed':
      return { ...state, progress: { done: event.done, total: event.total } };
    case 'finished':
      return { ...idlePeriodLock, asking: undefined, notice: event.notice };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

export interface ChangePeriodInput {
  readonly services: Pick<ProductServices, 'planPeriods'>;
  readonly state: PeriodLockState;
  /** Written as who closed or reopened. */
  readonly siteUserId: number;
  readonly dispatch: (event: PeriodLockEvent) => void;
  /** The period as stored afterwards (also after a reopening whose folders were not all switched back). */
  readonly onChanged: (period: PlanPeriod) => void;
}

/**
 * Closes or reopens the period the dialog asks about. A reopening without a reason is not sent.
 * A close that could not switch every department's folder leaves the period open and names the
 * departments done and not done; the same command again finishes it.
 */
export async function changePeriod({ services, state, siteUserId, dispatch, onChanged }: ChangePeriodInput): Promise<void> {
  const asking = state.asking;
  if (!asking || state.isSaving) {
    return;
  }
  const { period, action } = asking;
  if (action === 'reopen' && state.reason.trim() === '') {
    dispatch({ type: 'reasonMissing' });
    return;
  }
  if (action === 'adopt' && (!isIsoDay(state.adoptionDate.trim()) || state.paperNumber.trim() === '')) {
    dispatch({ type: 'adoptionMissing' });
    return;
  }
  dispatch({ type: 'saving' });
  try {
    const options = { onProgress: (progress: { done: number; total: number }) => dispatch({ type: 'progressed', ...progress }) };
    const saved =
      action === 'adopt'
        ? await services.planPeriods.adopt(period, { adoptionDate: state.adoptionDate, paperNumber: state.paperNumber })
        : action === 'close'
          ? await services.planPeriods.close(period, siteUserId, options)
          : await services.planPeriods.reopen(period, state.reason, siteUserId, options);
    onChanged(saved);
    dispatch({ type: 'finished', notice: { kind: 'saved', action, title: saved.title } });
  } catch (error) {
    if (error instanceof PlanPeriodLockIncompleteError) {
      if (error.saved) {
        onChanged(error.saved);
      }
      const notDone = error.folders.failed.map((failure) => failure.department);
      const stored = error.saved ?? period;
      dispatch({ type: 'finished', notice: { kind: 'incomplete', action, title: period.title, done: error.folders.switched, notDone, error, period: stored, reason: state.reason } });
      return;
    }
    if (error instanceof PlanPeriodRefusedError && (error.refusal === 'reasonRequired' || error.refusal === 'adoptionRequired')) {
      dispatch({ type: error.refusal === 'reasonRequired' ? 'reasonMissing' : 'adoptionMissing' });
      return;
    }
    dispatch({ type: 'finished', notice: { kind: 'failed', action, title: period.title, error } });
  }
}

export function usePeriodLock(): [PeriodLockState, React.Dispatch<PeriodLockEvent>] {
  return React.useReducer(periodLockReducer, idlePeriodLock);
}
