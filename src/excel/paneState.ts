import type { IndicatorSheetModel } from '../indicatorSheet/sheetLayout';
import type { PendingStore, PendingSubmission } from '../indicatorSheet/submission';
import type { SheetGrid } from './sheetGrid';

/**
 * What the pane keeps in the workbook: the sheet it opened and the model it was built from
 * (with the ETags of that moment, so a value changed elsewhere afterwards is a conflict even
 * after Excel was closed), and a submission that has not finished yet.
 */
export interface PaneState {
  readonly version: 1;
  readonly sheetName: string;
  readonly model: IndicatorSheetModel;
  readonly pending?: PendingSubmission;
  /**
   * The workbook is the department's workbook of this sheet's year (the office wrote it into the
   * department's folder): the pane offers no other year and no "open year", the sheet is the file's.
   */
  readonly isYearWorkbook?: boolean;
}

export async function readPaneState(grid: SheetGrid): Promise<PaneState | undefined> {
  const json = await grid.readState();
  if (!json) {
    return undefined;
  }
  try {
    const state = JSON.parse(json) as PaneState;
    // A state of another (future) shape is ignored rather than misread.
    return state.version === 1 && typeof state.sheetName === 'string' && state.model ? state : undefined;
  } catch {
    return undefined;
  }
}

export async function writePaneState(grid: SheetGrid, state: PaneState): Promise<void> {
  await grid.writeState(JSON.stringify(state));
}

/** The pending submission, kept in the workbook next to the sheet it came from. */
export class WorkbookPendingStore implements PendingStore {
  public constructor(private readonly grid: SheetGrid) {}

  public async load(): Promise<PendingSubmission | undefined> {
    return (await readPaneState(this.grid))?.pending;
  }

  public async save(pending: PendingSubmission): Promise<void> {
    const state = await readPaneState(this.grid);
    if (!state) {
      throw new Error('The workbook holds no indicator sheet to submit.');
    }
    await writePaneState(this.grid, { ...state, pending });
  }

  public async clear(): Promise<void> {
    const state = await readPaneState(this.grid);
    if (state?.pending) {
      const rest: PaneState = { ...state, pending: undefined };
      await writePaneState(this.grid, rest);
    }
  }
}
