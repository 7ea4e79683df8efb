import * as React from 'react';
import type { ReportingYear } from '../../domain';
import { addDays, deadlineOf, isIsoDay, isYearLocked, todayInCouncil } from '../../domain';
import type { YearOpeningResult } from '../../data/reportingYearRepository';
import type { DepartmentWorkbookRefreshAll } from '../../data/departmentWorkbookRepository';
import { ServiceError } from '../../http/serviceError';
import { indicatorsOfYear } from '../indicatorEntry/sheetModelSource';
import type { ProductServices } from '../services';
import type { DashboardServices } from './dashboardData';

/** `open`: open the reporting year (year folders and empty value items for every department). */
export type LockAction = 'lock' | 'unlock' | 'open';

export type LockNotice =
  | { readonly kind: 'saved'; readonly action: 'lock' | 'unlock' }
  /**
   * The year was opened; `result.failures` lists what a repeat still has to do, `workbooks` the
   * departments' workbooks written (and those that failed: a repeat writes them again).
   */
  | { readonly kind: 'opened'; readonly result: YearOpeningResult; readonly workbooks?: DepartmentWorkbookRefreshAll; readonly deadline?: ReportingYear }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface YearLockState {
  /** The action the confirmation dialog asks about. */
  readonly asking?: LockAction | undefined;
  /** The dialog fades out after closing and keeps its texts meanwhile: the last action asked about. */
  readonly lastAsked: LockAction;
  readonly isSaving: boolean;
  /** How far opening the year has got; `phase` says whether the folders or the workbooks are being written. */
  readonly progress?: { readonly done: number; readonly total: number; readonly phase?: 'folders' | 'workbooks' } | undefined;
  readonly notice?: LockNotice | undefined;
}

export type YearLockEvent =
  | { readonly type: 'asked'; readonly action: LockAction }
  | { readonly type: 'cancelled' }
  | { readonly type: 'saving' }
  | { readonly type: 'progressed'; readonly done: number; readonly total: number; readonly phase?: 'folders' | 'workbooks' }
  | { readonly type: 'saved'; readonly action: 'lock' | 'unlock' }
  | { readonly type: 'opened'; readonly result: YearOpeningResult; readonly workbooks?: DepartmentWorkbookRefreshAll; readonly deadline?: ReportingYear }
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
      return { ...state, progress: { done: event.done, total: event.total, ...(event.phase ? { phase: event.phase } : {}) } };
    case 'saved':
      return { ...state, isSaving: false, asking: undefined, progress: undefined, notice: { kind: 'saved', action: event.action } };
    case 'opened':
      return {
        ...state,
        isSaving: false,
        asking: undefined,
        progress: undefined,
        notice: { kind: 'opened', result: event.result, ...(event.workbooks ? { workbooks: event.workbooks } : {}), ...(event.deadline ? { deadline: event.deadline } : {}) }
      };
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
  readonly services: Pick<DashboardServices, 'reportingYears' | 'catalogue' | 'indicators' | 'departments'> & Partial<Pick<ProductServices, 'departmentWorkbooks'>>;
  readonly year: number;
  /**
   * The deadline (Abgabefrist, `YYYY-MM-DD`) the office sets when it opens the year: written to the
   * year first, so the workbooks, mails and cards show it. The dialog requires it.
   */
  readonly deadline?: string;
  readonly dispatch: (event: YearLockEvent) => void;
  /** The year as stored once its deadline is written. */
  readonly onChanged?: (year: ReportingYear) => void;
  readonly now?: Date;
}

/** Why a deadline cannot be set, as a value: `missing`, `invalid` or `past`; undefined when it can. */
export function deadlineProblem(deadline: string | undefined, now: Date = new Date()): 'missing' | 'invalid' | 'past' | undefined {
  if (!deadline) {
    return 'missing';
  }
  if (!isIsoDay(deadline)) {
    return 'invalid';
  }
  return deadline < todayInCouncil(now) ? 'past' : undefined;
}

/** The deadline the dialog proposes: the one set already, else 31 March of the following year, else four weeks from today. */
export function proposedDeadline(year: number, years: readonly ReportingYear[], now: Date = new Date()): string {
  const set = deadlineOf(years, year);
  if (set && deadlineProblem(set, now) === undefined) {
    return set;
  }
  const march = `${year + 1}-03-31`;
  if (deadlineProblem(march, now) === undefined) {
    return march;
  }
  return addDays(todayInCouncil(now), 28);
}

/**
 * Opens a reporting year: its deadline is written first; each department gets its year folder
 * (which it may fill in but not add to) and an empty value item per indicator it owes; then every
 * owing department's workbook is written, with progress. Safe to repeat: a repeat creates nothing
 * twice, fills the gaps left by a failure or by indicators added since, and writes the workbooks
 * again (keeping what contacts typed).
 */
export async function openReportingYear({ services, year, deadline, dispatch, onChanged, now = new Date() }: OpenReportingYearInput): Promise<void> {
  dispatch({ type: 'saving' });
  try {
    if (deadline !== undefined && deadlineProblem(deadline, now) !== undefined) {
      throw new ServiceError(400, `Die Abgabefrist „${deadline}“ ist kein Datum ab heute.`);
    }
    const saved = deadline !== undefined ? await services.reportingYears.setDeadline(year, deadline, now) : undefined;
    if (saved) {
      onChanged?.(saved);
    }
    const [departments, indicators, years] = await Promise.all([services.departments.departments(), indicatorsOfYear(services, year), services.reportingYears.years()]);
    const result = await services.reportingYears.open(
      {
        year,
        // Opened again after its lock (to fill gaps): the new folders are read-only at once.
        state: isYearLocked(years, year) ? 'locked' : 'open',
        departments: departments.map((department) => ({ id: department.id, number: department.number })),
        indicators: indicators.map((indicator) => ({ id: indicator.id, departmentId: indicator.departmentId }))
      },
      (progress) => dispatch({ type: 'progressed', ...progress, phase: 'folders' })
    );
    // The workbook of each department that owes values of the year: the mail and the card link to it.
    const owing = new Set(indicators.map((indicator) => indicator.departmentId));
    const workbooks = services.departmentWorkbooks
      ? await services.departmentWorkbooks.refreshAll(
          year,
          departments.filter((department) => owing.has(department.id)),
          (progress) => dispatch({ type: 'progressed', done: progress.done, total: progress.total, phase: 'workbooks' })
        )
      : undefined;
    dispatch({ type: 'opened', result, ...(workbooks ? { workbooks } : {}), ...(saved ? { deadline: saved } : {}) });
  } catch (error) {
    dispatch({ type: 'failed', error });
  }
}

export function useYearLock(): [YearLockState, React.Dispatch<YearLockEvent>] {
  return React.useReducer(yearLockReducer, idleYearLock);
}
