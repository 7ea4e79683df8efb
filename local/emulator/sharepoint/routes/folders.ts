import { contentTypeOf } from '../../core/staticFiles';
import { fileEntity, folderEntity, shapeEntity } from '../entities';
import { spErrors } from '../errors';
import { createItem, deleteItem, parseJsonBody, updateItem } from '../itemWrites';
import type { ListDefinition } from '../model';
import { filterEntities } from '../odata/entityFilter';
import { parseQueryOptions } from '../odata/queryOptions';
import { demand, has } from '../permissions';
import { permission } from '../roles';
import { locate, type SiteContext } from '../site';
import type { StoredItem } from '../store';
import { collection, expectMethod, noContent, primitive, single, type RouteResult, type SpCall } from './call';
import { itemRoute } from './items';
import { parseArgs, singleArg, type Segment } from './path';
import { randomUUID } from 'node:crypto';

function joinPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

function visible(call: SpCall, list: ListDefinition, item: StoredItem): boolean {
  return has(call.permissions.item(list, item), permission.viewListItems);
}

function folderItemOf(call: SpCall, list: ListDefinition, path: string): StoredItem | undefined {
  if (path === '') {
    return undefined;
  }
  const folder = call.context.store.folder(list, path);
  if (!folder || !visible(call, list, folder)) {
    throw spErrors.fileNotFound();
  }
  return folder;
}

function shapedFolder(call: SpCall, list: ListDefinition, path: string): ReturnType<typeof folderEntity> {
  const item = path === '' ? undefined : call.context.store.folder(list, path);
  return shapeEntity(folderEntity(call.context, list, path, item), parseQueryOptions(call.url.searchParams));
}

/** Creates the folder `name` below `parent` (or returns the existing one, as SharePoint does). */
function ensureFolder(call: SpCall, list: ListDefinition, parent: string, name: string): string {
  const clean = name.replace(/^\/+|\/+$/g, '');
  if (clean === '' || /["*:<>?\\|#%]/.test(clean)) {
    throw spErrors.badRequest(`The folder name '${name}' is not valid.`);
  }
  let current = parent;
  for (const part of clean.split('/')) {
    const path = joinPath(current, part);
    if (!call.context.store.folder(list, path)) {
      createItem(call.context, list, { kind: 'folder', folder: current, name: part, values: { Title: part } }, call.permissions);
    }
    current = path;
  }
  return current;
}

/** A folder of a list ('' = root folder) and its members. */
export function folderRoute(call: SpCall, list: ListDefinition, path: string, rest: readonly Segment[]): RouteResult {
  const folderItem = folderItemOf(call, list, path);
  if (rest.length === 0) {
    if (call.method === 'DELETE') {
      if (!folderItem) {
        throw spErrors.accessDenied();
      }
      deleteItem(call.context, list, folderItem, call.headers['if-match'], call.permissions);
      return noContent();
    }
    expectMethod(call, 'GET');
    return single(call, 'SP.ApiData.Folders/@Element', shapedFolder(call, list, path));
  }
  const [segment, ...more] = rest;
  switch (segment.lower) {
    case 'listitemallfields':
      if (!folderItem) {
        throw spErrors.itemNotFound();
      }
      return itemRoute(call, list, folderItem, more);
    case 'recycle':
      expectMethod(call, 'POST');
      if (!folderItem) {
        throw spErrors.accessDenied();
      }
      deleteItem(call.context, list, folderItem, undefined, call.permissions);
      return primitive(call, 'Edm.Guid', 'Recycle', randomUUID());
    case 'addsubfolderusingpath': {
      expectMethod(call, 'POST');
      const body = parseJsonBody(call.body) as { leafPath?: { DecodedUrl?: string } };
      ensureFolder(call, list, path, String(body.leafPath?.DecodedUrl ?? ''));
      return noContent();
    }
    case 'folders':
      return foldersRoute(call, list, path, segment, more);
    case 'files':
      return filesRoute(call, list, path, segment, more);
    case 'parentfolder':
      if (path === '') {
        throw spErrors.fileNotFound();
      }
      return folderRoute(call, list, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', more);
    default:
      throw spErrors.notFound(segment.name);
  }
}

function foldersRoute(call: SpCall, list: ListDefinition, path: string, segment: Segment, rest: readonly Segment[]): RouteResult {
  if (segment.args) {
    return folderRoute(call, list, joinPath(path, String(singleArg(segment, call.url.searchParams))), rest);
  }
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    const options = parseQueryOptions(call.url.searchParams);
    const folders = [...call.context.store.items(list)].filter((item) => item.kind === 'folder' && item.folder.toLowerCase() === path.toLowerCase() && visible(call, list, item));
    const entities = filterEntities(folders.map((item) => folderEntity(call.context, list, joinPath(path, item.name), item)), options, folderEntity(call.context, list, path));
    return collection(call, 'SP.ApiData.Folders', entities.map((entity) => shapeEntity(entity, options)));
  }
  const [action, ...more] = rest;
  if (action.lower === 'getbyurl' || action.lower === 'getbypath') {
    return folderRoute(call, list, joinPath(path, String(singleArg(action, call.url.searchParams))), more);
  }
  if ((action.lower === 'addusingpath' || action.lower === 'add') && more.length === 0) {
    expectMethod(call, 'POST');
    const target = String(singleArg(action, call.url.searchParams) ?? '');
    let created: string;
    if (target.startsWith('/') || /^https?:/i.test(target)) {
      const located = locate(call.context.store, target);
      if (!located || located.list.id !== list.id) {
        throw spErrors.fileNotFound();
      }
      created = ensureFolder(call, list, '', located.rest);
    } else {
      created = ensureFolder(call, list, path, target);
    }
    return single(call, 'SP.ApiData.Folders/@Element', shapedFolder(call, list, created));
  }
  throw spErrors.notFound(action.name);
}

function filesRoute(call: SpCall, list: ListDefinition, path: string, segment: Segment, rest: readonly Segment[]): RouteResult {
  if (segment.args) {
    return fileRoute(call, list, visibleFile(call, list, path, String(singleArg(segment, call.url.searchParams))), rest);
  }
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    const options = parseQueryOptions(call.url.searchParams);
    const files = [...call.context.store.items(list)].filter((item) => item.kind === 'file' && item.folder.toLowerCase() === path.toLowerCase() && visible(call, list, item));
    const entities = filterEntities(files.map((item) => fileEntity(call.context, list, item)), options);
    return collection(call, 'SP.ApiData.Files12', entities.map((entity) => shapeEntity(entity, options)));
  }
  const [action, ...more] = rest;
  if (action.lower === 'getbyurl' || action.lower === 'getbypath') {
    return fileRoute(call, list, visibleFile(call, list, path, String(singleArg(action, call.url.searchParams))), more);
  }
  if (action.lower === 'addusingpath' && more.length === 0) {
    expectMethod(call, 'POST');
    const args = parseArgs(action.args, call.url.searchParams);
    const name = String(args.named.get('decodedurl') ?? args.positional[0] ?? '');
    const overwrite = args.named.get('overwrite') === true;
    if (name === '' || name.includes('/') || /["*:<>?\\|]/.test(name)) {
      throw spErrors.badRequest(`The file name '${name}' is not valid.`);
    }
    if (list.baseTemplate !== 101) {
      throw spErrors.badRequest('Files can only be added to document libraries.');
    }
    const existing = call.context.store.file(list, path, name);
    let item: StoredItem;
    if (existing) {
      if (!overwrite) {
        throw spErrors.fileExists(`${path}/${name}`);
      }
      item = updateItem(call.context, list, existing, {}, undefined, call.permissions, call.body);
    } else {
      demand(call.permissions.folder(list, path), permission.addListItems);
      item = createItem(call.context, list, { kind: 'file', folder: path, name, values: {}, content: call.body }, call.permissions);
    }
    return single(call, 'SP.ApiData.Files12/@Element', fileEntity(call.context, list, item));
  }
  throw spErrors.notFound(action.name);
}

function visibleFile(call: SpCall, list: ListDefinition, folder: string, name: string): StoredItem {
  const item = call.context.store.file(list, folder, name);
  if (!item || !visible(call, list, item)) {
    throw spErrors.fileNotFound();
  }
  return item;
}

/** A file of a document library and its members (`$value`, `listItemAllFields`). */
export function fileRoute(call: SpCall, list: ListDefinition, item: StoredItem, rest: readonly Segment[]): RouteResult {
  if (rest.length === 0) {
    if (call.method === 'DELETE') {
      deleteItem(call.context, list, item, call.headers['if-match'], call.permissions);
      return noContent();
    }
    expectMethod(call, 'GET');
    return single(call, 'SP.ApiData.Files12/@Element', shapeEntity(fileEntity(call.context, list, item), parseQueryOptions(call.url.searchParams)));
  }
  const [segment, ...more] = rest;
  switch (segment.lower) {
    case '$value':
      if (call.method === 'GET') {
        return { status: 200, raw: call.context.store.content(list, item.id) ?? Buffer.alloc(0), contentType: contentTypeOf(item.name) };
      }
      expectMethod(call, 'PUT', 'POST');
      updateItem(call.context, list, item, {}, call.headers['if-match'], call.permissions, call.body);
      return noContent();
    case 'listitemallfields':
      return itemRoute(call, list, item, more);
    case 'recycle':
      expectMethod(call, 'POST');
      deleteItem(call.context, list, item, undefined, call.permissions);
      return primitive(call, 'Edm.Guid', 'Recycle', randomUUID());
    default:
      throw spErrors.notFound(segment.name);
  }
}

/** `/web/getFolderByServerRelativePath(...)` and `/web/folders/addUsingPath(...)`. */
export function locateFolder(context: SiteContext, url: string): { list: ListDefinition; path: string } {
  const located = locate(context.store, url);
  if (!located) {
    throw spErrors.fileNotFound();
  }
  return { list: located.list, path: located.rest };
}

export function locateFile(call: SpCall, url: string): { list: ListDefinition; item: StoredItem } {
  const located = locate(call.context.store, url);
  if (!located || located.rest === '') {
    throw spErrors.fileNotFound();
  }
  const slash = located.rest.lastIndexOf('/');
  const folder = slash < 0 ? '' : located.rest.slice(0, slash);
  const name = slash < 0 ? located.rest : located.rest.slice(slash + 1);
  return { list: located.list, item: visibleFile(call, located.list, folder, name) };
}

export function webFoldersRoute(call: SpCall, rest: readonly Segment[]): RouteResult {
  const [action, ...more] = rest;
  if (action && (action.lower === 'addusingpath' || action.lower === 'add') && more.length === 0) {
    expectMethod(call, 'POST');
    const target = String(singleArg(action, call.url.searchParams) ?? '');
    const { list, path } = locateFolder(call.context, target);
    const created = ensureFolder(call, list, '', path);
    return single(call, 'SP.ApiData.Folders/@Element', shapedFolder(call, list, created));
  }
  throw spErrors.notFound(action?.name ?? 'folders');
}
