import { Workbook } from 'exceljs';
import type { Cell, CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { Language } from '../domain';
import { cellAddress, columnIndex, deadlineText, genderColumnKeys, IndicatorSheetModel, isInputCell, isReturnedRow, ReadCellValue, sheetColumns, sheetMatrix, sheetName } from './sheetLayout';
import { EnteredCells, withEnteredCells } from './enteredCells';

/**
 * The indicator sheet as a downloadable .xlsx, for contacts without the Excel add-in: the same
 * matrix the add-in writes (so `readIndicatorSheet` checks an upload exactly as it checks the
 * add-in's sheet), with the same guard rails Excel itself can enforce.
 */

const texts = {
  de: {
    decimal: 'Bitte eine Zahl ab 0 eintragen.',
    whole: 'Bitte eine ganze Zahl ab 0 eintragen.',
    invalidTitle: 'Ungültiger Wert',
    notes: 'Hinweise',
    department: 'Fachbereich',
    year: 'Berichtsjahr',
    deadline: 'Abgabefrist',
    withoutAddIn: 'Ohne Add-in: diese Datei auf der Seite „Kennzahlen erfassen“ hochladen',
    howTo: [
      'Tragen Sie die Werte in die weißen Zellen des Blatts „{sheet}“ ein; graue Zellen sind schreibgeschützt.',
      'Bei Kennzahlen nach Geschlecht müssen weiblich + männlich + divers + ohne Angabe die Gesamtzahl ergeben.',
      'Weicht ein Wert stark vom Vorjahr ab, begründen Sie die Veränderung bitte im Kommentar.',
      'Bitte keine Zeilen oder Spalten einfügen, löschen oder verschieben und keine Formeln verwenden.',
      'Speichern Sie die Datei als .xlsx und laden Sie sie auf der Seite „Kennzahlen erfassen“ hoch. Sie wird vor dem Speichern geprüft.',
      'Die Spalten „Prüfung“ und „Hinweis der Koordinierungsstelle“ zeigen, wie die Koordinierungsstelle die Werte geprüft hat; sie werden beim Hochladen nicht gelesen.',
      'Zeilen mit „⚠ zurückgegeben“ (gelb hinterlegt) hat die Koordinierungsstelle zurückgegeben: Bitte den Wert nach dem Hinweis korrigieren oder im Kommentar begründen und die Datei erneut hochladen.',
      'Angenommene Werte können Sie ändern, solange das Jahr offen ist; eine Änderung ist wieder eingereicht und wird erneut geprüft.'
    ],
    returned: '{count} Werte zurückgegeben – bitte prüfen und erneut einreichen.',
    returnedOne: '1 Wert zurückgegeben – bitte prüfen und erneut einreichen.'
  },
  en: {
    decimal: 'Enter a number of 0 or more.',
    whole: 'Enter a whole number of 0 or more.',
    invalidTitle: 'Invalid value',
    notes: 'Notes',
    department: 'Department',
    year: 'Reporting year',
    deadline: 'Deadline',
    withoutAddIn: 'Without the add-in: upload this file on the page "Enter indicator values"',
    howTo: [
      'Enter the values in the white cells of the sheet "{sheet}"; grey cells are read-only.',
      'For indicators split by gender, female + male + diverse + not stated must add up to the total.',
      'If a value differs a lot from last year, explain the change in the comment.',
      'Do not insert, delete or move rows or columns, and do not use formulas.',
      'Save the file as .xlsx and upload it on the page "Enter indicator values". It is checked before anything is saved.',
      'The columns "Review" and "Comment of the coordination office" show how the office reviewed the values; they are not read when you upload.',
      'Rows marked "⚠ returned" (yellow) were returned by the coordination office: correct the value as the comment asks, or explain it in your comment, and upload the file again.',
      'You can change accepted values while the year is open; a change is submitted again and reviewed again.'
    ],
    returned: '{count} values returned – please check and resubmit.',
    returnedOne: '1 value returned – please check and resubmit.'
  }
} as const;

const headerFill = 'FF1F4E79';
const lockedFill = 'FFF3F2F1';
/** Excel's "Neutral" yellow: a returned row stands out, its white input cells stay white. */
const returnedFill = 'FFFFEB9C';
export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes the sheet of one department and year. The sheet is protected without a password:
 * key, reference and hidden id cells are locked against slips, yet a user who really must can
 * unprotect it; the reader trusts only the hidden id and checks every input cell anyway.
 */
export async function writeIndicatorWorkbook(model: IndicatorSheetModel, language: Language, entered?: EnteredCells): Promise<Uint8Array> {
  const t = texts[language];
  const workbook = new Workbook();
  workbook.creator = 'Integrationsplanung 365';
  workbook.title = `${sheetName(model, language)} – ${model.departmentName}`;
  const name = sheetName(model, language);
  const sheet = workbook.addWorksheet(name, {
    // The header row and the columns up to the indicator's title stay in view while scrolling.
    views: [{ state: 'frozen', xSplit: columnIndex('indicator') + 1, ySplit: 1, activeCell: cellAddress(1, columnIndex('total')) }]
  });
  sheet.columns = sheetColumns.map((column) => ({
    key: column.key,
    // exceljs drops a width of 9 as its default, and Excel would then use its narrower one.
    width: column.width === 9 ? 9.01 : column.width,
    hidden: column.kind === 'hidden'
  }));

  const matrix = withEnteredCells(sheetMatrix(model, language), model, entered);
  matrix.forEach((cells, rowIndex) => {
    const row = sheet.getRow(rowIndex + 1);
    const isReturned = rowIndex > 0 && isReturnedRow(model.rows[rowIndex - 1]);
    cells.forEach((value, columnNumber) => {
      const column = sheetColumns[columnNumber];
      const cell = row.getCell(columnNumber + 1);
      cell.value = value;
      if (rowIndex === 0) {
        cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerFill } };
        cell.alignment = { vertical: 'middle', wrapText: true };
        return;
      }
      if (column.numberFormat) {
        cell.numFmt = column.numberFormat;
      } else if (typeof value === 'string') {
        // exceljs stores a string as a string, which Excel never runs; formatted as text it also
        // stays one when someone re-enters the cell (F2, Enter) or copies it into another sheet,
        // where "=HYPERLINK(…)" would become a formula and "0012" or "3/4" a number or date.
        cell.numFmt = '@';
      }
      if (isInputCell(model, rowIndex, column.key)) {
        cell.protection = { locked: false };
        if (column.key === 'total') {
          cell.dataValidation = numberValidation('decimal', t.decimal, t.invalidTitle);
        } else if ((genderColumnKeys as readonly string[]).includes(column.key)) {
          // Gender parts count persons; a total may be a sum of money or a rate.
          cell.dataValidation = numberValidation('whole', t.whole, t.invalidTitle);
        }
      } else {
        cell.protection = { locked: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: isReturned ? returnedFill : lockedFill } };
      }
      if (isReturned && column.kind === 'review') {
        cell.font = { bold: true };
      }
      cell.alignment = { vertical: 'top', wrapText: column.kind === 'key' || column.key === 'comment' || column.key === 'reviewComment' };
    });
  });
  sheet.getRow(1).height = 30;
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true
  });

  const notes = workbook.addWorksheet(t.notes);
  notes.columns = [{ width: 18 }, { width: 100 }];
  notes.addRow([t.department, model.departmentName]);
  notes.addRow([t.year, model.year]);
  const deadline = model.deadline ? deadlineText(model.deadline, language) : undefined;
  if (deadline) {
    notes.addRow([t.deadline, deadline]).font = { bold: true };
  }
  // Where the add-in is not deployed Excel opens the file without the pane: the way that always works.
  const withoutAddIn = notes.addRow(['', model.entryPageUrl ? `${t.withoutAddIn}: ${model.entryPageUrl}` : `${t.withoutAddIn}.`]);
  if (model.entryPageUrl) {
    withoutAddIn.getCell(2).value = { text: `${t.withoutAddIn}: ${model.entryPageUrl}`, hyperlink: model.entryPageUrl };
  }
  const returnedCount = model.rows.filter(isReturnedRow).length;
  if (returnedCount > 0) {
    notes.addRow(['', returnedCount === 1 ? t.returnedOne : t.returned.replace('{count}', String(returnedCount))]).font = { bold: true };
  }
  notes.addRow([]);
  for (const line of t.howTo) {
    notes.addRow(['', line.replace('{sheet}', name)]);
  }
  notes.getColumn(1).font = { bold: true };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function numberValidation(type: 'decimal' | 'whole', message: string, title: string): NonNullable<Cell['dataValidation']> {
  return { type, operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: title, error: message };
}

export type IndicatorWorkbookError = 'fileEmpty' | 'notXlsx' | 'unreadable' | 'noSheet';

export interface IndicatorWorkbookContent {
  /** The sheet's cells as `readIndicatorSheet` takes them: row 0 is the header. */
  readonly values: ReadCellValue[][];
  /** `=<formula>` where a cell holds a formula (its cached result is in `values`), else null. */
  readonly formulas: (string | null)[][];
  readonly sheetName: string;
}

/** Every .xlsx is a ZIP archive, which starts with "PK\x03\x04". */
const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an uploaded workbook back into the matrix of the indicator sheet. A file that is no
 * workbook, or holds no sheet with the indicator columns, is an error value (never an
 * exception), so the page can say what to do. Whose and which year's sheet it is, the reader
 * decides from the hidden ids of each row.
 */
export async function readIndicatorWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<IndicatorWorkbookContent | { readonly error: IndicatorWorkbookError }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength === 0) {
    return { error: 'fileEmpty' };
  }
  if (!zipSignature.every((byte, index) => bytes[index] === byte)) {
    // A .csv, an old .xls or anything else: exceljs would fail with a text the user can't act on.
    return { error: 'notXlsx' };
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { error: fileName.toLowerCase().endsWith('.xlsx') ? 'unreadable' : 'notXlsx' };
  }
  // The sheet the download created; a user may have renamed it or added sheets, so the header decides.
  const sheet = workbook.worksheets.find(isIndicatorSheet);
  if (!sheet) {
    return { error: 'noSheet' };
  }
  const values: ReadCellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const width = Math.max(sheetColumns.length, sheet.columnCount);
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const rowValues: ReadCellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    for (let columnNumber = 1; columnNumber <= width; columnNumber++) {
      const cell = row.getCell(columnNumber);
      rowFormulas.push(formulaOf(cell));
      rowValues.push(plainValue(cell.value));
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
  }
  return { values, formulas, sheetName: sheet.name };
}

export function isWorkbookError(result: IndicatorWorkbookContent | { readonly error: IndicatorWorkbookError }): result is { readonly error: IndicatorWorkbookError } {
  return 'error' in result;
}

function isIndicatorSheet(sheet: Worksheet): boolean {
  const first = plainValue(sheet.getRow(1).getCell(1).value);
  const header = sheetColumns[0].header;
  return typeof first === 'string' && (first.trim() === header.de || first.trim() === header.en);
}

function formulaOf(cell: Cell): string | null {
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const formula = 'formula' in value && value.formula ? value.formula : 'sharedFormula' in value ? value.sharedFormula : cell.formula;
    return `=${String(formula ?? '')}`;
  }
  return null;
}

/** A cell's value as the sheet reader takes it; a formula cell gives its cached result. */
export function plainValue(value: ExcelCellValue): ReadCellValue {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) {
    // exceljs turns a number in a date-formatted cell into a Date (in UTC); the reader refuses it with the date, not its serial.
    return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  }
  if ('richText' in value) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' ? result : result instanceof Date ? plainValue(result) : null;
  }
  if ('hyperlink' in value) {
    return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelCellValue);
  }
  if ('error' in value) {
    return String(value.error);
  }
  return null;
}

/** `Kennzahlen_50_2025.xlsx`: ASCII, says whose and which year. */
export function indicatorWorkbookFileName(model: Pick<IndicatorSheetModel, 'year' | 'departmentName'>, language: Language): string {
  // The department's number ("50 Soziales" → 50), so files of several departments stay apart.
  const department = /^\s*([0-9][0-9.-]*)\s/.exec(model.departmentName)?.[1] ?? '';
  return `${language === 'de' ? 'Kennzahlen' : 'Indicators'}${department ? `_${department}` : ''}_${model.year}.xlsx`;
}
