import type { IndicatorValue, IndicatorValueUpsert } from '../../../src/domain';
import { indicatorValueKey } from '../../../src/domain';
import type { IndicatorSheetModel } from '../../../src/indicatorSheet/sheetLayout';
import {
  IndicatorValueWriter,
  IndicatorValueWriteResult,
  isSubmissionComplete,
  PendingStore,
  PendingSubmission,
  resolveConflict,
  sendSubmission,
  startSubmission,
  submitPending,
  summarizeSubmission
} from '../../../src/indicatorSheet/submission';
import { demoModel, storedBudget } from './fixtures';

/**
 * SharePoint as the submission sees it: a unique key per value, an ETag that changes on every
 * write, and failures that can be scripted per call: a refused call (nothing written) or a lost
 * answer (written, but the caller hears a network error).
 */
class FakeValueList implements IndicatorValueWriter {
  public readonly items = new Map<string, IndicatorValue>();
  public creates = 0;
  public calls = 0;
  /** Per call number (1-based): what goes wrong. */
  public readonly script = new Map<number, 'refused' | 'answerLost' | 'throws' | 'forbidden'>();
  private version = 0;

  public seed(value: IndicatorValue): IndicatorValue {
    const stored = { ...value, id: value.id ?? 1000 + this.items.size, etag: `"${++this.version}"` };
    this.items.set(indicatorValueKey(value.indicatorId, value.year), stored);
    return stored;
  }

  /** Someone else edits the stored value. */
  public changeByOthers(key: string, change: Partial<IndicatorValue>): IndicatorValue {
    const next = { ...this.items.get(key)!, ...change, etag: `"${++this.version}"` };
    this.items.set(key, next);
    return next;
  }

  public async write(plan: readonly IndicatorValueUpsert[]): Promise<IndicatorValueWriteResult[]> {
    const call = ++this.calls;
    const trouble = this.script.get(call);
    if (trouble === 'throws') {
      throw Object.assign(new Error('Failed to fetch'), { status: 0 });
    }
    if (trouble === 'refused') {
      return plan.map((step) => ({ key: step.key, kind: 'failed', status: 503, message: 'Server busy' }));
    }
    if (trouble === 'forbidden') {
      return plan.map((step) => ({ key: step.key, kind: 'failed', status: 403, message: 'Access denied.' }));
    }
    const results = plan.map((step) => this.apply(step));
    if (trouble === 'answerLost') {
      return plan.map((step) => ({ key: step.key, kind: 'failed', status: 0, message: 'Network error' }));
    }
    return results;
  }

  private apply(step: IndicatorValueUpsert): IndicatorValueWriteResult {
    const current = this.items.get(step.key);
    if (step.action === 'unchanged') {
      return { key: step.key, kind: 'unchanged', stored: step.existing };
    }
    if (step.action === 'create') {
      if (current) {
        return { key: step.key, kind: 'exists', current };
      }
      this.creates += 1;
      const stored = this.seed(step.value);
      return { key: step.key, kind: 'created', stored };
    }
    if (!current || current.etag !== step.value.etag) {
      return current ? { key: step.key, kind: 'stale', current } : { key: step.key, kind: 'failed', status: 404, message: 'Item does not exist.' };
    }
    const stored = { ...step.value, etag: `"${++this.version}"` };
    this.items.set(step.key, stored);
    return { key: step.key, kind: 'updated', stored };
  }
}

class MemoryStore implements PendingStore {
  public saved: PendingSubmission | undefined;
  public readonly snapshots: PendingSubmission[] = [];
  public async load(): Promise<PendingSubmission | undefined> {
    return this.saved && (JSON.parse(JSON.stringify(this.saved)) as PendingSubmission);
  }
  public async save(pending: PendingSubmission): Promise<void> {
    // Stored as JSON, like the workbook setting: nothing may depend on object identity.
    this.saved = JSON.parse(JSON.stringify(pending)) as PendingSubmission;
    this.snapshots.push(this.saved);
  }
  public async clear(): Promise<void> {
    this.saved = undefined;
  }
}

/** A department with `count` indicators (ids 1..count), none stored yet. */
function bigModel(count: number): IndicatorSheetModel {
  return {
    departmentId: 3,
    departmentName: 'Fachbereich 50',
    year: 2026,
    rows: Array.from({ length: count }, (_, i) => ({
      indicator: { id: i + 1, title: `Kennzahl ${i + 1}`, departmentId: 3, unit: 'Anzahl', direction: 'higherIsBetter' as const, isGenderSplit: false },
      measureTitle: 'Maßnahme'
    }))
  };
}

function valuesFor(model: IndicatorSheetModel): IndicatorValue[] {
  return model.rows.map((row) => ({ indicatorId: row.indicator.id, year: model.year, total: row.indicator.id * 3, departmentId: 3 }));
}

describe('starting a submission', () => {
  it('plans creates and updates against the version the sheet was opened with, and settles unchanged values at once', () => {
    const model = demoModel();
    const pending = startSubmission(model, [
      { ...storedBudget },
      { indicatorId: 14, year: 2026, total: 11, departmentId: 3 },
      { indicatorId: 13, year: 2026, total: 13, departmentId: 3 }
    ], 'sub-1');
    expect(pending).toMatchObject({ id: 'sub-1', departmentId: 3, year: 2026 });
    expect(pending.settled).toEqual({ '12-2026': { kind: 'unchanged' } });
    expect(pending.entries.map((entry) => entry.key)).toEqual(['12-2026', '14-2026', '13-2026']);
    expect(pending.entries[0]).toMatchObject({ baseEtag: storedBudget.etag, value: { id: 501 } });
    expect(pending.entries[1].baseEtag).toBeUndefined();
    expect(pending.entries[1].value.id).toBeUndefined();
  });

  it('marks a value as a conflict when the stored version is newer than the sheet', () => {
    const model = demoModel();
    const newer = { ...storedBudget, total: 25000, etag: '"4"' };
    const reread: IndicatorSheetModel = { ...model, rows: model.rows.map((row) => (row.indicator.id === 12 ? { ...row, stored: newer } : row)) };
    const pending = startSubmission(reread, [{ ...storedBudget, total: 22000 }]);
    expect(pending.settled['12-2026']).toEqual({ kind: 'conflict', theirs: newer });
    // Equal content is no conflict, whoever wrote it.
    expect(startSubmission(reread, [{ ...storedBudget, total: 25000 }]).settled['12-2026']).toEqual({ kind: 'unchanged' });
  });

  it('keeps the last of two values for the same indicator', () => {
    const pending = startSubmission(demoModel(), [
      { indicatorId: 14, year: 2026, total: 11 },
      { indicatorId: 14, year: 2026, total: 12 }
    ]);
    expect(pending.entries).toHaveLength(1);
    expect(pending.entries[0].value.total).toBe(12);
  });
});

describe('submitting', () => {
  it('writes every value once, reports progress up to the total and clears the store', async () => {
    const model = bigModel(250);
    const list = new FakeValueList();
    const store = new MemoryStore();
    const progress: number[] = [];
    const outcomes = await submitPending(list, startSubmission(model, valuesFor(model)), store, { onProgress: (done, total) => progress.push(done / total) });
    expect(Object.values(outcomes).every((outcome) => outcome.kind === 'created')).toBe(true);
    expect(Object.keys(outcomes)).toHaveLength(250);
    expect(list.items.size).toBe(250);
    expect(list.creates).toBe(250);
    expect(list.calls).toBe(3);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(store.saved).toBeUndefined();
  });

  it('resumes after a partial settle: lost answers and refused batches end up stored exactly once', async () => {
    const model = bigModel(250);
    const list = new FakeValueList();
    const store = new MemoryStore();
    list.script.set(2, 'answerLost');
    list.script.set(3, 'refused');
    const first = await submitPending(list, startSubmission(model, valuesFor(model)), store);
    expect(Object.values(first).filter((outcome) => outcome.kind === 'failed')).toHaveLength(150);
    expect(list.items.size).toBe(200); // the lost-answer batch did reach the server
    const saved = await store.load();
    expect(saved).toBeDefined();
    expect(isSubmissionComplete(saved!)).toBe(false);

    const resumed = await submitPending(list, saved!, store);
    expect(Object.values(resumed).every((outcome) => outcome.kind === 'created')).toBe(true);
    expect(list.items.size).toBe(250);
    expect(list.creates).toBe(250);
    for (const value of valuesFor(model)) {
      expect(list.items.get(indicatorValueKey(value.indicatorId, value.year))?.total).toBe(value.total);
    }
    expect(store.saved).toBeUndefined();
  });

  it('resumes from the state saved before anything was settled (a crash mid-submit), without duplicates', async () => {
    const model = bigModel(250);
    const list = new FakeValueList();
    const store = new MemoryStore();
    list.script.set(2, 'throws');
    await submitPending(list, startSubmission(model, valuesFor(model)), store);
    const beforeAnything = store.snapshots[0];
    expect(Object.keys(beforeAnything.settled)).toHaveLength(0);

    const resumed = await submitPending(list, beforeAnything, store);
    expect(Object.values(resumed).map((outcome) => outcome.kind)).toEqual(Array(250).fill('created'));
    expect(list.creates).toBe(250);
    expect(list.items.size).toBe(250);
  });

  it('resumes an update whose answer was lost as updated, not as a conflict', async () => {
    const list = new FakeValueList();
    const stored = list.seed({ indicatorId: 12, year: 2026, total: 21000, departmentId: 3 });
    const model = demoModel();
    const opened: IndicatorSheetModel = { ...model, rows: model.rows.map((row) => (row.indicator.id === 12 ? { ...row, stored } : row)) };
    const store = new MemoryStore();
    list.script.set(1, 'answerLost');
    const pending = startSubmission(opened, [{ ...stored, total: 22000 }]);
    expect((await submitPending(list, pending, store))['12-2026'].kind).toBe('failed');
    const resumed = await submitPending(list, (await store.load())!, store);
    expect(resumed['12-2026']).toEqual({ kind: 'updated' });
    expect(list.items.get('12-2026')?.total).toBe(22000);
  });

  it('never overwrites a value someone else changed: a conflict with theirs, kept until the user chooses', async () => {
    const list = new FakeValueList();
    const stored = list.seed({ indicatorId: 12, year: 2026, total: 21000, departmentId: 3 });
    const model = demoModel();
    const opened: IndicatorSheetModel = { ...model, rows: model.rows.map((row) => (row.indicator.id === 12 ? { ...row, stored } : row)) };
    const pending = startSubmission(opened, [{ ...stored, total: 22000 }]);
    const theirs = list.changeByOthers('12-2026', { total: 30000, comment: 'Nachtragshaushalt' });
    const store = new MemoryStore();

    const outcomes = await submitPending(list, pending, store);
    expect(outcomes['12-2026']).toEqual({ kind: 'conflict', theirs });
    expect(list.items.get('12-2026')).toEqual(theirs);
    expect(store.saved).toBeDefined(); // kept for the user's choice

    const keepTheirs = resolveConflict((await store.load())!, '12-2026', 'theirs');
    expect(keepTheirs.settled['12-2026']).toEqual({ kind: 'unchanged' });
    expect(isSubmissionComplete(keepTheirs)).toBe(true);
    expect(list.items.get('12-2026')).toEqual(theirs);

    const keepMine = resolveConflict((await store.load())!, '12-2026', 'mine');
    const written = await submitPending(list, keepMine, store);
    expect(written['12-2026']).toEqual({ kind: 'updated' });
    expect(list.items.get('12-2026')).toMatchObject({ total: 22000 });
    expect(list.items.get('12-2026')?.comment).toBeUndefined();
    expect(store.saved).toBeUndefined();
  });

  it('"mine" writes against the version shown; a further change meanwhile is a new conflict', async () => {
    const list = new FakeValueList();
    const stored = list.seed({ indicatorId: 12, year: 2026, total: 21000, departmentId: 3 });
    const model = demoModel();
    const opened: IndicatorSheetModel = { ...model, rows: model.rows.map((row) => (row.indicator.id === 12 ? { ...row, stored } : row)) };
    list.changeByOthers('12-2026', { total: 30000 });
    const store = new MemoryStore();
    await submitPending(list, startSubmission(opened, [{ ...stored, total: 22000 }]), store);
    const mine = resolveConflict((await store.load())!, '12-2026', 'mine');
    const third = list.changeByOthers('12-2026', { total: 31000 });
    const outcomes = await submitPending(list, mine, store);
    expect(outcomes['12-2026']).toEqual({ kind: 'conflict', theirs: third });
    expect(list.items.get('12-2026')?.total).toBe(31000);
  });

  it('reports a value someone else created meanwhile as a conflict, and equal content as created', async () => {
    const list = new FakeValueList();
    const theirs = list.seed({ indicatorId: 14, year: 2026, total: 99, departmentId: 3 });
    list.seed({ indicatorId: 13, year: 2026, total: 13, departmentId: 3 });
    const outcomes = await submitPending(
      list,
      startSubmission(demoModel(), [
        { indicatorId: 14, year: 2026, total: 11 },
        { indicatorId: 13, year: 2026, total: 13 }
      ]),
      new MemoryStore()
    );
    expect(outcomes['14-2026']).toEqual({ kind: 'conflict', theirs });
    expect(outcomes['13-2026']).toEqual({ kind: 'created' });
    expect(list.items.get('14-2026')?.total).toBe(99);
  });

  it('keeps a refused write (403) as failed with its status, and retries only what is not settled', async () => {
    const model = bigModel(150);
    const list = new FakeValueList();
    const store = new MemoryStore();
    list.script.set(2, 'forbidden');
    const outcomes = await submitPending(list, startSubmission(model, valuesFor(model)), store);
    const failed = Object.entries(outcomes).filter(([, outcome]) => outcome.kind === 'failed');
    expect(failed).toHaveLength(50);
    expect(failed[0][1]).toEqual({ kind: 'failed', status: 403, message: 'Access denied.' });
    expect(list.items.size).toBe(100);

    const before = list.calls;
    const retried = await submitPending(list, (await store.load())!, store);
    expect(list.calls - before).toBe(1);
    expect(Object.values(retried).every((outcome) => outcome.kind === 'created')).toBe(true);
  });

  it('writes nothing for a submission of unchanged values', async () => {
    const list = new FakeValueList();
    const outcomes = await submitPending(list, startSubmission(demoModel(), [{ ...storedBudget }]), new MemoryStore());
    expect(outcomes).toEqual({ '12-2026': { kind: 'unchanged' } });
    expect(list.calls).toBe(0);
    expect(list.items.size).toBe(0);
  });
});

describe('sending from the pane or the upload', () => {
  it('reports the settled part first, then the progress, and gives what a resume continues after a failure', async () => {
    const model = bigModel(150);
    const list = new FakeValueList();
    const store = new MemoryStore();
    list.script.set(2, 'refused');
    const progress: Array<[number, number]> = [];
    const sent = await sendSubmission(list, startSubmission(model, valuesFor(model)), store, (done, total) => progress.push([done, total]));
    expect(progress[0]).toEqual([0, 150]);
    expect(progress[progress.length - 1]).toEqual([150, 150]);
    expect(sent.kind).toBe('settled');
    const settled = sent as Extract<typeof sent, { kind: 'settled' }>;
    expect(summarizeSubmission(settled.outcomes, 0)).toEqual({ kind: 'failed', count: 50 });
    // The store keeps the submission with its failures: the resume sends only those again.
    expect(settled.latest).toEqual(store.saved);
  });

  it('is interrupted, not lost, when the stored state cannot be written; the resume starts from the last saved state', async () => {
    const model = bigModel(150);
    const list = new FakeValueList();
    const store = new MemoryStore();
    const save = store.save.bind(store);
    let saves = 0;
    store.save = async (pending) => {
      saves += 1;
      if (saves === 3) {
        throw new Error('The workbook could not be saved.');
      }
      await save(pending);
    };
    const sent = await sendSubmission(list, startSubmission(model, valuesFor(model)), store, () => undefined);
    expect(sent.kind).toBe('interrupted');
    const interrupted = sent as Extract<typeof sent, { kind: 'interrupted' }>;
    expect((interrupted.error as Error).message).toBe('The workbook could not be saved.');
    expect(Object.keys(interrupted.resumable.settled)).toHaveLength(100);
  });

  it('tells failures before conflicts, and otherwise the figures', () => {
    const failed = { kind: 'failed' as const, status: 503, message: 'busy' };
    expect(summarizeSubmission({ a: failed, b: { kind: 'created' } }, 2)).toEqual({ kind: 'failed', count: 1 });
    expect(summarizeSubmission({ a: { kind: 'updated' } }, 2)).toEqual({ kind: 'conflicts', count: 2 });
    expect(summarizeSubmission({ a: { kind: 'created' }, b: { kind: 'unchanged' } }, 0)).toEqual({
      kind: 'done',
      counts: { created: 1, updated: 0, unchanged: 1, requested: 0, conflict: 0, failed: 0 }
    });
  });
});
