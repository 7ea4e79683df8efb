import { spErrors } from './errors';
import type { ListDefinition } from './model';
import { maskOf } from './roles';
import type { ScopeKey, SecurityStore } from './security';
import type { ListStore, StoredItem } from './store';

export const webScope: ScopeKey = 'web';

export function listScope(list: ListDefinition): ScopeKey {
  return `list:${list.id}`;
}

export function itemScope(list: ListDefinition, id: number): ScopeKey {
  return `item:${list.id}:${id}`;
}

/**
 * Effective permissions of one user, for one request. Item → its folder chain → list → web:
 * the first object with unique role assignments decides; the user gets rights directly or
 * through the SharePoint groups they belong to.
 */
export class UserPermissions {
  private readonly principals: Set<number>;
  private readonly scopeMasks = new Map<ScopeKey, bigint>();
  private readonly folderIndexes = new Map<string, Map<string, StoredItem>>();

  public constructor(private readonly security: SecurityStore, private readonly store: ListStore, public readonly userId: number) {
    this.principals = new Set([userId, ...security.groupsOf(userId), ...security.everyonePrincipalIds()]);
  }

  public web(): bigint {
    return this.maskOfScope(webScope);
  }

  public list(list: ListDefinition): bigint {
    return this.resolve([listScope(list), webScope]);
  }

  /** Permissions inside a folder ('' = the list's root folder), which new items there inherit. */
  public folder(list: ListDefinition, folderPath: string): bigint {
    return this.resolve([...this.folderChain(list, folderPath), listScope(list), webScope]);
  }

  public item(list: ListDefinition, item: StoredItem): bigint {
    return this.resolve([itemScope(list, item.id), ...this.folderChain(list, item.folder), listScope(list), webScope]);
  }

  /** The object whose role assignments apply to `scope`'s object (itself when unique). */
  public static firstUnique(security: SecurityStore, chain: readonly ScopeKey[]): ScopeKey {
    return chain.find((scope) => security.hasUniqueRoleAssignments(scope)) ?? webScope;
  }

  public itemChain(list: ListDefinition, item: StoredItem): ScopeKey[] {
    return [itemScope(list, item.id), ...this.folderChain(list, item.folder), listScope(list), webScope];
  }

  private resolve(chain: readonly ScopeKey[]): bigint {
    return this.maskOfScope(UserPermissions.firstUnique(this.security, chain));
  }

  private maskOfScope(scope: ScopeKey): bigint {
    const cached = this.scopeMasks.get(scope);
    if (cached !== undefined) {
      return cached;
    }
    let mask = 0n;
    for (const assignment of this.security.roleAssignments(scope) ?? []) {
      if (!this.principals.has(assignment.principalId)) {
        continue;
      }
      for (const roleId of assignment.roleDefinitionIds) {
        const role = this.security.roleDefinitionById(roleId);
        mask |= role ? maskOf(role) : 0n;
      }
    }
    this.scopeMasks.set(scope, mask);
    return mask;
  }

  /** Scopes of the folders containing `folderPath`, innermost first. */
  private folderChain(list: ListDefinition, folderPath: string): ScopeKey[] {
    if (folderPath === '') {
      return [];
    }
    const index = this.folderIndex(list);
    const chain: ScopeKey[] = [];
    const parts = folderPath.split('/');
    for (let depth = parts.length; depth > 0; depth -= 1) {
      const folder = index.get(parts.slice(0, depth).join('/').toLowerCase());
      if (folder) {
        chain.push(itemScope(list, folder.id));
      }
    }
    return chain;
  }

  private folderIndex(list: ListDefinition): Map<string, StoredItem> {
    let index = this.folderIndexes.get(list.id);
    if (!index) {
      index = new Map();
      for (const item of this.store.items(list)) {
        if (item.kind === 'folder') {
          index.set((item.folder === '' ? item.name : `${item.folder}/${item.name}`).toLowerCase(), item);
        }
      }
      this.folderIndexes.set(list.id, index);
    }
    return index;
  }
}

export function has(mask: bigint, permissionBit: bigint): boolean {
  return (mask & permissionBit) === permissionBit;
}

/** A write without the permission is refused with SharePoint's 403 before anything changes. */
export function demand(mask: bigint, permissionBit: bigint): void {
  if (!has(mask, permissionBit)) {
    throw spErrors.accessDenied();
  }
}
