/**
 * The little of a spreadsheet the indicator pane needs. Two adapters implement it: office.js
 * in Excel (officeSheetGrid.ts) and an in-page grid for the local workbench
 * (browserSheetGrid.ts), so the pane and its whole journey run and are tested without Excel.
 *
 * Cells are addressed 0-based from A1 (row 0 = the header row), as the sheet matrix is.
 */
export type GridValue = string | number | boolean | null;

/**
 * A cell Excel shows as a date, read back as the date (`YYYY-MM-DD`) rather than the serial
 * number Excel stores, so that a date typed into a number cell cannot pass as a count.
 */
export interface GridDate {
  readonly date: string;
}

export interface GridCell {
  readonly row: number;
  readonly column: number;
}

export interface GridCellValue extends GridCell {
  readonly value: GridValue;
}

export interface GridColumnFormat {
  readonly column: number;
  /** Width in characters of the standard font. */
  readonly width: number;
  readonly numberFormat?: string;
  readonly isHidden?: boolean;
  /** Excel data validation on the data rows: a number (decimal) or a whole number, both ≥ 0. */
  readonly validation?: 'decimal' | 'whole';
  /** Shown by Excel when the validation rejects an entry. */
  readonly validationMessage?: string;
}

/** A cell with a problem: highlighted, with the reason attached to the cell. */
export interface GridMark extends GridCell {
  readonly message: string;
}

export interface GridContent {
  /** From A1 to the end of the used range; empty cells are null, date cells a `GridDate`. */
  readonly values: Array<Array<GridValue | GridDate>>;
  /** The formula of each cell that holds one, else null. */
  readonly formulas: Array<Array<string | null>>;
}

export interface SheetGrid {
  /** Creates the worksheet if it is missing, empties it (lifting its protection) and shows it. */
  openSheet(name: string): Promise<void>;
  hasSheet(name: string): Promise<boolean>;
  /** The worksheets' names in tab order. */
  sheetNames(): Promise<string[]>;
  /** Writes a block of values starting at A1. */
  writeValues(name: string, values: readonly (readonly GridValue[])[]): Promise<void>;
  /** Writes single cells (the outcome column after a submit), also into a protected sheet. */
  writeCells(name: string, cells: readonly GridCellValue[]): Promise<void>;
  readContent(name: string): Promise<GridContent>;
  /** Widths, number formats, hidden columns and data validation for `rowCount` rows (header included). */
  formatColumns(name: string, rowCount: number, columns: readonly GridColumnFormat[]): Promise<void>;
  /** Locks every cell but the given ones and protects the sheet (guidance, not security: the server checks rights). */
  protectSheet(name: string, editable: readonly GridCell[]): Promise<void>;
  markCells(name: string, marks: readonly GridMark[]): Promise<void>;
  clearMarks(name: string): Promise<void>;
  /** Shows the sheet and puts the cursor on the cell. */
  selectCell(name: string, cell: GridCell): Promise<void>;
  /** A small JSON document kept in the workbook (the pane's state, e.g. a pending submission). */
  readState(): Promise<string | undefined>;
  writeState(json: string | undefined): Promise<void>;
}

/** "A1"-style address of a 0-based cell. */
export function cellAddress(cell: GridCell): string {
  return `${columnLetters(cell.column)}${cell.row + 1}`;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
