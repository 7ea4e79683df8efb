import { departmentWorkbookFolderRule, folderRoleAssignments } from '../../src/domain/sitePermissions';
import { listSchema } from '../../src/domain/lists';
import { departments } from './organisation';
import type { SeedList } from './seedList';
import type { SeedFolder } from './types';
import { addDays, dateOnlyToIso, nextWorkday, type LocalDate } from './wallClock';

/**
 * The department workbooks in the demo: each department's folder in "Kennzahlenmappen" (its group
 * edits, the office has full control, nobody else reads), as the office's refresh would create it.
 */
export function departmentWorkbookFolders(): SeedFolder[] {
  // Seeds name libraries by URL: `Kennzahlenmappen`.
  const list = listSchema[departmentWorkbookFolderRule.list].url;
  return departments.map((department) => ({
    list,
    name: department.number,
    roleAssignments: folderRoleAssignments(department.number, departmentWorkbookFolderRule.department, departmentWorkbookFolderRule.isSharedWithMembers)
  }));
}

/**
 * The deadline of the open demo year (last year, being collected), as the office set it when it
 * opened the year: six weeks from today, on a workday, so the demo's sheet, mail and card show a
 * deadline that is still ahead.
 */
export function addOpenYearDeadline(reportingYears: SeedList, today: LocalDate): void {
  const openYear = today.year - 1;
  reportingYears.add({ Title: String(openYear), ReportingYear: openYear, IsLocked: false, Deadline: dateOnlyToIso(nextWorkday(addDays(today, 42))) });
}
