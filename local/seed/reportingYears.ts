import { coordinatorLogin, departments } from './organisation';
import { SeedList } from './seedList';
import type { SeedFolder, SeedItem } from './types';
import { folderRoleAssignments, yearFolderRule } from '../../src/domain/sitePermissions';

/**
 * Reporting years: the year before last has been reported to the committee and is locked by the
 * office; last year (the one being collected) stays open.
 */
export function buildReportingYears(year: number): SeedList {
  const list = new SeedList();
  const locked = lockedYearOf(year);
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

/** The year the demo office has locked: the year before last. */
export function lockedYearOf(year: number): number {
  return year - 2;
}

/**
 * The year folders of IndicatorValues (`<department>/<year>`) for every department and each of
 * `valueYears`, as opening the year creates them: the department fills in values of an open year,
 * and only reads those of the locked one.
 */
export function buildYearFolders(year: number, valueYears: readonly number[]): SeedFolder[] {
  return valueYears.flatMap((valueYear) =>
    departments.map((department) => ({
      list: yearFolderRule.list,
      parent: department.number,
      name: String(valueYear),
      roleAssignments: folderRoleAssignments(department.number, valueYear === lockedYearOf(year) ? yearFolderRule.locked : yearFolderRule.open, yearFolderRule.isSharedWithMembers)
    }))
  );
}
