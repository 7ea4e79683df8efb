import type { CatalogueSnapshot, ComparisonLevel, Department, DifferenceKind, Language, PeriodComparison, PlanPeriod } from '../../domain';
import { comparePlanPeriods, currentPlanPeriod, normaliseTitle } from '../../domain';
// The texts only, not the reports' index: that would pull the docx library into the tab's first chunk.
import { differenceLines, type DifferenceLine } from '../../reports/periodComparison/comparisonText';

export { differenceCounts, periodLabel } from '../../reports/periodComparison/comparisonText';
export type { DifferenceLine } from '../../reports/periodComparison/comparisonText';

/** Two periods to compare: the earlier one and the one that follows it. */
export interface PeriodPair {
  readonly previousId?: number;
  readonly nextId?: number;
}

/**
 * What the office usually wants: the running period against the one before it (by update
 * number); without a running one, the latest against its predecessor.
 */
export function defaultPair(periods: readonly PlanPeriod[]): PeriodPair {
  const next = currentPlanPeriod(periods);
  if (!next) return {};
  const previous = [...periods].filter((period) => period.updateNumber < next.updateNumber).sort((a, b) => b.updateNumber - a.updateNumber)[0];
  return { nextId: next.id, ...(previous ? { previousId: previous.id } : {}) };
}

/** Why a pair cannot be compared yet, or undefined when it can. */
export function pairProblem(pair: PeriodPair): 'choose' | 'same' | undefined {
  if (pair.previousId === undefined || pair.nextId === undefined) return 'choose';
  return pair.previousId === pair.nextId ? 'same' : undefined;
}

export interface ComparedPeriods {
  readonly previous: PlanPeriod;
  readonly next: PlanPeriod;
  readonly snapshots: { readonly previous: CatalogueSnapshot; readonly next: CatalogueSnapshot };
  readonly comparison: PeriodComparison;
  readonly lines: readonly DifferenceLine[];
}

/** Compares two read catalogues and words the differences for the page and the attachment. */
export function comparedPeriods(
  previous: PlanPeriod,
  next: PlanPeriod,
  snapshots: ComparedPeriods['snapshots'],
  departments: readonly Department[],
  language: Language,
  locale: string
): ComparedPeriods {
  const comparison = comparePlanPeriods(snapshots.previous, snapshots.next);
  return { previous, next, snapshots, comparison, lines: differenceLines(comparison, { language, locale, departments, snapshots }) };
}

export interface LineFilter {
  /** Only these levels; all when empty. */
  readonly levels: readonly ComparisonLevel[];
  /** Only these kinds; all when empty. */
  readonly kinds: readonly DifferenceKind[];
  /** Words that must all occur in the number, title or details; case and spacing do not matter. */
  readonly text: string;
}

export const noLineFilter: LineFilter = { levels: [], kinds: [], text: '' };

export function filterLines(lines: readonly DifferenceLine[], filter: LineFilter): DifferenceLine[] {
  const words = normaliseTitle(filter.text).toLocaleLowerCase('de').split(' ').filter(Boolean);
  return lines.filter((line) => {
    if (filter.levels.length > 0 && !filter.levels.includes(line.level)) return false;
    if (filter.kinds.length > 0 && !filter.kinds.includes(line.kind)) return false;
    if (words.length === 0) return true;
    const haystack = normaliseTitle([line.number, line.title, ...line.details].join(' ')).toLocaleLowerCase('de');
    return words.every((word) => haystack.includes(word));
  });
}
