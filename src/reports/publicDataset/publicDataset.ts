import { countsPersons, suppressSmallCounts } from '../../domain';
import type { Indicator, IndicatorValue, PublicCount } from '../../domain';

/** One published line: an indicator in one year, suppressed. */
export interface PublicDatasetRow {
  readonly indicator: string;
  readonly unit: string;
  readonly year: number;
  readonly count: PublicCount;
}

/** The public indicator dataset of a released report: what may leave the administration. */
export interface PublicDataset {
  /** The years the report covers, ascending. */
  readonly years: readonly number[];
  /** The years of those that are locked and therefore published; the others have no lines. */
  readonly publishedYears: readonly number[];
  readonly rows: readonly PublicDatasetRow[];
}

export interface PublicDatasetInput {
  readonly years: readonly number[];
  readonly indicators: readonly Indicator[];
  /** Accepted values only (the office's review); anything else must not be passed. */
  readonly acceptedValues: readonly IndicatorValue[];
  /** Years the office has locked: values may still change in an open year. */
  readonly lockedYears: readonly number[];
}

/**
 * The lines of the public dataset: accepted values of locked years among the report's years,
 * with small counts suppressed. Sources and comments are internal and never copied; a value
 * whose indicator is unknown (removed meanwhile) is left out rather than published unnamed.
 */
export function buildPublicDataset(input: PublicDatasetInput): PublicDataset {
  const years = [...new Set(input.years)].sort((a, b) => a - b);
  const locked = new Set(input.lockedYears);
  const publishedYears = years.filter((year) => locked.has(year));
  const indicators = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const rows: PublicDatasetRow[] = [];
  const seen = new Set<string>();
  for (const value of input.acceptedValues) {
    const indicator = indicators.get(value.indicatorId);
    const key = `${value.indicatorId}:${value.year}`;
    if (!indicator || !publishedYears.includes(value.year) || seen.has(key) || !Number.isFinite(value.total)) continue;
    seen.add(key);
    rows.push({
      indicator: indicator.title,
      unit: indicator.unit,
      year: value.year,
      count: suppressSmallCounts(value, { isPersonCount: countsPersons(indicator), isGenderSplit: indicator.isGenderSplit })
    });
  }
  rows.sort((a, b) => a.indicator.localeCompare(b.indicator, 'de') || a.unit.localeCompare(b.unit, 'de') || a.year - b.year);
  return { years, publishedYears, rows };
}

/** "2025" or "2019–2021" (en dash, as German typesetting joins a range). */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}
