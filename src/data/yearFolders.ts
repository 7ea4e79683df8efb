import type { LevelName } from '../domain/sitePermissions';
import { yearFolderRule } from '../domain/sitePermissions';
import { SiteLists } from './sp/siteLists';
import { DepartmentSubfolders, FolderSwitch } from './departmentSubfolders';

/** A year folder while its year is open (the department fills in its values) or once it is locked (read only). */
export type YearFolderState = 'open' | 'locked';

export function yearFolderLevel(state: YearFolderState): LevelName {
  return state === 'open' ? yearFolderRule.open : yearFolderRule.locked;
}

/** The year folders of IndicatorValues (`<department>/<year>`, sitePermissions.ts) and their unique permissions. */
export class YearFolders {
  private readonly folders: DepartmentSubfolders;

  public constructor(lists: SiteLists) {
    this.folders = new DepartmentSubfolders(lists, yearFolderRule.list, yearFolderRule.isSharedWithMembers);
  }

  /** Server-relative URL of a department's folder of `year`. */
  public url(departmentNumber: string, year: number): string {
    return this.folders.url(departmentNumber, String(year));
  }

  public exists(departmentNumber: string, year: number): Promise<boolean> {
    return this.folders.exists(departmentNumber, String(year));
  }

  public ensure(departmentNumber: string, year: number): Promise<'created' | 'kept'> {
    return this.folders.ensure(departmentNumber, String(year));
  }

  /** Gives the folder the permissions of `state`; answers whether anything had to change. */
  public applyState(departmentNumber: string, year: number, state: YearFolderState): Promise<boolean> {
    return this.folders.applyLevel(departmentNumber, String(year), yearFolderLevel(state));
  }

  /** Every department's folder of `year` to `state` (see DepartmentSubfolders.switchAll). */
  public switchAll(year: number, state: YearFolderState): Promise<FolderSwitch> {
    return this.folders.switchAll(String(year), yearFolderLevel(state));
  }
}
