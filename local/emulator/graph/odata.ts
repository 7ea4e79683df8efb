import { badRequest, invalidFilter, unknownProperty } from './errors';

/**
 * OData query options on Graph collections: `$select`, `$filter`, `$orderby`, `$top`,
 * `$skip`, `$count`. Clients send them percent-encoded (`%24filter`, spaces as `+`), so the
 * query is read with `URLSearchParams`. Paging answers with an absolute `@odata.nextLink`
 * that keeps the scheme and host the client called.
 */

export type FilterNode =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'path'; readonly path: readonly string[] }
  | { readonly kind: 'compare'; readonly operator: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'logical'; readonly operator: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'call'; readonly name: 'startswith' | 'endswith' | 'contains'; readonly args: readonly FilterNode[] };

export interface OrderKey {
  readonly path: readonly string[];
  readonly descending: boolean;
}

export interface CollectionQuery {
  readonly select?: readonly string[];
  readonly filter?: FilterNode;
  readonly orderBy: readonly OrderKey[];
  readonly top?: number;
  readonly skip: number;
  readonly count: boolean;
}

/** Resolves a property name of the resource type (case-insensitively) to its canonical spelling. */
export type PropertyResolver = (name: string) => string | undefined;

type Token = { readonly type: 'punct'; readonly value: '(' | ')' | ',' } | { readonly type: 'string'; readonly value: string } | { readonly type: 'word'; readonly value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', value: char });
      i++;
    } else if (char === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) {
          throw invalidFilter();
        }
        if (text[i] === "'") {
          // OData escapes a quote inside a literal by doubling it.
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ type: 'string', value });
    } else {
      const match = /^[^\s(),']+/.exec(text.slice(i));
      if (!match) {
        throw invalidFilter();
      }
      tokens.push({ type: 'word', value: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

const comparisonOperators = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const functions = new Set(['startswith', 'endswith', 'contains']);

class FilterParser {
  private position = 0;

  public constructor(
    private readonly tokens: readonly Token[],
    private readonly resolve: PropertyResolver,
    private readonly typeName: string
  ) {}

  public parse(): FilterNode {
    const node = this.parseOr();
    if (this.position !== this.tokens.length) {
      throw invalidFilter();
    }
    return node;
  }

  private peekWord(): string | undefined {
    const token = this.tokens[this.position];
    return token?.type === 'word' ? token.value.toLowerCase() : undefined;
  }

  private expectPunct(value: '(' | ')' | ','): void {
    const token = this.tokens[this.position];
    if (token?.type !== 'punct' || token.value !== value) {
      throw invalidFilter();
    }
    this.position++;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekWord() === 'or') {
      this.position++;
      left = { kind: 'logical', operator: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseNot();
    while (this.peekWord() === 'and') {
      this.position++;
      left = { kind: 'logical', operator: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): FilterNode {
    if (this.peekWord() === 'not') {
      this.position++;
      return { kind: 'not', operand: this.parseNot() };
    }
    const left = this.parsePrimary();
    const operator = this.peekWord();
    if (operator && comparisonOperators.has(operator)) {
      this.position++;
      return { kind: 'compare', operator: operator as 'eq', left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): FilterNode {
    const token = this.tokens[this.position];
    if (!token) {
      throw invalidFilter();
    }
    this.position++;
    if (token.type === 'punct') {
      if (token.value !== '(') {
        throw invalidFilter();
      }
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (token.type === 'string') {
      return { kind: 'literal', value: token.value };
    }
    const word = token.value;
    const lower = word.toLowerCase();
    const next = this.tokens[this.position];
    if (next?.type === 'punct' && next.value === '(') {
      if (!functions.has(lower)) {
        throw invalidFilter();
      }
      this.position++;
      const args: FilterNode[] = [this.parseOr()];
      while (this.tokens[this.position]?.type === 'punct' && this.tokens[this.position].value === ',') {
        this.position++;
        args.push(this.parseOr());
      }
      this.expectPunct(')');
      if (args.length !== 2) {
        throw invalidFilter();
      }
      return { kind: 'call', name: lower as 'startswith', args };
    }
    if (lower === 'true' || lower === 'false') {
      return { kind: 'literal', value: lower === 'true' };
    }
    if (lower === 'null') {
      return { kind: 'literal', value: null };
    }
    if (/^-?\d+(\.\d+)?$/.test(word)) {
      return { kind: 'literal', value: Number(word) };
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(word)) {
      // Unquoted DateTimeOffset literal, e.g. createdDateTime ge 2024-01-01T00:00:00Z.
      return { kind: 'literal', value: word };
    }
    if (!/^[A-Za-z_][\w]*(\/[A-Za-z_][\w]*)*$/.test(word)) {
      throw invalidFilter();
    }
    const [first, ...rest] = word.split('/');
    const property = this.resolve(first);
    if (!property) {
      throw unknownProperty(first, this.typeName);
    }
    return { kind: 'path', path: [property, ...rest] };
  }
}

export function parseFilter(text: string, resolve: PropertyResolver, typeName: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) {
    throw invalidFilter();
  }
  return new FilterParser(tokens, resolve, typeName).parse();
}

/** Reads a nested value, case-insensitively per segment, as OData paths are. */
export function valueAtPath(resource: unknown, path: readonly string[]): unknown {
  let current: unknown = resource;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    const record = current as Record<string, unknown>;
    const key = segment in record ? segment : Object.keys(record).find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : record[key];
  }
  return current;
}

const dateTimePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/** Date-times compare as instants; a value without an offset is UTC, as Graph reads `start/dateTime` filters. */
function asInstant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !dateTimePattern.test(value)) {
    return undefined;
  }
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/i.test(value);
  const normalized = value.length === 10 ? `${value}T00:00:00` : value;
  const trimmedFraction = normalized.replace(/(\.\d{3})\d+/, '$1');
  const epoch = Date.parse(hasOffset ? trimmedFraction : `${trimmedFraction}Z`);
  return Number.isNaN(epoch) ? undefined : epoch;
}

/** Orders two property values: date-times as instants, strings case-insensitively, nulls first. */
export function compareValues(left: unknown, right: unknown): number {
  if (left === right) {
    return 0;
  }
  if (left === null || left === undefined) {
    return -1;
  }
  if (right === null || right === undefined) {
    return 1;
  }
  const leftInstant = asInstant(left);
  const rightInstant = asInstant(right);
  if (leftInstant !== undefined && rightInstant !== undefined) {
    return leftInstant - rightInstant;
  }
  if (typeof left === 'number' && typeof right === 'number') {
    return left - right;
  }
  if (typeof left === 'boolean' && typeof right === 'boolean') {
    return Number(left) - Number(right);
  }
  const a = String(left).toLowerCase();
  const b = String(right).toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

function evaluateOperand(node: FilterNode, resource: unknown): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'path':
      return valueAtPath(resource, node.path);
    default:
      return evaluateFilter(node, resource);
  }
}

/** Whether `resource` (the rendered Graph resource, times in UTC) matches the filter. */
export function evaluateFilter(node: FilterNode, resource: unknown): boolean {
  switch (node.kind) {
    case 'literal':
      return node.value === true;
    case 'path':
      return valueAtPath(resource, node.path) === true;
    case 'not':
      return !evaluateFilter(node.operand, resource);
    case 'logical':
      return node.operator === 'and'
        ? evaluateFilter(node.left, resource) && evaluateFilter(node.right, resource)
        : evaluateFilter(node.left, resource) || evaluateFilter(node.right, resource);
    case 'call': {
      const [haystack, needle] = node.args.map((arg) => evaluateOperand(arg, resource));
      if (typeof haystack !== 'string' || typeof needle !== 'string') {
        return false;
      }
      // Exchange matches text case-insensitively.
      const text = haystack.toLowerCase();
      const part = needle.toLowerCase();
      return node.name === 'startswith' ? text.startsWith(part) : node.name === 'endswith' ? text.endsWith(part) : text.includes(part);
    }
    case 'compare': {
      const left = evaluateOperand(node.left, resource);
      const right = evaluateOperand(node.right, resource);
      if (left === undefined || right === undefined) {
        return false;
      }
      if (left === null || right === null) {
        const equal = left === right;
        return node.operator === 'eq' ? equal : node.operator === 'ne' ? !equal : false;
      }
      const order = compareValues(left, right);
      switch (node.operator) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'gt':
          return order > 0;
        case 'ge':
          return order >= 0;
        case 'lt':
          return order < 0;
        default:
          return order <= 0;
      }
    }
  }
}

function readInteger(query: URLSearchParams, name: string, minimum: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) {
    return undefined;
  }
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < minimum) {
    throw badRequest(`Invalid value '${raw}' for query option '${name}'.`);
  }
  return Number(raw);
}

export function readCollectionQuery(query: URLSearchParams, resolve: PropertyResolver, typeName: string): CollectionQuery {
  const selectText = query.get('$select');
  const select = selectText
    ? selectText
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '')
        .map((name) => {
          const property = resolve(name);
          if (!property) {
            throw unknownProperty(name, typeName);
          }
          return property;
        })
    : undefined;
  const filterText = query.get('$filter');
  const filter = filterText !== null ? parseFilter(filterText, resolve, typeName) : undefined;
  const orderBy: OrderKey[] = [];
  for (const clause of (query.get('$orderby') ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const [path, direction, ...extra] = clause.split(/\s+/);
    if (extra.length > 0 || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      throw badRequest(`Invalid $orderby clause '${clause}'.`);
    }
    const [first, ...rest] = path.split('/');
    const property = resolve(first);
    if (!property) {
      throw unknownProperty(first, typeName);
    }
    orderBy.push({ path: [property, ...rest], descending: direction?.toLowerCase() === 'desc' });
  }
  const countText = query.get('$count');
  return {
    select,
    filter,
    orderBy,
    top: readInteger(query, '$top', 1),
    skip: readInteger(query, '$skip', 0) ?? 0,
    count: countText !== null && countText.toLowerCase() === 'true'
  };
}

/** Stable sort by the `$orderby` keys over the rendered resources. */
export function orderResources<T>(items: readonly T[], orderBy: readonly OrderKey[], view: (item: T) => unknown): T[] {
  if (orderBy.length === 0) {
    return [...items];
  }
  const keyed = items.map((item, index) => ({ item, index, resource: view(item) }));
  keyed.sort((a, b) => {
    for (const key of orderBy) {
      const order = compareValues(valueAtPath(a.resource, key.path), valueAtPath(b.resource, key.path));
      if (order !== 0) {
        return key.descending ? -order : order;
      }
    }
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.item);
}

/** A query option pair as Graph writes it in links: the `$` stays literal, values are percent-encoded. */
function encodeQuery(query: URLSearchParams): string {
  const pairs: string[] = [];
  query.forEach((value, key) => {
    pairs.push(`${encodeURIComponent(key).replace(/^%24/, '$')}=${encodeURIComponent(value)}`);
  });
  return pairs.join('&');
}

export interface Page<T> {
  readonly items: T[];
  readonly nextLink?: string;
}

/**
 * One page from `skip`; `$top` sets the page size (Outlook collections default to 10).
 * The next link repeats the client's own query with the following `$skip`.
 */
export function pageOf<T>(items: readonly T[], query: CollectionQuery, url: URL, defaultPageSize = 10, maxPageSize = 1000): Page<T> {
  const pageSize = Math.min(query.top ?? defaultPageSize, maxPageSize);
  const page = items.slice(query.skip, query.skip + pageSize);
  if (query.skip + pageSize >= items.length) {
    return { items: page };
  }
  const next = new URLSearchParams(url.search);
  next.delete('$skip');
  next.set('$skip', String(query.skip + pageSize));
  return { items: page, nextLink: `${url.origin}${url.pathname}?${encodeQuery(next)}` };
}
