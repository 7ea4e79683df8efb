import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { loadSheetModel } from '../../src/app/indicatorEntry/sheetModelSource';
import { checkUpload, indicatorTemplate, UploadTexts } from '../../src/app/indicatorEntry/uploadCommands';
import { reviewOverviewOf } from '../../src/app/indicatorEntry/reviewOverview';
import { columnIndex, IndicatorSheetRow, SheetColumnKey } from '../../src/indicatorSheet/sheetLayout';
import { startSubmission, submitPending } from '../../src/indicatorSheet/submission';
import { indicatorValueKey } from '../../src/domain';
import { MemoryPendingStore } from '../support/memoryPendingStore';

/**
 * The department's side of the office's review against the local SharePoint: a contact's sheet
 * and its .xlsx show a value the office returned with its comment, an upload reads only the value
 * columns, and the corrected value is submitted again until the office accepts it.
 */

/** Last year: open, with the demo departments' reported values. */
const year = new Date().getFullYear() - 1;

const texts: UploadTexts = {
  NoIndicators: 'none {0}',
  Downloaded: 'downloaded {0} {1}',
  FileEmpty: 'empty {0}',
  NotXlsx: 'not xlsx {0}',
  Unreadable: 'unreadable {0}',
  NoSheet: 'no sheet {0}',
  Problems: '{0} problems in {1}',
  CheckNothing: 'nothing in {0}',
  CheckClean: 'clean {0}: {1}'
};

describe('returned values in the department sheet (local SharePoint)', () => {
  const emulator = useTestEmulator();
  let contact: ProductServices;
  let office: ProductServices;
  let departmentId: number;
  let row: IndicatorSheetRow;
  const comment = 'Bitte nur abgeschlossene Kurse zählen.';

  beforeAll(async () => {
    office = emulator.services(coordinator);
    // A contact whose sheet holds a reported value not split by gender (a correction by one needs no other cell).
    for (const person of emulator.people.contacts()) {
      const services = emulator.services(person.login);
      const user = await services.users.currentUser();
      if (user.departmentId === undefined) continue;
      const model = await loadSheetModel(services, user.departmentId, year);
      const candidate = model.rows.find((r) => !r.indicator.isGenderSplit && (r.stored?.total ?? 0) >= 10 && r.review?.state !== 'returned');
      if (candidate) {
        contact = services;
        departmentId = user.departmentId;
        row = candidate;
        break;
      }
    }
    expect(row).toBeDefined();
    await office.valueReviews.returnValue(row.stored!, comment);
  }, 120_000);

  async function downloaded(): Promise<{ workbook: Workbook; sheet: Worksheet; excelRow: number }> {
    const template = await indicatorTemplate(contact, departmentId, year, 'de', texts);
    if (template.kind !== 'file') throw new Error('no template');
    const workbook = new Workbook();
    await workbook.xlsx.load(await template.file.arrayBuffer());
    const sheet = workbook.getWorksheet(`Kennzahlen ${year}`)!;
    let excelRow = 0;
    sheet.eachRow((candidate, number) => {
      if (candidate.getCell(columnIndex('indicatorId') + 1).value === row.indicator.id) excelRow = number;
    });
    return { workbook, sheet, excelRow };
  }

  const cellOf = (sheet: Worksheet, excelRow: number, key: SheetColumnKey) => sheet.getRow(excelRow).getCell(columnIndex(key) + 1);

  async function upload(workbook: Workbook) {
    const bytes = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    return checkUpload(contact, departmentId, year, { name: 'Kennzahlen.xlsx', arrayBuffer: async () => bytes }, 'de', texts);
  }

  async function stateOfRow(services: ProductServices): Promise<IndicatorSheetRow['review']> {
    const model = await loadSheetModel(services, departmentId, year);
    return model.rows.find((candidate) => candidate.indicator.id === row.indicator.id)?.review;
  }

  it('shows the returned value with the office comment in the sheet the department reads', async () => {
    const review = await stateOfRow(contact);
    expect(review).toEqual({ state: 'returned', latest: expect.objectContaining({ decision: 'returned', comment }) });
    const overview = reviewOverviewOf(await loadSheetModel(contact, departmentId, year));
    expect(overview.counts.returned).toBeGreaterThanOrEqual(1);
    expect(overview.values.find((value) => value.indicatorId === row.indicator.id)).toEqual(expect.objectContaining({ state: 'returned', comment }));
  });

  it('writes the review status and the office comment into the .xlsx and highlights the returned row', async () => {
    const { workbook, sheet, excelRow } = await downloaded();
    expect(excelRow).toBeGreaterThan(1);
    expect(cellOf(sheet, 1, 'reviewState').value).toBe('Prüfung');
    expect(cellOf(sheet, 1, 'reviewComment').value).toBe('Hinweis der Koordinierungsstelle');
    expect(cellOf(sheet, excelRow, 'reviewState').value).toBe('⚠ zurückgegeben');
    expect(cellOf(sheet, excelRow, 'reviewComment').value).toBe(comment);
    expect((cellOf(sheet, excelRow, 'indicator').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFEB9C');
    expect(cellOf(sheet, excelRow, 'total').value).toBe(row.stored!.total);
    const notes = workbook.getWorksheet('Hinweise')!.getColumn(2).values.filter((value): value is string => typeof value === 'string');
    expect(notes.some((text) => /^\d+ Werte? zurückgegeben – bitte prüfen und erneut einreichen\.$/.test(text))).toBe(true);
  });

  it('ignores the review columns on upload: a file changed only there submits nothing', async () => {
    const { workbook, sheet, excelRow } = await downloaded();
    cellOf(sheet, excelRow, 'reviewState').value = '✓ angenommen';
    cellOf(sheet, excelRow, 'reviewComment').value = '=HYPERLINK("http://example.invalid","erledigt")';
    cellOf(sheet, 1, 'reviewComment').value = 'Umbenannt';
    const checked = await upload(workbook);
    expect(checked.upload?.reading.problems).toEqual([]);
    const pending = startSubmission(checked.upload!.model, checked.upload!.reading.values);
    expect(Object.values(pending.settled).every((outcome) => outcome.kind === 'unchanged')).toBe(true);
    expect(pending.entries.length).toBe(Object.keys(pending.settled).length);
    expect(await stateOfRow(contact)).toEqual(expect.objectContaining({ state: 'returned' }));
  });

  it('submits the corrected value again, and shows it accepted once the office accepts that version', async () => {
    const { workbook, sheet, excelRow } = await downloaded();
    const corrected = row.stored!.total - 1;
    cellOf(sheet, excelRow, 'total').value = corrected;
    cellOf(sheet, excelRow, 'comment').value = 'Nur abgeschlossene Kurse gezählt.';
    cellOf(sheet, excelRow, 'reviewState').value = 'egal';
    const checked = await upload(workbook);
    expect(checked.upload?.reading.problems).toEqual([]);
    const outcomes = await submitPending(contact.indicatorValues, startSubmission(checked.upload!.model, checked.upload!.reading.values), new MemoryPendingStore());
    expect(outcomes[indicatorValueKey(row.indicator.id, year)]).toEqual({ kind: 'updated' });

    // A new version: submitted again; the return still names what was asked.
    expect(await stateOfRow(contact)).toEqual({ state: 'submitted', latest: expect.objectContaining({ decision: 'returned', comment }) });
    const [stored] = await office.indicatorValues.valuesOf([row.indicator.id], [year]);
    expect(stored).toEqual(expect.objectContaining({ total: corrected, comment: 'Nur abgeschlossene Kurse gezählt.' }));
    const again = await downloaded();
    expect(cellOf(again.sheet, again.excelRow, 'reviewState').value).toBe('eingereicht');
    expect(cellOf(again.sheet, again.excelRow, 'reviewComment').value).toBeNull();

    const [accepted] = await office.valueReviews.accept([stored]);
    expect(accepted.kind).toBe('recorded');
    expect(await stateOfRow(contact)).toEqual(expect.objectContaining({ state: 'accepted' }));
    const last = await downloaded();
    expect(cellOf(last.sheet, last.excelRow, 'reviewState').value).toBe('✓ angenommen');
  });
});
