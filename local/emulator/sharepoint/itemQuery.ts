import { spErrors } from './errors';
import type { Entity } from './metadata';
import type { ListDefinition } from './model';
import { compileFilter, type PropertyAccessor } from './odata/evaluate';
import type { FilterNode } from './odata/filter';
import { parseQueryOptions, type QueryOptions } from './odata/queryOptions';
import { ItemPropertyResolver, ItemRenderer } from './itemProperties';
import { has, type UserPermissions } from './permissions';
import { permission } from './roles';
import type { SiteContext } from './site';
import type { StoredItem } from './store';
import { enforceListViewThreshold, listViewThreshold } from './throttling';

/** SharePoint's page size when `$top` is not given. */
export const defaultPageSize = 100;

export interface ItemPage {
  readonly entities: Entity[];
  readonly nextLink?: string;
}

interface SortKey {
  readonly name: string;
  readonly descending: boolean;
  readonly accessor: PropertyAccessor<StoredItem>;
}

function sortable(value: unknown, kind: PropertyAccessor<StoredItem>['kind']): number | string | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (Array.isArray(value)) {
    return sortable(value[0], kind);
  }
  switch (kind) {
    case 'number':
      return Number(value);
    case 'boolean':
      return value === true || value === 'True' || value === '1' || value === 1 ? 1 : 0;
    case 'date':
      return Date.parse(String(value));
    default:
      return String(value).toLocaleLowerCase('de');
  }
}

function compareValues(a: number | string | null, b: number | string | null): number {
  // Empty values sort first in ascending order, as in SharePoint views.
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? -1 : 1;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).localeCompare(String(b), 'de');
}

/** Reads one page of a list's items: filter, security trimming, order, `$skiptoken` paging. */
export function queryItems(context: SiteContext, list: ListDefinition, requestUrl: URL, permissions: UserPermissions, scope?: (item: StoredItem) => boolean): ItemPage {
  const options: QueryOptions = parseQueryOptions(requestUrl.searchParams);
  const expanded = new Set(options.expand.map((name) => name.toLowerCase()));
  const resolver = new ItemPropertyResolver(context, list, expanded);
  const renderer = new ItemRenderer(context, list, options.select, options.expand);
  const predicate = options.filter ? compileFilter(options.filter.tree, (ref) => resolver.accessor(ref), options.filter.text) : () => true;
  const sortKeys: SortKey[] = options.orderBy.map((order) => ({
    name: order.path.join('/'),
    descending: order.descending,
    accessor: resolver.accessor({ kind: 'property', path: order.path })
  }));

  enforceListViewThreshold({
    itemCount: context.store.itemCount(list),
    filter: options.filter?.tree,
    orderBy: options.orderBy.map((order) => ({ kind: 'property', path: order.path })),
    isIndexed: (ref) => resolver.isIndexed(ref),
    countMatching: (node: FilterNode) => {
      const test = compileFilter(node, (ref) => resolver.accessor(ref), options.filter!.text);
      let count = 0;
      for (const item of context.store.items(list)) {
        if (test(item)) {
          count += 1;
          if (count > listViewThreshold) {
            break;
          }
        }
      }
      return count;
    }
  });

  const matches: StoredItem[] = [];
  for (const item of context.store.items(list)) {
    // Security trimming: items the caller cannot view are simply not there.
    if ((scope === undefined || scope(item)) && predicate(item) && has(permissions.item(list, item), permission.viewListItems)) {
      matches.push(item);
    }
  }
  const keyOf = (item: StoredItem): Array<number | string | null> => sortKeys.map((key) => sortable(key.accessor.read(item), key.accessor.kind));
  const compareItems = (a: { keys: Array<number | string | null>; id: number }, b: { keys: Array<number | string | null>; id: number }): number => {
    for (let i = 0; i < sortKeys.length; i += 1) {
      const order = compareValues(a.keys[i], b.keys[i]);
      if (order !== 0) {
        return sortKeys[i].descending ? -order : order;
      }
    }
    return a.id - b.id;
  };
  let ordered = matches.map((item) => ({ item, id: item.id, keys: keyOf(item) }));
  if (sortKeys.length > 0) {
    ordered.sort(compareItems);
  }

  if (options.skipToken) {
    const token = options.skipToken;
    const lastId = Number(token.get('p_ID'));
    if (!Number.isInteger(lastId)) {
      throw spErrors.badRequest('The $skiptoken is not valid.');
    }
    const position = {
      id: lastId,
      keys: sortKeys.map((key) => {
        const raw = token.get(`p_${key.name.replace('/', '_')}`);
        return raw === null ? null : sortable(raw, key.accessor.kind);
      })
    };
    ordered = ordered.filter((entry) => compareItems(entry, position) > 0);
  }

  const top = Math.min(options.top ?? defaultPageSize, listViewThreshold);
  const page = ordered.slice(0, top);
  let nextLink: string | undefined;
  if (ordered.length > top && page.length > 0) {
    const last = page[page.length - 1];
    const token = new URLSearchParams({ Paged: 'TRUE' });
    sortKeys.forEach((key) => {
      const raw = key.accessor.read(last.item);
      token.set(`p_${key.name.replace('/', '_')}`, raw === null || raw === undefined ? '' : String(Array.isArray(raw) ? raw[0] ?? '' : raw));
    });
    token.set('p_ID', String(last.id));
    const params = new URLSearchParams(requestUrl.searchParams);
    for (const key of [...params.keys()]) {
      if (key.toLowerCase() === '$skiptoken') {
        params.delete(key);
      }
    }
    params.set('$skiptoken', token.toString());
    nextLink = `${requestUrl.origin}${requestUrl.pathname}?${params.toString()}`;
  }
  return { entities: page.map((entry) => renderer.render(entry.item)), nextLink };
}
