import { coordinatorLogin } from './organisation';
import { SeedList } from './seedList';
import type { SeedItem } from './types';

/**
 * Reporting years: the year before last has been reported to the committee and is locked by the
 * office; last year (the one being collected) stays open.
 */
export function buildReportingYears(year: number): SeedList {
  const list = new SeedList();
  const locked = year - 2;
  list.add({ Title: String(locked), ReportingYear: locked, IsLocked: true, LockedAt: `${year - 1}-03-31T09:30:00Z`, LockedBy: coordinatorLogin });
  return list;
}

/**
 * Marks one value of the locked year as a later correction with its reason, so the dashboard shows
 * what a correction looks like. Picks the first value of that year, deterministically.
 */
export function markDemoCorrection(values: readonly SeedItem[], lockedYear: number): SeedItem[] {
  const index = values.findIndex((item) => item.fields.ValueYear === lockedYear);
  return values.map((item, position) =>
    position === index
      ? { ...item, fields: { ...item.fields, IsCorrection: true, CorrectionReason: 'Nachmeldung einer Außenstelle nach der Sperrung des Berichtsjahres.' } }
      : item
  );
}
