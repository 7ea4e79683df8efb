import { randomUUID } from 'node:crypto';
import { SpError, spErrors } from '../errors';
import { parseFormBody, valuesFromForm, type FieldResult } from '../formValues';
import { ItemRenderer } from '../itemProperties';
import { queryItems } from '../itemQuery';
import { createItem, deleteItem, parseJsonBody, updateItem, valuesFromBody } from '../itemWrites';
import { documentLibraryTemplate, urlNameOf, type ListDefinition } from '../model';
import { has } from '../permissions';
import { parseQueryOptions } from '../odata/queryOptions';
import { permission } from '../roles';
import { etagOf, locate } from '../site';
import type { StoredItem } from '../store';
import { collection, expectMethod, noContent, primitive, single, type RouteResult, type SpCall } from './call';
import type { Segment } from './path';
import { securityRoute } from './security';
import { itemScope } from '../permissions';
import { fileRoute, folderRoute } from './folders';
import { versionsRoute } from './versions';
import { attachmentsRoute } from './attachments';

function itemsFragment(list: ListDefinition): string {
  return `SP.ListData.${urlNameOf(list)}ListItems`;
}

/** `/items`: query (GET) or create (POST with plain JSON). */
export function itemsRoute(call: SpCall, list: ListDefinition): RouteResult {
  if (call.method === 'GET') {
    const page = queryItems(call.context, list, call.url, call.permissions);
    return collection(call, itemsFragment(list), page.entities, page.nextLink);
  }
  expectMethod(call, 'POST');
  if (list.baseTemplate === documentLibraryTemplate) {
    throw new SpError(400, '-2147024809, System.ArgumentException', 'To add an item to a document library, use SPFileCollection.Add()');
  }
  const values = valuesFromBody(list, parseJsonBody(call.body));
  const item = createItem(call.context, list, { kind: 'item', folder: '', values }, call.permissions);
  return single(call, `${itemsFragment(list)}/@Element`, renderItem(call, list, item, false), 201, { ETag: etagOf(item) });
}

/** The item if the caller may see it; SharePoint answers 404 for trimmed items too. */
export function visibleItem(call: SpCall, list: ListDefinition, id: number): StoredItem {
  const item = Number.isInteger(id) ? call.context.store.item(list, id) : undefined;
  if (!item || !has(call.permissions.item(list, item), permission.viewListItems)) {
    throw spErrors.itemNotFound();
  }
  return item;
}

function renderItem(call: SpCall, list: ListDefinition, item: StoredItem, withQuery: boolean) {
  const options = withQuery ? parseQueryOptions(call.url.searchParams) : { select: undefined, expand: [] };
  return new ItemRenderer(call.context, list, options.select, options.expand).render(item);
}

/** `/items(<id>)` and its members. */
export function itemRoute(call: SpCall, list: ListDefinition, item: StoredItem, rest: readonly Segment[]): RouteResult {
  if (rest.length === 0) {
    switch (call.method) {
      case 'GET':
        return single(call, `${itemsFragment(list)}/@Element`, renderItem(call, list, item, true), 200, { ETag: etagOf(item) });
      case 'MERGE':
      case 'PATCH':
      case 'PUT': {
        const values = valuesFromBody(list, parseJsonBody(call.body));
        const updated = updateItem(call.context, list, item, values, call.headers['if-match'], call.permissions);
        return noContent({ ETag: etagOf(updated) });
      }
      case 'DELETE':
        deleteItem(call.context, list, item, call.headers['if-match'], call.permissions);
        return noContent();
      default:
        throw spErrors.methodNotAllowed();
    }
  }
  const [segment, ...more] = rest;
  const security = securityRoute(
    call,
    {
      scope: itemScope(list, item.id),
      chain: call.permissions.itemChain(list, item),
      maskFor: (permissions) => permissions.item(list, item)
    },
    segment,
    more
  );
  if (security) {
    return security;
  }
  switch (segment.lower) {
    case 'recycle':
    case 'deletewithparameters':
      expectMethod(call, 'POST');
      deleteItem(call.context, list, item, undefined, call.permissions);
      return segment.lower === 'recycle' ? primitive(call, 'Edm.Guid', 'Recycle', randomUUID()) : noContent();
    case 'validateupdatelistitem': {
      expectMethod(call, 'POST');
      const form = valuesFromForm(list, parseFormBody(parseJsonBody(call.body)), call.context.security, call.context.regional);
      return validatedWrite(call, form.results, () => updateItem(call.context, list, item, form.values, undefined, call.permissions));
    }
    case 'versions':
      return versionsRoute(call, list, item, segment, more);
    case 'attachmentfiles':
      return attachmentsRoute(call, list, item, segment, more);
    case 'file':
      if (item.kind !== 'file') {
        throw spErrors.fileNotFound();
      }
      return fileRoute(call, list, item, more);
    case 'folder':
      if (item.kind !== 'folder') {
        throw spErrors.fileNotFound();
      }
      return folderRoute(call, list, item.folder === '' ? item.name : `${item.folder}/${item.name}`, more);
    default:
      throw spErrors.notFound(segment.name);
  }
}

/** Writes after validation; field problems answer 200 with `HasException` and commit nothing. */
function validatedWrite(call: SpCall, results: FieldResult[], write: () => StoredItem): RouteResult {
  if (!results.some((result) => result.HasException)) {
    try {
      const item = write();
      results.forEach((result) => (result.ItemId = item.id));
      results.push({ ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(item.id), HasException: false, ItemId: item.id });
    } catch (error) {
      if (!(error instanceof SpError) || error.status === 403 || error.status === 404) {
        throw error;
      }
      // Duplicate values and similar item-level failures come back as a field exception.
      const first = results[0] ?? { ErrorCode: 0, ErrorMessage: null, FieldName: 'Title', FieldValue: null, HasException: false, ItemId: 0 };
      first.ErrorCode = -2130575169;
      first.ErrorMessage = error.message;
      first.HasException = true;
      if (results.length === 0) {
        results.push(first);
      }
    }
  }
  return primitive(call, 'Collection(SP.ListItemFormUpdateValue)', 'AddValidateUpdateItemUsingPath', results);
}

/** `AddValidateUpdateItemUsingPath`: PnPjs 4's way to create an item inside a folder. */
export function addValidateUpdateItemRoute(call: SpCall, list: ListDefinition): RouteResult {
  expectMethod(call, 'POST');
  const body = parseJsonBody(call.body);
  const info = (body.listItemCreateInfo ?? {}) as { FolderPath?: { DecodedUrl?: string }; UnderlyingObjectType?: number; LeafName?: { DecodedUrl?: string } };
  let folder = '';
  const folderUrl = info.FolderPath?.DecodedUrl;
  if (folderUrl) {
    const located = locate(call.context.store, folderUrl);
    if (!located || located.list.id !== list.id) {
      throw spErrors.fileNotFound();
    }
    folder = located.rest;
    if (folder !== '' && !call.context.store.folder(list, folder)) {
      throw spErrors.fileNotFound();
    }
  }
  const isFolder = info.UnderlyingObjectType === 1;
  const form = valuesFromForm(list, parseFormBody(body), call.context.security, call.context.regional);
  const leafName = info.LeafName?.DecodedUrl;
  return validatedWrite(call, form.results, () =>
    createItem(call.context, list, { kind: isFolder ? 'folder' : 'item', folder, name: isFolder ? leafName ?? String(form.values.Title ?? '') : undefined, values: form.values }, call.permissions)
  );
}

