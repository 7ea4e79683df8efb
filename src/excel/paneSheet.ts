import type { IndicatorValue } from '../domain';
import { indicatorValueKey } from '../domain';
import type { CurrentUser } from '../data/userRepository';
import { columnIndex, IndicatorSheetModel, IndicatorSheetRow, isInputCell, reviewCommentOf, reviewStateText, sheetColumns, sheetMatrix, sheetName } from '../indicatorSheet/sheetLayout';
import { readIndicatorSheet, SheetReading } from '../indicatorSheet/sheetReader';
import type { RowOutcome } from '../indicatorSheet/submission';
import type { PaneServices } from '../app/indicatorEntry/entryServices';
import { loadSheetModel, withReviews, withStored } from '../app/indicatorEntry/sheetModelSource';
import { EntryConflict, LockCheck, lockCheckOf, namedConflicts, ShownStatus, SubmissionSide } from '../app/indicatorEntry/submissionFlow';
import { outcomeText } from '../app/indicatorEntry/submissionTexts';
import type { GridCell, GridCellValue, GridColumnFormat, SheetGrid } from './sheetGrid';
import { PaneState, readPaneState, writePaneState } from './paneState';
import type { PaneStrings } from './paneStrings';
import { format } from '../ui/format';
import { recogniseWorkbook } from './workbookRecognition';

export interface PaneStart {
  readonly user: CurrentUser;
  /** The sheet this workbook was opened with, if it is the signed-in user's department's. */
  readonly saved?: PaneState;
}

/**
 * Who is signed in and the sheet the workbook holds for their department: the one the pane kept
 * its state for, or else the department's workbook of a year as the office wrote it, recognised
 * by its sheet (see `recogniseWorkbook`).
 */
export async function startPane(services: PaneServices, grid: SheetGrid): Promise<PaneStart> {
  const [user, saved] = await Promise.all([services.users.currentUser(), readPaneState(grid)]);
  if (saved) {
    return saved.model.departmentId === user.departmentId ? { user, saved } : { user };
  }
  const recognised = user.departmentId === undefined ? undefined : await recogniseWorkbook(grid, services, user.departmentId);
  return recognised ? { user, saved: recognised } : { user };
}

/**
 * The office's latest decisions on the sheet's values, put into the model and the sheet's review
 * columns: the office may have returned or accepted values since the workbook was last open.
 * Judged on the versions the sheet holds, so a value the user submitted since counts as submitted.
 */
export async function refreshReviews(grid: SheetGrid, services: Pick<PaneServices, 'valueReviews'>, current: PaneState, language: 'de' | 'en'): Promise<PaneState> {
  if (!(await grid.hasSheet(current.sheetName))) {
    return current;
  }
  const reviews = await services.valueReviews.reviewsOf(current.model.year, current.model.departmentId);
  // Meanwhile a submit may have stored new versions, or another year may have been opened: the workbook's state counts.
  const latest = (await readPaneState(grid)) ?? current;
  if (latest.sheetName !== current.sheetName || latest.model.year !== current.model.year) {
    return latest;
  }
  const next: PaneState = { ...latest, model: withReviews(latest.model, reviews) };
  const rows = await rowsByKey(grid, next.sheetName);
  await grid.writeCells(next.sheetName, next.model.rows.flatMap((row) => reviewCells(rows.get(indicatorValueKey(row.indicator.id, next.model.year)), row, language)));
  await writePaneState(grid, next);
  return next;
}

/** Creates (or empties) the year's sheet with the department's indicators, formatted and protected but for the input cells. */
export async function openYearSheet(
  grid: SheetGrid,
  services: PaneServices,
  departmentId: number,
  year: number,
  language: 'de' | 'en',
  strings: PaneStrings
): Promise<{ readonly state: PaneState; readonly status: ShownStatus }> {
  const name = sheetName({ year }, language);
  const model = await loadSheetModel(services, departmentId, year);
  const matrix = sheetMatrix(model, language);
  await grid.openSheet(name);
  await grid.writeValues(name, matrix);
  await grid.formatColumns(name, matrix.length, columnFormats(strings));
  await grid.protectSheet(name, inputCells(model));
  const state: PaneState = { version: 1, sheetName: name, model };
  await writePaneState(grid, state);
  const misplaced = model.misplacedValues ?? [];
  const status: ShownStatus =
    model.rows.length === 0
      ? { kind: 'warning', text: format(strings.NoIndicators, year) }
      : misplaced.length > 0
        ? { kind: 'warning', text: format(strings.MisplacedValues, name, misplaced.length, misplacedTitles(model, misplaced)) }
        : { kind: 'success', text: format(strings.Opened, name, model.rows.length) };
  return { state, status };
}

/** "Teilnehmende 2025, Kurse 2024" */
function misplacedTitles(model: IndicatorSheetModel, values: readonly IndicatorValue[]): string {
  return values.map((value) => `${model.rows.find((row) => row.indicator.id === value.indicatorId)?.indicator.title ?? value.indicatorId} ${value.year}`).join(', ');
}

export interface SheetCheck {
  /** What the sheet holds; none when the sheet is gone. */
  readonly reading?: SheetReading;
  readonly status: ShownStatus;
}

/** Reads and checks the sheet and marks its bad cells. */
export async function checkSheet(grid: SheetGrid, current: PaneState, language: 'de' | 'en', strings: PaneStrings): Promise<SheetCheck> {
  if (!(await grid.hasSheet(current.sheetName))) {
    return { status: { kind: 'warning', text: format(strings.SheetMissing, current.sheetName) } };
  }
  const content = await grid.readContent(current.sheetName);
  const reading = readIndicatorSheet(content.values, content.formulas, current.model, language);
  await grid.clearMarks(current.sheetName);
  await grid.markCells(
    current.sheetName,
    reading.problems.map((problem) => ({ row: problem.row, column: columnIndex(problem.column), message: problem.message }))
  );
  if (reading.problems.length > 0) {
    return { reading, status: { kind: 'warning', text: format(strings.Problems, reading.problems.length) } };
  }
  if (reading.values.length === 0) {
    return { reading, status: { kind: 'info', text: strings.CheckNothing } };
  }
  return { reading, status: { kind: 'success', text: format(strings.CheckClean, reading.values.length) } };
}

/**
 * The workbook side of a submission: each row's outcome goes into the sheet's outcome column,
 * the new versions into its hidden ETag column, and a conflict decided for the stored value
 * puts that value into the row.
 */
export function workbookSubmissionSide(grid: SheetGrid, services: Pick<PaneServices, 'indicatorValues'>, language: 'de' | 'en', onRefreshed: (state: PaneState) => void): SubmissionSide<PaneState> {
  return {
    async settle(current, pending, outcomes) {
      const rows = await rowsByKey(grid, current.sheetName);
      await grid.writeCells(
        current.sheetName,
        Object.entries(outcomes)
          .filter(([key]) => rows.has(key))
          .map(([key, outcome]) => ({ row: rows.get(key)!, column: columnIndex('outcome'), value: outcomeText(outcome, language) }))
      );
      let refreshed = current;
      try {
        refreshed = await refreshStored(grid, services, current, outcomes, rows, language);
        onRefreshed(refreshed);
      } catch {
        // The values are stored; only the sheet's versions could not be renewed. The next submit
        // then reads its own values back as changed with equal content, which counts as done.
      }
      return { model: refreshed.model, conflicts: namedConflicts(refreshed.model, pending, outcomes, (key) => rows.get(key) ?? 0) };
    },
    async takeTheirs(current, conflict: EntryConflict) {
      // The sheet shows the stored value from now on, with its version.
      await grid.writeCells(current.sheetName, valueCells(conflict.row ?? 0, conflict.theirs));
    }
  };
}

/**
 * After a submit the sheet must carry the new versions: the next submit of a value written
 * now is then an update of that version, not a conflict with ourselves. Rows in conflict keep
 * the version the user saw until they decide.
 */
async function refreshStored(
  grid: SheetGrid,
  services: Pick<PaneServices, 'indicatorValues'>,
  current: PaneState,
  outcomes: Readonly<Record<string, RowOutcome>>,
  rows: Map<string, number>,
  language: 'de' | 'en'
): Promise<PaneState> {
  const keyOf = (indicatorId: number): string => indicatorValueKey(indicatorId, current.model.year);
  const done = current.model.rows.filter((row) => {
    const outcome = outcomes[keyOf(row.indicator.id)];
    return outcome && (outcome.kind === 'created' || outcome.kind === 'updated');
  });
  if (done.length === 0) {
    return current;
  }
  const stored = await services.indicatorValues.valuesOf(
    done.map((row) => row.indicator.id),
    [current.model.year]
  );
  const byIndicator = new Map(stored.map((value) => [value.indicatorId, value]));
  const renewed = new Set(done.filter((row) => byIndicator.has(row.indicator.id)).map((row) => row.indicator.id));
  const model: IndicatorSheetModel = {
    ...current.model,
    // A new version of a returned or accepted value is submitted again.
    rows: current.model.rows.map((row) => (renewed.has(row.indicator.id) ? withStored(row, byIndicator.get(row.indicator.id)!) : row))
  };
  await grid.writeCells(
    current.sheetName,
    model.rows
      .filter((row) => renewed.has(row.indicator.id) && rows.has(keyOf(row.indicator.id)))
      .flatMap((row) => {
        const sheetRow = rows.get(keyOf(row.indicator.id))!;
        return [{ row: sheetRow, column: columnIndex('etag'), value: row.stored?.etag ?? null }, ...reviewCells(sheetRow, row, language)];
      })
  );
  const latest = await readPaneState(grid);
  const next: PaneState = { ...(latest ?? current), model };
  await writePaneState(grid, next);
  return next;
}

/** Before every submit and resume the pane asks SharePoint whether the year is locked now, not the sheet. */
export function paneLockCheck(services: Pick<PaneServices, 'reportingYears'>, strings: Pick<PaneStrings, 'YearLockedMeanwhile' | 'YearUnlockedMeanwhile'>): LockCheck<PaneState> {
  return lockCheckOf(services.reportingYears, strings, (state) => state.model);
}

/** Column widths, formats, hidden id columns and Excel's own check of the number columns. */
export function columnFormats(strings: Pick<PaneStrings, 'ValidationDecimal' | 'ValidationWhole'>): GridColumnFormat[] {
  return sheetColumns.map((column, index) => ({
    column: index,
    width: column.width,
    ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
    ...(column.kind === 'hidden' ? { isHidden: true } : {}),
    // Gender parts count persons; a total may be a sum of money or a rate (the pane's check decides per indicator).
    ...(column.kind === 'input' && column.key !== 'comment'
      ? column.key === 'total'
        ? { validation: 'decimal' as const, validationMessage: strings.ValidationDecimal }
        : { validation: 'whole' as const, validationMessage: strings.ValidationWhole }
      : {})
  }));
}

export function inputCells(model: IndicatorSheetModel): GridCell[] {
  return model.rows.flatMap((_, index) =>
    sheetColumns.map((column, columnNumber) => ({ row: index + 1, column: columnNumber, key: column.key })).filter((cell) => isInputCell(model, cell.row, cell.key)).map(({ row, column }) => ({ row, column }))
  );
}

/** Sheet row of each value key, read from the hidden key column (rows may have been moved). */
async function rowsByKey(grid: SheetGrid, name: string): Promise<Map<string, number>> {
  const content = await grid.readContent(name);
  const keyColumn = columnIndex('valueKey');
  const rows = new Map<string, number>();
  content.values.forEach((row, index) => {
    const key = row[keyColumn];
    if (index > 0 && typeof key === 'string' && !rows.has(key)) {
      rows.set(key, index);
    }
  });
  return rows;
}

/** The review cells of a sheet row; none where the row is not in the sheet or its review is unknown. */
function reviewCells(sheetRow: number | undefined, row: IndicatorSheetRow, language: 'de' | 'en'): GridCellValue[] {
  if (sheetRow === undefined || !row.review) {
    return [];
  }
  return [
    { row: sheetRow, column: columnIndex('reviewState'), value: reviewStateText(row.review.state, language) },
    { row: sheetRow, column: columnIndex('reviewComment'), value: reviewCommentOf(row) ?? null }
  ];
}

/** The sheet row of a value (rows may have been moved), to put the cursor on it. */
export async function sheetRowOf(grid: SheetGrid, sheetName: string, key: string): Promise<number | undefined> {
  return (await rowsByKey(grid, sheetName)).get(key);
}

function valueCells(row: number, value: IndicatorValue): GridCellValue[] {
  return [
    { row, column: columnIndex('etag'), value: value.etag ?? null },
    { row, column: columnIndex('total'), value: value.total },
    ...(['female', 'male', 'diverse', 'notStated'] as const).map((key) => ({ row, column: columnIndex(key), value: value[key] ?? null })),
    { row, column: columnIndex('comment'), value: value.comment ?? null }
  ];
}
