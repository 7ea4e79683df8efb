import type { Indicator } from './indicators';

/**
 * An indicator's series across plan periods. When the next update continues an indicator
 * (SeriesContinuity "fortgeführt" or "umbenannt"), its chart runs on from its predecessor's
 * values; "neu definiert" measures something else from then on, so the older values are shown
 * apart and the break is marked. An indicator copied without a continuity counts as continued:
 * that is what copying means.
 */

/** A value of the series: the indicator's own or one of a predecessor's. */
export interface ChainedValue<V> {
  readonly year: number;
  readonly value: V;
  /** The indicator the value was reported for. */
  readonly indicatorId: number;
  readonly isFromPredecessor: boolean;
  /** 0 for the indicator's own definition; each redefinition further back adds one. */
  readonly segment: number;
}

/** Where the series was redefined: from `year` on it measures what the newer indicator measures. */
export interface SeriesBreak {
  readonly year: number;
  /** The title of the indicator before the redefinition. */
  readonly previousTitle: string;
}

export interface SeriesAcrossPeriods<V> {
  /** Ascending by year, one value per year. */
  readonly values: readonly ChainedValue<V>[];
  /** Newest first; empty when the series runs through. */
  readonly breaks: readonly SeriesBreak[];
}

/** The indicator's predecessors, nearest first; stops at a missing link or a loop. */
export function predecessorChain(indicator: Indicator, indicatorsById: ReadonlyMap<number, Indicator>): Indicator[] {
  const chain: Indicator[] = [];
  const seen = new Set([indicator.id]);
  let current = indicator;
  while (current.predecessorId !== undefined && !seen.has(current.predecessorId)) {
    const predecessor = indicatorsById.get(current.predecessorId);
    if (!predecessor) break;
    chain.push(predecessor);
    seen.add(predecessor.id);
    current = predecessor;
  }
  return chain;
}

/** The IDs of all predecessors of the given indicators, whose values a chart across periods needs. */
export function predecessorIdsOf(indicators: readonly Indicator[], indicatorsById: ReadonlyMap<number, Indicator>): number[] {
  const own = new Set(indicators.map((indicator) => indicator.id));
  const ids = new Set(indicators.flatMap((indicator) => predecessorChain(indicator, indicatorsById).map((predecessor) => predecessor.id)));
  return [...ids].filter((id) => !own.has(id)).sort((a, b) => a - b);
}

/**
 * The series of `indicator` with its predecessors' values filling the years before its own
 * first value (an indicator's own value always wins: values of the overlap years were reported
 * for the newer definition). `values` may hold values of any indicators; those of others are ignored.
 */
export function seriesAcrossPeriods<V extends { readonly indicatorId: number; readonly year: number }>(
  indicator: Indicator,
  indicatorsById: ReadonlyMap<number, Indicator>,
  values: readonly V[]
): SeriesAcrossPeriods<V> {
  const byIndicator = new Map<number, V[]>();
  for (const value of values) {
    byIndicator.set(value.indicatorId, [...(byIndicator.get(value.indicatorId) ?? []), value]);
  }
  const chained: ChainedValue<V>[] = [];
  const breaks: SeriesBreak[] = [];
  let newer = indicator;
  let segment = 0;
  // Years before this one are still open to older values.
  let firstShownYear = Number.POSITIVE_INFINITY;
  for (const source of [indicator, ...predecessorChain(indicator, indicatorsById)]) {
    if (source !== indicator && newer.seriesContinuity === 'redefined') {
      segment += 1;
      if (Number.isFinite(firstShownYear)) breaks.push({ year: firstShownYear, previousTitle: source.title });
    }
    const own = (byIndicator.get(source.id) ?? []).filter((value) => value.year < firstShownYear);
    for (const value of own) {
      chained.push({ year: value.year, value, indicatorId: source.id, isFromPredecessor: source !== indicator, segment });
    }
    firstShownYear = Math.min(firstShownYear, ...own.map((value) => value.year));
    newer = source;
  }
  const byYear = new Map<number, ChainedValue<V>>();
  for (const entry of chained) {
    // Two values of one indicator and year cannot exist (one per indicator and year); keep the first read.
    if (!byYear.has(entry.year)) byYear.set(entry.year, entry);
  }
  // A break with no older value shown is no break a reader could see.
  const shownBreaks = breaks.filter((seriesBreak) => [...byYear.values()].some((entry) => entry.year < seriesBreak.year));
  return { values: [...byYear.values()].sort((a, b) => a.year - b.year), breaks: shownBreaks };
}
