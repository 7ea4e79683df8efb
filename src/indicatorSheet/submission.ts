import type { CorrectionRequest, CorrectionRequestStatus, IndicatorValue, IndicatorValueUpsert } from '../domain';
import { correctionRequestOf, indicatorValueKey, sameContent } from '../domain';
import type { IndicatorSheetModel } from './sheetLayout';

/** The outcome of one value of a submit. */
export type RowOutcome =
  | { readonly kind: 'created' | 'updated' | 'unchanged' }
  /** Filed as a correction request (a locked year): the office decides, the value is not written. */
  | { readonly kind: 'requested' }
  | { readonly kind: 'conflict'; readonly theirs: IndicatorValue }
  | { readonly kind: 'failed'; readonly status: number; readonly message: string };

/**
 * A submit in progress, kept outside memory (in the workbook, in localStorage) so that a
 * crash, a closed laptop or a network error loses nothing: submitting it again resumes.
 * Plain JSON.
 */
export interface PendingSubmission {
  readonly id: string;
  readonly departmentId: number;
  readonly year: number;
  /**
   * `value` carries the stored item's id when it is an update; `baseEtag` is the version the user
   * edited. `isRequest`: a department's change of a locked year, filed as a correction request.
   */
  readonly entries: ReadonlyArray<{ readonly key: string; readonly value: IndicatorValue; readonly baseEtag?: string; readonly isRequest?: boolean }>;
  readonly settled: Readonly<Record<string, RowOutcome>>;
  /** Whether the year was locked when the values were checked; a resume after a reload compares it with SharePoint's lock. */
  readonly isYearLocked?: boolean;
}

export interface PendingStore {
  load(): Promise<PendingSubmission | undefined>;
  save(pending: PendingSubmission): Promise<void>;
  clear(): Promise<void>;
}

/** What the server did with one planned write. */
export type IndicatorValueWriteResult =
  | { readonly key: string; readonly kind: 'created' | 'updated' | 'unchanged'; readonly stored: IndicatorValue }
  /**
   * The create found the key taken, or the update found another version: `current` is what is
   * stored now. Either someone else wrote it, or an earlier attempt of this very submit reached
   * the server without its answer reaching us.
   */
  | { readonly key: string; readonly kind: 'exists' | 'stale'; readonly current: IndicatorValue }
  | { readonly key: string; readonly kind: 'failed'; readonly status: number; readonly message: string };

/** The repository side of a submit (IndicatorValueRepository against SharePoint). */
export interface IndicatorValueWriter {
  /** Writes creates and ETag-conditional updates in batches; one result per planned write, in plan order. */
  write(plan: readonly IndicatorValueUpsert[], options?: { onProgress?(done: number, total: number): void }): Promise<IndicatorValueWriteResult[]>;
}

/** What became of one request a department filed. */
export type FiledRequest =
  | { readonly valueKey: string; readonly kind: 'filed'; readonly request: CorrectionRequest }
  /** The same request (same key) was filed before: by an earlier send whose answer was lost, or a repeated submit. */
  | { readonly valueKey: string; readonly kind: 'alreadyFiled'; readonly request: CorrectionRequest }
  | { readonly valueKey: string; readonly kind: 'failed'; readonly status: number; readonly message: string };

/** The repository side of correction requests (CorrectionRequestRepository against SharePoint). */
export interface CorrectionRequestFiler {
  /** Creates the requests in their departments' folders; one result per request, in order. */
  file(requests: readonly CorrectionRequest[]): Promise<FiledRequest[]>;
  /** The requests of the given years that the signed-in user may read (a department: its own). */
  requestsOf(years: readonly number[], status?: CorrectionRequestStatus): Promise<CorrectionRequest[]>;
}

/** Values per call to the writer: one SharePoint `$batch`, and the pending state is saved after each. */
export const submissionChunkSize = 100;

/**
 * Plans a submit of the values read from a sheet. What can be decided without the server is
 * settled here: a value equal to the stored one is unchanged, and one whose stored version is
 * newer than the version the sheet was opened with is a conflict with the stored value.
 */
export function startSubmission(model: IndicatorSheetModel, values: readonly IndicatorValue[], id: string = newSubmissionId()): PendingSubmission {
  const storedById = new Map(model.rows.map((row) => [row.indicator.id, row.stored]));
  const departmentOf = new Map(model.rows.map((row) => [row.indicator.id, row.indicator.departmentId]));
  const entries: Array<PendingSubmission['entries'][number]> = [];
  const settled: Record<string, RowOutcome> = {};
  const latest = new Map<string, IndicatorValue>();
  for (const value of values) {
    latest.set(indicatorValueKey(value.indicatorId, model.year), value);
  }
  for (const [key, value] of latest) {
    const stored = storedById.get(value.indicatorId);
    const baseEtag = value.etag;
    const content: IndicatorValue = withoutIdentity({ ...value, year: model.year, departmentId: departmentOf.get(value.indicatorId) ?? model.departmentId });
    if (stored && stored.etag !== baseEtag) {
      // Stored after the sheet was opened, or changed since: the user has not seen this version.
      if (sameContent(stored, content)) {
        settled[key] = { kind: 'unchanged' };
      } else {
        settled[key] = { kind: 'conflict', theirs: stored };
      }
      entries.push({ key, value: withIdentity(content, stored.id), baseEtag: stored.etag });
      continue;
    }
    if (stored && sameContent(stored, content)) {
      settled[key] = { kind: 'unchanged' };
    }
    // A department's change of a locked year (the reader marked it as a correction) goes to the office as a request.
    const isRequest = model.correctionsByRequest === true && content.isCorrection === true && !settled[key];
    entries.push({ key, value: withIdentity(content, stored?.id), ...(stored?.etag !== undefined ? { baseEtag: stored.etag } : {}), ...(isRequest ? { isRequest } : {}) });
  }
  return { id, departmentId: model.departmentId, year: model.year, entries, settled, isYearLocked: model.lockedYear?.isLocked === true };
}

/**
 * Writes every entry not yet settled (and retries the failed ones), saving the pending state
 * after each batch. Resuming a saved submission after a crash reaches the intended state without
 * duplicates: a create or update whose answer was lost comes back from the server as "exists" /
 * "stale" with the stored content, which equals ours and so counts as done. A value someone else
 * changed is a conflict and is never overwritten. The store is cleared once everything is
 * settled without failures or conflicts.
 */
export async function submitPending(
  repository: IndicatorValueWriter,
  pending: PendingSubmission,
  store: PendingStore,
  options: { onProgress?(done: number, total: number): void; requests?: CorrectionRequestFiler } = {}
): Promise<Record<string, RowOutcome>> {
  let current = pending;
  const settled: Record<string, RowOutcome> = { ...pending.settled };
  const open = pending.entries.filter((entry) => !settled[entry.key] || settled[entry.key].kind === 'failed');
  for (const entry of open) {
    delete settled[entry.key];
  }
  const total = pending.entries.length;
  const report = (): void => options.onProgress?.(Object.keys(settled).length, total);
  current = { ...current, settled: { ...settled } };
  await store.save(current);
  report();

  for (let offset = 0; offset < open.length; offset += submissionChunkSize) {
    const chunk = open.slice(offset, offset + submissionChunkSize);
    const writes = chunk.filter((entry) => !entry.isRequest);
    const requests = chunk.filter((entry) => entry.isRequest);
    const results = writes.length > 0 ? await writeChunk(repository, writes) : [];
    const byKey = new Map(results.map((result) => [result.key, result]));
    for (const entry of writes) {
      settled[entry.key] = outcomeOf(entry, byKey.get(entry.key));
    }
    if (requests.length > 0) {
      Object.assign(settled, await fileRequests(options.requests, requests, pending.departmentId));
    }
    current = { ...current, settled: { ...settled } };
    await store.save(current);
    report();
  }

  const needsAttention = Object.values(settled).some((outcome) => outcome.kind === 'failed' || outcome.kind === 'conflict');
  if (!needsAttention) {
    await store.clear();
  }
  return settled;
}

async function writeChunk(repository: IndicatorValueWriter, chunk: PendingSubmission['entries']): Promise<IndicatorValueWriteResult[]> {
  try {
    return await repository.write(chunk.map(planOf));
  } catch (error) {
    // The writer reports per-item failures; a throw means none of the chunk is known to be written.
    return chunk.map((entry) => ({ key: entry.key, kind: 'failed', ...failureOf(error) }));
  }
}

/**
 * Files the requests of a chunk. Each request's key is made from its content, so a resume (or the
 * same sheet submitted again) finds the request it filed before instead of filing a second one.
 */
async function fileRequests(filer: CorrectionRequestFiler | undefined, entries: PendingSubmission['entries'], departmentId: number): Promise<Record<string, RowOutcome>> {
  const outcomes: Record<string, RowOutcome> = {};
  if (!filer) {
    for (const entry of entries) {
      outcomes[entry.key] = { kind: 'failed', status: 0, message: 'Correction requests cannot be filed from here.' };
    }
    return outcomes;
  }
  let filed: FiledRequest[];
  try {
    filed = await filer.file(entries.map((entry) => correctionRequestOf(entry.value, entry.value.departmentId ?? departmentId)));
  } catch (error) {
    filed = entries.map((entry) => ({ valueKey: entry.key, kind: 'failed', ...failureOf(error) }));
  }
  entries.forEach((entry, index) => {
    const result = filed[index];
    outcomes[entry.key] = !result ? { kind: 'failed', status: 0, message: 'No answer for this request.' } : result.kind === 'failed' ? { kind: 'failed', status: result.status, message: result.message } : { kind: 'requested' };
  });
  return outcomes;
}

function failureOf(error: unknown): { status: number; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0;
  return { status, message };
}

/**
 * The user's choice for a conflicting value. "theirs" keeps the stored value (nothing is
 * written); "mine" writes the user's value over exactly the version they were shown, so a
 * further change by someone else meanwhile is a new conflict.
 */
export function resolveConflict(pending: PendingSubmission, key: string, choice: 'mine' | 'theirs'): PendingSubmission {
  const outcome = pending.settled[key];
  if (!outcome || outcome.kind !== 'conflict') {
    return pending;
  }
  const settled: Record<string, RowOutcome> = { ...pending.settled };
  if (choice === 'theirs') {
    settled[key] = { kind: 'unchanged' };
    return { ...pending, settled };
  }
  delete settled[key];
  const theirs = outcome.theirs;
  const entries = pending.entries.map((entry) =>
    entry.key === key
      ? { key, value: withIdentity(withoutIdentity(entry.value), theirs.id), ...(theirs.etag !== undefined ? { baseEtag: theirs.etag } : {}), ...(entry.isRequest ? { isRequest: true } : {}) }
      : entry
  );
  return { ...pending, entries, settled };
}

/** Whether every value of the submission is settled and nothing needs the user any more. */
export function isSubmissionComplete(pending: PendingSubmission): boolean {
  return pending.entries.every((entry) => {
    const outcome = pending.settled[entry.key];
    return outcome !== undefined && outcome.kind !== 'failed' && outcome.kind !== 'conflict';
  });
}

function planOf(entry: PendingSubmission['entries'][number]): IndicatorValueUpsert {
  if (entry.value.id === undefined) {
    return { action: 'create', key: entry.key, value: entry.value };
  }
  const value: IndicatorValue = { ...entry.value, ...(entry.baseEtag !== undefined ? { etag: entry.baseEtag } : {}) };
  return { action: 'update', key: entry.key, value, existing: value };
}

function outcomeOf(entry: PendingSubmission['entries'][number], result: IndicatorValueWriteResult | undefined): RowOutcome {
  if (!result) {
    return { kind: 'failed', status: 0, message: 'No answer for this value.' };
  }
  switch (result.kind) {
    case 'created':
    case 'updated':
    case 'unchanged':
      return { kind: result.kind };
    case 'exists':
    case 'stale':
      // Our own earlier attempt (its answer lost) left exactly our content: that is the intended state.
      if (sameContent(result.current, entry.value)) {
        return { kind: result.kind === 'exists' ? 'created' : 'updated' };
      }
      return { kind: 'conflict', theirs: result.current };
    case 'failed':
      return { kind: 'failed', status: result.status, message: result.message };
  }
}

function withoutIdentity(value: IndicatorValue): IndicatorValue {
  const rest: { -readonly [K in keyof IndicatorValue]: IndicatorValue[K] } = { ...value };
  delete rest.id;
  delete rest.etag;
  return rest;
}

function withIdentity(value: IndicatorValue, id: number | undefined): IndicatorValue {
  return id === undefined ? value : { ...value, id };
}

function newSubmissionId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `submission-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** How many rows ended how: the figures a submit reports to the user. */
export function countOutcomes(outcomes: Readonly<Record<string, RowOutcome>>): Record<RowOutcome['kind'], number> {
  const counts: Record<RowOutcome['kind'], number> = { created: 0, updated: 0, unchanged: 0, requested: 0, conflict: 0, failed: 0 };
  for (const outcome of Object.values(outcomes)) {
    counts[outcome.kind] += 1;
  }
  return counts;
}

export interface SubmissionConflict {
  readonly key: string;
  readonly indicatorId: number;
  readonly mine: IndicatorValue;
  readonly theirs: IndicatorValue;
}

/** The values someone else changed meanwhile, in the order of the submission, with both versions for the user to choose. */
export function conflictsOf(pending: PendingSubmission, outcomes: Readonly<Record<string, RowOutcome>>): SubmissionConflict[] {
  return pending.entries.flatMap((entry) => {
    const outcome = outcomes[entry.key];
    return outcome?.kind === 'conflict' ? [{ key: entry.key, indicatorId: entry.value.indicatorId, mine: entry.value, theirs: outcome.theirs }] : [];
  });
}

export type SubmissionRun =
  | { readonly kind: 'interrupted'; readonly error: unknown; readonly resumable: PendingSubmission }
  | { readonly kind: 'settled'; readonly outcomes: Record<string, RowOutcome>; readonly latest: PendingSubmission };

/**
 * Sends a pending submission (new or resumed), reporting progress from what was settled before.
 * A throw (network, browser) interrupts it without losing anything: the stored pending state is
 * what a resume continues.
 */
export async function sendSubmission(
  writer: IndicatorValueWriter,
  pending: PendingSubmission,
  store: PendingStore,
  onProgress: (done: number, total: number) => void,
  requests?: CorrectionRequestFiler
): Promise<SubmissionRun> {
  onProgress(Object.keys(pending.settled).length, pending.entries.length);
  try {
    const outcomes = await submitPending(writer, pending, store, { onProgress, ...(requests ? { requests } : {}) });
    return { kind: 'settled', outcomes, latest: (await store.load()) ?? pending };
  } catch (error) {
    return { kind: 'interrupted', error, resumable: (await store.load()) ?? pending };
  }
}

export type SubmissionSummary =
  | { readonly kind: 'failed'; readonly count: number }
  | { readonly kind: 'conflicts'; readonly count: number }
  | { readonly kind: 'done'; readonly counts: Record<RowOutcome['kind'], number> };

/** What a settled submit tells the user: failures first (a resume sends them again), then conflicts to decide, else the figures. */
export function summarizeSubmission(outcomes: Readonly<Record<string, RowOutcome>>, conflictCount: number): SubmissionSummary {
  const counts = countOutcomes(outcomes);
  if (counts.failed > 0) {
    return { kind: 'failed', count: counts.failed };
  }
  return conflictCount > 0 ? { kind: 'conflicts', count: conflictCount } : { kind: 'done', counts };
}
