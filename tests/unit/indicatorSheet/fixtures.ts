import type { Indicator, IndicatorValue } from '../../../src/domain';
import { columnIndex, IndicatorSheetModel, ReadCellValue, SheetColumnKey, sheetMatrix } from '../../../src/indicatorSheet/sheetLayout';

export const participants: Indicator = { id: 11, title: 'Teilnehmende Sprachkurse', measureId: 1, departmentId: 3, unit: 'Personen', direction: 'higherIsBetter', isGenderSplit: true };
export const budget: Indicator = { id: 12, title: 'Fördermittel Sprachkurse', measureId: 1, departmentId: 3, unit: 'Euro', direction: 'higherIsBetter', isGenderSplit: false };
export const share: Indicator = { id: 13, title: 'Anteil Abschlüsse', measureId: 2, departmentId: 3, unit: 'Prozent', direction: 'higherIsBetter', isGenderSplit: false };
export const counselling: Indicator = { id: 14, title: 'Beratungsgespräche', measureId: 2, departmentId: 3, unit: 'Anzahl', direction: 'higherIsBetter', isGenderSplit: false };

export const storedBudget: IndicatorValue = { id: 501, indicatorId: 12, year: 2026, total: 21000, source: 'Haushalt', departmentId: 3, etag: '"3"' };

/** Department 3 ("Fachbereich 50 Soziales") in 2026: four indicators, one value already stored. */
export function demoModel(): IndicatorSheetModel {
  return {
    departmentId: 3,
    departmentName: 'Fachbereich 50 Soziales',
    year: 2026,
    rows: [
      {
        indicator: participants,
        measureNumber: '1.1',
        measureTitle: 'Sprachkurse für Eltern',
        previous: { id: 401, indicatorId: 11, year: 2025, total: 100, female: 50, male: 45, diverse: 1, notStated: 4, source: 'Kursstatistik' }
      },
      { indicator: budget, measureNumber: '1.1', measureTitle: 'Sprachkurse für Eltern', previous: { id: 402, indicatorId: 12, year: 2025, total: 20000 }, stored: storedBudget },
      { indicator: share, measureTitle: 'Abschlüsse fördern', previous: { id: 403, indicatorId: 13, year: 2025, total: 12.5 } },
      { indicator: counselling, measureTitle: 'Abschlüsse fördern', previous: { id: 404, indicatorId: 14, year: 2025, total: 10 } }
    ]
  };
}

/** A sheet as read back: what the program wrote plus what a user typed, dates included. */
export type Matrix = ReadCellValue[][];

export function matrixOf(model: IndicatorSheetModel = demoModel(), language: 'de' | 'en' = 'de'): Matrix {
  return sheetMatrix(model, language);
}

export function setCell(matrix: Matrix, row: number, key: SheetColumnKey, value: ReadCellValue): void {
  matrix[row][columnIndex(key)] = value;
}

export function fill(matrix: Matrix, row: number, cells: Partial<Record<SheetColumnKey, ReadCellValue>>): void {
  for (const [key, value] of Object.entries(cells)) {
    setCell(matrix, row, key as SheetColumnKey, value as ReadCellValue);
  }
}

/** A formula matrix of the sheet's size with one formula placed. */
export function formulasWith(matrix: Matrix, row: number, key: SheetColumnKey, formula: string): Array<Array<string | null>> {
  const formulas = matrix.map((cells) => cells.map(() => null as string | null));
  formulas[row][columnIndex(key)] = formula;
  return formulas;
}
