import { stableGuid } from '../core/ids';
import type { SeedData } from '../../seed/types';
import { convertValue } from './itemWrites';
import { idPropertyOf, isLookup, isUser, urlNameOf, type ListDefinition } from './model';
import { itemScope, listScope, webScope } from './permissions';
import { everyoneClaim, everyoneTitle, type SecurityStore } from './security';
import { spDate } from './site';
import type { ListStore } from './store';

export interface SeededPrincipals {
  /** login (lower case) → site user id */
  readonly siteUserIds: Map<string, number>;
}


function listOf(store: ListStore, urlName: string): ListDefinition {
  const list = store.lists.find((candidate) => urlNameOf(candidate).toLowerCase() === urlName.toLowerCase() || candidate.url.toLowerCase() === urlName.toLowerCase());
  if (!list) {
    throw new Error(`Seed refers to the unknown list '${urlName}'.`);
  }
  return list;
}

/**
 * Fills a fresh site from the seed: site users, groups, web permissions, list items
 * (IDs 1..n in seed order, so `<Field>Id` lookups point at the right items) and then the
 * department folders with their unique role assignments.
 */
export function seedSharePoint(store: ListStore, security: SecurityStore, seed: SeedData, now: Date): SeededPrincipals {
  for (const level of seed.roleDefinitions) {
    security.addRoleDefinition({ name: level.name, description: level.description, order: 200, low: level.low, high: level.high });
  }
  const roleId = (name: string): number => {
    const role = security.roleDefinitionByName(name);
    if (!role) {
      throw new Error(`Seed uses the unknown permission level '${name}'.`);
    }
    return role.id;
  };
  const groupIds = new Map<string, number>();
  for (const group of seed.groups) {
    const id = security.nextPrincipalId();
    security.addGroup({ id, title: group.title, description: '' });
    groupIds.set(group.title.toLowerCase(), id);
  }
  const siteUserIds = new Map<string, number>();
  for (const user of seed.users) {
    const id = security.nextPrincipalId();
    security.addUser({ id, login: user.login.toLowerCase(), title: user.displayName, email: user.login.toLowerCase() });
    siteUserIds.set(user.login.toLowerCase(), id);
  }
  // As in a tenant, the organisation's everyone claim becomes a site user when something is shared with it.
  let everyoneId: number | undefined;
  const principal = (title: string): number => {
    if (title === everyoneTitle) {
      if (everyoneId === undefined) {
        everyoneId = security.nextPrincipalId();
        security.addUser({ id: everyoneId, login: everyoneClaim, title: everyoneTitle, email: '' });
      }
      return everyoneId;
    }
    const id = groupIds.get(title.toLowerCase());
    if (id === undefined) {
      throw new Error(`Seed refers to the unknown group '${title}'.`);
    }
    return id;
  };
  for (const group of seed.groups) {
    for (const login of group.members) {
      const userId = siteUserIds.get(login.toLowerCase());
      if (userId === undefined) {
        throw new Error(`Group '${group.title}' lists the unknown user '${login}'.`);
      }
      security.addMember(principal(group.title), userId);
    }
  }
  security.breakInheritance(
    webScope,
    seed.webRoleAssignments.map((assignment) => ({ principalId: principal(assignment.group), roleDefinitionIds: [roleId(assignment.role)] }))
  );

  const coordinator = seed.users.find((user) => user.role === 'coordinator');
  const authorId = coordinator ? siteUserIds.get(coordinator.login.toLowerCase())! : security.nextPrincipalId();
  const created = spDate(now);
  const userId = (login: unknown): number => {
    const id = siteUserIds.get(String(login).toLowerCase());
    if (id === undefined) {
      throw new Error(`Seed refers to the unknown user '${String(login)}'.`);
    }
    return id;
  };

  for (const [urlName, items] of Object.entries(seed.lists)) {
    const list = listOf(store, urlName);
    const valuesOf = (fields: Record<string, unknown>): Record<string, unknown> => {
      const values: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        const lookup = list.fields.find((field) => isLookup(field) && idPropertyOf(field).toLowerCase() === key.toLowerCase());
        if (lookup) {
          values[lookup.internalName] = convertValue(lookup, value);
          continue;
        }
        const field = list.fields.find((candidate) => candidate.internalName.toLowerCase() === key.toLowerCase());
        if (!field) {
          throw new Error(`Seed item of '${urlName}' has the unknown field '${key}'.`);
        }
        if (isUser(field)) {
          values[field.internalName] = Array.isArray(value) ? value.map(userId) : value === null || value === undefined ? null : userId(value);
          continue;
        }
        values[field.internalName] = convertValue(field, value);
      }
      return values;
    };
    items.forEach((seedItem, index) => {
      const id = index + 1;
      const itemAuthorId = seedItem.author === undefined ? authorId : userId(seedItem.author);
      const itemEditorId = seedItem.editor === undefined ? itemAuthorId : userId(seedItem.editor);
      const itemCreated = seedItem.created ? spDate(seedItem.created) : created;
      store.create(
        list,
        {
          id,
          guid: stableGuid(`item:${list.url}:${id}`),
          kind: seedItem.file ? 'file' : 'item',
          folder: seedItem.folder ?? '',
          name: seedItem.file?.name ?? `${id}_.000`,
          values: valuesOf({ ...seedItem.fields, ...seedItem.earlier?.fields }),
          version: 1,
          created: itemCreated,
          modified: itemCreated,
          authorId: itemAuthorId,
          editorId: itemEditorId
        },
        seedItem.file ? Buffer.from(seedItem.file.content, 'base64') : undefined
      );
      // Created as it stood earlier, then changed to its fields: its versions and Modified show the change.
      if (seedItem.earlier) {
        const changed = Object.fromEntries(Object.keys(seedItem.earlier.fields).map((key) => [key, seedItem.fields[key] ?? null]));
        store.update(list, id, { values: valuesOf(changed), modified: spDate(seedItem.earlier.changedAt), editorId: itemEditorId });
      }
    });
  }

  // Folders come after the items so that the items keep IDs 1..n as the seed contract says.
  for (const folder of seed.folders) {
    const list = listOf(store, folder.list);
    const id = store.nextId(list);
    store.create(list, {
      id,
      guid: stableGuid(`folder:${list.url}:${folder.parent ? `${folder.parent}/` : ''}${folder.name}`),
      kind: 'folder',
      folder: folder.parent ?? '',
      name: folder.name,
      values: { Title: folder.name },
      version: 1,
      created,
      modified: created,
      authorId,
      editorId: authorId
    });
    security.breakInheritance(
      itemScope(list, id),
      folder.roleAssignments.map((assignment) => ({ principalId: principal(assignment.group), roleDefinitionIds: [roleId(assignment.role)] }))
    );
  }
  for (const permissions of seed.listPermissions ?? []) {
    security.breakInheritance(
      listScope(listOf(store, permissions.list)),
      permissions.roleAssignments.map((assignment) => ({ principalId: principal(assignment.group), roleDefinitionIds: [roleId(assignment.role)] }))
    );
  }
  return { siteUserIds };
}
