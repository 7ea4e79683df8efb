import type { IndicatorValue, IndicatorValueUpsert } from '../../../../src/domain';
import { indicatorValueKey } from '../../../../src/domain';
import type { IndicatorSheetModel } from '../../../../src/indicatorSheet/sheetLayout';
import type { IndicatorValueWriter, IndicatorValueWriteResult, PendingStore, PendingSubmission } from '../../../../src/indicatorSheet/submission';
import {
  doneCount,
  EntryConflict,
  initialSubmissionState,
  LockCheck,
  submissionCommands,
  SubmissionFlowState,
  submissionReducer,
  SubmissionSide,
  yearChoices
} from '../../../../src/app/indicatorEntry/submissionFlow';
import { demoModel, storedBudget } from '../../indicatorSheet/fixtures';

const texts = {
  Submitting: 'Wird gesendet: {0} von {1} Werten',
  SubmitInterrupted: 'Das Senden wurde unterbrochen.',
  SubmitFailedSome: 'Nicht gespeichert: {0} Werte.',
  Conflicts: 'Konflikte: {0}',
  Submitted: 'Gesendet: {0} gespeichert, {1} aktualisiert, {2} unverändert.'
};

/** The indicator values list: a unique key per value, an ETag per version, and a scripted failure per call. */
class FakeValueList implements IndicatorValueWriter {
  public readonly items = new Map<string, IndicatorValue>();
  public readonly script = new Map<number, 'refused'>();
  public calls = 0;
  private version = 10;

  public seed(value: IndicatorValue): void {
    this.items.set(indicatorValueKey(value.indicatorId, value.year), value);
  }

  public async write(plan: readonly IndicatorValueUpsert[]): Promise<IndicatorValueWriteResult[]> {
    const trouble = this.script.get(++this.calls);
    return plan.map((step): IndicatorValueWriteResult => {
      if (trouble === 'refused') {
        return { key: step.key, kind: 'failed', status: 503, message: 'Server busy' };
      }
      const current = this.items.get(step.key);
      if (step.action === 'unchanged') {
        return { key: step.key, kind: 'unchanged', stored: step.existing };
      }
      if (step.action === 'create') {
        if (current) {
          return { key: step.key, kind: 'exists', current };
        }
        const stored = { ...step.value, id: 900 + this.items.size, etag: `"${++this.version}"` };
        this.items.set(step.key, stored);
        return { key: step.key, kind: 'created', stored };
      }
      if (!current || current.etag !== step.value.etag) {
        return current ? { key: step.key, kind: 'stale', current } : { key: step.key, kind: 'failed', status: 404, message: 'Item does not exist.' };
      }
      const stored = { ...step.value, etag: `"${++this.version}"` };
      this.items.set(step.key, stored);
      return { key: step.key, kind: 'updated', stored };
    });
  }
}

class MemoryStore implements PendingStore {
  public saved: PendingSubmission | undefined;
  /** Per save number (1-based): the save fails, as a workbook closed meanwhile or a full localStorage does. */
  public readonly failingSaves = new Set<number>();
  private saves = 0;
  public async load(): Promise<PendingSubmission | undefined> {
    return this.saved && (JSON.parse(JSON.stringify(this.saved)) as PendingSubmission);
  }
  public async save(pending: PendingSubmission): Promise<void> {
    if (this.failingSaves.has(++this.saves)) {
      throw new Error('The workbook is closed.');
    }
    this.saved = JSON.parse(JSON.stringify(pending)) as PendingSubmission;
  }
  public async clear(): Promise<void> {
    this.saved = undefined;
  }
}

/** The flow as a component holds it: the reducer's state, and the commands dispatching into it. */
function harness(list: FakeValueList, store: PendingStore = new MemoryStore(), lockCheck?: LockCheck<IndicatorSheetModel>) {
  let state: SubmissionFlowState = initialSubmissionState;
  const statuses: string[] = [];
  const takenTheirs: EntryConflict[] = [];
  const side: SubmissionSide<IndicatorSheetModel> = {
    settle: async (model, pending, outcomes) => ({
      model,
      conflicts: pending.entries
        .filter((entry) => outcomes[entry.key]?.kind === 'conflict')
        .map((entry) => {
          const outcome = outcomes[entry.key] as { kind: 'conflict'; theirs: IndicatorValue };
          return { key: entry.key, indicatorId: entry.value.indicatorId, mine: entry.value, theirs: outcome.theirs, label: `Kennzahl ${entry.value.indicatorId}` };
        })
    }),
    takeTheirs: async (_model, conflict) => {
      takenTheirs.push(conflict);
    }
  };
  const commands = submissionCommands(
    { writer: list, store, texts, side, ...(lockCheck ? { lockCheck } : {}) },
    () => state,
    (action) => {
      state = submissionReducer(state, action);
      if (state.status.kind !== 'idle' && state.status.kind !== 'error') {
        statuses.push(state.status.text);
      }
    }
  );
  return { commands, store, statuses, takenTheirs, state: () => state };
}

const participantsValue: IndicatorValue = { indicatorId: 11, year: 2026, total: 120, female: 60, male: 55, diverse: 1, notStated: 4 };
const budgetValue: IndicatorValue = { ...storedBudget, total: 22000 };

describe('the submission flow reducer', () => {
  const pending: PendingSubmission = { id: 'p1', departmentId: 3, year: 2026, entries: [{ key: '11-2026', value: participantsValue }], settled: {} };
  const conflict: EntryConflict = { key: '12-2026', indicatorId: 12, mine: budgetValue, theirs: storedBudget, label: 'Fördermittel' };

  it('shows the progress of a send as a busy status and drops it when the send is interrupted, keeping what a resume continues', () => {
    let state = submissionReducer({ ...initialSubmissionState, resumable: pending, conflicts: [conflict] }, { type: 'sending' });
    expect(state.resumable).toBeUndefined();
    expect(state.conflicts).toEqual([]);
    state = submissionReducer(state, { type: 'progressed', done: 1, total: 4, text: 'Wird gesendet: 1 von 4 Werten' });
    expect(state.progress).toEqual({ done: 1, total: 4 });
    expect(state.status).toEqual({ kind: 'busy', text: 'Wird gesendet: 1 von 4 Werten' });
    const error = new Error('offline');
    state = submissionReducer(state, { type: 'interrupted', error, resumable: pending, text: 'unterbrochen' });
    expect(state.progress).toBeUndefined();
    expect(state.resumable).toBe(pending);
    expect(state.status).toEqual({ kind: 'error', error, text: 'unterbrochen' });
  });

  it('keeps the undecided conflicts when one is decided', () => {
    const other = { ...conflict, key: '13-2026', indicatorId: 13 };
    const state = submissionReducer({ ...initialSubmissionState, conflicts: [conflict, other] }, { type: 'decided', key: conflict.key });
    expect(state.conflicts).toEqual([other]);
  });

  it('forgets the last send and its conflicts for another department or year, but not a stored submission until it is looked up', () => {
    const settled = { model: demoModel(), pending, outcomes: {} };
    const state = submissionReducer(
      { status: { kind: 'success', text: 'Gesendet' }, conflicts: [conflict], settled, resumable: pending, progress: { done: 1, total: 1 } },
      { type: 'reset' }
    );
    expect(state).toEqual({ status: { kind: 'idle' }, conflicts: [], resumable: pending });
    expect(submissionReducer(state, { type: 'resumableFound', pending: undefined }).resumable).toBeUndefined();
  });

  it('a new sheet drops what belonged to the previous one; a failed step drops the progress', () => {
    const state = submissionReducer({ ...initialSubmissionState, resumable: pending, conflicts: [conflict] }, { type: 'replaced', status: { kind: 'success', text: 'Blatt angelegt' } });
    expect(state).toEqual({ status: { kind: 'success', text: 'Blatt angelegt' }, conflicts: [], resumable: undefined, settled: undefined });
    const failed = submissionReducer({ ...initialSubmissionState, progress: { done: 2, total: 3 } }, { type: 'failed', error: 'x' });
    expect(failed.progress).toBeUndefined();
    expect(failed.status).toEqual({ kind: 'error', error: 'x' });
  });

  it('counts the done entries of a pending submission and offers the recent years', () => {
    expect(doneCount({ ...pending, settled: { a: { kind: 'created' }, b: { kind: 'failed', status: 503, message: '' }, c: { kind: 'unchanged' } } })).toBe(2);
    expect(yearChoices(2026, 2025)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
    expect(yearChoices(2026, 2015)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2015]);
  });
});

describe('the submission flow commands', () => {
  it('sends the values with progress and reports what was stored', async () => {
    const list = new FakeValueList();
    list.seed(storedBudget);
    const flow = harness(list);
    const model = demoModel();
    await flow.commands.submit(model, model, [participantsValue, budgetValue]);
    const state = flow.state();
    expect(state.status).toEqual({ kind: 'success', text: 'Gesendet: 1 gespeichert, 1 aktualisiert, 0 unverändert.' });
    expect(flow.statuses).toContain('Wird gesendet: 0 von 2 Werten');
    expect(state.progress).toBeUndefined();
    expect(state.resumable).toBeUndefined();
    expect(state.settled?.outcomes).toEqual({ '11-2026': { kind: 'created' }, '12-2026': { kind: 'updated' } });
    expect(list.items.get('12-2026')?.total).toBe(22000);
    expect(await flow.store.load()).toBeUndefined();
  });

  it('keeps an interrupted submission and a resume finishes it without creating a value twice', async () => {
    const list = new FakeValueList();
    const store = new MemoryStore();
    // Saved on submit, before and after the write: the third save fails after the value was written.
    store.failingSaves.add(3);
    const flow = harness(list, store);
    const model = demoModel();
    await flow.commands.submit(model, model, [participantsValue]);
    expect(flow.state().status).toMatchObject({ kind: 'error', text: 'Das Senden wurde unterbrochen.', error: { message: 'The workbook is closed.' } });
    expect(flow.state().progress).toBeUndefined();
    expect(flow.state().resumable?.entries).toHaveLength(1);
    expect(await flow.store.load()).toBeDefined();

    await flow.commands.resume(() => model);
    expect(flow.state().status.kind).toBe('success');
    expect(flow.state().resumable).toBeUndefined();
    expect(list.items.size).toBe(1);
  });

  it('offers a resume when values failed, and the resume sends only those', async () => {
    const list = new FakeValueList();
    list.script.set(1, 'refused');
    const flow = harness(list);
    const model = demoModel();
    await flow.commands.submit(model, model, [participantsValue]);
    expect(flow.state().status).toEqual({ kind: 'warning', text: 'Nicht gespeichert: 1 Werte.' });
    expect(flow.state().resumable).toBeDefined();
    await flow.commands.resume(() => model);
    expect(flow.state().status.kind).toBe('success');
    expect(list.calls).toBe(2);
  });

  it('resumes nothing without a stored submission, and nothing without what to send it from', async () => {
    const list = new FakeValueList();
    const flow = harness(list);
    await flow.commands.resume(() => demoModel());
    expect(list.calls).toBe(0);
    list.script.set(1, 'refused');
    await flow.commands.submit(demoModel(), demoModel(), [participantsValue]);
    await flow.commands.resume(() => undefined);
    expect(list.calls).toBe(1);
  });

  it('lists a value changed elsewhere as a conflict; once all are decided the rest is sent', async () => {
    const list = new FakeValueList();
    const theirs = { ...storedBudget, total: 25000, etag: '"7"' };
    list.seed(theirs);
    const flow = harness(list);
    const model = demoModel();
    await flow.commands.submit(model, model, [participantsValue, budgetValue]);
    expect(flow.state().status).toEqual({ kind: 'warning', text: 'Konflikte: 1' });
    expect(flow.state().conflicts).toHaveLength(1);
    const [conflict] = flow.state().conflicts;
    expect(conflict).toMatchObject({ key: '12-2026', mine: { total: 22000 }, theirs: { total: 25000 } });

    await flow.commands.decide(model, conflict, 'theirs');
    expect(flow.takenTheirs).toEqual([conflict]);
    expect(flow.state().conflicts).toEqual([]);
    expect(flow.state().status).toEqual({ kind: 'success', text: 'Gesendet: 1 gespeichert, 0 aktualisiert, 1 unverändert.' });
    expect(list.items.get('12-2026')?.total).toBe(25000);
  });

  it('keeping the own value overwrites theirs', async () => {
    const list = new FakeValueList();
    list.seed({ ...storedBudget, total: 25000, etag: '"7"' });
    const flow = harness(list);
    const model = demoModel();
    await flow.commands.submit(model, model, [budgetValue]);
    await flow.commands.decide(model, flow.state().conflicts[0], 'mine');
    expect(flow.takenTheirs).toEqual([]);
    expect(flow.state().status.kind).toBe('success');
    expect(list.items.get('12-2026')?.total).toBe(22000);
  });

  it('discards a stored submission', async () => {
    const list = new FakeValueList();
    list.script.set(1, 'refused');
    const flow = harness(list);
    await flow.commands.submit(demoModel(), demoModel(), [participantsValue]);
    await flow.commands.discard();
    expect(flow.state().resumable).toBeUndefined();
    expect(flow.state().status).toEqual({ kind: 'idle' });
    expect(await flow.store.load()).toBeUndefined();
  });

  it('shows an error of a step instead of throwing it', async () => {
    const flow = harness(new FakeValueList());
    const error = new Error('sheet gone');
    await flow.commands.run(async () => {
      throw error;
    });
    expect(flow.state().status).toEqual({ kind: 'error', error });
  });
});

describe('the lock of the year, read again before writing', () => {
  /** SharePoint's lock of the year as the office sets it meanwhile; every read is counted. */
  function lockOnSite(initial: boolean): LockCheck<IndicatorSheetModel> & { isLocked: boolean; reads: number } {
    const check = {
      isLocked: initial,
      reads: 0,
      async readLock(year: number): Promise<boolean> {
        expect(year).toBe(2026);
        check.reads += 1;
        return check.isLocked;
      },
      modelOf: (model: IndicatorSheetModel) => model,
      texts: { YearLockedMeanwhile: 'Das Jahr {0} wurde inzwischen gesperrt.', YearUnlockedMeanwhile: 'Die Sperre für {0} wurde inzwischen aufgehoben.' }
    };
    return check;
  }

  it('sends when the year is as open as when the sheet was opened, after asking SharePoint', async () => {
    const list = new FakeValueList();
    const lock = lockOnSite(false);
    const flow = harness(list, new MemoryStore(), lock);
    await flow.commands.submit(demoModel(), demoModel(), [participantsValue]);
    expect(lock.reads).toBe(1);
    expect(flow.state().status.kind).toBe('success');
    expect(list.items.size).toBe(1);
  });

  it('writes nothing and says so when the office locked the year after the sheet was opened', async () => {
    const list = new FakeValueList();
    const flow = harness(list, new MemoryStore(), lockOnSite(true));
    await flow.commands.submit(demoModel(), demoModel(), [participantsValue]);
    expect(list.calls).toBe(0);
    expect(flow.state().status).toEqual({ kind: 'warning', text: 'Das Jahr 2026 wurde inzwischen gesperrt.' });
  });

  it('writes nothing when the year was unlocked since a locked sheet was opened', async () => {
    const list = new FakeValueList();
    const flow = harness(list, new MemoryStore(), lockOnSite(false));
    const model = { ...demoModel(), lockedYear: { year: 2026, isLocked: true } };
    await flow.commands.submit(model, model, [participantsValue]);
    expect(list.calls).toBe(0);
    expect(flow.state().status).toEqual({ kind: 'warning', text: 'Die Sperre für 2026 wurde inzwischen aufgehoben.' });
  });

  it('reads the lock again before a resume, and keeps the pending values when it changed', async () => {
    const list = new FakeValueList();
    list.script.set(1, 'refused');
    const lock = lockOnSite(false);
    const flow = harness(list, new MemoryStore(), lock);
    await flow.commands.submit(demoModel(), demoModel(), [participantsValue]);
    expect(flow.state().resumable).toBeDefined();

    lock.isLocked = true;
    await flow.commands.resume(() => demoModel());
    expect(lock.reads).toBe(2);
    expect(list.calls).toBe(1);
    expect(flow.state().status).toEqual({ kind: 'warning', text: 'Das Jahr 2026 wurde inzwischen gesperrt.' });
    expect(await flow.store.load()).toBeDefined();

    lock.isLocked = false;
    await flow.commands.resume(() => demoModel());
    expect(list.calls).toBe(2);
    expect(flow.state().status.kind).toBe('success');
  });
});
