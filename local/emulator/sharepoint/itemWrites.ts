import { randomUUID } from 'node:crypto';
import { spErrors } from './errors';
import { entityTypeOf, idPropertyOf, isLookup, isMulti, isUser, type FieldDefinition, type ListDefinition } from './model';
import { demand, has, UserPermissions } from './permissions';
import { permission } from './roles';
import { etagOf, spDate, type SiteContext } from './site';
import type { ItemKind, StoredItem } from './store';

/** Read-only system columns that clients may send back unchanged; SharePoint ignores them on writes. */
const ignoredOnWrite = new Set(['__metadata', 'id', 'created', 'modified', 'authorid', 'editorid', 'odata.type', 'odata.id', 'odata.etag', 'odata.editlink', 'contenttypeid', 'guid', 'attachments', 'filesystemobjecttype', 'odata__uiversionstring', 'serverredirectedembeduri', 'serverredirectedembedurl', 'complianceassetid']);

function edmTypeOf(field: FieldDefinition): string {
  switch (field.type) {
    case 'Number':
    case 'Currency':
      return 'Edm.Double';
    case 'Integer':
      return 'Edm.Int32';
    case 'Boolean':
      return 'Edm.Boolean';
    case 'DateTime':
      return 'Edm.DateTime';
    default:
      return 'Edm.String';
  }
}

/** Verbose clients send collections as `{ results: [...] }`, light clients as arrays. */
function collection(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return undefined;
}

function toInteger(value: unknown, edm: string): number | null {
  if (value === null || value === '') {
    return null;
  }
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isInteger(number)) {
    throw spErrors.badValue(edm);
  }
  return number;
}

/** Converts one written value to its stored form, as SharePoint's entity deserialiser does. */
export function convertValue(field: FieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) {
    return isMulti(field) ? [] : null;
  }
  if (isLookup(field) || isUser(field)) {
    if (isMulti(field)) {
      const values = collection(value);
      if (!values) {
        throw spErrors.badValue('Collection(Edm.Int32)');
      }
      return values.map((entry) => toInteger(entry, 'Edm.Int32')).filter((entry): entry is number => entry !== null && entry > 0);
    }
    const id = toInteger(value, 'Edm.Int32');
    // SharePoint clears a lookup written as 0 or -1.
    return id === null || id <= 0 ? null : id;
  }
  switch (field.type) {
    case 'Number':
    case 'Currency':
    case 'Integer': {
      if (value === '') {
        return null;
      }
      const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
      if (!Number.isFinite(number)) {
        throw spErrors.badValue(edmTypeOf(field));
      }
      return number;
    }
    case 'Boolean':
      if (typeof value === 'boolean') {
        return value;
      }
      if (value === 'true' || value === 'false') {
        return value === 'true';
      }
      throw spErrors.badValue('Edm.Boolean');
    case 'DateTime': {
      if (value === '') {
        return null;
      }
      const time = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(time)) {
        throw spErrors.badValue('Edm.DateTime');
      }
      return spDate(new Date(time));
    }
    case 'MultiChoice': {
      const values = collection(value);
      if (!values) {
        throw spErrors.badValue('Collection(Edm.String)');
      }
      return values.map(String);
    }
    default:
      if (typeof value === 'object') {
        throw spErrors.badValue('Edm.String');
      }
      return String(value);
  }
}

/** Maps a REST body (`Title`, `DepartmentId`, `InvolvedDepartmentsId`, ...) to stored column values. */
export function valuesFromBody(list: ListDefinition, body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const lower = key.toLowerCase();
    if (ignoredOnWrite.has(lower)) {
      continue;
    }
    const idField = list.fields.find((field) => (isLookup(field) || isUser(field)) && idPropertyOf(field).toLowerCase() === lower);
    if (idField) {
      if (idField.readOnly) {
        continue;
      }
      values[idField.internalName] = convertValue(idField, value);
      continue;
    }
    if (lower.endsWith('stringid') && list.fields.some((field) => isUser(field) && `${field.internalName}StringId`.toLowerCase() === lower)) {
      continue;
    }
    const name = lower.startsWith('odata_') ? key.slice(6) : key;
    const field = list.fields.find((candidate) => candidate.internalName.toLowerCase() === name.toLowerCase());
    if (!field || isLookup(field) || isUser(field)) {
      // Lookups and persons are written through their `<Name>Id` property only.
      throw spErrors.propertyNotOnType(key, entityTypeOf(list));
    }
    if (field.readOnly) {
      continue;
    }
    values[field.internalName] = convertValue(field, value);
  }
  return values;
}

export function parseJsonBody(raw: Buffer): Record<string, unknown> {
  const text = raw.toString('utf8').trim();
  if (text === '') {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw spErrors.badRequest('Invalid JSON. The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw spErrors.badRequest('Invalid JSON. An object was expected.');
  }
  return parsed as Record<string, unknown>;
}

function checkUnique(context: SiteContext, list: ListDefinition, values: Record<string, unknown>, exceptId?: number): void {
  for (const field of list.fields) {
    if (field.enforceUniqueValues && field.internalName in values && context.store.holdsValue(list, field.internalName, values[field.internalName], exceptId)) {
      throw spErrors.duplicateValues();
    }
  }
}

function checkLookups(context: SiteContext, list: ListDefinition, values: Record<string, unknown>): void {
  for (const field of list.fields) {
    if (!(field.internalName in values)) {
      continue;
    }
    const value = values[field.internalName];
    const ids = Array.isArray(value) ? value : value === null ? [] : [value];
    if (isUser(field)) {
      for (const id of ids as number[]) {
        if (!context.security.siteUser(id) && !context.security.siteGroup(id)) {
          throw spErrors.badRequest(`The user with the id ${id} does not exist.`);
        }
      }
    }
  }
}

/** SP.PermissionKind.ManageLists (12): its holders are exempt from the list's WriteSecurity. */
const manageLists = 1n << 11n;

/**
 * The list's item-level write setting (`WriteSecurity`): with 2 a user without ManageLists changes,
 * deletes or recycles only items they created; with 4 none. SharePoint refuses with its plain 403.
 */
export function checkWriteSecurity(context: SiteContext, list: ListDefinition, item: StoredItem, mask: bigint): void {
  const setting = list.writeSecurity ?? 1;
  if (setting === 1 || has(mask, manageLists)) {
    return;
  }
  if (setting === 4 || item.authorId !== context.user.siteUserId) {
    throw spErrors.accessDenied();
  }
}

/** Checks `If-Match`: `*` or no header overwrites; a stale ETag is refused with 412. */
export function checkEtag(item: StoredItem, ifMatch: string | string[] | undefined): void {
  const header = Array.isArray(ifMatch) ? ifMatch[0] : ifMatch;
  if (header === undefined || header.trim() === '' || header.trim() === '*') {
    return;
  }
  const requested = header.trim().replace(/^W\//, '');
  const current = etagOf(item);
  // SharePoint compares the version only; clients send it quoted or bare.
  const version = (value: string): string => value.replace(/"/g, '').split(',').pop()!.trim();
  if (version(requested) !== version(current)) {
    throw spErrors.etagMismatch(requested, current);
  }
}

export interface NewItem {
  readonly kind: ItemKind;
  readonly folder: string;
  readonly name?: string;
  readonly values: Record<string, unknown>;
  readonly content?: Buffer;
}

/** Creates an item, folder or file after the permission and unique-value checks. */
export function createItem(context: SiteContext, list: ListDefinition, input: NewItem, permissions: UserPermissions): StoredItem {
  const mask = permissions.folder(list, input.folder);
  demand(mask, permission.addListItems);
  if ((list.writeSecurity ?? 1) === 4) {
    // "Write no items": only users who manage the list add any.
    demand(mask, manageLists);
  }
  checkUnique(context, list, input.values);
  checkLookups(context, list, input.values);
  const id = context.store.nextId(list);
  const now = spDate(context.now());
  return context.store.create(
    list,
    {
      id,
      guid: randomUUID(),
      kind: input.kind,
      folder: input.folder,
      name: input.name ?? `${id}_.000`,
      values: input.values,
      version: 1,
      created: now,
      modified: now,
      authorId: context.user.siteUserId,
      editorId: context.user.siteUserId
    },
    input.content
  );
}

export function updateItem(context: SiteContext, list: ListDefinition, item: StoredItem, values: Record<string, unknown>, ifMatch: string | string[] | undefined, permissions: UserPermissions, content?: Buffer): StoredItem {
  const mask = permissions.item(list, item);
  demand(mask, permission.editListItems);
  checkWriteSecurity(context, list, item, mask);
  checkEtag(item, ifMatch);
  checkUnique(context, list, values, item.id);
  checkLookups(context, list, values);
  return context.store.update(list, item.id, { values, modified: spDate(context.now()), editorId: context.user.siteUserId, content });
}

export function deleteItem(context: SiteContext, list: ListDefinition, item: StoredItem, ifMatch: string | string[] | undefined, permissions: UserPermissions): void {
  const mask = permissions.item(list, item);
  demand(mask, permission.deleteListItems);
  checkWriteSecurity(context, list, item, mask);
  checkEtag(item, ifMatch);
  context.store.delete(list, item.id);
}
