import { fieldEntity, listEntity, shapeEntity } from '../entities';
import { spErrors } from '../errors';
import type { ListDefinition } from '../model';
import { filterEntities } from '../odata/entityFilter';
import { parseQueryOptions } from '../odata/queryOptions';
import { listScope, webScope } from '../permissions';
import { locate, siteUrlOf } from '../site';
import { collection, expectMethod, single, type RouteResult, type SpCall } from './call';
import { folderRoute } from './folders';
import { addValidateUpdateItemRoute, itemRoute, itemsRoute, visibleItem } from './items';
import { singleArg, type Segment } from './path';
import { securityRoute } from './security';

export function listByTitle(call: SpCall, title: string): ListDefinition {
  const list = call.context.store.lists.find((candidate) => candidate.title.toLowerCase() === title.toLowerCase());
  if (!list) {
    throw spErrors.listNotFound(title, siteUrlOf(call.context));
  }
  return list;
}

export function listById(call: SpCall, id: string): ListDefinition {
  const clean = id.replace(/[{}]/g, '').toLowerCase();
  const list = call.context.store.lists.find((candidate) => candidate.id === clean);
  if (!list) {
    throw spErrors.listNotFound(id, siteUrlOf(call.context));
  }
  return list;
}

/** `getList('/sites/integration/Lists/Measures')`: by URL, which stays when titles are renamed. */
export function listByUrl(call: SpCall, url: string): ListDefinition {
  const located = locate(call.context.store, url);
  if (!located || located.rest !== '') {
    throw spErrors.listNotFoundByUrl();
  }
  return located.list;
}

/** `/web/lists` and `/web/lists/getbytitle('…')|getbyid('…')|('…')`. */
export function listsRoute(call: SpCall, segment: Segment, rest: readonly Segment[]): RouteResult {
  if (segment.args) {
    return listRoute(call, listById(call, String(singleArg(segment, call.url.searchParams))), rest);
  }
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    const options = parseQueryOptions(call.url.searchParams);
    const lists = filterEntities(call.context.store.lists.map((list) => listEntity(call.context, list)), options);
    return collection(call, 'SP.ApiData.Lists', lists.map((list) => shapeEntity(list, options)));
  }
  const [next, ...more] = rest;
  const arg = String(singleArg(next, call.url.searchParams) ?? '');
  switch (next.lower) {
    case 'getbytitle':
      return listRoute(call, listByTitle(call, arg), more);
    case 'getbyid':
      return listRoute(call, listById(call, arg), more);
    default:
      throw spErrors.notFound(next.name);
  }
}

/** One list and its members. */
export function listRoute(call: SpCall, list: ListDefinition, rest: readonly Segment[]): RouteResult {
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    return single(call, 'SP.ApiData.Lists/@Element', shapeEntity(listEntity(call.context, list), parseQueryOptions(call.url.searchParams)));
  }
  const [segment, ...more] = rest;
  const security = securityRoute(call, { scope: listScope(list), chain: [listScope(list), webScope], maskFor: (permissions) => permissions.list(list) }, segment, more);
  if (security) {
    return security;
  }
  switch (segment.lower) {
    case 'items':
      if (segment.args !== undefined) {
        return itemRoute(call, list, visibleItem(call, list, Number(singleArg(segment, call.url.searchParams))), more);
      }
      if (more.length > 0) {
        const [action, ...tail] = more;
        if (action.lower === 'getbyid') {
          return itemRoute(call, list, visibleItem(call, list, Number(singleArg(action, call.url.searchParams))), tail);
        }
        throw spErrors.notFound(action.name);
      }
      return itemsRoute(call, list);
    case 'getitembyid':
      return itemRoute(call, list, visibleItem(call, list, Number(singleArg(segment, call.url.searchParams))), more);
    case 'fields':
      return fieldsRoute(call, list, segment, more);
    case 'rootfolder':
      return folderRoute(call, list, '', more);
    case 'addvalidateupdateitemusingpath':
      if (more.length > 0) {
        throw spErrors.notFound(more[0].name);
      }
      return addValidateUpdateItemRoute(call, list);
    case 'itemcount':
      expectMethod(call, 'GET');
      return single(call, 'Edm.Int32', shapeEntity(listEntity(call.context, list), { select: [['ItemCount']], expand: [] }));
    default:
      throw spErrors.notFound(segment.name);
  }
}

function fieldsRoute(call: SpCall, list: ListDefinition, segment: Segment, rest: readonly Segment[]): RouteResult {
  const options = parseQueryOptions(call.url.searchParams);
  const one = (predicate: (name: string, title: string, id: string) => boolean): RouteResult => {
    const field = list.fields.find((candidate) => predicate(candidate.internalName.toLowerCase(), candidate.title.toLowerCase(), candidate.id));
    if (!field) {
      throw spErrors.notFound('field');
    }
    return single(call, 'SP.ApiData.Fields/@Element', shapeEntity(fieldEntity(call.context, list, field), options));
  };
  if (segment.args) {
    const id = String(singleArg(segment, call.url.searchParams)).replace(/[{}]/g, '').toLowerCase();
    return one((_name, _title, fieldId) => fieldId === id);
  }
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    const fields = filterEntities(list.fields.map((field) => fieldEntity(call.context, list, field)), options);
    return collection(call, 'SP.ApiData.Fields', fields.map((field) => shapeEntity(field, options)));
  }
  const [action] = rest;
  const arg = String(singleArg(action, call.url.searchParams) ?? '').toLowerCase();
  switch (action.lower) {
    case 'getbyinternalnameortitle':
      return one((name, title) => name === arg || title === arg);
    case 'getbytitle':
      return one((_name, title) => title === arg);
    case 'getbyid':
      return one((_name, _title, id) => id === arg.replace(/[{}]/g, ''));
    default:
      throw spErrors.notFound(action.name);
  }
}
