import { columnIndex, isInputCell, sheetColumns, sheetMatrix, sheetName } from '../../../src/indicatorSheet/sheetLayout';
import { readIndicatorSheet } from '../../../src/indicatorSheet/sheetReader';
import { demoModel, storedBudget } from './fixtures';

describe('indicator sheet layout', () => {
  const model = demoModel();

  it('has a header row and one row per indicator, every row as wide as the column list', () => {
    const matrix = sheetMatrix(model, 'de');
    expect(matrix).toHaveLength(model.rows.length + 1);
    for (const row of matrix) {
      expect(row).toHaveLength(sheetColumns.length);
    }
    expect(matrix[0][columnIndex('indicator')]).toBe('Kennzahl');
    expect(matrix[0][columnIndex('total')]).toBe('Gesamt 2026');
    expect(matrix[0][columnIndex('previousTotal')]).toBe('Vorjahr 2025');
    expect(sheetMatrix(model, 'en')[0][columnIndex('total')]).toBe('Total 2026');
    expect(sheetMatrix(model, 'en')[0][columnIndex('notStated')]).toBe('Not stated');
  });

  it('keeps every column key once, hidden ids first, then the outcome and last the office review', () => {
    const keys = sheetColumns.map((column) => column.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sheetColumns.slice(0, 3).every((column) => column.kind === 'hidden')).toBe(true);
    expect(sheetColumns.slice(-3).map((column) => column.kind)).toEqual(['outcome', 'review', 'review']);
    keys.forEach((key, index) => expect(columnIndex(key)).toBe(index));
  });

  it('carries the hidden indicator id, value key and the stored version of each row', () => {
    const matrix = sheetMatrix(model, 'de');
    expect(matrix.slice(1).map((row) => row[columnIndex('indicatorId')])).toEqual([11, 12, 13, 14]);
    expect(matrix.slice(1).map((row) => row[columnIndex('valueKey')])).toEqual(['11-2026', '12-2026', '13-2026', '14-2026']);
    expect(matrix[2][columnIndex('etag')]).toBe(storedBudget.etag);
    expect(matrix[1][columnIndex('etag')]).toBeNull();
  });

  it("shows last year's total for reference and prefills this year's stored value", () => {
    const matrix = sheetMatrix(model, 'de');
    expect(matrix[1][columnIndex('previousTotal')]).toBe(100);
    expect(matrix[3][columnIndex('previousTotal')]).toBe(12.5);
    expect(matrix[2][columnIndex('total')]).toBe(21000);
    expect(matrix[1][columnIndex('total')]).toBeNull();
    expect(matrix[1][columnIndex('measure')]).toBe('1.1 Sprachkurse für Eltern');
    expect(matrix[3][columnIndex('measure')]).toBe('Abschlüsse fördern');
  });

  it('leaves the gender cells of an indicator that is not split empty and not editable', () => {
    const matrix = sheetMatrix(model, 'de');
    for (const key of ['female', 'male', 'diverse', 'notStated'] as const) {
      expect(isInputCell(model, 1, key)).toBe(true);
      expect(isInputCell(model, 2, key)).toBe(false);
      expect(matrix[2][columnIndex(key)]).toBeNull();
    }
    expect(isInputCell(model, 2, 'total')).toBe(true);
    expect(isInputCell(model, 2, 'comment')).toBe(true);
  });

  it('allows input only in input columns of indicator rows', () => {
    for (const key of ['valueKey', 'indicatorId', 'etag', 'measure', 'indicator', 'unit', 'previousTotal', 'outcome'] as const) {
      expect(isInputCell(model, 1, key)).toBe(false);
    }
    expect(isInputCell(model, 0, 'total')).toBe(false);
    expect(isInputCell(model, model.rows.length + 1, 'total')).toBe(false);
  });

  it('names the sheet within Excel limits', () => {
    expect(sheetName(model, 'de')).toBe('Kennzahlen 2026');
    expect(sheetName(model, 'en')).toBe('Indicators 2026');
    for (const language of ['de', 'en'] as const) {
      const name = sheetName(model, language);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('reads an untouched sheet back as the stored value only, with nothing to complain about', () => {
    const reading = readIndicatorSheet(sheetMatrix(model, 'de'), undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values).toEqual([{ ...storedBudget }]);
  });
});
