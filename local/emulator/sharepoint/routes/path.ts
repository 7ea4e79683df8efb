import { spErrors } from '../errors';

export interface Segment {
  readonly name: string;
  readonly lower: string;
  /** Raw text inside the parentheses, e.g. "'Maßnahmen'" or "principalid=3, roledefid=1073741827". */
  readonly args?: string;
}

export type ArgValue = string | number | boolean | null;

/**
 * Splits a decoded REST path into segments; '/' inside quotes or parentheses belongs to the
 * argument (`getList('/sites/integration/Lists/Measures')`).
 */
export function parseSegments(path: string): Segment[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw spErrors.badRequest('The request URL is not correctly encoded.');
  }
  const segments: Segment[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  const push = (): void => {
    if (current === '') {
      return;
    }
    const open = current.indexOf('(');
    if (open >= 0 && current.endsWith(')')) {
      const name = current.slice(0, open);
      segments.push({ name, lower: name.toLowerCase(), args: current.slice(open + 1, -1) });
    } else {
      segments.push({ name: current, lower: current.toLowerCase() });
    }
    current = '';
  };
  for (const ch of decoded) {
    if (ch === "'") {
      quoted = !quoted;
    } else if (!quoted && ch === '(') {
      depth += 1;
    } else if (!quoted && ch === ')') {
      depth -= 1;
    }
    if (ch === '/' && depth === 0 && !quoted) {
      push();
      continue;
    }
    current += ch;
  }
  push();
  return segments;
}

function parseLiteral(text: string, query: URLSearchParams): ArgValue {
  const value = text.trim();
  if (value.startsWith('@')) {
    // Parameter aliases: `getUserEffectivePermissions(@user)?@user='…'`.
    const aliased = query.get(value);
    return aliased === null ? null : parseLiteral(aliased, new URLSearchParams());
  }
  const guid = /^guid'([^']*)'$/i.exec(value);
  if (guid) {
    return guid[1];
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
    return value.slice(1, -1).replace(/''/g, "'");
  }
  if (/^(true|false)$/i.test(value)) {
    return value.toLowerCase() === 'true';
  }
  if (value.toLowerCase() === 'null') {
    return null;
  }
  if (value !== '' && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  return value;
}

/** Splits `a, b` or `name=value, other=value` on commas outside quotes. */
function splitArgs(args: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of args) {
    if (ch === "'") {
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') {
    parts.push(current);
  }
  return parts;
}

export interface Args {
  readonly positional: ArgValue[];
  /** Named arguments by lower-case name. */
  readonly named: Map<string, ArgValue>;
}

export function parseArgs(args: string | undefined, query: URLSearchParams): Args {
  const positional: ArgValue[] = [];
  const named = new Map<string, ArgValue>();
  for (const part of splitArgs(args ?? '')) {
    const equals = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
    if (equals && !part.trim().startsWith("'")) {
      named.set(equals[1].toLowerCase(), parseLiteral(equals[2], query));
    } else {
      positional.push(parseLiteral(part, query));
    }
  }
  return { positional, named };
}

/** The single argument of `getbytitle('x')`, `getById(3)`, `getFolderByServerRelativePath(decodedurl='x')`. */
export function singleArg(segment: Segment, query: URLSearchParams): ArgValue {
  const { positional, named } = parseArgs(segment.args, query);
  if (positional.length > 0) {
    return positional[0];
  }
  const first = [...named.values()][0];
  return first === undefined ? null : first;
}
