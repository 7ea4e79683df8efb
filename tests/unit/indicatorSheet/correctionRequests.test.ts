import type { CorrectionRequest, CorrectionRequestStatus, IndicatorValue, IndicatorValueUpsert } from '../../../src/domain';
import { correctionRequestOf } from '../../../src/domain';
import type { IndicatorSheetModel } from '../../../src/indicatorSheet/sheetLayout';
import { columnIndex } from '../../../src/indicatorSheet/sheetLayout';
import { readIndicatorSheet } from '../../../src/indicatorSheet/sheetReader';
import {
  CorrectionRequestFiler,
  FiledRequest,
  IndicatorValueWriter,
  IndicatorValueWriteResult,
  PendingStore,
  PendingSubmission,
  startSubmission,
  submitPending
} from '../../../src/indicatorSheet/submission';
import { demoModel, fill, matrixOf } from './fixtures';
import { outcomeText, submissionStatus } from '../../../src/app/indicatorEntry/submissionTexts';
import { summarizeSubmission } from '../../../src/indicatorSheet/submission';

const budgetRow = 2;

/** The department's sheet of a locked year: its year folder is read-only, changes go to the office as requests. */
function departmentModel(): IndicatorSheetModel {
  return { ...demoModel(), lockedYear: { id: 1, year: 2026, isLocked: true }, correctionsByRequest: true };
}

/** The office corrects directly. */
function officeModel(): IndicatorSheetModel {
  return { ...demoModel(), lockedYear: { id: 1, year: 2026, isLocked: true } };
}

class Writes implements IndicatorValueWriter {
  public readonly plans: IndicatorValueUpsert[][] = [];
  public async write(plan: readonly IndicatorValueUpsert[]): Promise<IndicatorValueWriteResult[]> {
    this.plans.push([...plan]);
    return plan.map((step) => ({ key: step.key, kind: 'updated', stored: step.action === 'unchanged' ? step.existing : step.value }));
  }
}

/** The Korrekturanträge list as the submission sees it: the unique CreateKey refuses a second item. */
class Requests implements CorrectionRequestFiler {
  public readonly items = new Map<string, CorrectionRequest>();
  public failNext = false;
  public async file(requests: readonly CorrectionRequest[]): Promise<FiledRequest[]> {
    if (this.failNext) {
      this.failNext = false;
      throw Object.assign(new Error('Failed to fetch'), { status: 0 });
    }
    return requests.map((request) => {
      const existing = this.items.get(request.createKey);
      if (existing) {
        return { valueKey: request.valueKey, kind: 'alreadyFiled', request: existing };
      }
      const filed = { ...request, id: this.items.size + 1, etag: '"1"' };
      this.items.set(request.createKey, filed);
      return { valueKey: request.valueKey, kind: 'filed', request: filed };
    });
  }
  public async requestsOf(_years: readonly number[], status?: CorrectionRequestStatus): Promise<CorrectionRequest[]> {
    return [...this.items.values()].filter((request) => status === undefined || request.status === status);
  }
}

class Memory implements PendingStore {
  public saved: PendingSubmission | undefined;
  public async load(): Promise<PendingSubmission | undefined> {
    return this.saved && (JSON.parse(JSON.stringify(this.saved)) as PendingSubmission);
  }
  public async save(pending: PendingSubmission): Promise<void> {
    this.saved = JSON.parse(JSON.stringify(pending)) as PendingSubmission;
  }
  public async clear(): Promise<void> {
    this.saved = undefined;
  }
}

function changedBudget(model: IndicatorSheetModel): IndicatorValue[] {
  const matrix = matrixOf(model);
  fill(matrix, budgetRow, { total: 22000, comment: 'Nachbewilligung im Dezember' });
  const reading = readIndicatorSheet(matrix, undefined, model, 'de');
  expect(reading.problems).toEqual([]);
  return reading.values;
}

describe("a department's change of a locked year", () => {
  it('is filed as a correction request with value and reason, and the value itself is not written', async () => {
    const model = departmentModel();
    const writes = new Writes();
    const requests = new Requests();
    const outcomes = await submitPending(writes, startSubmission(model, changedBudget(model), 's1'), new Memory(), { requests });
    expect(outcomes).toEqual({ '12-2026': { kind: 'requested' } });
    expect(writes.plans).toEqual([]);
    expect([...requests.items.values()]).toEqual([
      expect.objectContaining({ valueKey: '12-2026', indicatorId: 12, year: 2026, departmentId: 3, requested: { total: 22000 }, reason: 'Nachbewilligung im Dezember', status: 'open', source: 'Haushalt' })
    ]);
  });

  it('files no second request when the same sheet is submitted again', async () => {
    const model = departmentModel();
    const requests = new Requests();
    await submitPending(new Writes(), startSubmission(model, changedBudget(model), 's1'), new Memory(), { requests });
    const again = await submitPending(new Writes(), startSubmission(model, changedBudget(model), 's2'), new Memory(), { requests });
    expect(again['12-2026']).toEqual({ kind: 'requested' });
    expect(requests.items.size).toBe(1);
  });

  it('keeps a request that could not be sent, and files it once on resume', async () => {
    const model = departmentModel();
    const requests = new Requests();
    const store = new Memory();
    requests.failNext = true;
    const first = await submitPending(new Writes(), startSubmission(model, changedBudget(model), 's1'), store, { requests });
    expect(first['12-2026']).toMatchObject({ kind: 'failed', status: 0 });
    const resumed = await submitPending(new Writes(), (await store.load())!, store, { requests });
    expect(resumed['12-2026']).toEqual({ kind: 'requested' });
    expect(requests.items.size).toBe(1);
    expect(store.saved).toBeUndefined();
  });

  it('fails visibly where no request can be filed, rather than writing the value', async () => {
    const model = departmentModel();
    const writes = new Writes();
    const outcomes = await submitPending(writes, startSubmission(model, changedBudget(model), 's1'), new Memory());
    expect(outcomes['12-2026']).toMatchObject({ kind: 'failed' });
    expect(writes.plans).toEqual([]);
  });

  it("is the office's own correction when the office changes it: written directly, marked with its reason", async () => {
    const model = officeModel();
    const writes = new Writes();
    const requests = new Requests();
    const outcomes = await submitPending(writes, startSubmission(model, changedBudget(model), 's1'), new Memory(), { requests });
    expect(outcomes['12-2026']).toEqual({ kind: 'updated' });
    expect(requests.items.size).toBe(0);
    expect(writes.plans[0][0]).toMatchObject({ action: 'update', value: { total: 22000, isCorrection: true, correctionReason: 'Nachbewilligung im Dezember' } });
  });

  it('shows an open request of a value in its outcome cell when the sheet is opened', () => {
    const model = departmentModel();
    const open = { ...correctionRequestOf({ indicatorId: 12, year: 2026, total: 22000, isCorrection: true, correctionReason: 'Nachbewilligung' }, 3), id: 7 };
    const withOpen: IndicatorSheetModel = { ...model, rows: model.rows.map((row) => (row.indicator.id === 12 ? { ...row, openRequests: [open] } : row)) };
    expect(matrixOf(withOpen)[budgetRow][columnIndex('outcome')]).toBe('Korrekturantrag offen (1): 22.000 – „Nachbewilligung“. Die Koordinierungsstelle entscheidet.');
    expect(matrixOf(withOpen)[1][columnIndex('outcome')]).toBeNull();
  });

  it('tells in the summary that the office decides, in the user\'s language', () => {
    const strings = { SubmitFailedSome: '', Conflicts: '', Submitted: 'Gesendet: {0} gespeichert, {1} aktualisiert, {2} unverändert.' };
    expect(submissionStatus(summarizeSubmission({ a: { kind: 'requested' }, b: { kind: 'unchanged' } }, 0), strings, 'de').text).toBe(
      'Gesendet: 0 gespeichert, 0 aktualisiert, 1 unverändert. 1 Korrekturantrag gestellt – die Koordinierungsstelle entscheidet.'
    );
    expect(submissionStatus(summarizeSubmission({ a: { kind: 'requested' }, b: { kind: 'requested' } }, 0), { ...strings, Submitted: 'Sent.' }, 'en').text).toBe(
      'Sent. 2 correction requests filed – the coordination office decides.'
    );
  });

  it('says what to do when the same request was decided already', () => {
    expect(outcomeText({ kind: 'failed', status: 409, message: 'The same correction request was already decided (rejected)' }, 'de')).toBe(
      'Derselbe Korrekturantrag wurde bereits entschieden. Für einen neuen Antrag bitte einen anderen Grund in den Kommentar schreiben.'
    );
    expect(outcomeText({ kind: 'requested' }, 'en')).toBe('Correction requested – the coordination office decides');
  });
});
