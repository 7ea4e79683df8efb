import type { IndicatorValue } from './indicators';
import { sameContent } from './indicatorValueUpsert';

/**
 * A reporting year as the office manages it. Once the values of a year have been reported (to
 * the committee, into the budget), the coordinator locks it: later changes remain possible, but
 * each is a correction that carries its reason and stays visible as such.
 */
export interface ReportingYear {
  readonly id?: number;
  readonly year: number;
  readonly isLocked: boolean;
  /** ISO timestamp of the last lock. */
  readonly lockedAt?: string;
  /** Display name of whoever locked it. */
  readonly lockedBy?: string;
  /** `YYYY-MM-DD`: the day by which the departments owe the year's values (Abgabefrist), set when the office opens the year. */
  readonly deadline?: string;
  readonly etag?: string;
}

/** The deadline of `year`, if the office has set one. */
export function deadlineOf(years: readonly ReportingYear[], year: number): string | undefined {
  return years.find((candidate) => candidate.year === year)?.deadline;
}

/** The lock of `year`, if it is locked; a year without an entry is open. */
export function lockOf(years: readonly ReportingYear[], year: number): ReportingYear | undefined {
  return years.find((candidate) => candidate.year === year && candidate.isLocked);
}

export function isYearLocked(years: readonly ReportingYear[], year: number): boolean {
  return lockOf(years, year) !== undefined;
}

/**
 * Only a year that has been reported can be locked: values are collected once a year for the
 * past year, so the year still being collected (and any later one) stays open.
 */
export function canLockYear(year: number, reportingYear: number): boolean {
  return Number.isInteger(year) && year <= reportingYear;
}

export type CorrectionCheck =
  /** Not a locked year, or nothing changed: an ordinary value. */
  | { readonly kind: 'none' }
  | { readonly kind: 'correction'; readonly reason: string }
  | { readonly kind: 'reasonRequired' };

/**
 * Whether writing `value` over `stored` in a year that `isLocked` is a correction, and its reason.
 * Any change of what a user enters counts, and so does a value first reported after the lock.
 * The reason must be new: the comment already stored explains the old value, not this change.
 */
export function checkCorrection(isLocked: boolean, stored: IndicatorValue | undefined, value: IndicatorValue, reason: string | undefined): CorrectionCheck {
  if (!isLocked || (stored !== undefined && sameContent(stored, value))) {
    return { kind: 'none' };
  }
  const given = reason?.trim() ?? '';
  const previous = stored?.comment?.trim() ?? '';
  if (given === '' || (stored !== undefined && given === previous)) {
    return { kind: 'reasonRequired' };
  }
  return { kind: 'correction', reason: given };
}

/** A value as it is written after the check: marked as a correction with its reason, or kept as stored. */
export function withCorrection(value: IndicatorValue, stored: IndicatorValue | undefined, check: CorrectionCheck): IndicatorValue {
  if (check.kind === 'correction') {
    return { ...value, isCorrection: true, correctionReason: check.reason };
  }
  // A value corrected once stays marked, with its reason, when it is later resubmitted unchanged.
  return stored?.isCorrection ? { ...value, isCorrection: true, ...(stored.correctionReason ? { correctionReason: stored.correctionReason } : {}) } : value;
}
