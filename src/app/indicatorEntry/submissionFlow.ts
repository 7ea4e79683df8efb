import { fillPlaceholders } from '../../domain';
import type { IndicatorValue, ReportingYear } from '../../domain';
import type { IndicatorSheetModel } from '../../indicatorSheet/sheetLayout';
import {
  conflictsOf,
  CorrectionRequestFiler,
  IndicatorValueWriter,
  PendingStore,
  PendingSubmission,
  resolveConflict,
  RowOutcome,
  sendSubmission,
  startSubmission,
  SubmissionConflict,
  summarizeSubmission
} from '../../indicatorSheet/submission';
import { submissionStatus } from './submissionTexts';

/**
 * The submission of a department's indicator values, shared by the Excel task pane and the
 * upload in the web part: check → send with progress → interruption → resume → conflicts to
 * decide. Where the values come from and where the outcomes are shown (the workbook sheet, or
 * an uploaded file and a table) is the front end's `SubmissionSide`.
 */
export type EntryStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly text: string }
  | { readonly kind: 'info' | 'success' | 'warning'; readonly text: string }
  | { readonly kind: 'error'; readonly error: unknown; readonly text?: string };

/** A step's outcome shown to the user (not busy, no error). */
export type ShownStatus = Extract<EntryStatus, { readonly kind: 'info' | 'success' | 'warning' }>;

/** A value someone else changed meanwhile, named for the user; `row` is its sheet row where there is a sheet. */
export interface EntryConflict extends SubmissionConflict {
  readonly label: string;
  readonly row?: number;
}

/** The last settled send: the model it belongs to, its entries and their outcomes. */
export interface SettledSubmission {
  readonly model: IndicatorSheetModel;
  readonly pending: PendingSubmission;
  readonly outcomes: Readonly<Record<string, RowOutcome>>;
}

export interface SubmissionFlowState {
  readonly status: EntryStatus;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly conflicts: readonly EntryConflict[];
  /** An unfinished submission that a resume continues (stored, so it survives a reload). */
  readonly resumable?: PendingSubmission;
  readonly settled?: SettledSubmission;
}

export const initialSubmissionState: SubmissionFlowState = { status: { kind: 'idle' }, conflicts: [] };

export type SubmissionAction =
  | { readonly type: 'busy'; readonly text: string }
  | { readonly type: 'showed'; readonly status: ShownStatus }
  | { readonly type: 'failed'; readonly error: unknown; readonly text?: string }
  /** A new file is being checked: the last send's outcomes and conflicts are no longer what is shown. */
  | { readonly type: 'restarted'; readonly text: string }
  /** A new sheet or file: what belonged to the previous one (conflicts, a resumable submit) is gone. */
  | { readonly type: 'replaced'; readonly status: EntryStatus }
  /** Another department or year: its own state; its stored submission is looked up afresh. */
  | { readonly type: 'reset' }
  | { readonly type: 'resumableFound'; readonly pending: PendingSubmission | undefined }
  | { readonly type: 'sending' }
  | { readonly type: 'progressed'; readonly done: number; readonly total: number; readonly text: string }
  | { readonly type: 'sent' }
  | { readonly type: 'interrupted'; readonly error: unknown; readonly resumable: PendingSubmission; readonly text: string }
  | {
      readonly type: 'settled';
      readonly settled: SettledSubmission;
      readonly conflicts: readonly EntryConflict[];
      readonly status: EntryStatus;
      readonly resumable?: PendingSubmission;
    }
  | { readonly type: 'decided'; readonly key: string }
  | { readonly type: 'discarded' };

export function submissionReducer(state: SubmissionFlowState, action: SubmissionAction): SubmissionFlowState {
  switch (action.type) {
    case 'busy':
      return { ...state, status: { kind: 'busy', text: action.text } };
    case 'showed':
      return { ...state, status: action.status };
    case 'failed':
      return { ...state, progress: undefined, status: { kind: 'error', error: action.error, ...(action.text !== undefined ? { text: action.text } : {}) } };
    case 'restarted':
      return { ...state, status: { kind: 'busy', text: action.text }, conflicts: [], settled: undefined };
    case 'replaced':
      return { ...state, status: action.status, conflicts: [], resumable: undefined, settled: undefined };
    case 'reset':
      return { ...initialSubmissionState, ...(state.resumable ? { resumable: state.resumable } : {}) };
    case 'resumableFound':
      return { ...state, resumable: action.pending };
    case 'sending':
      return { ...state, resumable: undefined, conflicts: [] };
    case 'progressed':
      return { ...state, progress: { done: action.done, total: action.total }, status: { kind: 'busy', text: action.text } };
    case 'sent':
      return { ...state, progress: undefined };
    case 'interrupted':
      // The pending submission is stored: nothing is lost, a resume continues.
      return { ...state, progress: undefined, resumable: action.resumable, status: { kind: 'error', error: action.error, text: action.text } };
    case 'settled':
      return { ...state, progress: undefined, settled: action.settled, conflicts: action.conflicts, resumable: action.resumable, status: action.status };
    case 'decided':
      return { ...state, conflicts: state.conflicts.filter((conflict) => conflict.key !== action.key) };
    case 'discarded':
      return { ...state, resumable: undefined, status: { kind: 'idle' } };
  }
}

export interface SubmissionFlowTexts {
  readonly Submitting: string;
  readonly SubmitInterrupted: string;
  readonly SubmitFailedSome: string;
  readonly Conflicts: string;
  readonly Submitted: string;
}

/**
 * Where the values of a submission live. `C` is what the front end sends from: the pane's
 * workbook state, or the model an upload was checked against.
 */
export interface SubmissionSide<C> {
  /** Shows the outcomes (sheet cells, a table) and names the conflicts; the model returned is the one the outcomes belong to. */
  settle(context: C, pending: PendingSubmission, outcomes: Readonly<Record<string, RowOutcome>>): Promise<{ readonly model: IndicatorSheetModel; readonly conflicts: readonly EntryConflict[] }>;
  /** A conflict decided for the stored value: a sheet shows that value (and its version) from now on. */
  takeTheirs?(context: C, conflict: EntryConflict): Promise<void>;
}

/**
 * The year's lock as SharePoint holds it now. The sheet was made with the lock of the moment it was
 * opened; should the office have locked or unlocked the year since, the sheet's values mean
 * something else (a correction, or none), so nothing is written until it is opened again.
 */
export interface LockCheck<C> {
  readLock(year: number): Promise<boolean>;
  /** The model the context was made with; its lock counts for a pending submission stored before submissions recorded theirs. */
  modelOf(context: C): IndicatorSheetModel;
  readonly texts: { readonly YearLockedMeanwhile: string; readonly YearUnlockedMeanwhile: string };
}

/**
 * The lock check of a sheet: asks SharePoint, not the sheet, whether `year` is locked now (the
 * pane and the web part's upload differ only in where their model sits).
 */
export function lockCheckOf<C>(
  reportingYears: { yearOf(year: number): Promise<ReportingYear | undefined> },
  texts: LockCheck<C>['texts'],
  modelOf: (context: C) => IndicatorSheetModel
): LockCheck<C> {
  return {
    readLock: async (year) => (await reportingYears.yearOf(year))?.isLocked === true,
    modelOf,
    texts
  };
}

export interface SubmissionDeps<C> {
  /** The indicator values repository (`services.indicatorValues`). */
  readonly writer: IndicatorValueWriter;
  /** Re-reads the year's lock before every submit and resume; without it the sheet's lock is trusted. */
  readonly lockCheck?: LockCheck<C>;
  /** Where a department's changes of a locked year go (`services.correctionRequests`). */
  readonly requests?: CorrectionRequestFiler;
  /** The language of the texts built here (the summary of filed requests). */
  readonly language?: 'de' | 'en';
  /** Where the pending submission survives a reload; none while it is not known whose submission it would be. */
  readonly store: PendingStore | undefined;
  readonly texts: SubmissionFlowTexts;
  readonly side: SubmissionSide<C>;
}

export interface SubmissionCommands<C> {
  /** Runs a step of the flow; whatever it throws becomes the error shown. */
  run(work: () => Promise<void>): Promise<void>;
  submit(context: C, model: IndicatorSheetModel, values: readonly IndicatorValue[]): Promise<void>;
  /** Continues the stored (or last known) pending submission; `contextOf` says what it is sent from. */
  resume(contextOf: () => C | undefined | Promise<C | undefined>): Promise<void>;
  decide(context: C | undefined, conflict: EntryConflict, choice: 'mine' | 'theirs'): Promise<void>;
  discard(): Promise<void>;
}

export function submissionCommands<C>(deps: SubmissionDeps<C>, getState: () => SubmissionFlowState, dispatch: (action: SubmissionAction) => void): SubmissionCommands<C> {
  const { writer, requests, store, texts, side, lockCheck } = deps;

  /** Whether the year's lock is no longer `wasLocked`, the lock the values were checked with; tells the user so. */
  const hasLockChanged = async (year: number, wasLocked: boolean): Promise<boolean> => {
    if (!lockCheck) {
      return false;
    }
    const isLocked = await lockCheck.readLock(year);
    if (isLocked === wasLocked) {
      return false;
    }
    const text = isLocked ? lockCheck.texts.YearLockedMeanwhile : lockCheck.texts.YearUnlockedMeanwhile;
    dispatch({ type: 'showed', status: { kind: 'warning', text: fillPlaceholders(text, { 0: year }) } });
    return true;
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      dispatch({ type: 'failed', error });
    }
  };

  /** Sends a pending submission (new or resumed); it stays in the store until everything is settled. */
  const send = async (context: C, pending: PendingSubmission): Promise<void> => {
    if (!store) {
      return;
    }
    dispatch({ type: 'sending' });
    const sent = await sendSubmission(writer, pending, store, (done, total) =>
      dispatch({ type: 'progressed', done, total, text: fillPlaceholders(texts.Submitting, { 0: done, 1: total }) }),
      requests
    );
    dispatch({ type: 'sent' });
    if (sent.kind === 'interrupted') {
      dispatch({ type: 'interrupted', error: sent.error, resumable: sent.resumable, text: texts.SubmitInterrupted });
      return;
    }
    const { model, conflicts } = await side.settle(context, pending, sent.outcomes);
    const summary = summarizeSubmission(sent.outcomes, conflicts.length);
    dispatch({
      type: 'settled',
      settled: { model, pending: sent.latest, outcomes: sent.outcomes },
      conflicts,
      status: submissionStatus(summary, texts, deps.language),
      // Failed rows are sent again by a resume, without creating any value twice.
      ...(summary.kind === 'failed' ? { resumable: sent.latest } : {})
    });
  };

  return {
    run,
    submit: (context, model, values) =>
      run(async () => {
        if (!store || values.length === 0 || (await hasLockChanged(model.year, model.lockedYear?.isLocked === true))) {
          return;
        }
        const pending = startSubmission(model, values);
        await store.save(pending);
        await send(context, pending);
      }),
    resume: (contextOf) =>
      run(async () => {
        const pending = (await store?.load()) ?? getState().resumable;
        if (!pending) {
          return;
        }
        const context = await contextOf();
        if (context === undefined) {
          return;
        }
        // The pending submission knows the lock it was checked with; the context may be loaded afresh after a reload.
        const wasLocked = pending.isYearLocked ?? lockCheck?.modelOf(context).lockedYear?.isLocked === true;
        if (!(await hasLockChanged(pending.year, wasLocked))) {
          await send(context, pending);
        }
      }),
    decide: (context, conflict, choice) =>
      run(async () => {
        const pending = await store?.load();
        if (!pending || !store || context === undefined) {
          return;
        }
        const next = resolveConflict(pending, conflict.key, choice);
        await store.save(next);
        if (choice === 'theirs' && side.takeTheirs) {
          await side.takeTheirs(context, conflict);
        }
        const remaining = getState().conflicts.filter((other) => other.key !== conflict.key);
        dispatch({ type: 'decided', key: conflict.key });
        if (remaining.length === 0) {
          await send(context, next);
        }
      }),
    discard: () =>
      run(async () => {
        await store?.clear();
        dispatch({ type: 'discarded' });
      })
  };
}

/** The conflicts of a settled send, named by their indicator's title in the model. */
export function namedConflicts(model: IndicatorSheetModel, pending: PendingSubmission, outcomes: Readonly<Record<string, RowOutcome>>, rowOf?: (key: string) => number | undefined): EntryConflict[] {
  return conflictsOf(pending, outcomes).map((conflict) => {
    const row = rowOf?.(conflict.key);
    return { ...conflict, label: indicatorTitle(model, conflict.indicatorId) ?? conflict.key, ...(row !== undefined ? { row } : {}) };
  });
}

export function indicatorTitle(model: IndicatorSheetModel, indicatorId: number): string | undefined {
  return model.rows.find((row) => row.indicator.id === indicatorId)?.indicator.title;
}

/** How many entries of a pending submission are done (stored or unchanged); failures and conflicts are still open. */
export function doneCount(pending: PendingSubmission): number {
  return Object.values(pending.settled).filter((outcome) => outcome.kind !== 'failed' && outcome.kind !== 'conflict').length;
}

/** The reporting years to choose from: the last four, this one and next, and the chosen one. */
export function yearChoices(currentYear: number, chosen: number): number[] {
  return [...new Set([...Array.from({ length: 6 }, (_, index) => currentYear - 4 + index), chosen])].sort((a, b) => b - a);
}
