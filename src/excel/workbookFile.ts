import { Workbook } from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { BrowserSheet, BrowserWorkbook } from './browserSheetGrid';
import type { GridCell, GridColumnFormat, GridValue } from './sheetGrid';
import { plainValue } from '../indicatorSheet/xlsxSheet';
import { isCellDate } from '../indicatorSheet/sheetLayout';

/** Every .xlsx is a ZIP archive, which starts with "PK\x03\x04". */
const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/**
 * The in-page workbook of an .xlsx file as Excel shows it on opening: every worksheet with its
 * values (a formula cell with its cached result and its formula), column widths, number formats,
 * hidden columns and its protection (the cells left unlocked are the ones a user may type into),
 * and the sheet that was active when the file was saved. Nothing is recomputed or rewritten: the
 * pane then reads the sheet exactly as the file's author wrote it.
 *
 * Returns undefined for bytes that are no workbook (a deleted file's error page, a .xls).
 */
export async function browserWorkbookOf(bytes: Uint8Array): Promise<BrowserWorkbook | undefined> {
  if (!zipSignature.every((byte, index) => bytes[index] === byte)) {
    return undefined;
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return undefined;
  }
  const worksheets = workbook.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined);
  if (worksheets.length === 0) {
    return undefined;
  }
  const sheets = worksheets.map(browserSheetOf);
  // Excel opens the file on the tab it was saved with (the workbook view's activeTab counts all sheets).
  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  const active = workbook.worksheets[activeTab] && worksheets.includes(workbook.worksheets[activeTab]) ? workbook.worksheets[activeTab].name : worksheets[0].name;
  return { sheets, active };
}

function browserSheetOf(sheet: Worksheet): BrowserSheet {
  const width = sheet.columnCount;
  const values: GridValue[][] = [];
  const formulas: Record<string, string> = {};
  const editable: string[] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const cells: GridValue[] = [];
    for (let columnNumber = 1; columnNumber <= width; columnNumber++) {
      const cell = row.getCell(columnNumber);
      const key = `${rowNumber - 1}:${columnNumber - 1}`;
      cells.push(gridValueOf(cell.value));
      const formula = formulaOf(cell);
      if (formula) {
        formulas[key] = formula;
      }
      // Excel locks every cell unless its style says otherwise.
      if (cell.protection?.locked === false) {
        editable.push(key);
      }
    }
    values.push(cells);
  }
  const activeCell = cellOfAddress(sheet.views?.[0]?.activeCell);
  return {
    name: sheet.name,
    values,
    formulas,
    columns: columnFormatsOf(sheet, width),
    editable,
    isProtected: isProtected(sheet),
    marks: {},
    ...(activeCell ? { activeCell } : {})
  };
}

/** "H2" → row 1, column 7 (0-based); undefined for anything else. */
export function cellOfAddress(address: string | undefined): GridCell | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address?.trim() ?? '');
  if (!match) {
    return undefined;
  }
  const column = [...match[1].toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** exceljs reads `<sheetProtection sheet="1">` into a model property its typings do not name. */
function isProtected(sheet: Worksheet): boolean {
  return (sheet as Worksheet & { readonly sheetProtection?: { readonly sheet?: boolean } | null }).sheetProtection?.sheet === true;
}

/** Widths, hidden columns, and the number format of the first data row (where the sheet's author sets it per cell). */
function columnFormatsOf(sheet: Worksheet, width: number): GridColumnFormat[] {
  const formats: GridColumnFormat[] = [];
  for (let columnNumber = 1; columnNumber <= width; columnNumber++) {
    const column = sheet.getColumn(columnNumber);
    const numberFormat = (sheet.rowCount > 1 ? sheet.getRow(2).getCell(columnNumber).numFmt : undefined) ?? column.numFmt;
    formats.push({
      column: columnNumber - 1,
      width: column.width ?? 9,
      ...(numberFormat ? { numberFormat } : {}),
      ...(column.hidden ? { isHidden: true } : {})
    });
  }
  return formats;
}

export function formulaOf(cell: Cell): string | undefined {
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const formula = 'formula' in value && value.formula ? value.formula : 'sharedFormula' in value ? value.sharedFormula : cell.formula;
    return `=${String(formula ?? '')}`;
  }
  return undefined;
}

/** A cell's value as the grid holds it; a formula cell shows its cached result, a date its day. */
export function gridValueOf(value: CellValue): GridValue {
  const plain = plainValue(value);
  return isCellDate(plain) ? plain.date : plain;
}
