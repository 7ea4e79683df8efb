import type { IndicatorValue, ValueReview } from '../../../src/domain';
import { BrowserSheetGrid } from '../../../src/excel/browserSheetGrid';
import type { PaneServices } from '../../../src/app/indicatorEntry/entryServices';
import { checkSheet, openYearSheet, paneLockCheck, refreshReviews, sheetRowOf, startPane, workbookSubmissionSide } from '../../../src/excel/paneSheet';
import { PaneState, readPaneState, writePaneState } from '../../../src/excel/paneState';
import { paneStrings } from '../../../src/excel/paneStrings';
import { columnIndex, sheetMatrix } from '../../../src/indicatorSheet/sheetLayout';
import type { PendingSubmission, RowOutcome } from '../../../src/indicatorSheet/submission';
import { demoModel, storedBudget } from '../indicatorSheet/fixtures';

const name = 'Kennzahlen 2026';

/** The year's sheet as the pane opens it, and the state the workbook keeps beside it. */
async function openedWorkbook(): Promise<{ grid: BrowserSheetGrid; state: PaneState }> {
  const grid = new BrowserSheetGrid('de');
  const state: PaneState = { version: 1, sheetName: name, model: demoModel() };
  await grid.openSheet(name);
  await grid.writeValues(name, sheetMatrix(state.model, 'de'));
  await writePaneState(grid, state);
  return { grid, state };
}

/** The stored values after the send: new versions of what was written. */
function valuesAfterSend(stored: readonly IndicatorValue[]): Pick<PaneServices, 'indicatorValues'> {
  return { indicatorValues: { valuesOf: async (ids: readonly number[]) => stored.filter((value) => ids.includes(value.indicatorId)) } } as unknown as Pick<PaneServices, 'indicatorValues'>;
}

const participants: IndicatorValue = { indicatorId: 11, year: 2026, total: 120 };
const budgetMine: IndicatorValue = { ...storedBudget, total: 22000 };
const budgetTheirs: IndicatorValue = { ...storedBudget, total: 25000, etag: '"9"', comment: 'Nachtrag' };

describe('the workbook side of a submission', () => {
  it('writes each outcome and the new versions into the sheet, and names the conflicts with their rows', async () => {
    const { grid, state } = await openedWorkbook();
    const pending: PendingSubmission = {
      id: 'p1',
      departmentId: 3,
      year: 2026,
      entries: [
        { key: '11-2026', value: participants },
        { key: '12-2026', value: budgetMine, baseEtag: '"3"' }
      ],
      settled: {}
    };
    const outcomes: Record<string, RowOutcome> = { '11-2026': { kind: 'created' }, '12-2026': { kind: 'conflict', theirs: budgetTheirs } };
    const refreshed: PaneState[] = [];
    const side = workbookSubmissionSide(grid, valuesAfterSend([{ ...participants, id: 900, etag: '"5"' }]), 'de', (next) => refreshed.push(next));

    const { model, conflicts } = await side.settle(state, pending, outcomes);

    const { values } = await grid.readContent(name);
    const rowOf = (indicatorId: number): number => values.findIndex((row) => row[columnIndex('valueKey')] === `${indicatorId}-2026`);
    expect(values[rowOf(11)][columnIndex('outcome')]).toBe('Gespeichert');
    expect(values[rowOf(11)][columnIndex('etag')]).toBe('"5"');
    expect(String(values[rowOf(12)][columnIndex('outcome')])).toMatch(/^Konflikt/);
    // The conflicting row keeps the version the user saw until they decide.
    expect(values[rowOf(12)][columnIndex('etag')]).toBe('"3"');
    expect(model.rows.find((row) => row.indicator.id === 11)?.stored?.etag).toBe('"5"');
    expect((await readPaneState(grid))?.model).toEqual(model);
    expect(refreshed.map((next) => next.model)).toEqual([model]);
    expect(conflicts).toEqual([{ key: '12-2026', indicatorId: 12, mine: budgetMine, theirs: budgetTheirs, label: 'Fördermittel Sprachkurse', row: rowOf(12) }]);

    await side.takeTheirs!(state, conflicts[0]);
    const after = (await grid.readContent(name)).values[rowOf(12)];
    expect([after[columnIndex('total')], after[columnIndex('etag')], after[columnIndex('comment')]]).toEqual([25000, '"9"', 'Nachtrag']);
  });

  it('keeps the outcomes in the sheet when the new versions cannot be read', async () => {
    const { grid, state } = await openedWorkbook();
    const failing = { indicatorValues: { valuesOf: async () => Promise.reject(new Error('503')) } } as unknown as Pick<PaneServices, 'indicatorValues'>;
    const pending: PendingSubmission = { id: 'p1', departmentId: 3, year: 2026, entries: [{ key: '11-2026', value: participants }], settled: {} };
    const { model, conflicts } = await workbookSubmissionSide(grid, failing, 'de', () => undefined).settle(state, pending, { '11-2026': { kind: 'created' } });
    expect(model).toEqual(state.model);
    expect(conflicts).toEqual([]);
    expect((await grid.readContent(name)).values.some((row) => row[columnIndex('outcome')] === 'Gespeichert')).toBe(true);
  });
});

describe('the pane on the workbook', () => {
  it('reports a missing sheet instead of a check, and marks the cells with problems', async () => {
    const { grid, state } = await openedWorkbook();
    expect(await checkSheet(grid, { ...state, sheetName: 'Kennzahlen 2019' }, 'de', paneStrings('de'))).toEqual({
      status: { kind: 'warning', text: 'Das Blatt „Kennzahlen 2019“ fehlt. Bitte das Jahr neu öffnen.' }
    });
    // The opened sheet shows the value already stored (the budget), which is read back as one to send.
    expect((await checkSheet(grid, state, 'de', paneStrings('de'))).status).toEqual({ kind: 'success', text: 'Keine Probleme gefunden: 1 Werte können gesendet werden.' });
    const row = 1;
    await grid.writeCells(name, [{ row, column: columnIndex('total'), value: 'viele' }]);
    const { reading, status } = await checkSheet(grid, state, 'de', paneStrings('de'));
    expect(status).toEqual({ kind: 'warning', text: '1 Probleme – bitte korrigieren und erneut prüfen' });
    expect(reading?.problems).toEqual([expect.objectContaining({ row, column: 'total' })]);
    expect(Object.keys(grid.activeSheet!.marks)).toEqual([`${row}:${columnIndex('total')}`]);
  });

  it('resumes the sheet of the signed-in department only', async () => {
    const { grid, state } = await openedWorkbook();
    const users = (departmentId: number) =>
      ({
        users: { currentUser: async () => ({ siteUserId: 1, login: 'ben', displayName: 'Ben', email: '', role: 'department' as const, departmentId }) },
        valueReviews: { reviewsOf: async () => [] }
      }) as unknown as PaneServices;
    expect((await startPane(users(3), grid)).saved).toEqual(state);
    expect((await startPane(users(4), grid)).saved).toBeUndefined();
  });
});

describe('opening the year and its lock', () => {
  const department = { id: 3, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' };
  const other = { id: 4, number: '51', name: 'Jugend', groupName: 'FB 51 Mitglieder' };
  const indicator = { id: 11, title: 'Teilnehmende', measureId: 7, departmentId: 3, unit: 'Personen', direction: 'higherIsBetter' as const, isGenderSplit: false };

  function services(values: IndicatorValue[], isLocked = false): PaneServices {
    return {
      catalogue: { planPeriods: async () => [{ id: 1, startYear: 2025, endYear: 2027 }], measures: async () => [{ id: 7, title: 'Sprachkurse', leadDepartmentId: 3 }] },
      departments: { departments: async () => [department, other] },
      indicators: { indicators: async () => [indicator] },
      indicatorValues: { valuesOf: async () => values },
      reportingYears: { yearOf: async (year: number) => ({ year, isLocked }) }
    } as unknown as PaneServices;
  }

  it('warns about a value another department filed for the indicator, and does not put it into the sheet', async () => {
    const foreign: IndicatorValue = { id: 90, indicatorId: 11, year: 2026, total: 999, departmentId: 4, folder: '51/2026', etag: '"1"' };
    const grid = new BrowserSheetGrid('de');
    const { state, status } = await openYearSheet(grid, services([foreign]), 3, 2026, 'de', paneStrings('de'));
    expect(state.model.rows[0].stored).toBeUndefined();
    expect(state.model.misplacedValues).toEqual([{ ...foreign, mismatch: 'department' }]);
    expect(status).toEqual({ kind: 'warning', text: expect.stringContaining('1 gespeicherte Werte Ihrer Kennzahlen liegen bei einem anderen Fachbereich') });
    expect(status.text).toContain('Teilnehmende 2026');
  });

  it('takes a value in its own year folder as the row\'s stored value', async () => {
    const own: IndicatorValue = { id: 91, indicatorId: 11, year: 2026, total: 40, departmentId: 3, folder: '50/2026', etag: '"2"' };
    const { state, status } = await openYearSheet(new BrowserSheetGrid('de'), services([own]), 3, 2026, 'de', paneStrings('de'));
    expect(state.model.rows[0].stored).toEqual(own);
    expect(status.kind).toBe('success');
  });

  it('asks SharePoint for the lock of the year, not the sheet', async () => {
    expect(await paneLockCheck(services([], true), paneStrings('en')).readLock(2026)).toBe(true);
    expect(await paneLockCheck(services([], false), paneStrings('en')).readLock(2026)).toBe(false);
  });
});

describe('the office review in the workbook', () => {
  const returnedBudget: ValueReview = {
    id: 5,
    valueKey: '12-2026',
    indicatorId: 12,
    year: 2026,
    departmentId: 3,
    decision: 'returned',
    comment: 'Bitte laut Haushaltsplan.',
    reviewedETag: storedBudget.etag!,
    reviewedAt: '2026-11-20T09:00:00Z'
  };
  const reviews = (found: ValueReview[]) => ({ valueReviews: { reviewsOf: jest.fn(async () => found) } });

  it('puts decisions made since the workbook was last open into the sheet and its state, keeping a pending submission', async () => {
    const { grid, state } = await openedWorkbook();
    const pending: PendingSubmission = { id: 'p0', departmentId: 3, year: 2026, entries: [], settled: {} };
    await writePaneState(grid, { ...state, pending });
    const services = reviews([returnedBudget]) as unknown as Pick<PaneServices, 'valueReviews'>;
    const refreshed = await refreshReviews(grid, services, state, 'de');
    expect(services.valueReviews.reviewsOf).toHaveBeenCalledWith(2026, 3);
    const row = await sheetRowOf(grid, name, '12-2026');
    const { values } = await grid.readContent(name);
    expect([values[row!][columnIndex('reviewState')], values[row!][columnIndex('reviewComment')]]).toEqual(['⚠ zurückgegeben', 'Bitte laut Haushaltsplan.']);
    expect(refreshed.model.rows[1].review?.state).toBe('returned');
    expect(await readPaneState(grid)).toEqual({ ...refreshed, pending });
    // A row without a value shows nothing.
    expect(values[(await sheetRowOf(grid, name, '11-2026'))!][columnIndex('reviewState')]).toBeNull();
  });

  it('shows a returned value as submitted again once its new version is stored', async () => {
    const { grid, state } = await openedWorkbook();
    const reviewed = await refreshReviews(grid, reviews([returnedBudget]) as unknown as Pick<PaneServices, 'valueReviews'>, state, 'de');
    const corrected: IndicatorValue = { ...storedBudget, total: 23000, comment: 'Laut Haushaltsplan.' };
    const pending: PendingSubmission = { id: 'p1', departmentId: 3, year: 2026, entries: [{ key: '12-2026', value: corrected, baseEtag: '"3"' }], settled: {} };
    const side = workbookSubmissionSide(grid, valuesAfterSend([{ ...corrected, etag: '"4"' }]), 'de', () => undefined);
    const { model } = await side.settle(reviewed, pending, { '12-2026': { kind: 'updated' } });
    expect(model.rows[1].review).toEqual({ state: 'submitted', latest: returnedBudget });
    const row = (await sheetRowOf(grid, name, '12-2026'))!;
    const values = (await grid.readContent(name)).values[row];
    expect([values[columnIndex('etag')], values[columnIndex('reviewState')], values[columnIndex('reviewComment')]]).toEqual(['"4"', 'eingereicht', null]);
  });

  it('judges the versions the workbook holds now, and leaves a year opened meanwhile alone', async () => {
    const { grid, state } = await openedWorkbook();
    const services = reviews([returnedBudget]) as unknown as Pick<PaneServices, 'valueReviews'>;
    // A submit stored a new version of the budget while the decisions were read.
    const renewed = { ...state, model: { ...state.model, rows: state.model.rows.map((row) => (row.indicator.id === 12 ? { ...row, stored: { ...storedBudget, etag: '"4"' } } : row)) } };
    await writePaneState(grid, renewed);
    expect((await refreshReviews(grid, services, state, 'de')).model.rows[1].review?.state).toBe('submitted');
    const other = { ...state, sheetName: 'Kennzahlen 2025', model: { ...state.model, year: 2025 } };
    await writePaneState(grid, other);
    expect(await refreshReviews(grid, services, state, 'de')).toEqual(other);
    expect(await readPaneState(grid)).toEqual(other);
  });

  it('leaves the state as it is when its sheet is gone', async () => {
    const { grid, state } = await openedWorkbook();
    const gone = { ...state, sheetName: 'Kennzahlen 2019' };
    expect(await refreshReviews(grid, reviews([]) as unknown as Pick<PaneServices, 'valueReviews'>, gone, 'de')).toBe(gone);
  });
});
