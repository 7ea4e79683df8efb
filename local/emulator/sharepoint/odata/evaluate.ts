import { spErrors } from '../errors';
import type { ComparisonOperator, FilterNode, Literal, PropertyRef } from './filter';

export type ScalarKind = 'text' | 'number' | 'boolean' | 'date';

/** How the filter sees one property of an item: a typed scalar, or the values of a multi-value column. */
export interface PropertyAccessor<T> {
  readonly kind: ScalarKind;
  readonly multi: boolean;
  /** Scalar value (or null), or for multi-value columns an array of scalars. */
  read(item: T): unknown;
}

export type PropertyResolver<T> = (ref: PropertyRef) => PropertyAccessor<T>;

function normaliseLiteral(literal: Literal, kind: ScalarKind, expression: string): string | number | boolean | null {
  if (literal.type === 'null') {
    return null;
  }
  switch (kind) {
    case 'number': {
      if (literal.type === 'boolean') {
        return literal.value ? 1 : 0;
      }
      const value = Number(literal.value);
      if (literal.value === '' || Number.isNaN(value)) {
        throw spErrors.invalidExpression(expression, `'${String(literal.value)}' is not a number.`);
      }
      return value;
    }
    case 'boolean':
      if (literal.type === 'boolean') {
        return literal.value as boolean;
      }
      // SharePoint stores Yes/No as bits: `IsPrimary eq 1` is the common spelling.
      return literal.value === 1 || literal.value === '1' || String(literal.value).toLowerCase() === 'true';
    case 'date': {
      const time = Date.parse(String(literal.value));
      if (Number.isNaN(time)) {
        throw spErrors.invalidExpression(expression, `'${String(literal.value)}' is not a date.`);
      }
      return time;
    }
    default:
      return String(literal.value);
  }
}

function scalarForComparison(value: unknown, kind: ScalarKind): string | number | boolean | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (kind === 'date') {
    return typeof value === 'number' ? value : Date.parse(String(value));
  }
  return value as string | number | boolean;
}

function compare(op: ComparisonOperator, actual: string | number | boolean | null, expected: string | number | boolean | null, kind: ScalarKind): boolean {
  if (expected === null || actual === null) {
    const bothNull = expected === null && actual === null;
    if (op === 'eq') {
      return bothNull;
    }
    if (op === 'ne') {
      return !bothNull;
    }
    return false;
  }
  let order: number;
  if (kind === 'text') {
    // SharePoint compares text case-insensitively (database collation).
    order = String(actual).localeCompare(String(expected), 'de', { sensitivity: 'accent' });
  } else if (kind === 'boolean') {
    order = Number(actual) - Number(expected);
  } else {
    order = (actual as number) - (expected as number);
  }
  switch (op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
  }
}

/** Turns a parsed filter into a predicate; property references are resolved (and validated) up front. */
export function compileFilter<T>(node: FilterNode, resolve: PropertyResolver<T>, expression: string): (item: T) => boolean {
  switch (node.kind) {
    case 'and': {
      const left = compileFilter(node.left, resolve, expression);
      const right = compileFilter(node.right, resolve, expression);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compileFilter(node.left, resolve, expression);
      const right = compileFilter(node.right, resolve, expression);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compileFilter(node.operand, resolve, expression);
      return (item) => !operand(item);
    }
    case 'truthy': {
      const accessor = resolve(node.property);
      return (item) => accessor.read(item) === true;
    }
    case 'startswith':
    case 'substringof': {
      const accessor = resolve(node.property);
      const needle = String(node.value.value ?? '').toLocaleLowerCase('de');
      const test = (value: unknown): boolean => {
        if (value === null || value === undefined) {
          return false;
        }
        const text = String(value).toLocaleLowerCase('de');
        return node.kind === 'startswith' ? text.startsWith(needle) : text.includes(needle);
      };
      return accessor.multi ? (item) => (accessor.read(item) as unknown[]).some(test) : (item) => test(accessor.read(item));
    }
    case 'compare': {
      let { left, right, op } = node;
      if (left.kind === 'literal' && right.kind === 'property') {
        const mirrored: Record<ComparisonOperator, ComparisonOperator> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
        [left, right, op] = [right, left, mirrored[op]];
      }
      if (left.kind !== 'property' || right.kind !== 'literal') {
        throw spErrors.invalidExpression(expression, 'A comparison needs a field and a literal.');
      }
      const accessor = resolve(left);
      const expected = normaliseLiteral(right, accessor.kind, expression);
      const kind = accessor.kind;
      const operator = op;
      if (accessor.multi) {
        // Multi-value columns match when any value matches (CAML `Includes`).
        return (item) => {
          const values = (accessor.read(item) as unknown[]).map((value) => scalarForComparison(value, kind));
          if (expected === null) {
            return operator === 'eq' ? values.length === 0 : values.length > 0;
          }
          const anyMatch = values.some((value) => compare(operator === 'ne' ? 'eq' : operator, value, expected, kind));
          return operator === 'ne' ? !anyMatch : anyMatch;
        };
      }
      return (item) => compare(operator, scalarForComparison(accessor.read(item), kind), expected, kind);
    }
  }
}
