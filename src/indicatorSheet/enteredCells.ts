import { columnIndex, isCellDate, isInputCell, sheetColumns } from './sheetLayout';
import type { CellValue, IndicatorSheetModel, ReadCellValue, SheetColumnKey } from './sheetLayout';

/** What a contact typed into a sheet and has not submitted: indicator id → input column → cell. */
export type EnteredCells = ReadonlyMap<number, Readonly<Partial<Record<SheetColumnKey, CellValue>>>>;

/**
 * The input cells of a stored sheet (read by `readIndicatorWorkbook`) that a refreshed sheet of
 * `model` should keep: rows matched by their hidden indicator id, only indicators still in the
 * model, only where no value has been submitted yet (a submitted value is what the sheet shows),
 * and only cells that are input cells of the new sheet and hold something.
 */
export function enteredCellsOf(values: readonly (readonly ReadCellValue[])[], model: IndicatorSheetModel): Map<number, Partial<Record<SheetColumnKey, CellValue>>> {
  const entered = new Map<number, Partial<Record<SheetColumnKey, CellValue>>>();
  const idColumn = columnIndex('indicatorId');
  const inputs = sheetColumns.filter((column) => column.kind === 'input');
  for (const cells of values.slice(1)) {
    const rawId = cells[idColumn];
    const id = typeof rawId === 'number' ? rawId : typeof rawId === 'string' ? Number(rawId.trim()) : Number.NaN;
    const rowIndex = model.rows.findIndex((row) => row.indicator.id === id);
    const row = model.rows[rowIndex];
    if (!row || row.stored) {
      continue;
    }
    const kept: Partial<Record<SheetColumnKey, CellValue>> = {};
    for (const column of inputs) {
      const cell = cells[columnIndex(column.key)];
      if (cell === null || cell === undefined || cell === '' || !isInputCell(model, rowIndex + 1, column.key)) {
        continue;
      }
      // A date typed into a number cell is kept as the text the contact saw; the reader refuses it with that text.
      kept[column.key] = isCellDate(cell) ? cell.date : cell;
    }
    if (Object.keys(kept).length > 0) {
      entered.set(id, kept);
    }
  }
  return entered;
}

/** The matrix with the entered cells written into their rows (row 0 is the header). */
export function withEnteredCells(matrix: CellValue[][], model: IndicatorSheetModel, entered: EnteredCells | undefined): CellValue[][] {
  if (!entered || entered.size === 0) {
    return matrix;
  }
  return matrix.map((cells, rowIndex) => {
    const kept = rowIndex > 0 ? entered.get(model.rows[rowIndex - 1].indicator.id) : undefined;
    return kept ? cells.map((value, column) => kept[sheetColumns[column].key] ?? value) : cells;
  });
}
