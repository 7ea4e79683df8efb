import * as React from 'react';
import { MeasureStatusChoices } from '../../domain';
import type { Measure } from '../../domain';
import { exportFileName, exportMeasures } from './catalogueExport';
import type { LoadedCatalogue } from './catalogueLoader';
import { CatalogueFilters, CatalogueIndex, CatalogueRow, CatalogueSortKey, CatalogueView, indexCatalogue, viewCatalogue } from './catalogueView';

/** What the user does with a loaded catalogue: filter, sort, open a measure, export, import. */
export interface CatalogueState {
  readonly filters: CatalogueFilters;
  readonly sort: CatalogueSortKey;
  /** The loaded measures with the user's saved edits, as the grid shows them. */
  readonly measures: readonly Measure[];
  /**
   * Measures saved in the open details panel. The grid takes them when the panel closes:
   * new rows make Fluent's List lay out (and fade in) its rows again, which should not
   * happen behind the panel while the user reads the saved state there.
   */
  readonly savedInPanel: readonly Measure[];
  readonly openMeasureId?: number;
  readonly exportBusy: boolean;
  readonly exportError?: unknown;
  readonly isImportOpen: boolean;
}

export type CatalogueAction =
  | { readonly type: 'filter'; readonly filters: Partial<CatalogueFilters> }
  | { readonly type: 'resetFilters' }
  | { readonly type: 'sort'; readonly sort: CatalogueSortKey }
  | { readonly type: 'open'; readonly measureId: number }
  | { readonly type: 'close' }
  | { readonly type: 'measureSaved'; readonly measure: Measure }
  | { readonly type: 'exportStarted' }
  | { readonly type: 'exportDone' }
  | { readonly type: 'exportFailed'; readonly error: unknown }
  | { readonly type: 'importOpened' }
  | { readonly type: 'importClosed' };

/** A deep link opens its measure once, when the catalogue first shows, if the measure is in it. */
export function initialCatalogueState(measures: readonly Measure[], initialMeasureId?: number): CatalogueState {
  const linked = initialMeasureId === undefined ? undefined : measures.find((measure) => measure.id === initialMeasureId);
  return { filters: {}, sort: 'number', measures, savedInPanel: [], openMeasureId: linked?.id, exportBusy: false, isImportOpen: false };
}

export function catalogueReducer(state: CatalogueState, action: CatalogueAction): CatalogueState {
  switch (action.type) {
    case 'filter':
      return { ...state, filters: { ...state.filters, ...action.filters } };
    case 'resetFilters':
      return { ...state, filters: {} };
    case 'sort':
      return { ...state, sort: action.sort };
    case 'open':
      return { ...state, openMeasureId: action.measureId };
    case 'close': {
      const saved = new Map(state.savedInPanel.map((measure) => [measure.id, measure]));
      const measures = saved.size === 0 ? state.measures : state.measures.map((measure) => saved.get(measure.id) ?? measure);
      return { ...state, openMeasureId: undefined, measures, savedInPanel: [] };
    }
    case 'measureSaved':
      return { ...state, savedInPanel: [...state.savedInPanel.filter((measure) => measure.id !== action.measure.id), action.measure] };
    case 'exportStarted':
      return { ...state, exportBusy: true, exportError: undefined };
    case 'exportDone':
      return { ...state, exportBusy: false, exportError: undefined };
    case 'exportFailed':
      return { ...state, exportBusy: false, exportError: action.error };
    case 'importOpened':
      return { ...state, isImportOpen: true };
    case 'importClosed':
      return { ...state, isImportOpen: false };
  }
}

export function hasFilters(filters: CatalogueFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== '');
}

/** Exports the rows shown now as .xlsx in the import layout and hands the file to `offer`. */
export async function exportShownMeasures(
  dispatch: (action: CatalogueAction) => void,
  data: LoadedCatalogue,
  rows: readonly CatalogueRow[],
  fileNamePrefix: string,
  offer: (file: Blob, fileName: string) => void,
  today: Date = new Date()
): Promise<void> {
  dispatch({ type: 'exportStarted' });
  try {
    const blob = await exportMeasures(data, rows.map((row) => row.measure));
    offer(blob, exportFileName(fileNamePrefix, data.period, today));
    dispatch({ type: 'exportDone' });
  } catch (error) {
    dispatch({ type: 'exportFailed', error });
  }
}

export interface CatalogueWorkflow {
  readonly state: CatalogueState;
  readonly data: LoadedCatalogue;
  readonly view: CatalogueView;
  readonly openRow?: CatalogueRow;
  readonly dispatch: (action: CatalogueAction) => void;
  readonly exportShown: () => Promise<void>;
}

/**
 * The loaded catalogue as the user sees it. The index (rows with their goal, department,
 * indicators) is built once per loaded catalogue and after a save, not on every keystroke;
 * the view is recomputed only when filters, sort or data change.
 */
export function useCatalogue(loaded: LoadedCatalogue, initialMeasureId: number | undefined, exportFileNamePrefix: string, offer: (file: Blob, fileName: string) => void): CatalogueWorkflow {
  const [state, dispatch] = React.useReducer(catalogueReducer, undefined, () => initialCatalogueState(loaded.measures, initialMeasureId));
  const data = React.useMemo(() => (state.measures === loaded.measures ? loaded : { ...loaded, measures: state.measures }), [loaded, state.measures]);
  // The loader built the index of the measures as loaded; a saved edit builds a new one.
  const index: CatalogueIndex = React.useMemo(() => (data.measures === loaded.measures ? loaded.index : indexCatalogue(data, MeasureStatusChoices.codes)), [data, loaded]);
  const view = React.useMemo(() => viewCatalogue(index, state.filters, state.sort), [index, state.filters, state.sort]);
  const openRow = state.openMeasureId === undefined ? undefined : index.rowById.get(state.openMeasureId);
  const exportShown = React.useCallback(() => exportShownMeasures(dispatch, data, view.rows, exportFileNamePrefix, offer), [data, view.rows, exportFileNamePrefix, offer]);
  return { state, data, view, openRow, dispatch, exportShown };
}
