import { indicatorValueKey } from '../domain';
import { columnIndex, isReadColumn, sheetColumns } from '../indicatorSheet/sheetLayout';
import type { PaneServices } from '../app/indicatorEntry/entryServices';
import { loadSheetModel } from '../app/indicatorEntry/sheetModelSource';
import type { GridContent, SheetGrid } from './sheetGrid';
import { PaneState, writePaneState } from './paneState';

/** What an indicator sheet written for one department and year says of itself. */
export interface SheetIdentity {
  readonly sheetName: string;
  readonly year: number;
  /** The indicators of its rows, from the hidden id column. */
  readonly indicatorIds: readonly number[];
}

/**
 * Whether a worksheet is an indicator sheet already written, and for which year: its header row
 * is the sheet's (in German or English, whichever it was written in; the office's review columns
 * may be missing in older files), the total column's header names the year ("Gesamt 2025 …"), and
 * every row's hidden value key is that of its hidden indicator id in that year. A sheet a user
 * rearranged or filled with other rows is not recognised, and the pane then offers to write one.
 */
export function sheetIdentityOf(sheetName: string, values: GridContent['values']): SheetIdentity | undefined {
  const [header, ...rows] = values;
  if (!header || rows.length === 0) {
    return undefined;
  }
  const headerText = (column: number): string => (typeof header[column] === 'string' ? (header[column] as string).trim() : '');
  const isOurHeader = sheetColumns.every(
    (column, index) => !isReadColumn(column) || headerText(index).startsWith(column.header.de) || headerText(index).startsWith(column.header.en)
  );
  // "Gesamt 2025", and where the office set a deadline "Gesamt 2025 (Abgabe bis 31.03.2026)".
  const year = Number(/^\S+\s+(\d{4})\b/.exec(headerText(columnIndex('total')))?.[1]);
  if (!isOurHeader || !Number.isInteger(year) || year === 0) {
    return undefined;
  }
  const indicatorIds: number[] = [];
  for (const row of rows) {
    const id = row[columnIndex('indicatorId')];
    const key = row[columnIndex('valueKey')];
    if (id === null && key === null) {
      continue; // an empty row below the sheet
    }
    if (typeof id !== 'number' || !Number.isInteger(id) || key !== indicatorValueKey(id, year)) {
      return undefined;
    }
    indicatorIds.push(id);
  }
  return indicatorIds.length > 0 ? { sheetName, year, indicatorIds } : undefined;
}

/**
 * The department's workbook of a year, as the office writes it into the department's folder:
 * the pane takes the sheet as written (no year to pick, nothing to write) when it is an indicator
 * sheet of exactly the signed-in user's department's indicators of that year. The sheet stays as
 * it is; the pane keeps its state beside it, as after "Jahr öffnen", so that checking, submitting
 * and resuming work on it unchanged. Of several such sheets the latest year's counts.
 */
export async function recogniseWorkbook(grid: SheetGrid, services: PaneServices, departmentId: number): Promise<PaneState | undefined> {
  const identities: SheetIdentity[] = [];
  for (const name of await grid.sheetNames()) {
    const identity = sheetIdentityOf(name, (await grid.readContent(name)).values);
    if (identity) {
      identities.push(identity);
    }
  }
  const latest = identities.sort((a, b) => b.year - a.year)[0];
  if (!latest) {
    return undefined;
  }
  const model = await loadSheetModel(services, departmentId, latest.year);
  const own = new Set(model.rows.map((row) => row.indicator.id));
  // Another department's sheet (a forwarded file) is not this user's to send.
  if (!latest.indicatorIds.every((id) => own.has(id))) {
    return undefined;
  }
  const state: PaneState = { version: 1, sheetName: latest.sheetName, model, isYearWorkbook: true };
  await writePaneState(grid, state);
  return state;
}
