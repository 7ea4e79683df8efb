import { ValueType, Workbook } from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import { ImportProblem, importProblem } from './importMessages';

/** One data row of a sheet; `row` is the row number Excel shows. */
export interface SheetRow {
  readonly row: number;
  /** Cell texts by column index of the header row (0-based); formula cells read as `=<formula>`. */
  readonly cells: readonly string[];
  /** Column indexes of cells Excel shows as dates (their text is `YYYY-MM-DD`). */
  readonly dateColumns?: readonly number[];
  /** Column indexes of formula cells, told apart from text that merely starts with "=". */
  readonly formulaColumns?: readonly number[];
}

export interface SheetData {
  readonly name: string;
  /** Row number of the header row as Excel shows it. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
}

export interface WorkbookReadResult {
  /** Sheets that hold a header row; empty when the file could not be read. */
  readonly sheets: readonly SheetData[];
  readonly problems: readonly ImportProblem[];
}

/** Every .xlsx is a ZIP archive, which starts with "PK\x03\x04". */
const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an uploaded .xlsx into plain strings per cell. Anything that is not a readable
 * workbook (a .csv, an old .xls, a Word file, a damaged download) is a problem, never an
 * exception, so the preview can say what to do.
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, fileName: string = ''): Promise<WorkbookReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) {
    return failed('import.fileEmpty');
  }
  if (!zipSignature.every((byte, index) => bytes[index] === byte)) {
    return failed('import.notXlsx', { fileName: fileName || '–' });
  }
  if (!containsAscii(bytes, workbookPartName)) {
    // Word documents and OpenDocument files are ZIP archives too; exceljs would read them as a workbook without sheets.
    return failed('import.notXlsx', { fileName: fileName || '–' });
  }
  const workbook = new Workbook();
  try {
    // exceljs reads through JSZip, which accepts an ArrayBuffer in the browser and in Node alike.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(buffer);
  } catch {
    // A ZIP that is no workbook (a .docx) or a damaged one: exceljs throws with a technical text the user can't act on.
    return failed(fileName.toLowerCase().endsWith('.xlsx') ? 'import.unreadable' : 'import.notXlsx', { fileName: fileName || '–' });
  }
  const sheets = workbook.worksheets.map(readSheet).filter((sheet): sheet is SheetData => sheet !== undefined);
  if (sheets.length === 0 || sheets.every((sheet) => sheet.rows.length === 0)) {
    return { sheets, problems: [importProblem(0, '', 'import.noData')] };
  }
  return { sheets, problems: [] };
}

/** The part every .xlsx holds; ZIP stores entry names uncompressed, so they can be found in the bytes. */
const workbookPartName = 'xl/workbook.xml';

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const wanted = Array.from(text, (char) => char.charCodeAt(0));
  const last = bytes.length - wanted.length;
  for (let start = 0; start <= last; start += 1) {
    let index = 0;
    while (index < wanted.length && bytes[start + index] === wanted[index]) {
      index += 1;
    }
    if (index === wanted.length) {
      return true;
    }
  }
  return false;
}

function failed(message: 'import.fileEmpty' | 'import.notXlsx' | 'import.unreadable', params?: Record<string, string>): WorkbookReadResult {
  return { sheets: [], problems: [importProblem(0, '', message, params)] };
}

/** The first non-empty row is the header; empty rows in between are skipped. */
function readSheet(sheet: Worksheet): SheetData | undefined {
  let header: { row: number; cells: string[] } | undefined;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    const cells: string[] = [];
    const dateColumns: number[] = [];
    const formulaColumns: number[] = [];
    excelRow.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell);
      if (cell.value instanceof Date) {
        dateColumns.push(columnNumber - 1);
      }
      if (cell.type === ValueType.Formula) {
        formulaColumns.push(columnNumber - 1);
      }
    });
    const filled = Array.from(cells, (text) => text ?? '');
    if (filled.every((text) => text.trim() === '')) {
      return;
    }
    if (!header) {
      header = { row: rowNumber, cells: filled };
    } else {
      rows.push({ row: rowNumber, cells: filled, ...(dateColumns.length > 0 ? { dateColumns } : {}), ...(formulaColumns.length > 0 ? { formulaColumns } : {}) });
    }
  });
  if (!header) {
    return undefined;
  }
  return { name: sheet.name, headerRow: header.row, headers: header.cells.map((text) => text.trim()), rows };
}

/**
 * The text of a cell. Formula cells read as `=<formula>` whatever their cached result, so
 * validation rejects them like typed formulas: a catalogue must not carry `HYPERLINK`s or
 * other formulas into SharePoint, where they would reach the next export.
 */
export function cellText(cell: Cell): string {
  if (cell.formula !== undefined && cell.formula !== null && String(cell.formula) !== '') {
    return `=${String(cell.formula)}`;
  }
  return valueText(cell.value);
}

function valueText(value: CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if ('richText' in value) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return `=${String(formula)}`;
  }
  if ('hyperlink' in value) {
    return typeof value.text === 'string' ? value.text : valueText(value.text as CellValue);
  }
  if ('error' in value) {
    return String(value.error);
  }
  return '';
}
