import type { MeasureStatus, PlanPeriod } from '../domain';
import type { CopyLevel } from '../domain/planPeriodCopy';

/** What a run of PlanPeriodCopier takes and gives back. */

/** Done and total of one level of the copy; `done` counts the copies the draft holds, earlier runs' included. */
export interface CopyProgress {
  readonly level: CopyLevel;
  readonly done: number;
  readonly total: number;
}

/** An item whose copy was not written; a later run writes it (and whatever hangs below it). */
export interface CopyFailure {
  readonly level: CopyLevel;
  readonly sourceId: number;
  readonly title: string;
  /** ServiceError status: 403 no permission, 429/503 busy, 0 network; 424 when its parent's copy is missing. */
  readonly status: number;
  readonly serviceMessage: string;
}

export interface CopyRunResult {
  readonly draft: PlanPeriod;
  readonly counts: Readonly<Record<CopyLevel, { readonly done: number; readonly total: number }>>;
  readonly failures: readonly CopyFailure[];
  readonly isComplete: boolean;
}

export interface CopyRunOptions {
  /** The measure statuses carried over; by default implemented and dropped measures stay behind. */
  readonly carriedStatuses?: readonly MeasureStatus[];
  readonly onProgress?: (progress: CopyProgress) => void;
  /** Stops between two `$batch` requests (the user closed the panel); a later run resumes. */
  readonly signal?: AbortSignal;
  /** Writes per `$batch`, at most SharePoint's 100. */
  readonly batchSize?: number;
}

/** Error codes of refusals before anything is written, for the UI's texts. */
export const copyErrorCodes = { duplicateKeys: 'CopyDuplicateKeys', periodNotDraft: 'CopyPeriodNotDraft', aborted: 'CopyAborted' } as const;
