import * as React from 'react';
import type { ReportingYear } from '../../domain';
import { isYearLocked } from '../../domain';
import type { YearOpeningResult } from '../../data/reportingYearRepository';
import { indicatorsOfYear } from '../indicatorEntry/sheetModelSource';
import type { DashboardServices } from './dashboardData';

/** `open`: open the reporting year (year folders and empty value items for every department). */
export type LockAction = 'lock' | 'unlock' | 'open';

export type LockNotice =
  | { readonly kind: 'saved'; readonly action: 'lock' | 'unlock' }
  /** The year was opened; `result.failures` lists what a repeat still has to do. */
  | { readonly kind: 'opened'; readonly result: YearOpeningResult }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface YearLockState {
  /** The action the confirmation dialog asks about. */
  readonly asking?: LockAction | undefined;
  /** The dialog fades out after closing and keeps its texts meanwhile: the last action asked about. */
  readonly lastAsked: LockAction;
  readonly isSaving: boolean;
  /** How far opening the year has got. */
  readonly progress?: { readonly done: number; readonly total: number } | undefined;
  readonly notice?: LockNotice | undefined;
}

export type YearLockEvent =
  | { readonly type: 'asked'; readonly action: LockAction }
  | { readonly type: 'cancelled' }
  | { readonly type: 'saving' }
  | { readonly type: 'progressed'; readonly done: number; readonly total: number }
  | { readonly type: 'saved'; readonly action: 'lock' | 'unlock' }
  | { readonly type: 'opened'; readonly result: YearOpeningResult }
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
      return { ...state, isSaving: true, progress: undefined };
    case 'progressed':
      return { ...state, progress: { done: event.done, total: event.total } };
    case 'saved':
      return { ...state, isSaving: false, asking: undefined, progress: undefined, notice: { kind: 'saved', action: event.action } };
    case 'opened':
      return { ...state, isSaving: false, asking: undefined, progress: undefined, notice: { kind: 'opened', result: event.result } };
    case 'failed':
      return { ...state, isSaving: false, asking: undefined, progress: undefined, notice: { kind: 'failed', error: event.error } };
    case 'yearChanged':
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

export interface ChangeYearLockInput {
  readonly services: Pick<DashboardServices, 'reportingYears'>;
  readonly action: 'lock' | 'unlock';
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
    // An unlock whose folders were not all switched back has still written its flag: show the year as it is stored.
    const stored = (error as { saved?: ReportingYear }).saved;
    if (stored) {
      onChanged(stored);
    }
    dispatch({ type: 'failed', error });
    return;
  }
  onChanged(saved);
  dispatch({ type: 'saved', action });
}

export interface OpenReportingYearInput {
  readonly services: Pick<DashboardServices, 'reportingYears' | 'catalogue' | 'indicators' | 'departments'>;
  readonly year: number;
  readonly dispatch: (event: YearLockEvent) => void;
}

/**
 * Opens a reporting year: each department gets its year folder (which it may fill in but not add
 * to) and an empty value item per indicator it owes. Safe to repeat: a repeat creates nothing
 * twice and fills the gaps left by a failure or by indicators added since.
 */
export async function openReportingYear({ services, year, dispatch }: OpenReportingYearInput): Promise<void> {
  dispatch({ type: 'saving' });
  try {
    const [departments, indicators, years] = await Promise.all([services.departments.departments(), indicatorsOfYear(services, year), services.reportingYears.years()]);
    const result = await services.reportingYears.open(
      {
        year,
        // Opened again after its lock (to fill gaps): the new folders are read-only at once.
        state: isYearLocked(years, year) ? 'locked' : 'open',
        departments: departments.map((department) => ({ id: department.id, number: department.number })),
        indicators: indicators.map((indicator) => ({ id: indicator.id, departmentId: indicator.departmentId }))
      },
      (progress) => dispatch({ type: 'progressed', ...progress })
    );
    dispatch({ type: 'opened', result });
  } catch (error) {
    dispatch({ type: 'failed', error });
  }
}

export function useYearLock(): [YearLockState, React.Dispatch<YearLockEvent>] {
  return React.useReducer(yearLockReducer, idleYearLock);
}
