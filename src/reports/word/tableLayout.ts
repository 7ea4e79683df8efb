import type { TableBlock, TableCellInput, TableCellSpec } from './documentModel';
import { textWidthTwips, wordsOf } from './textMeasure';

/** Text widths in twips of an A4 page with Word's default margins of 2.54 cm. */
export const portraitTextWidth = 9026;
export const landscapeTextWidth = 13958;
/** Tables are set at 9 pt, a little smaller than body text; 8 and 7 pt when that does not fit. */
export const tableFontSize = 18;
const smallerFontSizes = [16, 14];
/** Word's default cell margins, left and right, 0.19 cm each. */
const cellPadding = 2 * 108;
/** Room for the difference between the estimate and Word's own measure. */
const safety = 1.06;

export interface TableLayout {
  /** Twips per grid column; they add up to the text width (or more, see `isOverflowing`). */
  readonly columnWidths: readonly number[];
  /** Half-points. */
  readonly fontSize: number;
  readonly orientation: 'portrait' | 'landscape';
  /** True only when not even the longest words fit a landscape page at 7 pt: then the table is wider than the text. */
  readonly isOverflowing: boolean;
}

export interface TableLayoutOptions {
  /** The template's text width, when it is not the default A4 portrait. */
  readonly portraitWidth?: number;
  /** Without it (in a template, whose sections the builder does not own), only smaller fonts are tried. */
  readonly landscapeWidth?: number;
}

/** A cell placed in the table's grid. */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly span: number;
  readonly cell: TableCellSpec;
  readonly isHeader: boolean;
}

export function cellSpec(input: TableCellInput): TableCellSpec {
  return typeof input === 'string' ? { text: input } : input;
}

export function cellLines(cell: TableCellSpec): readonly string[] {
  return typeof cell.text === 'string' ? [cell.text] : cell.text;
}

/**
 * Puts every cell at its grid column: a cell spanning columns takes them, one spanning rows keeps
 * its columns taken in the rows below (Word's vertical merge), so the next cell moves right.
 */
export function placeCells(table: Pick<TableBlock, 'header' | 'rows'>): { cells: PlacedCell[]; columnCount: number } {
  const rows = [...table.header.map((row) => ({ row, isHeader: true })), ...table.rows.map((row) => ({ row, isHeader: false }))];
  const taken = new Map<number, Set<number>>();
  const take = (row: number, column: number): void => {
    const set = taken.get(row) ?? new Set<number>();
    set.add(column);
    taken.set(row, set);
  };
  const cells: PlacedCell[] = [];
  let columnCount = 0;
  rows.forEach(({ row, isHeader }, rowIndex) => {
    let column = 0;
    for (const input of row) {
      const cell = cellSpec(input);
      while (taken.get(rowIndex)?.has(column)) {
        column++;
      }
      const span = Math.max(1, cell.columnSpan ?? 1);
      for (let r = 0; r < Math.max(1, cell.rowSpan ?? 1); r++) {
        for (let c = 0; c < span; c++) {
          take(rowIndex + r, column + c);
        }
      }
      cells.push({ row: rowIndex, column, span, cell, isHeader });
      column += span;
    }
    columnCount = Math.max(columnCount, column, ...[...(taken.get(rowIndex) ?? [])].map((c) => c + 1));
  });
  return { cells, columnCount };
}

/**
 * Column widths from the content: no column narrower than its longest word (bold in the header),
 * the room left shared by how much text each column holds, the whole fitted to the text width.
 * When the words do not fit, a smaller font, then a landscape page: never a break inside a word.
 */
export function layoutTable(table: Pick<TableBlock, 'header' | 'rows'>, options: TableLayoutOptions = {}): TableLayout {
  const portrait = options.portraitWidth ?? portraitTextWidth;
  const { cells, columnCount } = placeCells(table);
  const candidates: { width: number; fontSize: number; orientation: TableLayout['orientation'] }[] = [
    ...[tableFontSize, smallerFontSizes[0]].map((fontSize) => ({ width: portrait, fontSize, orientation: 'portrait' as const })),
    ...(options.landscapeWidth !== undefined
      ? [tableFontSize, ...smallerFontSizes].map((fontSize) => ({ width: options.landscapeWidth!, fontSize, orientation: 'landscape' as const }))
      : [{ width: portrait, fontSize: smallerFontSizes[1], orientation: 'portrait' as const }])
  ];
  for (const candidate of candidates) {
    const widths = fitColumns(cells, columnCount, candidate.fontSize, candidate.width);
    if (widths) {
      return { columnWidths: widths, fontSize: candidate.fontSize, orientation: candidate.orientation, isOverflowing: false };
    }
  }
  const last = candidates[candidates.length - 1];
  return { columnWidths: minimumWidths(cells, columnCount, last.fontSize).map(Math.ceil), fontSize: last.fontSize, orientation: last.orientation, isOverflowing: true };
}

function fitColumns(cells: readonly PlacedCell[], columnCount: number, fontSize: number, available: number): number[] | undefined {
  const minimum = minimumWidths(cells, columnCount, fontSize);
  const minimumTotal = sum(minimum);
  if (minimumTotal > available) {
    return undefined;
  }
  const natural = naturalWidths(cells, columnCount, fontSize).map((width, column) => Math.max(Math.min(width, available), minimum[column]));
  const naturalTotal = sum(natural);
  const widths =
    naturalTotal <= available
      ? natural.map((width) => width + ((available - naturalTotal) * width) / naturalTotal)
      : minimum.map((width, column) => width + ((available - minimumTotal) * (natural[column] - minimum[column])) / (naturalTotal - minimumTotal));
  return roundToTotal(widths, available);
}

/** Each column at least as wide as the longest word of its cells; a spanning cell's word spread over its columns. */
function minimumWidths(cells: readonly PlacedCell[], columnCount: number, fontSize: number): number[] {
  const widths = Array.from({ length: columnCount }, () => cellPadding);
  const longestWord = (placed: PlacedCell): number =>
    Math.max(0, ...cellLines(placed.cell).flatMap((line) => wordsOf(line)).map((word) => textWidthTwips(word, fontSize, placed.isHeader || placed.cell.bold === true) * safety)) + cellPadding;
  for (const placed of cells.filter((cell) => cell.span === 1)) {
    widths[placed.column] = Math.max(widths[placed.column], longestWord(placed));
  }
  for (const placed of cells.filter((cell) => cell.span > 1)) {
    const columns = widths.slice(placed.column, placed.column + placed.span);
    const missing = longestWord(placed) - sum(columns);
    if (missing > 0) {
      for (let c = placed.column; c < placed.column + placed.span; c++) {
        widths[c] += missing / placed.span;
      }
    }
  }
  return widths;
}

/** How wide each column would like to be: its longest line unbroken, at most the whole page. */
function naturalWidths(cells: readonly PlacedCell[], columnCount: number, fontSize: number): number[] {
  const widths = Array.from({ length: columnCount }, () => cellPadding);
  for (const placed of cells) {
    const longest = Math.max(0, ...cellLines(placed.cell).map((line) => textWidthTwips(line, fontSize, placed.isHeader || placed.cell.bold === true))) * safety + cellPadding;
    const share = longest / placed.span;
    for (let c = placed.column; c < placed.column + placed.span; c++) {
      widths[c] = Math.max(widths[c], share);
    }
  }
  return widths;
}

function roundToTotal(widths: readonly number[], total: number): number[] {
  const rounded = widths.map((width) => Math.floor(width));
  let rest = total - sum(rounded);
  for (let c = 0; rest > 0; c = (c + 1) % rounded.length, rest--) {
    rounded[c]++;
  }
  return rounded;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
