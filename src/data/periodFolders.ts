import type { LevelName } from '../domain/sitePermissions';
import { periodFolderName, periodFolderRule } from '../domain/sitePermissions';
import type { PlanPeriodStatus } from '../domain';
import type { ServiceError } from '../http/serviceError';
import { toServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { DepartmentSubfolders, FolderProgress, FolderSwitch, departmentNumbers } from './departmentSubfolders';

/** The department's level in a period folder: it edits while the period is a draft or adopted, and reads once it is closed. */
export function periodFolderLevel(status: PlanPeriodStatus): LevelName {
  return status === 'closed' ? periodFolderRule.closed : periodFolderRule.open;
}

export interface PeriodFoldersResult {
  readonly created: number;
  /** Folders whose permissions had to be set (new ones included). */
  readonly changed: number;
  /** Department numbers whose folder is ready. */
  readonly ready: readonly string[];
  readonly failed: ReadonlyArray<{ readonly department: string; readonly error: ServiceError }>;
}

/**
 * The plan-period folders of Measures (`<department>/FS<n>`, sitePermissions.ts): where each
 * department's measures of one plan period live, and what makes a closed period read-only.
 * Keyed by path: ensuring reads first, so a repeat creates nothing twice.
 */
export class PeriodFolders {
  private readonly folders: DepartmentSubfolders;

  public constructor(private readonly lists: SiteLists) {
    this.folders = new DepartmentSubfolders(lists, periodFolderRule.list, periodFolderRule.isSharedWithMembers);
  }

  /** Server-relative URL of a department's folder of the period with `updateNumber`. */
  public url(departmentNumber: string, updateNumber: number): string {
    return this.folders.url(departmentNumber, periodFolderName(updateNumber));
  }

  public exists(departmentNumber: string, updateNumber: number): Promise<boolean> {
    return this.folders.exists(departmentNumber, periodFolderName(updateNumber));
  }

  /**
   * Makes sure the period's folder exists for each of `departments` (all departments when absent)
   * with the permissions of the period's `status`. One department after the other; a failure stays
   * that department's, and a repeat finishes the rest.
   */
  public async ensure(period: { readonly updateNumber: number; readonly status: PlanPeriodStatus }, departments?: readonly string[]): Promise<PeriodFoldersResult> {
    const name = periodFolderName(period.updateNumber);
    const level = periodFolderLevel(period.status);
    let created = 0;
    let changed = 0;
    const ready: string[] = [];
    const failed: Array<{ department: string; error: ServiceError }> = [];
    for (const department of departments ?? (await departmentNumbers(this.lists))) {
      try {
        if ((await this.folders.ensure(department, name)) === 'created') {
          created += 1;
        }
        if (await this.folders.applyLevel(department, name, level)) {
          changed += 1;
        }
        ready.push(department);
      } catch (error) {
        failed.push({ department, error: await toServiceError(error) });
      }
    }
    return { created, changed, ready, failed };
  }

  /** Every department's folder of the period to the level of `status` (see DepartmentSubfolders.switchAll). */
  public switchAll(updateNumber: number, status: PlanPeriodStatus, onProgress?: (progress: FolderProgress) => void): Promise<FolderSwitch> {
    return this.folders.switchAll(periodFolderName(updateNumber), periodFolderLevel(status), onProgress);
  }
}
