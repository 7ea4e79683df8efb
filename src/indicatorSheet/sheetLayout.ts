import type { CorrectionRequest, Indicator, IndicatorValue, Language, ReportingYear, ValueReviewState, ValueReviewStatus } from '../domain';
import { germanDay, indicatorValueKey } from '../domain';
import { formatSheetMessage } from './sheetMessages';

/** One indicator of the department in the sheet of one year. */
export interface IndicatorSheetRow {
  readonly indicator: Indicator;
  readonly measureNumber?: string;
  readonly measureTitle: string;
  /** Last year's value, shown for reference. */
  readonly previous?: IndicatorValue;
  /** This year's stored value with id and ETag, if any: prefilled, and the version a submit must match. */
  readonly stored?: IndicatorValue;
  /** Correction requests of this value the office has not decided yet, oldest first: shown in the outcome cell. */
  readonly openRequests?: readonly CorrectionRequest[];
  /**
   * Where this year's value stands in the office's review, judged on `stored`'s ETag: a returned
   * row carries the office's comment in `latest`. Absent where the reviews were not read.
   */
  readonly review?: ValueReviewStatus;
}

/** What a sheet is built from and checked against: exactly the indicators of one department's own measures. */
export interface IndicatorSheetModel {
  readonly departmentId: number;
  readonly departmentName: string;
  readonly year: number;
  readonly rows: readonly IndicatorSheetRow[];
  /**
   * Present when the office has locked the year: every change is then a correction, and the
   * comment cell of a changed row must give its reason (see `readIndicatorSheet`).
   */
  readonly lockedYear?: ReportingYear;
  /** Stored values of these indicators filed under another department or folder: shown as a warning, never as the row's value. */
  readonly misplacedValues?: readonly IndicatorValue[];
  /**
   * True when a department enters the values of a locked year: its year folder is read-only then,
   * so a changed value is filed as a correction request for the office to decide, not written.
   * The office itself corrects directly.
   */
  readonly correctionsByRequest?: boolean;
  /** The year's deadline (Abgabefrist, `YYYY-MM-DD`) as the office set it when it opened the year: shown in the header. */
  readonly deadline?: string;
  /** The page "Kennzahlen erfassen", where a contact without the add-in uploads the file: named in the notes. */
  readonly entryPageUrl?: string;
}

export type CellValue = string | number | boolean | null;

/**
 * A cell Excel shows as a date. Excel stores a date as its serial number (15.03.2024 is 45366),
 * so read as a plain number it would pass as a count; both readers (office.js and .xlsx) hand it
 * over as this instead, and the sheet reader refuses it with the date the user sees.
 */
export interface CellDate {
  /** `YYYY-MM-DD`. */
  readonly date: string;
}

/** What a reader of a filled sheet may find in a cell. */
export type ReadCellValue = CellValue | CellDate;

export function isCellDate(value: ReadCellValue | undefined): value is CellDate {
  return typeof value === 'object' && value !== null && typeof value.date === 'string';
}

/** "A1"-style address of a 0-based cell of the matrix (row 0 = the header). */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

export type SheetColumnKey =
  | 'valueKey'
  | 'indicatorId'
  | 'etag'
  | 'measure'
  | 'indicator'
  | 'unit'
  | 'previousTotal'
  | 'total'
  | 'female'
  | 'male'
  | 'diverse'
  | 'notStated'
  | 'comment'
  | 'outcome'
  | 'reviewState'
  | 'reviewComment';

export type SheetColumnKind = 'hidden' | 'key' | 'reference' | 'input' | 'outcome' | 'review';

export interface SheetColumn {
  readonly key: SheetColumnKey;
  readonly header: { readonly de: string; readonly en: string };
  /**
   * hidden: ids the reader matches rows by; key/reference: read-only; input: the user's cells;
   * outcome: written back after a submit; review: the office's verdict, read-only and never read back.
   */
  readonly kind: SheetColumnKind;
  /** Column width in characters. */
  readonly width: number;
  /** Excel number format; `@` keeps a cell text, so a typed "=…" stays text instead of becoming a formula. */
  readonly numberFormat?: string;
}

/** Column order is the sheet's order; the reader finds cells by it. */
export const sheetColumns: readonly SheetColumn[] = [
  { key: 'valueKey', header: { de: 'Wertschlüssel', en: 'Value key' }, kind: 'hidden', width: 12, numberFormat: '@' },
  { key: 'indicatorId', header: { de: 'Kennzahl-ID', en: 'Indicator id' }, kind: 'hidden', width: 10, numberFormat: '0' },
  { key: 'etag', header: { de: 'Version', en: 'Version' }, kind: 'hidden', width: 10, numberFormat: '@' },
  { key: 'measure', header: { de: 'Maßnahme', en: 'Measure' }, kind: 'key', width: 40 },
  { key: 'indicator', header: { de: 'Kennzahl', en: 'Indicator' }, kind: 'key', width: 40 },
  { key: 'unit', header: { de: 'Einheit', en: 'Unit' }, kind: 'reference', width: 12 },
  { key: 'previousTotal', header: { de: 'Vorjahr', en: 'Last year' }, kind: 'reference', width: 12, numberFormat: 'General' },
  { key: 'total', header: { de: 'Gesamt', en: 'Total' }, kind: 'input', width: 12, numberFormat: 'General' },
  { key: 'female', header: { de: 'Weiblich', en: 'Female' }, kind: 'input', width: 10, numberFormat: '0' },
  { key: 'male', header: { de: 'Männlich', en: 'Male' }, kind: 'input', width: 10, numberFormat: '0' },
  { key: 'diverse', header: { de: 'Divers', en: 'Diverse' }, kind: 'input', width: 10, numberFormat: '0' },
  { key: 'notStated', header: { de: 'Ohne Angabe', en: 'Not stated' }, kind: 'input', width: 12, numberFormat: '0' },
  { key: 'comment', header: { de: 'Kommentar', en: 'Comment' }, kind: 'input', width: 40, numberFormat: '@' },
  { key: 'outcome', header: { de: 'Ergebnis', en: 'Outcome' }, kind: 'outcome', width: 30 },
  // The review columns come last: sheets and files written before them keep their layout, and the
  // reader neither checks their headers nor reads their cells (see `isReadColumn`).
  { key: 'reviewState', header: { de: 'Prüfung', en: 'Review' }, kind: 'review', width: 18, numberFormat: '@' },
  { key: 'reviewComment', header: { de: 'Hinweis der Koordinierungsstelle', en: 'Comment of the coordination office' }, kind: 'review', width: 45, numberFormat: '@' }
];

/** Whether the reader looks at a column at all: the office's review columns are shown, never read back. */
export function isReadColumn(column: SheetColumn): boolean {
  return column.kind !== 'review';
}

export const genderColumnKeys = ['female', 'male', 'diverse', 'notStated'] as const satisfies readonly SheetColumnKey[];

export function columnIndex(key: SheetColumnKey): number {
  const index = sheetColumns.findIndex((column) => column.key === key);
  if (index < 0) {
    throw new Error(`Unknown sheet column ${key}`);
  }
  return index;
}

/**
 * The header row's texts: the two year-bound columns name their year, so a sheet pasted into
 * another year's sheet shows it, and this year's column names the deadline where there is one.
 * The reader checks only that a header starts with its column's name, so both stay readable.
 */
export function headerTexts(model: Pick<IndicatorSheetModel, 'year' | 'deadline'>, language: Language): string[] {
  return sheetColumns.map((column) => {
    const text = column.header[language];
    if (column.key === 'previousTotal') {
      return `${text} ${model.year - 1}`;
    }
    if (column.key === 'total') {
      const deadline = model.deadline ? deadlineText(model.deadline, language) : undefined;
      return deadline ? `${text} ${model.year} (${deadline})` : `${text} ${model.year}`;
    }
    return text;
  });
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Abgabe bis 31.03.2027" / "due 31 March 2027"; nothing for a value that is no day. */
export function deadlineText(deadline: string, language: Language): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (!match) {
    return undefined;
  }
  const [, year, month, day] = match;
  return language === 'de' ? `Abgabe bis ${germanDay(deadline)}` : `due ${Number(day)} ${englishMonths[Number(month) - 1]} ${year}`;
}

/**
 * The sheet as a matrix: the header row, then one row per indicator with its hidden ids,
 * read-only key and reference cells, and this year's stored value prefilled. Gender cells of an
 * indicator that is not split stay empty and are not input cells (see `isInputCell`).
 */
export function sheetMatrix(model: IndicatorSheetModel, language: Language): CellValue[][] {
  return [headerTexts(model, language), ...model.rows.map((row) => sheetRow(model, row, language))];
}

function sheetRow(model: IndicatorSheetModel, row: IndicatorSheetRow, language: Language): CellValue[] {
  const { indicator, stored } = row;
  const split = indicator.isGenderSplit;
  const cells: Record<SheetColumnKey, CellValue> = {
    valueKey: indicatorValueKey(indicator.id, model.year),
    indicatorId: indicator.id,
    etag: stored?.etag ?? null,
    measure: row.measureNumber ? `${row.measureNumber} ${row.measureTitle}` : row.measureTitle,
    indicator: indicator.title,
    unit: indicator.unit,
    previousTotal: row.previous?.total ?? null,
    total: stored?.total ?? null,
    female: split ? stored?.female ?? null : null,
    male: split ? stored?.male ?? null : null,
    diverse: split ? stored?.diverse ?? null : null,
    notStated: split ? stored?.notStated ?? null : null,
    comment: stored?.comment ?? null,
    outcome: openRequestText(row, language),
    reviewState: reviewStateText(row.review?.state, language),
    reviewComment: reviewCommentOf(row) ?? null
  };
  return sheetColumns.map((column) => cells[column.key]);
}

/** "Korrekturantrag offen: 130 …" for the latest undecided request of a row, so that nobody files it again unawares. */
export function openRequestText(row: IndicatorSheetRow, language: Language): string | null {
  const latest = row.openRequests?.[row.openRequests.length - 1];
  if (!latest) {
    return null;
  }
  const number = (n: number): string => n.toLocaleString(language === 'de' ? 'de-DE' : 'en-US');
  return formatSheetMessage('outcome.requestOpen', { value: number(latest.requested.total), count: row.openRequests!.length, reason: latest.reason }, language);
}

/**
 * The review state as a sheet shows it: a symbol and a word, so that a returned row reads as
 * returned without its colour. A row without a value (or without read reviews) shows nothing.
 */
export function reviewStateText(state: ValueReviewState | undefined, language: Language): string | null {
  switch (state) {
    case 'submitted':
      return formatSheetMessage('review.submitted', {}, language);
    case 'returned':
      return formatSheetMessage('review.returned', {}, language);
    case 'accepted':
      return formatSheetMessage('review.accepted', {}, language);
    default:
      return null;
  }
}

/** The office's comment that applies to the row's current value: the one of its return (or acceptance). */
export function reviewCommentOf(row: Pick<IndicatorSheetRow, 'review'>): string | undefined {
  const review = row.review;
  if (!review?.latest || (review.state !== 'returned' && review.state !== 'accepted')) {
    return undefined;
  }
  const comment = review.latest.comment?.trim();
  return comment ? comment : undefined;
}

/** Whether the office returned the row's current value. */
export function isReturnedRow(row: Pick<IndicatorSheetRow, 'review'>): boolean {
  return row.review?.state === 'returned';
}

/**
 * Whether the user may type into a cell. `rowIndex` counts matrix rows (0 = header). Gender
 * cells of an indicator that is not split by gender are locked: its parts would be stored but
 * never shown or summed.
 */
export function isInputCell(model: IndicatorSheetModel, rowIndex: number, key: SheetColumnKey): boolean {
  const row = model.rows[rowIndex - 1];
  const column = sheetColumns.find((candidate) => candidate.key === key);
  if (!row || !column || column.kind !== 'input') {
    return false;
  }
  return (genderColumnKeys as readonly SheetColumnKey[]).includes(key) ? row.indicator.isGenderSplit : true;
}

/** Excel limits sheet names to 31 characters without []:*?/\ . */
export function sheetName(model: Pick<IndicatorSheetModel, 'year'>, language: Language): string {
  const base = language === 'de' ? 'Kennzahlen' : 'Indicators';
  return `${base} ${model.year}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}
