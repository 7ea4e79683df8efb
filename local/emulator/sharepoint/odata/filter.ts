import { spErrors } from '../errors';

export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'datetime';
export interface Literal {
  readonly kind: 'literal';
  readonly type: LiteralType;
  readonly value: string | number | boolean | null;
}
export interface PropertyRef {
  readonly kind: 'property';
  /** e.g. ['Title'] or ['Department', 'Id']. */
  readonly path: readonly string[];
}
export type Operand = Literal | PropertyRef;
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: ComparisonOperator; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'startswith'; readonly property: PropertyRef; readonly value: Literal }
  | { readonly kind: 'substringof'; readonly value: Literal; readonly property: PropertyRef }
  | { readonly kind: 'truthy'; readonly property: PropertyRef };

type Token =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'datetime'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'punct'; readonly value: '(' | ')' | ',' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (detail: string): never => {
    throw spErrors.invalidExpression(text, detail);
  };
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', value: ch });
      i += 1;
      continue;
    }
    if (ch === "'") {
      // OData string literal: a quote inside is written twice.
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) {
          fail('Unterminated string literal.');
        }
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
      tokens.push({ kind: 'string', value });
      continue;
    }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?/.exec(text.slice(i));
    if (number && (ch !== '-' || /\d/.test(text[i + 1] ?? ''))) {
      tokens.push({ kind: 'number', value: Number(number[0].replace(/[mMdDfFlL]$/, '')) });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i));
    if (word) {
      i += word[0].length;
      if (word[0].toLowerCase() === 'datetime' && text[i] === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) {
          fail('Unterminated datetime literal.');
        }
        tokens.push({ kind: 'datetime', value: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
      tokens.push({ kind: 'word', value: word[0] });
      continue;
    }
    fail(`Unexpected character '${ch}' at position ${i}.`);
  }
  return tokens;
}

const comparisonOperators = new Set<string>(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** Parses SharePoint's OData v3 `$filter`: comparisons, and/or/not, parentheses, startswith, substringof. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let position = 0;
  const fail = (detail: string): never => {
    throw spErrors.invalidExpression(text, detail);
  };
  const peek = (): Token | undefined => tokens[position];
  const isWord = (token: Token | undefined, value: string): boolean => token?.kind === 'word' && token.value.toLowerCase() === value;
  const expectPunct = (value: '(' | ')' | ','): void => {
    const token = tokens[position];
    if (token?.kind !== 'punct' || token.value !== value) {
      fail(`Expected '${value}' at token ${position + 1}.`);
    }
    position += 1;
  };

  const parseOperand = (): Operand => {
    const token = tokens[position];
    if (!token) {
      return fail('Unexpected end of expression.');
    }
    position += 1;
    switch (token.kind) {
      case 'string':
        return { kind: 'literal', type: 'string', value: token.value };
      case 'datetime':
        return { kind: 'literal', type: 'datetime', value: token.value };
      case 'number':
        return { kind: 'literal', type: 'number', value: token.value };
      case 'word': {
        const lower = token.value.toLowerCase();
        if (lower === 'true' || lower === 'false') {
          return { kind: 'literal', type: 'boolean', value: lower === 'true' };
        }
        if (lower === 'null') {
          return { kind: 'literal', type: 'null', value: null };
        }
        return { kind: 'property', path: token.value.split('/') };
      }
      default:
        return fail(`Unexpected '${token.value}'.`);
    }
  };

  const parsePrimary = (): FilterNode => {
    const token = peek();
    if (token?.kind === 'punct' && token.value === '(') {
      position += 1;
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    if (isWord(token, 'startswith') || isWord(token, 'substringof')) {
      const name = (token as { value: string }).value.toLowerCase();
      position += 1;
      expectPunct('(');
      const first = parseOperand();
      expectPunct(',');
      const second = parseOperand();
      expectPunct(')');
      let node: FilterNode;
      if (name === 'startswith') {
        if (first.kind !== 'property' || second.kind !== 'literal') {
          return fail('startswith expects a field and a literal.');
        }
        node = { kind: 'startswith', property: first, value: second };
      } else {
        if (first.kind !== 'literal' || second.kind !== 'property') {
          return fail('substringof expects a literal and a field.');
        }
        node = { kind: 'substringof', value: first, property: second };
      }
      // `startswith(Title,'a') eq true` is accepted by SharePoint as well.
      const next = peek();
      if (next?.kind === 'word' && (next.value.toLowerCase() === 'eq' || next.value.toLowerCase() === 'ne')) {
        position += 1;
        const operand = parseOperand();
        if (operand.kind !== 'literal' || operand.type !== 'boolean') {
          return fail('A function result compares only with true or false.');
        }
        const wantsTrue = (next.value.toLowerCase() === 'eq') === operand.value;
        return wantsTrue ? node : { kind: 'not', operand: node };
      }
      return node;
    }
    const left = parseOperand();
    const next = peek();
    if (next?.kind === 'word' && comparisonOperators.has(next.value.toLowerCase())) {
      position += 1;
      const right = parseOperand();
      return { kind: 'compare', op: next.value.toLowerCase() as ComparisonOperator, left, right };
    }
    if (left.kind === 'property') {
      return { kind: 'truthy', property: left };
    }
    return fail('A literal alone is not a condition.');
  };

  const parseUnary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      position += 1;
      return { kind: 'not', operand: parseUnary() };
    }
    return parsePrimary();
  };

  const parseAnd = (): FilterNode => {
    let node = parseUnary();
    while (isWord(peek(), 'and')) {
      position += 1;
      node = { kind: 'and', left: node, right: parseUnary() };
    }
    return node;
  };

  function parseOr(): FilterNode {
    let node = parseAnd();
    while (isWord(peek(), 'or')) {
      position += 1;
      node = { kind: 'or', left: node, right: parseAnd() };
    }
    return node;
  }

  if (tokens.length === 0) {
    fail('The expression is empty.');
  }
  const tree = parseOr();
  if (position < tokens.length) {
    fail(`Unexpected token at position ${position + 1}.`);
  }
  return tree;
}

/** Every property the filter touches (for validation and the list view threshold). */
export function propertiesOf(node: FilterNode): PropertyRef[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...propertiesOf(node.left), ...propertiesOf(node.right)];
    case 'not':
      return propertiesOf(node.operand);
    case 'compare':
      return [node.left, node.right].filter((operand): operand is PropertyRef => operand.kind === 'property');
    case 'startswith':
    case 'substringof':
    case 'truthy':
      return [node.property];
  }
}

/** The top-level conjuncts of `a and b and (c or d)` → [a, b, (c or d)]. */
export function conjunctsOf(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjunctsOf(node.left), ...conjunctsOf(node.right)] : [node];
}
