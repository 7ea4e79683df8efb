import type { FieldProblem, IndicatorValue, Language, MessageKey } from '../domain';
import { checkCorrection, indicatorValueKey, looksLikeFormula, validateIndicatorValue, withCorrection, withoutInvisibleCharacters } from '../domain';
import { CellDate, cellAddress, columnIndex, genderColumnKeys, IndicatorSheetModel, IndicatorSheetRow, isCellDate, isReadColumn, ReadCellValue, SheetColumnKey, sheetColumns } from './sheetLayout';
import { formatSheetMessage, SheetMessageKey } from './sheetMessages';

/** A bad cell: `row` is the 0-based row of the matrix (0 = header), the message says what to do. */
export interface CellProblem {
  readonly row: number;
  readonly column: SheetColumnKey;
  readonly message: string;
}

export interface SheetReading {
  /** The values of the clean, non-empty rows, with the stored item's id and the ETag the sheet was opened with. */
  readonly values: IndicatorValue[];
  readonly problems: CellProblem[];
}

/**
 * Largest value the sheet accepts. No municipal indicator (persons, euros, percent) comes near
 * a trillion; beyond it a value is a typo or a pasted id, and well below 2^53 it stays exact and
 * within the 15 significant digits of a SharePoint Number column.
 */
export const maxIndicatorValue = 1e12;

const numberColumns = ['total', ...genderColumnKeys] as const;
type NumberColumn = (typeof numberColumns)[number];
const inputColumns: readonly SheetColumnKey[] = sheetColumns.filter((column) => column.kind === 'input').map((column) => column.key);

/**
 * Reads a filled sheet back against the model it was built from. Rows are matched by their
 * hidden indicator id, so moved rows are fine and deleted or empty rows submit nothing. The
 * visible key cells (measure, indicator, unit, last year) are ignored: the hidden id decides,
 * and an edited title changes nothing in SharePoint. Everything a user can get wrong in a cell
 * becomes a problem on that cell; only rows without problems come back as values.
 *
 * In a year the office has locked (`model.lockedYear`), a row that differs from the stored value
 * (or reports a value for the first time) is a correction: its comment cell must hold the reason,
 * and a comment left as stored is not one. The sheet has no extra column for it, so sheets opened
 * before the lock, the add-in and the downloadable workbook keep their layout; the value comes back
 * with `isCorrection` and `correctionReason`. A value corrected once stays marked.
 *
 * Text cells are read without invisible characters (zero-width space, soft hyphen, BOM) that
 * come along when values are pasted from web pages or mails; a number stored as text ("42") is
 * the number. A cell Excel shows as a date is refused with that date, never read as its serial.
 */
export function readIndicatorSheet(
  values: readonly (readonly ReadCellValue[])[],
  formulas: ReadonlyArray<ReadonlyArray<string | null>> | undefined,
  model: IndicatorSheetModel,
  language: Language
): SheetReading {
  const problems: CellProblem[] = [];
  const read: IndicatorValue[] = [];
  if (values.length === 0) {
    return { values: read, problems };
  }
  const headerProblem = checkHeader(values[0], language);
  if (headerProblem) {
    // Columns moved or inserted: no cell can be trusted to be what its position says.
    return { values: read, problems: [headerProblem] };
  }

  const rowsById = new Map(model.rows.map((row) => [row.indicator.id, row]));
  const firstRowOf = new Map<number, number>();
  const say = (row: number, column: SheetColumnKey, key: SheetMessageKey, params?: Readonly<Record<string, string | number>>): void => {
    problems.push({ row, column, message: formatSheetMessage(key, params, language) });
  };

  for (let r = 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const cell = (key: SheetColumnKey): ReadCellValue => cleaned(cells[columnIndex(key)]);
    if (inputColumns.every((key) => isBlank(cell(key)))) {
      continue; // an empty row submits nothing
    }

    const id = readId(cell('indicatorId'));
    if (id === undefined) {
      say(r, 'indicator', 'sheet.idMissing');
      continue;
    }
    const row = rowsById.get(id);
    if (!row) {
      // An edited hidden id, or a row pasted from another department's sheet.
      say(r, 'indicator', 'sheet.idForeign', { id, department: model.departmentName });
      continue;
    }
    const key = cell('valueKey');
    const expectedKey = indicatorValueKey(id, model.year);
    if (!isBlank(key) && textOf(key).trim() !== expectedKey) {
      say(r, 'indicator', 'sheet.keyForeignYear', { key: textOf(key), year: model.year });
      continue;
    }
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      say(r, 'indicator', 'sheet.duplicateRow', { first: first + 1 });
      continue;
    }
    firstRowOf.set(id, r);

    const rowProblems = readRow(r, cell, formulas?.[r], row, model, language);
    problems.push(...rowProblems.problems);
    if (rowProblems.value) {
      read.push(rowProblems.value);
    }
  }
  return { values: read, problems };
}

function readRow(
  r: number,
  cell: (key: SheetColumnKey) => ReadCellValue,
  formulaRow: ReadonlyArray<string | null> | undefined,
  row: IndicatorSheetRow,
  model: IndicatorSheetModel,
  language: Language
): { value?: IndicatorValue; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const failed = new Set<SheetColumnKey>();
  const say = (column: SheetColumnKey, key: SheetMessageKey, params?: Readonly<Record<string, string | number>>): void => {
    failed.add(column);
    problems.push({ row: r, column, message: formatSheetMessage(key, params, language) });
  };

  for (const key of inputColumns) {
    const formula = formulaRow?.[columnIndex(key)];
    if (typeof formula === 'string' && formula.trim().startsWith('=')) {
      say(key, 'sheet.formula');
    }
  }

  const numbers: Partial<Record<NumberColumn, unknown>> = {};
  for (const key of numberColumns) {
    if (failed.has(key)) {
      numbers[key] = Number.NaN;
      continue;
    }
    const raw = cell(key);
    if (isBlank(raw)) {
      continue;
    }
    // A number stored as text (a cell formatted as text, a value pasted from a mail): only plain
    // digits count, since "1.234" or "1,5" read differently in German and English.
    const digits = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
    if (isCellDate(raw)) {
      say(key, 'sheet.dateInNumberCell', { cell: cellAddress(r, columnIndex(key)), date: dateText(raw, language) });
      numbers[key] = Number.NaN;
    } else if (typeof raw === 'string' && digits === undefined) {
      say(key, looksLikeFormula(raw) ? 'sheet.formulaText' : 'sheet.textInNumberCell', { text: shorten(raw) });
      numbers[key] = Number.NaN;
    } else if (digits !== undefined && digits > maxIndicatorValue) {
      say(key, 'sheet.tooLarge', { value: digits, max: maxIndicatorValue.toLocaleString(language === 'de' ? 'de-DE' : 'en-US') });
      numbers[key] = Number.NaN;
    } else if (digits !== undefined) {
      numbers[key] = digits;
    } else if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      say(key, 'sheet.notANumber');
      numbers[key] = Number.NaN;
    } else if (raw > maxIndicatorValue) {
      say(key, 'sheet.tooLarge', { value: raw, max: maxIndicatorValue.toLocaleString(language === 'de' ? 'de-DE' : 'en-US') });
      numbers[key] = Number.NaN;
    } else {
      numbers[key] = raw;
    }
  }

  let comment: string | undefined;
  const rawComment = cell('comment');
  if (!failed.has('comment') && !isBlank(rawComment)) {
    // A comment like "-5 % weniger Teilnehmende" or "+ 2 Kurse" is what offices write: it is kept.
    // Every sheet writes comments as text (number format @), so no spreadsheet runs it; a real
    // formula in the cell is refused above.
    comment = (isCellDate(rawComment) ? dateText(rawComment, language) : textOf(rawComment)).trim();
  }

  const checked = validateIndicatorValue(
    {
      indicatorId: row.indicator.id,
      year: model.year,
      total: numbers.total,
      female: numbers.female,
      male: numbers.male,
      diverse: numbers.diverse,
      notStated: numbers.notStated,
      comment,
      // Source is not a sheet column: it carries over from this year's or last year's value.
      source: row.stored?.source ?? row.previous?.source,
      departmentId: row.indicator.departmentId
    },
    row.indicator,
    row.previous
  );
  for (const problem of checked.problems) {
    const column = columnOf(problem.field);
    // A cell already refused above (text, formula, …) is not reported twice.
    if (!failed.has(column) && !(problem.message === 'value.commentRequired' && failed.has('comment'))) {
      problems.push({ row: r, column, message: formatSheetMessage(sheetKeyOf(problem.message), paramsOf(problem), language) });
    }
  }
  if (problems.length > 0 || !checked.value) {
    return { problems };
  }
  const correction = checkCorrection(model.lockedYear !== undefined, row.stored, checked.value, comment);
  if (correction.kind === 'reasonRequired') {
    problems.push({ row: r, column: 'comment', message: formatSheetMessage('sheet.correctionReasonRequired', { year: model.year }, language) });
    return { problems };
  }
  const etag = cell('etag');
  const value: IndicatorValue = {
    ...withCorrection(checked.value, row.stored, correction),
    ...(row.stored?.id !== undefined ? { id: row.stored.id } : {}),
    // The version the user saw when the sheet was opened: a submit must match it.
    ...(typeof etag === 'string' && etag.trim() !== '' ? { etag: etag.trim() } : {})
  };
  return { value, problems };
}

function checkHeader(header: readonly ReadCellValue[], language: Language): CellProblem | undefined {
  for (let c = 0; c < sheetColumns.length; c++) {
    const column = sheetColumns[c];
    if (!isReadColumn(column)) {
      // The office's review columns: a sheet made before them lacks them, and nothing in them is read.
      continue;
    }
    const found = textOf(cleaned(header[c])).trim();
    // Either language is fine (a sheet opened in English and read in German); the year suffix may differ.
    if (!found.startsWith(column.header.de) && !found.startsWith(column.header.en)) {
      return { row: 0, column: column.key, message: formatSheetMessage('sheet.headerChanged', { found, expected: column.header[language] }, language) };
    }
  }
  return undefined;
}

function readId(raw: ReadCellValue): number | undefined {
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** A cell's value with invisible characters removed from text. */
function cleaned(raw: ReadCellValue | undefined): ReadCellValue {
  return typeof raw === 'string' ? withoutInvisibleCharacters(raw) : raw ?? null;
}

function textOf(raw: ReadCellValue): string {
  return isCellDate(raw) ? raw.date : String(raw ?? '');
}

/** The date as the user's Excel shows it: 15.03.2024 in German, unambiguous 2024-03-15 in English. */
function dateText(value: CellDate, language: Language): string {
  const [year, month, day] = value.date.split('-');
  return language === 'de' ? `${day}.${month}.${year}` : value.date;
}

function isBlank(raw: ReadCellValue | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 20 ? `${trimmed.slice(0, 19)}…` : trimmed;
}

function columnOf(field: string): SheetColumnKey {
  return field === 'year' ? 'valueKey' : (field as SheetColumnKey);
}

const sheetKeyByDomainKey: Partial<Record<MessageKey, SheetMessageKey>> = {
  'value.notANumber': 'sheet.notANumber',
  'value.required': 'sheet.totalRequired',
  'value.negative': 'sheet.negative',
  'value.notInteger': 'sheet.notInteger',
  'value.yearInvalid': 'sheet.yearInvalid',
  'value.genderPartsIncomplete': 'sheet.genderPartsIncomplete',
  'value.genderPartsNotSplit': 'sheet.genderPartsNotSplit',
  'value.genderSumMismatch': 'sheet.genderSumMismatch',
  'value.commentRequired': 'sheet.commentRequired'
};

function sheetKeyOf(key: MessageKey): SheetMessageKey {
  return sheetKeyByDomainKey[key] ?? 'sheet.notANumber';
}

function paramsOf(problem: FieldProblem): Readonly<Record<string, string | number>> {
  return problem.params ?? {};
}
