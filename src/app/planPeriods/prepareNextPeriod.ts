import * as React from 'react';
import type { MeasureStatus, PlanPeriod } from '../../domain';
import { MeasureStatusChoices } from '../../domain';
import { copyCounts, copyLevels, defaultCarriedStatuses, measuresByStatus, nextPeriodOf, planPeriodCopy } from '../../domain/planPeriodCopy';
import type { CopyLevel, CopySource, NextPeriod } from '../../domain/planPeriodCopy';
import type { CopyFailure, CopyProgress, CopyRunResult } from '../../data/planPeriodCopier';
import { copyErrorCodes } from '../../data/planPeriodCopier';
import { ServiceError } from '../../http/serviceError';
import type { ProductServices } from '../services';

/**
 * "Nächste Fortschreibung vorbereiten": read the current period, choose which measure statuses
 * go along (implemented and dropped ones stay behind by default), copy with progress, and after
 * an interruption continue where the draft stands.
 */

export type PrepareNextPeriodServices = Pick<ProductServices, 'planPeriodCopier'>;

export type PrepareStep =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loadFailed'; readonly error: unknown }
  | { readonly kind: 'choosing'; readonly snapshot: CopySource; readonly carried: readonly MeasureStatus[] }
  | { readonly kind: 'copying'; readonly snapshot: CopySource; readonly carried: readonly MeasureStatus[]; readonly progress: ProgressByLevel }
  /** Stopped before the end: `result` when some items failed, `error` when the run itself failed. */
  | {
      readonly kind: 'interrupted';
      readonly snapshot: CopySource;
      readonly carried: readonly MeasureStatus[];
      readonly progress: ProgressByLevel;
      readonly result?: CopyRunResult;
      readonly error?: unknown;
    }
  | { readonly kind: 'done'; readonly snapshot: CopySource; readonly carried: readonly MeasureStatus[]; readonly result: CopyRunResult };

export type ProgressByLevel = Partial<Readonly<Record<CopyLevel, CopyProgress>>>;

export type PrepareAction =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly snapshot: CopySource }
  | { readonly type: 'loadFailed'; readonly error: unknown }
  | { readonly type: 'statusToggled'; readonly status: MeasureStatus }
  | { readonly type: 'started' }
  | { readonly type: 'progressed'; readonly progress: CopyProgress }
  | { readonly type: 'finished'; readonly result: CopyRunResult }
  | { readonly type: 'failed'; readonly error: unknown };

export const initialPrepareStep: PrepareStep = { kind: 'loading' };

/** The measure statuses in the order the choice lists them. */
export const measureStatusOrder: readonly MeasureStatus[] = MeasureStatusChoices.codes;

export function prepareReducer(step: PrepareStep, action: PrepareAction): PrepareStep {
  switch (action.type) {
    case 'loading':
      return initialPrepareStep;
    case 'loaded':
      return { kind: 'choosing', snapshot: action.snapshot, carried: defaultCarriedStatuses };
    case 'loadFailed':
      return { kind: 'loadFailed', error: action.error };
    case 'statusToggled': {
      if (step.kind !== 'choosing') {
        return step;
      }
      const isCarried = step.carried.includes(action.status);
      const carried = measureStatusOrder.filter((status) => (status === action.status ? !isCarried : step.carried.includes(status)));
      return { ...step, carried };
    }
    case 'started':
      return step.kind === 'choosing' || step.kind === 'interrupted' ? { kind: 'copying', snapshot: step.snapshot, carried: step.carried, progress: {} } : step;
    case 'progressed':
      return step.kind === 'copying' ? { ...step, progress: { ...step.progress, [action.progress.level]: action.progress } } : step;
    case 'finished':
      if (step.kind !== 'copying') {
        return step;
      }
      return action.result.isComplete
        ? { kind: 'done', snapshot: step.snapshot, carried: step.carried, result: action.result }
        : { kind: 'interrupted', snapshot: step.snapshot, carried: step.carried, progress: step.progress, result: action.result };
    case 'failed':
      return step.kind === 'copying' ? { kind: 'interrupted', snapshot: step.snapshot, carried: step.carried, progress: step.progress, error: action.error } : step;
  }
}

export interface PrepareSummary {
  readonly next: NextPeriod;
  /** Copies per level with the chosen statuses. */
  readonly counts: Readonly<Record<CopyLevel, number>>;
  /** Measures left behind because of their status. */
  readonly leftBehind: number;
  /** Measures of the source period per status. */
  readonly byStatus: ReadonlyMap<MeasureStatus, number>;
}

export function prepareSummary(source: PlanPeriod, snapshot: CopySource, carried: readonly MeasureStatus[]): PrepareSummary {
  const plan = planPeriodCopy(snapshot, 0, { carriedStatuses: carried });
  return { next: nextPeriodOf(source), counts: copyCounts(plan), leftBehind: plan.leftBehind.length, byStatus: measuresByStatus(snapshot.measures) };
}

/** All levels together, for one progress bar: copies in the draft of all planned. */
export function overallProgress(step: PrepareStep, summary: PrepareSummary): { readonly done: number; readonly total: number; readonly level?: CopyLevel } {
  const progress: ProgressByLevel = step.kind === 'copying' || step.kind === 'interrupted' ? step.progress : {};
  if (step.kind === 'done') {
    const total = copyLevels.reduce((sum, level) => sum + step.result.counts[level].total, 0);
    return { done: total, total };
  }
  let done = 0;
  let total = 0;
  let level: CopyLevel | undefined;
  for (const candidate of copyLevels) {
    const reported = progress[candidate];
    done += reported?.done ?? 0;
    total += reported?.total ?? summary.counts[candidate];
    level = reported ? candidate : level;
  }
  return { done, total, level };
}

export type PrepareProblem = 'duplicateKeys' | 'periodNotDraft' | 'accessDenied' | 'interrupted' | 'failed';

/** What went wrong, for the text the panel shows; the details stay in the error or the failures. */
export function prepareProblem(step: PrepareStep): PrepareProblem | undefined {
  if (step.kind !== 'interrupted') {
    return undefined;
  }
  if (step.error instanceof ServiceError) {
    if (step.error.code === copyErrorCodes.duplicateKeys) {
      return 'duplicateKeys';
    }
    if (step.error.code === copyErrorCodes.periodNotDraft) {
      return 'periodNotDraft';
    }
    return step.error.isAccessDenied ? 'accessDenied' : 'failed';
  }
  if (step.error !== undefined) {
    return 'failed';
  }
  return step.result?.failures.some((failure) => failure.status === 401 || failure.status === 403) ? 'accessDenied' : 'interrupted';
}

/** The first failure SharePoint answered itself (not "parent missing"), to show as detail. */
export function firstServiceFailure(failures: readonly CopyFailure[]): CopyFailure | undefined {
  return failures.find((failure) => failure.status !== 424) ?? failures[0];
}

export async function runCopy(
  services: PrepareNextPeriodServices,
  source: PlanPeriod,
  snapshot: CopySource,
  carried: readonly MeasureStatus[],
  dispatch: (action: PrepareAction) => void,
  signal?: AbortSignal
): Promise<CopyRunResult | undefined> {
  dispatch({ type: 'started' });
  try {
    const result = await services.planPeriodCopier.copy(source, snapshot, { carriedStatuses: carried, signal, onProgress: (progress) => dispatch({ type: 'progressed', progress }) });
    dispatch({ type: 'finished', result });
    return result;
  } catch (error) {
    dispatch({ type: 'failed', error });
    return undefined;
  }
}

export async function loadSource(services: PrepareNextPeriodServices, source: PlanPeriod, dispatch: (action: PrepareAction) => void): Promise<void> {
  dispatch({ type: 'loading' });
  try {
    dispatch({ type: 'loaded', snapshot: await services.planPeriodCopier.readSource(source) });
  } catch (error) {
    dispatch({ type: 'loadFailed', error });
  }
}

export interface PrepareNextPeriodWorkflow {
  readonly step: PrepareStep;
  readonly summary?: PrepareSummary;
  readonly isBusy: boolean;
  readonly toggleStatus: (status: MeasureStatus) => void;
  /** Starts the copy, or continues it after an interruption. */
  readonly copy: () => Promise<void>;
  readonly reload: () => Promise<void>;
}

/** Loads the period when the panel opens; a copy still running when the panel goes away stops between two batches. */
export function usePrepareNextPeriod(services: PrepareNextPeriodServices, source: PlanPeriod, isOpen: boolean, onPrepared: (draft: PlanPeriod) => void): PrepareNextPeriodWorkflow {
  const [step, dispatch] = React.useReducer(prepareReducer, initialPrepareStep);
  const running = React.useRef<AbortController | undefined>(undefined);
  React.useEffect(() => {
    if (isOpen) {
      void loadSource(services, source, dispatch);
    }
    return () => running.current?.abort();
  }, [services, source, isOpen]);
  const snapshot = step.kind === 'loading' || step.kind === 'loadFailed' ? undefined : step.snapshot;
  const carried = snapshot && step.kind !== 'loading' && step.kind !== 'loadFailed' ? step.carried : undefined;
  const summary = React.useMemo(() => (snapshot && carried ? prepareSummary(source, snapshot, carried) : undefined), [source, snapshot, carried]);
  return {
    step,
    summary,
    isBusy: step.kind === 'copying' || step.kind === 'loading',
    toggleStatus: (status) => dispatch({ type: 'statusToggled', status }),
    copy: async () => {
      if (!snapshot || !carried) {
        return;
      }
      running.current = new AbortController();
      const result = await runCopy(services, source, snapshot, carried, dispatch, running.current.signal);
      if (result?.isComplete) {
        onPrepared(result.draft);
      }
    },
    reload: () => loadSource(services, source, dispatch)
  };
}
