/// <reference types="office-js" />
import { GridCell, GridCellValue, GridColumnFormat, GridContent, GridDate, GridMark, GridValue, SheetGrid, cellAddress } from './sheetGrid';

/** Fill of a cell with a problem (Excel's "bad" style colour). */
export const markFill = '#FFC7CE';
/** Comments the pane writes start with this, so clearing marks leaves the user's own comments alone. */
export const markPrefix = '⚠ ';
/** The key of the pane's state in the workbook's settings. */
export const stateSettingKey = 'integrationsplanung365.indicatorPane';

/** Roughly one character of Calibri 11 in points, as Excel measures column widths. */
const pointsPerCharacter = 7;

/**
 * The sheet grid over office.js (ExcelApi 1.8; comments with a problem's reason where 1.10 is
 * available). Enum values are passed as their string literals, as office.js accepts them,
 * so this module needs no Excel global at load time.
 *
 * The state lives in `workbook.settings`: settings belong to this add-in, travel inside the
 * file (they survive save, close and reopen, on every platform and in Excel on the web), are
 * invisible to the user and are not touched by sheet protection, unlike a hidden worksheet a
 * user could unhide and edit.
 */
export class OfficeSheetGrid implements SheetGrid {
  public async openSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(name);
      existing.load('isNullObject');
      await context.sync();
      const sheet = existing.isNullObject ? sheets.add(name) : existing;
      if (!existing.isNullObject) {
        sheet.protection.load('protected');
        await context.sync();
        if (sheet.protection.protected) {
          sheet.protection.unprotect();
        }
        sheet.getRange().clear('All');
        sheet.getRange().dataValidation.clear();
      }
      sheet.activate();
      await context.sync();
    });
  }

  public async hasSheet(name: string): Promise<boolean> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load('isNullObject');
      await context.sync();
      return !sheet.isNullObject;
    });
  }

  public async sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  public async writeValues(name: string, values: readonly (readonly GridValue[])[]): Promise<void> {
    if (values.length === 0) {
      return;
    }
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const width = Math.max(...values.map((row) => row.length));
      // office.js skips a cell whose value is null; an empty string empties it.
      const cells = values.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? null));
      await withoutProtection(context, sheet, () => {
        const range = sheet.getRangeByIndexes(0, 0, values.length, width);
        range.numberFormat = textFormats(cells);
        range.values = cells.map((row) => row.map(toExcel));
      });
    });
  }

  public async writeCells(name: string, cells: readonly GridCellValue[]): Promise<void> {
    if (cells.length === 0) {
      return;
    }
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      await withoutProtection(context, sheet, () => {
        for (const cell of cells) {
          const range = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1);
          range.numberFormat = textFormats([[cell.value]]);
          range.values = [[toExcel(cell.value)]];
        }
      });
    });
  }

  public async readContent(name: string): Promise<GridContent> {
    return Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      // A date is a number to office.js (its serial); only the type and the number format tell it apart.
      used.load(['isNullObject', 'values', 'valueTypes', 'numberFormat', 'formulas', 'rowIndex', 'columnIndex']);
      await context.sync();
      if (used.isNullObject) {
        return { values: [], formulas: [] };
      }
      // The used range need not start at A1; pad it so that rows and columns match the matrix.
      const pad = <T,>(rows: T[][], blank: T): T[][] => [
        ...Array.from({ length: used.rowIndex }, () => [] as T[]),
        ...rows.map((row) => [...Array.from({ length: used.columnIndex }, () => blank), ...row])
      ];
      const valueTypes = used.valueTypes as unknown[][] | undefined;
      const numberFormats = used.numberFormat as unknown[][] | undefined;
      const values = pad<GridValue | GridDate>(
        (used.values as unknown[][]).map((row, r) => row.map((value, c) => fromExcel(value, valueTypes?.[r]?.[c], numberFormats?.[r]?.[c]))),
        null
      );
      // office.js gives a constant's value as its "formula": a text cell holding "=Summe laut …" (a
      // comment) has the same formula as value and is no formula; a real one shows its result.
      const formulas = pad(
        (used.formulas as unknown[][]).map((row, r) => row.map((formula, c) => (typeof formula === 'string' && formula.startsWith('=') && formula !== (used.values as unknown[][])[r]?.[c] ? formula : null))),
        null
      );
      return { values, formulas };
    });
  }

  public async formatColumns(name: string, rowCount: number, columns: readonly GridColumnFormat[]): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const dataRows = Math.max(rowCount - 1, 0);
      await withoutProtection(context, sheet, () => {
        sheet.getRangeByIndexes(0, 0, 1, Math.max(...columns.map((column) => column.column)) + 1).format.font.bold = true;
        sheet.freezePanes.freezeRows(1);
        for (const column of columns) {
          const whole = sheet.getRangeByIndexes(0, column.column, 1, 1).getEntireColumn();
          whole.format.columnWidth = column.width * pointsPerCharacter;
          if (column.isHidden) {
            whole.columnHidden = true;
          }
          if (dataRows === 0) {
            continue;
          }
          const data = sheet.getRangeByIndexes(1, column.column, dataRows, 1);
          if (column.numberFormat) {
            data.numberFormat = Array.from({ length: dataRows }, () => [column.numberFormat!]);
          }
          if (column.validation) {
            data.dataValidation.clear();
            const limit = { formula1: 0, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator };
            data.dataValidation.rule = column.validation === 'whole' ? { wholeNumber: limit } : { decimal: limit };
            data.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: column.validationMessage ?? '', message: column.validationMessage ?? '' };
            // A blank cell is a value not (yet) reported, not an error.
            data.dataValidation.ignoreBlanks = true;
          }
        }
      });
    });
  }

  public async protectSheet(name: string, editable: readonly GridCell[]): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.protection.load('protected');
      await context.sync();
      if (sheet.protection.protected) {
        sheet.protection.unprotect();
      }
      sheet.getRange().format.protection.locked = true;
      for (const run of verticalRuns(editable)) {
        sheet.getRangeByIndexes(run.row, run.column, run.rows, 1).format.protection.locked = false;
      }
      sheet.protection.protect({ allowFormatColumns: true, allowAutoFilter: true, allowSort: false, allowInsertRows: false, allowDeleteRows: false });
      await context.sync();
    });
  }

  public async markCells(name: string, marks: readonly GridMark[]): Promise<void> {
    if (marks.length === 0) {
      return;
    }
    const withComments = supportsComments();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      await withoutProtection(context, sheet, () => {
        for (const mark of marks) {
          sheet.getRangeByIndexes(mark.row, mark.column, 1, 1).format.fill.color = markFill;
        }
        if (withComments) {
          // One comment per cell: several problems of one cell are joined.
          for (const [address, messages] of groupByAddress(marks)) {
            context.workbook.comments.add(`'${name.replace(/'/g, "''")}'!${address}`, markPrefix + messages.join('\n'), 'Plain');
          }
        }
      });
    });
  }

  public async clearMarks(name: string): Promise<void> {
    const withComments = supportsComments();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      let comments: Excel.CommentCollection | undefined;
      if (withComments) {
        comments = sheet.comments;
        comments.load('items');
      }
      await context.sync();
      await withoutProtection(context, sheet, () => {
        sheet.getRange().format.fill.clear();
        for (const comment of comments?.items ?? []) {
          if (comment.content.startsWith(markPrefix)) {
            comment.delete();
          }
        }
      });
    });
  }

  public async selectCell(name: string, cell: GridCell): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.activate();
      sheet.getRange(cellAddress(cell)).select();
      await context.sync();
    });
  }

  public async readState(): Promise<string | undefined> {
    return Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(stateSettingKey);
      setting.load(['isNullObject', 'value']);
      await context.sync();
      return setting.isNullObject || typeof setting.value !== 'string' ? undefined : setting.value;
    });
  }

  public async writeState(json: string | undefined): Promise<void> {
    await Excel.run(async (context) => {
      if (json === undefined) {
        context.workbook.settings.getItemOrNullObject(stateSettingKey).delete();
      } else {
        context.workbook.settings.add(stateSettingKey, json);
      }
      await context.sync();
    });
  }
}

/** Runs the changes with the sheet's protection lifted and puts the protection back as it was. */
async function withoutProtection(context: Excel.RequestContext, sheet: Excel.Worksheet, change: () => void): Promise<void> {
  sheet.protection.load(['protected', 'options']);
  await context.sync();
  const wasProtected = sheet.protection.protected;
  const options = wasProtected ? sheet.protection.options : undefined;
  if (wasProtected) {
    sheet.protection.unprotect();
  }
  change();
  if (wasProtected) {
    sheet.protection.protect(options);
  }
  await context.sync();
}

function supportsComments(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.10') === true;
}

/** Excel's number format "Text": what is written into such a cell stays exactly that text. */
const textFormat = '@';

/**
 * The number format to set before the values: "Text" for every text, null (leave the cell's
 * format as it is) for the rest. office.js takes a string written into `values` as if typed:
 * "=HYPERLINK(…)", "+49 123", "-5" or "@SUM(A1)" become formulas, "0012" the number 12, and
 * "1.5" or "3/4" a date. A title or comment from SharePoint must never run or change, so the
 * cell is text first. The format rather than a leading apostrophe: it needs no character that
 * a reader must strip again, and a user re-typing the cell (a comment) keeps text as well.
 */
function textFormats(values: readonly (readonly GridValue[])[]): (string | null)[][] {
  return values.map((row) => row.map((value) => (typeof value === 'string' ? textFormat : null)));
}

function toExcel(value: GridValue): string | number | boolean {
  return value === null ? '' : value;
}

function fromExcel(value: unknown, valueType: unknown, numberFormat: unknown): GridValue | GridDate {
  if (value === '' || value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'number' && (valueType === 'Double' || valueType === 'Integer') && typeof numberFormat === 'string' && isDateFormat(numberFormat)) {
    const date = dateOfSerial(value);
    if (date !== undefined) {
      return { date };
    }
  }
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/**
 * Whether an Excel number format shows a date ("dd.mm.yyyy", "m/d/yy", "[$-407]d. mmmm yyyy").
 * Quoted text, escaped characters, colours, locales and elapsed-time brackets are not codes;
 * of the rest, d or y makes a date, and m without h or s a month ("mmmm"), not minutes. Pure
 * times ("hh:mm") are left to the number checks.
 */
export function isDateFormat(numberFormat: string): boolean {
  const codes = (numberFormat.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (codes === 'general' || codes.trim() === '') {
    return false;
  }
  return /[dy]/.test(codes) || (/m/.test(codes) && !/[hs]/.test(codes));
}

/** Days since Excel's epoch; serials below 60 lie before the 29 February 1900 that Excel wrongly counts. */
export function dateOfSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) {
    return undefined; // outside 1900-01-01 … 9999-12-31: Excel shows no date either
  }
  const epoch = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

function groupByAddress(marks: readonly GridMark[]): Map<string, string[]> {
  const byAddress = new Map<string, string[]>();
  for (const mark of marks) {
    const address = cellAddress(mark);
    byAddress.set(address, [...(byAddress.get(address) ?? []), mark.message]);
  }
  return byAddress;
}

/** Editable cells as runs down a column, so a column of input cells is one range, not hundreds. */
export function verticalRuns(cells: readonly GridCell[]): Array<GridCell & { rows: number }> {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Array<GridCell & { rows: number }> = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.row + last.rows === cell.row) {
      last.rows += 1;
    } else if (!(last && last.column === cell.column && cell.row < last.row + last.rows)) {
      runs.push({ row: cell.row, column: cell.column, rows: 1 });
    }
  }
  return runs;
}
