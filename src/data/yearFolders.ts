import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import type { RoleTypeKind } from '@pnp/sp/security/types';
import type { BuiltInLevel, LevelName } from '../domain/sitePermissions';
import { folderRoleAssignments, yearFolderPath, yearFolderRule } from '../domain/sitePermissions';
import { SiteLists } from './sp/siteLists';
import { ServiceError, toServiceError } from '../http/serviceError';

/** A year folder while its year is open (the department fills in its values) or once it is locked (read only). */
export type YearFolderState = 'open' | 'locked';

export function yearFolderLevel(state: YearFolderState): LevelName {
  return state === 'open' ? yearFolderRule.open : yearFolderRule.locked;
}

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

/**
 * The year folders of IndicatorValues (`<department>/<year>`, sitePermissions.ts) and their unique
 * permissions. Every step reads before it writes, so a repeat after a failure finishes the job and
 * changes nothing that is already right.
 */
export class YearFolders {
  private readonly groupIds = new Map<string, number>();
  private readonly roleIds = new Map<string, number>();

  public constructor(private readonly lists: SiteLists) {}

  /** Server-relative URL of a department's folder of `year`. */
  public url(departmentNumber: string, year: number): string {
    return this.lists.folderPath('IndicatorValues', yearFolderPath(departmentNumber, year));
  }

  /** Whether the folder is there; a department that cannot see it reads it as missing, as SharePoint answers 404 then. */
  public async exists(departmentNumber: string, year: number): Promise<boolean> {
    try {
      await this.lists.spfi.web.getFolderByServerRelativePath(this.url(departmentNumber, year)).select('Name')();
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
  public async ensure(departmentNumber: string, year: number): Promise<'created' | 'kept'> {
    if (await this.exists(departmentNumber, year)) {
      return 'kept';
    }
    try {
      await this.lists.spfi.web.getFolderByServerRelativePath(this.lists.folderPath('IndicatorValues', departmentNumber)).folders.addUsingPath(String(year));
    } catch (error) {
      throw await toServiceError(error);
    }
    return 'created';
  }

  /**
   * Gives the folder exactly the role assignments of `state`: unique permissions, the office full
   * control, the department its level, members read. Answers whether anything had to change.
   */
  public async applyState(departmentNumber: string, year: number, state: YearFolderState): Promise<boolean> {
    const folder = this.lists.spfi.web.getFolderByServerRelativePath(this.url(departmentNumber, year));
    try {
      const wanted = await Promise.all(
        folderRoleAssignments(departmentNumber, yearFolderLevel(state), yearFolderRule.isSharedWithMembers).map(async ({ group, role }) => ({
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

function requireId(id: number | undefined, what: string): number {
  if (typeof id !== 'number') {
    throw new ServiceError(404, `The site has no ${what}; run the set-up script.`);
  }
  return id;
}
