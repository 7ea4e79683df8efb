import * as React from 'react';
import type { Department, PlanPeriod } from '../../domain';
import { uiLanguage } from '../../domain';
import type { ProductServices } from '../services';
import { comparedPeriods, ComparedPeriods, defaultPair, filterLines, LineFilter, noLineFilter, PeriodPair, pairProblem } from './periodComparisonModel';

export type PeriodComparisonServices = Pick<ProductServices, 'catalogue' | 'departments' | 'locale' | 'reports'>;

export interface PeriodComparisonState {
  /** `loading`: the periods; `comparing`: the two catalogues; `failed`: either, see `error`. */
  readonly status: 'loading' | 'comparing' | 'ready' | 'failed';
  readonly error?: unknown;
  readonly periods: readonly PlanPeriod[];
  readonly departments: readonly Department[];
  readonly pair: PeriodPair;
  /** The last comparison; stays shown (marked as outdated by `status`) while the next is read. */
  readonly compared?: ComparedPeriods;
  readonly filter: LineFilter;
  readonly download: { readonly isWorking: boolean; readonly error?: unknown; readonly fileName?: string };
}

export type PeriodComparisonEvent =
  | { readonly type: 'loaded'; readonly periods: readonly PlanPeriod[]; readonly departments: readonly Department[] }
  | { readonly type: 'pairChosen'; readonly pair: PeriodPair }
  | { readonly type: 'comparing' }
  | { readonly type: 'compared'; readonly compared: ComparedPeriods }
  | { readonly type: 'failed'; readonly error: unknown }
  | { readonly type: 'retried' }
  | { readonly type: 'filtered'; readonly filter: Partial<LineFilter> }
  | { readonly type: 'downloading' }
  | { readonly type: 'downloaded'; readonly fileName: string }
  | { readonly type: 'downloadFailed'; readonly error: unknown };

export const initialPeriodComparison: PeriodComparisonState = { status: 'loading', periods: [], departments: [], pair: {}, filter: noLineFilter, download: { isWorking: false } };

export function periodComparisonReducer(state: PeriodComparisonState, event: PeriodComparisonEvent): PeriodComparisonState {
  switch (event.type) {
    case 'loaded':
      return { ...state, periods: event.periods, departments: event.departments, pair: defaultPair(event.periods), status: 'ready', error: undefined };
    case 'pairChosen':
      return { ...state, pair: event.pair, download: { isWorking: false } };
    case 'comparing':
      return { ...state, status: 'comparing', error: undefined };
    case 'compared':
      // A slower answer for a pair chosen before is not the comparison asked for now.
      if (event.compared.previous.id !== state.pair.previousId || event.compared.next.id !== state.pair.nextId) return state;
      return { ...state, status: 'ready', compared: event.compared };
    case 'failed':
      return { ...state, status: 'failed', error: event.error };
    case 'retried':
      return { ...state, status: state.periods.length === 0 ? 'loading' : 'comparing', error: undefined };
    case 'filtered':
      return { ...state, filter: { ...state.filter, ...event.filter } };
    case 'downloading':
      return { ...state, download: { isWorking: true } };
    case 'downloaded':
      return { ...state, download: { isWorking: false, fileName: event.fileName } };
    case 'downloadFailed':
      return { ...state, download: { isWorking: false, error: event.error } };
  }
  return state;
}

/** Reads the plan periods and departments, and picks the pair to compare first. */
export async function loadPeriods(services: PeriodComparisonServices, dispatch: (event: PeriodComparisonEvent) => void): Promise<void> {
  try {
    const [periods, departments] = await Promise.all([services.catalogue.planPeriods(), services.departments.departments()]);
    dispatch({ type: 'loaded', periods: [...periods].sort((a, b) => a.updateNumber - b.updateNumber), departments });
  } catch (error) {
    dispatch({ type: 'failed', error });
  }
}

/** Reads both catalogues in one go (see catalogueSnapshotReader.ts) and compares them. */
export async function comparePair(services: PeriodComparisonServices, state: Pick<PeriodComparisonState, 'periods' | 'departments' | 'pair'>, dispatch: (event: PeriodComparisonEvent) => void): Promise<void> {
  const previous = state.periods.find((period) => period.id === state.pair.previousId);
  const next = state.periods.find((period) => period.id === state.pair.nextId);
  if (!previous || !next || pairProblem(state.pair)) return;
  dispatch({ type: 'comparing' });
  try {
    const snapshots = await services.catalogue.snapshots([previous.id, next.id]);
    const read = { previous: snapshots.get(previous.id)!, next: snapshots.get(next.id)! };
    dispatch({ type: 'compared', compared: comparedPeriods(previous, next, read, state.departments, uiLanguage(services.locale), services.locale) });
  } catch (error) {
    dispatch({ type: 'failed', error });
  }
}

/** The attachment as a file, in the UI's language; `dateLabel` is today as the page shows dates. */
export async function buildAttachment(
  compared: ComparedPeriods,
  departments: readonly Department[],
  locale: string,
  dateLabel: string,
  officeName?: string,
  template?: ArrayBuffer
): Promise<{ blob: Blob; fileName: string }> {
  const language = uiLanguage(locale);
  // The docx library is loaded when the first attachment is made, as for the status-quo report.
  const { buildPeriodComparisonDocument, packPeriodComparisonDocument, periodComparisonFileName } = await import(
    /* webpackChunkName: 'period-comparison-docx' */ '../../reports/periodComparison/periodComparisonDocument'
  );
  const built = buildPeriodComparisonDocument({ ...compared, departments, language, locale, dateLabel, ...(officeName ? { officeName } : {}) });
  return { blob: await packPeriodComparisonDocument(built, template ? { template } : {}), fileName: periodComparisonFileName(compared.previous, language) };
}

export interface PeriodComparisonWorkflow {
  readonly state: PeriodComparisonState;
  /** The lines the filter lets through, in reading order. */
  readonly shownLines: ReturnType<typeof filterLines>;
  readonly choosePair: (pair: PeriodPair) => void;
  readonly setFilter: (filter: Partial<LineFilter>) => void;
  readonly retry: () => void;
  /** Builds the Word attachment and hands it to `offer` (the browser's download). */
  readonly download: (dateLabel: string, offer: (blob: Blob, fileName: string) => void) => Promise<void>;
}

export function usePeriodComparison(services: PeriodComparisonServices): PeriodComparisonWorkflow {
  const [state, dispatch] = React.useReducer(periodComparisonReducer, initialPeriodComparison);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (state.periods.length === 0) void loadPeriods(services, dispatch);
  }, [services, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  React.useEffect(() => {
    if (state.periods.length > 0) void comparePair(services, state, dispatch);
  }, [services, state.periods, state.pair.previousId, state.pair.nextId, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  const shownLines = React.useMemo(() => filterLines(state.compared?.lines ?? [], state.filter), [state.compared, state.filter]);
  const download = React.useCallback(
    async (dateLabel: string, offer: (blob: Blob, fileName: string) => void): Promise<void> => {
      if (!state.compared) return;
      dispatch({ type: 'downloading' });
      try {
        // In the city's template when the office stored one, as every report.
        const template = await services.reports.template();
        const { blob, fileName } = await buildAttachment(state.compared, state.departments, services.locale, dateLabel, undefined, template);
        offer(blob, fileName);
        dispatch({ type: 'downloaded', fileName });
      } catch (error) {
        dispatch({ type: 'downloadFailed', error });
      }
    },
    [state.compared, state.departments, services.locale, services.reports]
  );
  return {
    state,
    shownLines,
    choosePair: React.useCallback((pair: PeriodPair) => dispatch({ type: 'pairChosen', pair }), []),
    setFilter: React.useCallback((filter: Partial<LineFilter>) => dispatch({ type: 'filtered', filter }), []),
    retry: React.useCallback(() => {
      dispatch({ type: 'retried' });
      setAttempt((value) => value + 1);
    }, []),
    download
  };
}
