import { contentTypeOf } from '../../core/staticFiles';
import { spErrors } from '../errors';
import { Entity } from '../metadata';
import { resourcePath } from '../entities';
import { checkEtag, checkWriteSecurity } from '../itemWrites';
import { documentLibraryTemplate, type ListDefinition } from '../model';
import { demand } from '../permissions';
import { permission } from '../roles';
import { etagOf, folderPathOf, serviceRootOf, spDate } from '../site';
import type { StoredItem } from '../store';
import { collection, expectMethod, noContent, single, type RouteResult, type SpCall } from './call';
import { parseArgs, singleArg, type Segment } from './path';

/**
 * List item attachments (`/items(<id>)/AttachmentFiles`) as SharePoint's REST API documents them:
 * GET the collection or one file (`('name')`, `getByFileName('name')`), its `$value`; POST
 * `add(FileName='name')` with the raw content; DELETE (or `recycleObject`) one file. Every change
 * needs EditListItems on the item and gives the item a new version (its ETag changes).
 */

/** SharePoint's attachment URL: `<list root>/Attachments/<item id>/<file name>`. */
function attachmentUrl(list: ListDefinition, item: StoredItem, name: string): string {
  return `${folderPathOf(list, '')}/Attachments/${item.id}/${name}`;
}

function attachmentEntity(call: SpCall, list: ListDefinition, item: StoredItem, name: string): Entity {
  const editLink = `Web/Lists(guid'${list.id}')/Items(${item.id})/AttachmentFiles('${name.replace(/'/g, "''")}')`;
  const url = attachmentUrl(list, item, name);
  return new Entity(
    { type: 'SP.Attachment', uri: `${serviceRootOf(call.context)}/${editLink}`, editLink },
    { FileName: name, FileNameAsPath: resourcePath(name), ServerRelativePath: resourcePath(url), ServerRelativeUrl: url }
  );
}

/** Characters SharePoint refuses in file names, and names it reserves. */
const invalidName = /["*:<>?/\\|#%\u0000-\u001f]|^\.|\.$|^\s|\s$/;

function validName(name: string): string {
  if (name === '' || name.length > 128 || invalidName.test(name) || name.includes('..')) {
    throw spErrors.badRequest(`The file name '${name}' is not valid for an attachment.`);
  }
  return name;
}

/** Checks the caller may change the item (and, with a version, that it is current). */
function demandChange(call: SpCall, list: ListDefinition, item: StoredItem, ifMatch?: string | string[]): void {
  const mask = call.permissions.item(list, item);
  demand(mask, permission.editListItems);
  checkWriteSecurity(call.context, list, item, mask);
  checkEtag(item, ifMatch);
}

function existingName(call: SpCall, list: ListDefinition, item: StoredItem, name: string): string {
  const stored = call.context.store.attachmentName(list, item, name);
  if (!stored) {
    throw spErrors.fileNotFound();
  }
  return stored;
}

function change(call: SpCall): { modified: string; editorId: number } {
  return { modified: spDate(call.context.now()), editorId: call.context.user.siteUserId };
}

/** `/items(<id>)/AttachmentFiles…` */
export function attachmentsRoute(call: SpCall, list: ListDefinition, item: StoredItem, segment: Segment, rest: readonly Segment[]): RouteResult {
  if (list.baseTemplate === documentLibraryTemplate) {
    throw spErrors.notFound(segment.name);
  }
  if (segment.args !== undefined && segment.args !== '') {
    return attachmentRoute(call, list, item, existingName(call, list, item, String(singleArg(segment, call.url.searchParams) ?? '')), rest);
  }
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    return collection(call, 'SP.ApiData.Attachments', (item.attachments ?? []).map((name) => attachmentEntity(call, list, item, name)));
  }
  const [action, ...more] = rest;
  if (action.lower === 'getbyfilename' || action.lower === 'getbyfilenameaspath') {
    return attachmentRoute(call, list, item, existingName(call, list, item, String(singleArg(action, call.url.searchParams) ?? '')), more);
  }
  if ((action.lower === 'add' || action.lower === 'addusingpath') && more.length === 0) {
    expectMethod(call, 'POST');
    const args = parseArgs(action.args, call.url.searchParams);
    const name = validName(String(args.named.get('filename') ?? args.named.get('decodedurl') ?? args.positional[0] ?? ''));
    demandChange(call, list, item);
    if (call.context.store.attachmentName(list, item, name)) {
      throw spErrors.fileExists(attachmentUrl(list, item, name));
    }
    const updated = call.context.store.attach(list, item.id, { name, content: call.body, ...change(call) });
    return single(call, 'SP.Attachment', attachmentEntity(call, list, updated, name), 200, { ETag: etagOf(updated) });
  }
  throw spErrors.notFound(action.name);
}

function attachmentRoute(call: SpCall, list: ListDefinition, item: StoredItem, name: string, rest: readonly Segment[]): RouteResult {
  if (rest.length === 0) {
    if (call.method === 'DELETE') {
      demandChange(call, list, item, call.headers['if-match']);
      call.context.store.detach(list, item.id, { name, ...change(call) });
      return noContent();
    }
    expectMethod(call, 'GET');
    return single(call, 'SP.Attachment', attachmentEntity(call, list, item, name));
  }
  const [segment, ...more] = rest;
  if (more.length > 0) {
    throw spErrors.notFound(more[0].name);
  }
  switch (segment.lower) {
    case '$value':
      if (call.method === 'GET') {
        return { status: 200, raw: call.context.store.attachmentContent(list, item.id, name) ?? Buffer.alloc(0), contentType: contentTypeOf(name) };
      }
      expectMethod(call, 'PUT', 'POST');
      demandChange(call, list, item);
      call.context.store.attach(list, item.id, { name, content: call.body, ...change(call) });
      return noContent();
    case 'recycleobject':
    case 'recycle':
      expectMethod(call, 'POST', 'DELETE');
      demandChange(call, list, item, call.headers['if-match']);
      call.context.store.detach(list, item.id, { name, ...change(call) });
      return noContent();
    default:
      throw spErrors.notFound(segment.name);
  }
}
