import type { DurableState } from '../core/types';
import type { Journal } from '../core/journal';
import { roleDefinitions, type RoleDefinition } from './roles';

export interface SiteUser {
  readonly id: number;
  readonly login: string;
  readonly title: string;
  readonly email: string;
}

export interface SiteGroup {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly memberIds: readonly number[];
}

export interface RoleAssignment {
  readonly principalId: number;
  readonly roleDefinitionIds: readonly number[];
}

/** 'web', `list:<listId>` or `item:<listId>:<itemId>`. */
export type ScopeKey = string;

type SecurityOp =
  | { readonly kind: 'addUser'; readonly user: SiteUser }
  | { readonly kind: 'addGroup'; readonly group: Omit<SiteGroup, 'memberIds'> }
  | { readonly kind: 'addMember'; readonly groupId: number; readonly userId: number }
  | { readonly kind: 'removeMember'; readonly groupId: number; readonly userId: number }
  | { readonly kind: 'breakInheritance'; readonly scope: ScopeKey; readonly assignments: readonly RoleAssignment[] }
  | { readonly kind: 'resetInheritance'; readonly scope: ScopeKey }
  | { readonly kind: 'addRole'; readonly scope: ScopeKey; readonly principalId: number; readonly roleDefinitionId: number }
  | { readonly kind: 'removeRole'; readonly scope: ScopeKey; readonly principalId: number; readonly roleDefinitionId: number }
  | { readonly kind: 'addRoleDefinition'; readonly role: RoleDefinition };

export const securityNamespace = 'sharepoint.security';

/**
 * SharePoint's claim "Everyone except external users" (`c:0-.f|rolemanager|spo-grid-all-users/<tenant id>`):
 * a principal every signed-in member of the organisation holds, without being added to any group.
 */
export const everyoneClaimPrefix = 'c:0-.f|rolemanager|spo-grid-all-users/';
/** The local tenant's id, in the everyone claim. */
export const localTenantId = '8e3f6c2a-1d4b-4f7e-9a65-0c2b7d9e4f13';
export const everyoneClaim = `${everyoneClaimPrefix}${localTenantId}`;
/** Its display name on a German site; seeds name it to grant it a role. */
export const everyoneTitle = 'Jeder außer externen Benutzern';

export function isEveryoneClaim(login: string): boolean {
  return login.toLowerCase().startsWith(everyoneClaimPrefix);
}

/** Principal ids start here; lower ids belong to SharePoint's own system principals. */
const firstPrincipalId = 3;

/**
 * Site users, SharePoint groups and role assignments per securable object. A scope that has
 * an entry has unique role assignments; everything else inherits from its parent.
 */
export class SecurityStore implements DurableState {
  public readonly namespace = securityNamespace;
  private users = new Map<number, SiteUser>();
  private groups = new Map<number, { id: number; title: string; description: string; members: Set<number> }>();
  private scopes = new Map<ScopeKey, Map<number, Set<number>>>();
  private lastPrincipalId = firstPrincipalId - 1;
  private customRoles = new Map<number, RoleDefinition>();

  public constructor(private readonly journal: Journal) {
    this.reset();
    journal.register(this);
  }

  public reset(): void {
    this.users = new Map();
    this.groups = new Map();
    // The web always has its own role assignments (it is the root of inheritance here).
    this.scopes = new Map([['web', new Map()]]);
    this.lastPrincipalId = firstPrincipalId - 1;
    this.customRoles = new Map();
  }

  public apply(raw: unknown): void {
    const op = raw as SecurityOp;
    switch (op?.kind) {
      case 'addUser':
        this.users.set(op.user.id, op.user);
        this.lastPrincipalId = Math.max(this.lastPrincipalId, op.user.id);
        return;
      case 'addGroup':
        this.groups.set(op.group.id, { ...op.group, members: new Set() });
        this.lastPrincipalId = Math.max(this.lastPrincipalId, op.group.id);
        return;
      case 'addMember':
        this.groupState(op.groupId).members.add(op.userId);
        return;
      case 'removeMember':
        this.groupState(op.groupId).members.delete(op.userId);
        return;
      case 'breakInheritance':
      {
        const assignments = new Map<number, Set<number>>();
        for (const assignment of op.assignments) {
          const roles = assignments.get(assignment.principalId) ?? new Set<number>();
          assignment.roleDefinitionIds.forEach((id) => roles.add(id));
          assignments.set(assignment.principalId, roles);
        }
        this.scopes.set(op.scope, assignments);
        return;
      }
      case 'resetInheritance':
        if (op.scope !== 'web') {
          this.scopes.delete(op.scope);
        }
        return;
      case 'addRole': {
        const scope = this.scopes.get(op.scope);
        if (!scope) {
          throw new Error(`Role assignment on the inheriting scope ${op.scope}.`);
        }
        const roles = scope.get(op.principalId) ?? new Set<number>();
        roles.add(op.roleDefinitionId);
        scope.set(op.principalId, roles);
        return;
      }
      case 'removeRole': {
        const roles = this.scopes.get(op.scope)?.get(op.principalId);
        roles?.delete(op.roleDefinitionId);
        if (roles && roles.size === 0) {
          this.scopes.get(op.scope)?.delete(op.principalId);
        }
        return;
      }
      case 'addRoleDefinition':
        this.customRoles.set(op.role.id, op.role);
        return;
      default:
        throw new Error(`Unknown ${securityNamespace} journal entry.`);
    }
  }

  /** SharePoint's built-in permission levels, then the site's own (custom) ones. */
  public roleDefinitions(): RoleDefinition[] {
    return [...roleDefinitions, ...this.customRoles.values()];
  }

  public roleDefinitionById(id: number): RoleDefinition | undefined {
    return this.roleDefinitions().find((role) => role.id === id);
  }

  public roleDefinitionByName(name: string): RoleDefinition | undefined {
    const lower = name.toLowerCase();
    return this.roleDefinitions().find((role) => role.name.toLowerCase() === lower);
  }

  /** Adds a custom permission level; its id follows the highest one in use, as SharePoint numbers them. */
  public addRoleDefinition(role: Omit<RoleDefinition, 'id' | 'roleTypeKind' | 'hidden'>): RoleDefinition {
    const id = Math.max(1073741829, ...this.roleDefinitions().map((existing) => existing.id)) + 1;
    const created: RoleDefinition = { ...role, id, roleTypeKind: 0, hidden: false };
    this.journal.record(this.namespace, { kind: 'addRoleDefinition', role: created } satisfies SecurityOp);
    return created;
  }

  public nextPrincipalId(): number {
    return this.lastPrincipalId + 1;
  }

  public siteUsers(): SiteUser[] {
    return [...this.users.values()];
  }

  public siteUser(id: number): SiteUser | undefined {
    return this.users.get(id);
  }

  public siteUserByLogin(login: string): SiteUser | undefined {
    const lower = login.toLowerCase();
    return [...this.users.values()].find((user) => user.login.toLowerCase() === lower);
  }

  public siteGroups(): SiteGroup[] {
    return [...this.groups.values()].map((group) => this.groupView(group.id)!);
  }

  public siteGroup(id: number): SiteGroup | undefined {
    return this.groupView(id);
  }

  public siteGroupByTitle(title: string): SiteGroup | undefined {
    const lower = title.toLowerCase();
    const group = [...this.groups.values()].find((candidate) => candidate.title.toLowerCase() === lower);
    return group ? this.groupView(group.id) : undefined;
  }

  /** Group ids the user belongs to. */
  /** The site users that stand for everyone in the organisation: every signed-in user holds them. */
  public everyonePrincipalIds(): number[] {
    return [...this.users.values()].filter((user) => isEveryoneClaim(user.login)).map((user) => user.id);
  }

  public groupsOf(userId: number): number[] {
    return [...this.groups.values()].filter((group) => group.members.has(userId)).map((group) => group.id);
  }

  public hasUniqueRoleAssignments(scope: ScopeKey): boolean {
    return this.scopes.has(scope);
  }

  /** The role assignments of a scope with unique permissions; undefined when it inherits. */
  public roleAssignments(scope: ScopeKey): RoleAssignment[] | undefined {
    const assignments = this.scopes.get(scope);
    if (!assignments) {
      return undefined;
    }
    return [...assignments].map(([principalId, roles]) => ({ principalId, roleDefinitionIds: [...roles] }));
  }

  public addUser(user: SiteUser): void {
    this.journal.record(this.namespace, { kind: 'addUser', user } satisfies SecurityOp);
  }

  public addGroup(group: Omit<SiteGroup, 'memberIds'>): void {
    this.journal.record(this.namespace, { kind: 'addGroup', group } satisfies SecurityOp);
  }

  public addMember(groupId: number, userId: number): void {
    this.journal.record(this.namespace, { kind: 'addMember', groupId, userId } satisfies SecurityOp);
  }

  public removeMember(groupId: number, userId: number): void {
    this.journal.record(this.namespace, { kind: 'removeMember', groupId, userId } satisfies SecurityOp);
  }

  public breakInheritance(scope: ScopeKey, assignments: readonly RoleAssignment[]): void {
    this.journal.record(this.namespace, { kind: 'breakInheritance', scope, assignments } satisfies SecurityOp);
  }

  public resetInheritance(scope: ScopeKey): void {
    this.journal.record(this.namespace, { kind: 'resetInheritance', scope } satisfies SecurityOp);
  }

  public addRole(scope: ScopeKey, principalId: number, roleDefinitionId: number): void {
    this.journal.record(this.namespace, { kind: 'addRole', scope, principalId, roleDefinitionId } satisfies SecurityOp);
  }

  public removeRole(scope: ScopeKey, principalId: number, roleDefinitionId: number): void {
    this.journal.record(this.namespace, { kind: 'removeRole', scope, principalId, roleDefinitionId } satisfies SecurityOp);
  }

  private groupState(id: number): { id: number; title: string; description: string; members: Set<number> } {
    const group = this.groups.get(id);
    if (!group) {
      throw new Error(`Unknown group ${id} in journal entry.`);
    }
    return group;
  }

  private groupView(id: number): SiteGroup | undefined {
    const group = this.groups.get(id);
    return group ? { id: group.id, title: group.title, description: group.description, memberIds: [...group.members] } : undefined;
  }
}
