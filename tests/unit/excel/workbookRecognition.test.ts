import type { PaneServices } from '../../../src/app/indicatorEntry/entryServices';
import { BrowserSheetGrid } from '../../../src/excel/browserSheetGrid';
import { startPane } from '../../../src/excel/paneSheet';
import { readPaneState } from '../../../src/excel/paneState';
import { recogniseWorkbook, sheetIdentityOf } from '../../../src/excel/workbookRecognition';
import { columnIndex, headerTexts, sheetMatrix } from '../../../src/indicatorSheet/sheetLayout';
import { budget, counselling, demoModel, participants, share, storedBudget } from '../indicatorSheet/fixtures';

const name = 'Kennzahlen 2026';

/** The services of department 3's contact: the measures of the demo model, values as stored. */
function services(deadline?: string): PaneServices {
  return {
    users: { currentUser: async () => ({ siteUserId: 9, login: 'anna@stadt.example', displayName: 'Anna', email: '', role: 'department' as const, departmentId: 3 }) },
    catalogue: {
      planPeriods: async () => [{ id: 1, startYear: 2025, endYear: 2027 }],
      measures: async () => [
        { id: 1, title: 'Sprachkurse für Eltern', number: '1.1', leadDepartmentId: 3 },
        { id: 2, title: 'Abschlüsse fördern', leadDepartmentId: 3 }
      ]
    },
    departments: { departments: async () => [{ id: 3, number: '50', name: 'Fachbereich 50 Soziales', groupName: 'FB 50 Mitglieder' }] },
    indicators: { indicators: async () => [participants, budget, share, counselling] },
    indicatorValues: { valuesOf: async () => [storedBudget] },
    reportingYears: { yearOf: async (year: number) => ({ year, isLocked: false, ...(deadline ? { deadline } : {}) }) },
    valueReviews: { reviewsOf: async () => [] }
  } as unknown as PaneServices;
}

/** The department's workbook as the office writes it: the sheet, no pane state. */
async function writtenWorkbook(matrix = sheetMatrix(demoModel(), 'de'), sheet = name): Promise<BrowserSheetGrid> {
  const grid = new BrowserSheetGrid('de');
  await grid.openSheet('Hinweise');
  await grid.writeValues('Hinweise', [['Fachbereich', 'Fachbereich 50 Soziales']]);
  await grid.openSheet(sheet);
  await grid.writeValues(sheet, matrix);
  return grid;
}

describe('recognising an indicator sheet already written', () => {
  it('reads the year and the indicators of a sheet in German or English, with or without a deadline in the header', () => {
    expect(sheetIdentityOf(name, sheetMatrix(demoModel(), 'de'))).toEqual({ sheetName: name, year: 2026, indicatorIds: [11, 12, 13, 14] });
    expect(sheetIdentityOf('Indicators 2026', sheetMatrix(demoModel(), 'en'))?.year).toBe(2026);
    const withDeadline = sheetMatrix(demoModel(), 'de');
    withDeadline[0][columnIndex('total')] = 'Gesamt 2026 (Abgabe bis 31.03.2027)';
    expect(sheetIdentityOf(name, withDeadline)?.year).toBe(2026);
    // Trailing empty rows below the sheet are no rows.
    expect(sheetIdentityOf(name, [...sheetMatrix(demoModel(), 'de'), headerTexts(demoModel(), 'de').map(() => null)])?.indicatorIds).toHaveLength(4);
  });

  it('does not take a sheet that is not one, nor one whose rows disagree with its year', () => {
    expect(sheetIdentityOf('Tabelle1', [['Name', 'Wert'], ['a', 1]])).toBeUndefined();
    expect(sheetIdentityOf(name, [headerTexts(demoModel(), 'de')])).toBeUndefined();
    expect(sheetIdentityOf(name, [])).toBeUndefined();
    const moved = sheetMatrix(demoModel(), 'de').map((row) => [row[1], row[0], ...row.slice(2)]);
    expect(sheetIdentityOf(name, moved)).toBeUndefined();
    const otherYear = sheetMatrix(demoModel(), 'de');
    otherYear[2][columnIndex('valueKey')] = '12-2025';
    expect(sheetIdentityOf(name, otherYear)).toBeUndefined();
    const edited = sheetMatrix(demoModel(), 'de');
    edited[1][columnIndex('indicatorId')] = 'elf';
    expect(sheetIdentityOf(name, edited)).toBeUndefined();
  });

  it('binds the pane to the department workbook of the year: the sheet as written, the model and the deadline kept beside it', async () => {
    const grid = await writtenWorkbook();
    const before = await grid.readContent(name);
    const state = await recogniseWorkbook(grid, services('2027-03-31'), 3);
    expect(state).toMatchObject({ version: 1, sheetName: name, isYearWorkbook: true, model: { year: 2026, deadline: '2027-03-31' } });
    expect(state!.model.rows.map((row) => row.indicator.id).sort()).toEqual([11, 12, 13, 14]);
    expect(state!.model.rows.find((row) => row.indicator.id === 12)?.stored).toEqual(storedBudget);
    expect(await readPaneState(grid)).toEqual(state);
    // Nothing in the sheet is rewritten.
    expect(await grid.readContent(name)).toEqual(before);
  });

  it('leaves another department’s sheet alone, and a workbook without one', async () => {
    const foreign = sheetMatrix({ ...demoModel(), rows: [{ indicator: { ...budget, id: 77 }, measureTitle: 'Fremd' }] }, 'de');
    expect(await recogniseWorkbook(await writtenWorkbook(foreign), services(), 3)).toBeUndefined();
    const empty = new BrowserSheetGrid('de');
    await empty.openSheet('Tabelle1');
    expect(await recogniseWorkbook(empty, services(), 3)).toBeUndefined();
    expect(await readPaneState(empty)).toBeUndefined();
  });

  it('starts the pane on the recognised sheet, and keeps a state the pane wrote before', async () => {
    const grid = await writtenWorkbook();
    const started = await startPane(services(), grid);
    expect(started.saved).toMatchObject({ sheetName: name, isYearWorkbook: true });
    expect(started.saved?.model.deadline).toBeUndefined();
    // The second start reads the kept state and does not look at the sheets again.
    const readContent = jest.spyOn(grid, 'readContent');
    expect((await startPane(services(), grid)).saved).toEqual(started.saved);
    expect(readContent).not.toHaveBeenCalled();
  });
});
