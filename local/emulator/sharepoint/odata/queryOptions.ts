import { spErrors } from '../errors';
import { parseFilter, type FilterNode } from './filter';

export interface OrderBy {
  readonly path: readonly string[];
  readonly descending: boolean;
}

export interface QueryOptions {
  /** Property paths from `$select`; undefined = the default set (also for `*`). */
  readonly select?: ReadonlyArray<readonly string[]>;
  /** Expanded navigation properties from `$expand`, e.g. ['Department', 'Author']. */
  readonly expand: readonly string[];
  readonly filter?: { readonly text: string; readonly tree: FilterNode };
  readonly orderBy: readonly OrderBy[];
  readonly top?: number;
  /** Parsed `$skiptoken=Paged=TRUE&p_ID=<n>[&p_<Field>=<value>]`. */
  readonly skipToken?: URLSearchParams;
}

/** Query options arrive percent-encoded (`%24select`, `+` for spaces); URLSearchParams undoes both. */
export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  const get = (name: string): string | undefined => {
    for (const [key, value] of params) {
      if (key.toLowerCase() === name) {
        return value;
      }
    }
    return undefined;
  };
  const list = (value: string | undefined): string[] =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');

  const selectTokens = list(get('$select'));
  const select = selectTokens.length === 0 || selectTokens.includes('*') ? undefined : selectTokens.map((token) => token.split('/'));
  const expand = list(get('$expand'));
  const filterText = get('$filter');
  const filter = filterText !== undefined && filterText.trim() !== '' ? { text: filterText, tree: parseFilter(filterText) } : undefined;
  const orderBy = list(get('$orderby')).map((entry) => {
    const [name, direction] = entry.split(/\s+/);
    const lower = (direction ?? 'asc').toLowerCase();
    if (lower !== 'asc' && lower !== 'desc') {
      throw spErrors.invalidExpression(entry, `'${direction}' is not a sort direction.`);
    }
    return { path: name.split('/'), descending: lower === 'desc' };
  });
  const topText = get('$top');
  let top: number | undefined;
  if (topText !== undefined) {
    top = Number(topText);
    if (!Number.isInteger(top) || top < 0) {
      throw spErrors.badRequest(`Invalid $top value: ${topText}`);
    }
  }
  const skipTokenText = get('$skiptoken');
  const skipToken = skipTokenText ? new URLSearchParams(skipTokenText) : undefined;
  return { select, expand, filter, orderBy, top, skipToken };
}
