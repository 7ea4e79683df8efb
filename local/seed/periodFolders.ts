import { departments } from './organisation';
import type { PlanPeriodInfo } from './planPeriods';
import type { SeedFolder } from './types';
import { folderRoleAssignments, periodFolderName, periodFolderPath, periodFolderRule } from '../../src/domain/sitePermissions';

/**
 * Where a seeded measure lies: its lead department's folder of its plan period (`50/FS2`), as the
 * product creates measures. Every catalogue the seed builds places its measures through this.
 */
export function measureFolder(departmentNumber: string, period: Pick<PlanPeriodInfo, 'updateNumber'>): string {
  return periodFolderPath(departmentNumber, period.updateNumber);
}

/**
 * The period folders of Measures for every department and plan period, with the permissions of
 * the period's status: the department edits in a draft or adopted period and only reads a closed one.
 */
export function buildPeriodFolders(periods: readonly PlanPeriodInfo[]): SeedFolder[] {
  return periods.flatMap((period) =>
    departments.map((department) => ({
      list: periodFolderRule.list,
      parent: department.number,
      name: periodFolderName(period.updateNumber),
      roleAssignments: folderRoleAssignments(department.number, period.status === 'Abgeschlossen' ? periodFolderRule.closed : periodFolderRule.open, periodFolderRule.isSharedWithMembers)
    }))
  );
}
