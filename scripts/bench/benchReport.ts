import { benchText, BenchLocale, BenchMessageKey } from './benchMessages';
import type { BundleFigures } from './bundleSize';
import type { RenderRun } from './renderTiming';
import { kibibytes, median, ratio } from './statistics';

/** Goals of the catalogue; other figures are reported without a goal. */
export const goals = {
  renderRatio: 2,
  /** Processing and painting 5,000 measures after their data arrived, relative to ~50. */
  afterDataRatio: 1.5,
  longestTaskAfterDataMs: 200,
  ownGzipKb: 250,
  /** What a page holding all our web parts downloads, relative to the heaviest single web part. */
  pageToLargestWebPart: 1.25
} as const;

export interface RenderSummary {
  readonly runs: number;
  readonly firstRenderMs: number;
  readonly dataLoadedMs: number;
  readonly afterDataMs: number;
  readonly longTasksMs: number;
  readonly longestTaskMs: number;
  readonly longestTaskAfterDataMs: number;
  readonly measuresShown: number;
  readonly rowsInDom: number;
  readonly apiRequests: number;
  readonly measureListRequests: number;
  readonly firstRenderMsPerRun: readonly number[];
}

export interface BenchFigures {
  readonly small?: RenderSummary;
  readonly large?: RenderSummary;
  readonly renderRatio?: number;
  readonly afterDataMs?: AfterDataFigures['afterDataMs'];
  readonly longestTaskAfterDataMs?: number;
  readonly bundle?: BundleFigures;
  readonly failures: readonly string[];
}

export interface ReportRow {
  readonly figure: string;
  readonly value: string;
  readonly goal: string;
  readonly met: string;
}

/** Medians per figure over the measured runs (warm-up runs are not passed in). */
export function summarizeRuns(runs: readonly RenderRun[]): RenderSummary {
  const of = (pick: (run: RenderRun) => number): number => median(runs.map(pick));
  return {
    runs: runs.length,
    firstRenderMs: of((run) => run.firstRenderMs),
    dataLoadedMs: of((run) => run.dataLoadedMs),
    afterDataMs: of((run) => run.firstRenderMs - run.dataLoadedMs),
    longTasksMs: of((run) => run.longTasksMs),
    longestTaskMs: of((run) => run.longestTaskMs),
    longestTaskAfterDataMs: of((run) => run.longestTaskAfterDataMs),
    measuresShown: of((run) => run.measuresShown),
    rowsInDom: of((run) => run.rowsInDom),
    apiRequests: of((run) => run.apiRequests),
    measureListRequests: of((run) => run.measureListRequests),
    firstRenderMsPerRun: runs.map((run) => run.firstRenderMs)
  };
}

/** The figures the goals of the catalogue's scaling are judged by, as written to catalogue.json. */
export interface AfterDataFigures {
  readonly afterDataMs: { readonly small: number; readonly large: number; readonly ratio: number };
  /** The longest of the large catalogue's runs (medians would hide one slow task). */
  readonly longestTaskAfterDataMs: number;
}

export function afterDataFigures(small: RenderSummary, large: RenderSummary, largeRuns: readonly RenderRun[]): AfterDataFigures {
  return {
    afterDataMs: { small: small.afterDataMs, large: large.afterDataMs, ratio: ratio(large.afterDataMs, small.afterDataMs) },
    longestTaskAfterDataMs: largeRuns.reduce((longest, run) => Math.max(longest, run.longestTaskAfterDataMs), 0)
  };
}

export function renderRatioOf(small: RenderSummary, large: RenderSummary): number {
  return ratio(large.firstRenderMs, small.firstRenderMs);
}

function numberText(locale: BenchLocale, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** The table's rows: a figure that could not be measured says so instead of a value. */
export function reportRows(figures: BenchFigures, locale: BenchLocale): ReportRow[] {
  const text = (key: BenchMessageKey, ...args: Array<string | number>): string => benchText(locale, key, ...args);
  const none = text('bench.none');
  const yesNo = (isMet: boolean): string => text(isMet ? 'bench.yes' : 'bench.no');
  const ms = (value: number): string => (Number.isFinite(value) ? text('bench.unit.ms', numberText(locale, value)) : text('bench.notMeasured'));
  const kb = (bytes: number): string => text('bench.unit.kb', numberText(locale, kibibytes(bytes), 1));
  const count = (value: number): string => (Number.isFinite(value) ? numberText(locale, value) : text('bench.notMeasured'));
  const row = (key: BenchMessageKey, value: string, goal = none, met = none): ReportRow => ({ figure: text(key), value, goal, met });
  const missing = (key: BenchMessageKey): ReportRow => row(key, text('bench.notMeasured'));
  const { small, large, bundle } = figures;
  const rows: ReportRow[] = [];

  rows.push(small ? row('bench.figure.smallRender', ms(small.firstRenderMs)) : missing('bench.figure.smallRender'));
  rows.push(large ? row('bench.figure.largeRender', ms(large.firstRenderMs)) : missing('bench.figure.largeRender'));
  const ratioGoal = text('bench.goal.atMost', numberText(locale, goals.renderRatio));
  if (figures.renderRatio !== undefined && Number.isFinite(figures.renderRatio)) {
    rows.push(row('bench.figure.renderRatio', numberText(locale, figures.renderRatio, 2), ratioGoal, yesNo(figures.renderRatio <= goals.renderRatio)));
  } else {
    rows.push(row('bench.figure.renderRatio', text('bench.notMeasured'), ratioGoal));
  }
  if (small && large) {
    rows.push(row('bench.figure.smallData', ms(small.dataLoadedMs)));
    rows.push(row('bench.figure.smallAfterData', ms(small.afterDataMs)));
    rows.push(row('bench.figure.largeData', ms(large.dataLoadedMs)));
    rows.push(row('bench.figure.largeAfterData', ms(large.afterDataMs)));
  }
  const afterDataGoal = text('bench.goal.atMost', numberText(locale, goals.afterDataRatio, 1));
  if (figures.afterDataMs && Number.isFinite(figures.afterDataMs.ratio)) {
    rows.push(row('bench.figure.afterDataRatio', numberText(locale, figures.afterDataMs.ratio, 2), afterDataGoal, yesNo(figures.afterDataMs.ratio <= goals.afterDataRatio)));
  } else {
    rows.push(row('bench.figure.afterDataRatio', text('bench.notMeasured'), afterDataGoal));
  }
  const taskGoal = text('bench.goal.atMost', text('bench.unit.ms', numberText(locale, goals.longestTaskAfterDataMs)));
  if (figures.longestTaskAfterDataMs !== undefined) {
    rows.push(row('bench.figure.longestTaskAfterData', ms(figures.longestTaskAfterDataMs), taskGoal, yesNo(figures.longestTaskAfterDataMs <= goals.longestTaskAfterDataMs)));
  } else {
    rows.push(row('bench.figure.longestTaskAfterData', text('bench.notMeasured'), taskGoal));
  }
  if (small && large) {
    rows.push(row('bench.figure.largeLongTasks', ms(large.longTasksMs)));
    rows.push(row('bench.figure.largeLongestTask', ms(large.longestTaskMs)));
    rows.push(row('bench.figure.largeRowsInDom', count(large.rowsInDom)));
    rows.push(row('bench.figure.smallCount', count(small.measuresShown)));
  }
  if (large) {
    rows.push(row('bench.figure.largeCount', count(large.measuresShown)));
    rows.push(row('bench.figure.requests', count(large.apiRequests)));
    rows.push(row('bench.figure.measureRequests', count(large.measureListRequests)));
  } else {
    rows.push(missing('bench.figure.requests'));
  }
  const ownGoal = text('bench.goal.atMost', text('bench.unit.kb', numberText(locale, goals.ownGzipKb)));
  if (bundle) {
    rows.push(row('bench.figure.bundleRaw', kb(bundle.rawBytes)));
    rows.push(row('bench.figure.bundleGzip', kb(bundle.gzipBytes)));
    rows.push(row('bench.figure.ownGzip', kb(bundle.ownGzipBytes), ownGoal, yesNo(kibibytes(bundle.ownGzipBytes) <= goals.ownGzipKb)));
    rows.push(row('bench.figure.libraryGzip', kb(bundle.libraryGzipBytes)));
    rows.push(row('bench.figure.lazyGzip', kb(bundle.lazyChunksGzipBytes)));
    const pageRatio = ratio(bundle.pageBundleGzipBytes, bundle.largestWebPartGzipBytes);
    rows.push(row('bench.figure.pageGzip', kb(bundle.pageBundleGzipBytes)));
    rows.push(row('bench.figure.largestWebPartGzip', `${kb(bundle.largestWebPartGzipBytes)} (${bundle.largestWebPart})`));
    rows.push(
      row('bench.figure.pageRatio', numberText(locale, pageRatio, 2), text('bench.goal.atMost', numberText(locale, goals.pageToLargestWebPart, 2)), yesNo(pageRatio <= goals.pageToLargestWebPart))
    );
  } else {
    rows.push(missing('bench.figure.bundleGzip'));
    rows.push(row('bench.figure.ownGzip', text('bench.notMeasured'), ownGoal));
  }
  return rows;
}

/** Plain-text table with a header and a separator; widths follow the longest cell. */
export function formatTable(rows: readonly ReportRow[], locale: BenchLocale): string {
  const header: ReportRow = {
    figure: benchText(locale, 'bench.column.figure'),
    value: benchText(locale, 'bench.column.value'),
    goal: benchText(locale, 'bench.column.goal'),
    met: benchText(locale, 'bench.column.met')
  };
  const all = [header, ...rows];
  const width = (pick: (row: ReportRow) => string): number => Math.max(...all.map((row) => [...pick(row)].length));
  const widths = [width((row) => row.figure), width((row) => row.value), width((row) => row.goal), width((row) => row.met)];
  const pad = (cell: string, size: number, right = false): string => (right ? cell.padStart(size) : cell.padEnd(size));
  const line = (row: ReportRow): string =>
    [pad(row.figure, widths[0]), pad(row.value, widths[1], true), pad(row.goal, widths[2]), pad(row.met, widths[3])].join(' │ ').trimEnd();
  const separator = widths.map((size) => '─'.repeat(size)).join('─┼─');
  return [line(header), separator, ...rows.map(line)].join('\n');
}

/** Method notes printed below the table, so the figures can be judged. */
export function methodNotes(figures: BenchFigures, locale: BenchLocale, measuredRuns: number): string[] {
  const notes = [benchText(locale, 'bench.method.render', measuredRuns), benchText(locale, 'bench.method.requests')];
  if (figures.bundle) {
    notes.push(benchText(locale, 'bench.method.bundle', figures.bundle.ownSources, figures.bundle.ownModules));
  }
  return notes;
}
