import { Workbook } from 'exceljs';
import type { ValueReview } from '../../../src/domain';
import { reviewStatusOf } from '../../../src/domain';
import { columnIndex, IndicatorSheetModel, isInputCell, readIndicatorSheet, sheetColumns, sheetMatrix, startSubmission } from '../../../src/indicatorSheet';
import { readIndicatorWorkbook, writeIndicatorWorkbook } from '../../../src/indicatorSheet/xlsxSheet';
import { demoModel, fill, matrixOf, storedBudget } from './fixtures';

const returned: ValueReview = {
  id: 7,
  valueKey: '12-2026',
  indicatorId: 12,
  year: 2026,
  departmentId: 3,
  decision: 'returned',
  comment: 'Bitte die Fördermittel laut Haushaltsplan angeben.',
  reviewedETag: storedBudget.etag!,
  reviewedAt: '2026-11-20T09:00:00Z'
};

/** The demo sheet with the stored budget returned by the office. */
function modelWithReturnedBudget(): IndicatorSheetModel {
  const model = demoModel();
  return { ...model, rows: model.rows.map((row) => (row.indicator.id === 12 ? { ...row, review: reviewStatusOf(row.stored, returned) } : { ...row, review: reviewStatusOf(row.stored, undefined) })) };
}

describe('the office review in the indicator sheet', () => {
  it('shows a returned row as returned, with symbol, word and the office comment, and nothing where there is no value', () => {
    const matrix = sheetMatrix(modelWithReturnedBudget(), 'de');
    expect(matrix[0].slice(-2)).toEqual(['Prüfung', 'Hinweis der Koordinierungsstelle']);
    expect(matrix[2].slice(-2)).toEqual(['⚠ zurückgegeben', returned.comment]);
    expect(matrix[1].slice(-2)).toEqual([null, null]);
    expect(sheetMatrix(modelWithReturnedBudget(), 'en')[2][columnIndex('reviewState')]).toBe('⚠ returned');
  });

  it('shows an accepted row with its remark, and a resubmitted row as submitted without the old comment', () => {
    const model = demoModel();
    const accepted = { ...returned, decision: 'accepted' as const, comment: 'Danke.' };
    const budget = model.rows[1];
    const acceptedMatrix = sheetMatrix({ ...model, rows: [{ ...budget, review: reviewStatusOf(budget.stored, accepted) }] }, 'de');
    expect(acceptedMatrix[1].slice(-2)).toEqual(['✓ angenommen', 'Danke.']);
    // The department wrote a new version after the return: submitted again, the comment is history.
    const changed = { ...budget.stored!, total: 21500, etag: '"4"' };
    const resubmitted = sheetMatrix({ ...model, rows: [{ ...budget, stored: changed, review: reviewStatusOf(changed, returned) }] }, 'de');
    expect(resubmitted[1].slice(-2)).toEqual(['eingereicht', null]);
  });

  it('never lets the user type into the review columns', () => {
    const model = modelWithReturnedBudget();
    expect(isInputCell(model, 2, 'reviewState')).toBe(false);
    expect(isInputCell(model, 2, 'reviewComment')).toBe(false);
  });

  it('ignores whatever stands in the review columns when reading the sheet back', () => {
    const model = modelWithReturnedBudget();
    const matrix = matrixOf(model);
    fill(matrix, 2, { total: 23000, comment: 'Laut Haushaltsplan 2026.', reviewState: '✓ angenommen', reviewComment: '=HYPERLINK("http://x")' });
    fill(matrix, 1, { reviewState: 'angenommen' });
    matrix[0][columnIndex('reviewState')] = 'Umbenannt';
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values).toEqual([{ ...storedBudget, total: 23000, comment: 'Laut Haushaltsplan 2026.' }]);
    expect(startSubmission(model, reading.values).entries).toEqual([expect.objectContaining({ key: '12-2026', baseEtag: storedBudget.etag })]);
  });

  it('still reads a sheet made before the review columns existed', () => {
    const model = modelWithReturnedBudget();
    const old = matrixOf(model).map((row) => row.slice(0, columnIndex('outcome') + 1));
    old[2][columnIndex('total')] = 23000;
    const reading = readIndicatorSheet(old, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((value) => value.total)).toEqual([23000]);
  });

  it('highlights a returned row in the .xlsx, keeps its input cells white and names the returned values in the notes', async () => {
    const bytes = await writeIndicatorWorkbook(modelWithReturnedBudget(), 'de');
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const cell = (matrixRow: number, key: (typeof sheetColumns)[number]['key']) => sheet.getRow(matrixRow + 1).getCell(columnIndex(key) + 1);
    const fillOf = (matrixRow: number, key: (typeof sheetColumns)[number]['key']) => (cell(matrixRow, key).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(cell(2, 'reviewState').value).toBe('⚠ zurückgegeben');
    expect(cell(2, 'reviewComment').value).toBe(returned.comment);
    expect(cell(2, 'reviewState').protection?.locked).not.toBe(false);
    expect(cell(2, 'reviewState').font?.bold).toBe(true);
    expect(fillOf(2, 'indicator')).toBe('FFFFEB9C');
    expect(fillOf(2, 'reviewComment')).toBe('FFFFEB9C');
    expect(fillOf(1, 'indicator')).toBe('FFF3F2F1');
    expect(cell(2, 'total').protection?.locked).toBe(false);
    expect(fillOf(2, 'total')).toBeUndefined();
    const notes = workbook.getWorksheet('Hinweise')!;
    const texts = notes.getColumn(2).values.filter((value): value is string => typeof value === 'string');
    expect(texts).toContain('1 Wert zurückgegeben – bitte prüfen und erneut einreichen.');
    expect(texts.some((text) => text.includes('werden beim Hochladen nicht gelesen'))).toBe(true);

    // Read back: the review cells come along but are not read as values.
    const content = await readIndicatorWorkbook(bytes, 'Kennzahlen_50_2026.xlsx');
    if ('error' in content) throw new Error(content.error);
    const reading = readIndicatorSheet(content.values, content.formulas, modelWithReturnedBudget(), 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values).toEqual([{ ...storedBudget }]);
  });
});
