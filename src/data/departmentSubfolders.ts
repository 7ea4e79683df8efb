import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import type { RoleTypeKind } from '@pnp/sp/security/types';
import type { BuiltInLevel, DepartmentFolderList, LevelName, departmentWorkbookFolderRule } from '../domain/sitePermissions';
import { folderRoleAssignments } from '../domain/sitePermissions';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { ServiceError, toServiceError } from '../http/serviceError';

/**
 * Built-in levels are found by their type: their names follow the site's language ("Lesen",
 * "Vollzugriff" on a German site). SP.RoleType: Reader 2, Contributor 3, Administrator 5, Editor 6.
 */
const builtInRoleTypes: Readonly<Record<BuiltInLevel, RoleTypeKind>> = { Read: 2, Contribute: 3, 'Full Control': 5, Edit: 6 };

interface RoleAssignmentRow {
  readonly PrincipalId?: number;
  readonly Member?: { readonly Id?: number };
  readonly RoleDefinitionBindings?: ReadonlyArray<{ readonly Id?: number }>;
}

/** What happened to the subfolders when a switch of all departments could not be finished. */
export interface FolderSwitch {
  /** Department numbers whose folder now has the new permissions (or had them already, or has none). */
  readonly switched: readonly string[];
  readonly failed: ReadonlyArray<{ readonly department: string; readonly error: ServiceError }>;
}

/** How many departments' folders a switch has dealt with. */
export interface FolderProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Folders below the department folders of one list, one per department and something that is
 * locked as a whole: `IndicatorValues/<department>/<year>` (a reporting year),
 * `Measures/<department>/FS<n>` (a plan period). Each has unique permissions — the office full
 * control, the department a level that a lock switches, members read where the list is shared —
 * so the lock is SharePoint's, not the UI's. Every step reads before it writes, so a repeat after
 * a failure finishes the job and changes nothing that is already right.
 */
export class DepartmentSubfolders {
  private readonly groupIds = new Map<string, number>();
  private readonly roleIds = new Map<string, number>();

  public constructor(
    private readonly lists: SiteLists,
    private readonly list: DepartmentFolderList | (typeof departmentWorkbookFolderRule)['list'],
    private readonly isSharedWithMembers: boolean
  ) {}

  /** Server-relative URL of a department's subfolder `name`; `''` names the department folder itself. */
  public url(departmentNumber: string, name: string): string {
    return this.lists.folderPath(this.list, name === '' ? departmentNumber : `${departmentNumber}/${name}`);
  }

  /** Whether the folder is there; a department that cannot see it reads it as missing, as SharePoint answers 404 then. */
  public async exists(departmentNumber: string, name: string): Promise<boolean> {
    try {
      await this.lists.spfi.web.getFolderByServerRelativePath(this.url(departmentNumber, name)).select('Name')();
      return true;
    } catch (error) {
      const serviceError = await toServiceError(error);
      if (serviceError.status === 404) {
        return false;
      }
      throw serviceError;
    }
  }

  /** Creates the folder unless it exists (an existing one and its items are kept). */
  public async ensure(departmentNumber: string, name: string): Promise<'created' | 'kept'> {
    if (await this.exists(departmentNumber, name)) {
      return 'kept';
    }
    try {
      const parent = name === '' ? this.lists.url(this.list) : this.lists.folderPath(this.list, departmentNumber);
      await this.lists.spfi.web.getFolderByServerRelativePath(parent).folders.addUsingPath(name === '' ? departmentNumber : name);
    } catch (error) {
      throw await toServiceError(error);
    }
    return 'created';
  }

  /**
   * Gives the folder exactly these role assignments: unique permissions, the office full control,
   * the department `level`, members read where shared. Answers whether anything had to change.
   */
  public async applyLevel(departmentNumber: string, name: string, level: LevelName): Promise<boolean> {
    const folder = this.lists.spfi.web.getFolderByServerRelativePath(this.url(departmentNumber, name));
    try {
      const wanted = await Promise.all(
        folderRoleAssignments(departmentNumber, level, this.isSharedWithMembers).map(async ({ group, role }) => ({
          principalId: await this.groupId(group),
          roleId: await this.roleId(role)
        }))
      );
      // The folder's list item carries its permissions.
      const item = await folder.getItem<{ HasUniqueRoleAssignments?: boolean }>('HasUniqueRoleAssignments');
      const isUnique = item.HasUniqueRoleAssignments === true;
      let changed = false;
      if (!isUnique) {
        // Without copying: the parent's assignments (the department's Read on its folder) are not this folder's.
        await item.breakRoleInheritance(false, false);
        changed = true;
      }
      const current = ((await item.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as RoleAssignmentRow[]).flatMap((row) =>
        (row.RoleDefinitionBindings ?? []).map((binding) => ({ principalId: Number(row.PrincipalId ?? row.Member?.Id), roleId: Number(binding.Id) }))
      );
      const has = (list: ReadonlyArray<{ principalId: number; roleId: number }>, pair: { principalId: number; roleId: number }): boolean =>
        list.some((candidate) => candidate.principalId === pair.principalId && candidate.roleId === pair.roleId);
      // Add before removing, so the office never loses its access in between.
      for (const pair of wanted.filter((candidate) => !has(current, candidate))) {
        await item.roleAssignments.add(pair.principalId, pair.roleId);
        changed = true;
      }
      // Includes the caller's own Full Control that breaking inheritance without copying adds.
      for (const pair of current.filter((candidate) => !has(wanted, candidate))) {
        await item.roleAssignments.remove(pair.principalId, pair.roleId);
        changed = true;
      }
      return changed;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Gives every department's subfolder `name` the department level `level`, one department after
   * the other; a failure stays that department's and the others go on. A department without the
   * folder has nothing to switch: its department folder is read-only to it, so it cannot write
   * there, and whoever creates the folder later gives it the level of the moment.
   */
  public async switchAll(name: string, level: LevelName, onProgress?: (progress: FolderProgress) => void): Promise<FolderSwitch> {
    const switched: string[] = [];
    const failed: Array<{ department: string; error: ServiceError }> = [];
    const departments = await departmentNumbers(this.lists);
    onProgress?.({ done: 0, total: departments.length });
    for (const department of departments) {
      try {
        if (await this.exists(department, name)) {
          await this.applyLevel(department, name, level);
        }
        switched.push(department);
      } catch (error) {
        failed.push({ department, error: await toServiceError(error) });
      }
      onProgress?.({ done: switched.length + failed.length, total: departments.length });
    }
    return { switched, failed };
  }

  private async groupId(name: string): Promise<number> {
    let id = this.groupIds.get(name);
    if (id === undefined) {
      const group = (await this.lists.spfi.web.siteGroups.getByName(name).select('Id')()) as { Id?: number };
      id = requireId(group.Id, `the group ${name}`);
      this.groupIds.set(name, id);
    }
    return id;
  }

  private async roleId(level: LevelName): Promise<number> {
    let id = this.roleIds.get(level);
    if (id === undefined) {
      const roleType = (builtInRoleTypes as Readonly<Record<string, RoleTypeKind | undefined>>)[level];
      const definitions = this.lists.spfi.web.roleDefinitions;
      const definition = (await (roleType !== undefined ? definitions.getByType(roleType) : definitions.getByName(level)).select('Id')()) as { Id?: number };
      id = requireId(definition.Id, `the permission level ${level}`);
      this.roleIds.set(level, id);
    }
    return id;
  }
}

/** The numbers of all departments (the Departments list), which name their folders. */
export async function departmentNumbers(lists: SiteLists): Promise<string[]> {
  try {
    const rows = await readAllItems<Record<string, unknown>>(lists.list('Departments').items.select('Id', 'DepartmentNumber'));
    return rows.map((row) => String(row.DepartmentNumber ?? '').trim()).filter((number) => number !== '');
  } catch (error) {
    throw await toServiceError(error);
  }
}

function requireId(id: number | undefined, what: string): number {
  if (typeof id !== 'number') {
    throw new ServiceError(404, `The site has no ${what}; run the set-up script.`);
  }
  return id;
}
