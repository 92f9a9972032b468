/**
 * The part of OData that Graph accepts on SharePoint list items: `$filter` over `fields/X` with
 * comparison operators joined by `and`, and `$orderby=fields/X asc|desc`. Anything else is a
 * syntax error (400), as it would be for the real service's narrower SharePoint translation.
 */
export type Operator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  /** An unquoted OData date-time such as 2025-01-31T00:00:00Z. */
  | { kind: 'datetime'; value: string };

export interface Clause {
  field: string;
  op: Operator;
  literal: Literal;
}

export interface OrderBy {
  field: string;
  direction: 'asc' | 'desc';
}

export class ODataSyntaxError extends Error {}

const OPERATORS = new Set<Operator>(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

type Token = { type: 'word'; text: string } | { type: 'string'; text: string } | { type: 'paren'; text: '(' | ')' };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: 'paren', text: ch });
      i++;
    } else if (ch === "'") {
      // OData escapes a quote inside a string literal by doubling it.
      let text = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new ODataSyntaxError('Unterminated string literal');
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += input[i];
        i++;
      }
      tokens.push({ type: 'string', text });
    } else {
      let text = '';
      while (i < input.length && !/[\s()']/.test(input[i] as string)) text += input[i++];
      tokens.push({ type: 'word', text });
    }
  }
  return tokens;
}

function fieldOf(token: Token | undefined): string {
  if (!token || token.type !== 'word') throw new ODataSyntaxError('Expected fields/<name>');
  const m = /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(token.text);
  if (!m) throw new ODataSyntaxError(`Unsupported operand '${token.text}'`);
  return m[1] as string;
}

function literalOf(token: Token | undefined): Literal {
  if (!token) throw new ODataSyntaxError('Expected a literal');
  if (token.type === 'string') return { kind: 'string', value: token.text };
  if (token.type !== 'word') throw new ODataSyntaxError('Expected a literal');
  const t = token.text;
  if (t === 'true' || t === 'false') return { kind: 'boolean', value: t === 'true' };
  if (t === 'null') return { kind: 'null' };
  if (/^-?\d+(\.\d+)?$/.test(t)) return { kind: 'number', value: Number(t) };
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(t) && !Number.isNaN(Date.parse(t))) {
    return { kind: 'datetime', value: t };
  }
  throw new ODataSyntaxError(`Invalid literal '${t}'`);
}

/** Parses `fields/A eq 'x' and (fields/B ge 3)` into clauses, in order. */
export function parseFilter(input: string): Clause[] {
  const tokens = tokenize(input);
  const clauses: Clause[] = [];
  let pos = 0;
  let depth = 0;
  const expectClause = (): void => {
    while (tokens[pos]?.type === 'paren' && tokens[pos]?.text === '(') {
      depth++;
      pos++;
    }
    const field = fieldOf(tokens[pos++]);
    const opToken = tokens[pos++];
    if (!opToken || opToken.type !== 'word' || !OPERATORS.has(opToken.text as Operator)) {
      throw new ODataSyntaxError('Expected a comparison operator (eq, ne, lt, le, gt, ge)');
    }
    const literal = literalOf(tokens[pos++]);
    if (literal.kind === 'null' && opToken.text !== 'eq' && opToken.text !== 'ne') {
      throw new ODataSyntaxError('null can only be compared with eq or ne');
    }
    clauses.push({ field, op: opToken.text as Operator, literal });
    while (tokens[pos]?.type === 'paren' && tokens[pos]?.text === ')') {
      depth--;
      pos++;
    }
    if (depth < 0) throw new ODataSyntaxError('Unbalanced parentheses');
  };
  expectClause();
  while (pos < tokens.length) {
    const conj = tokens[pos++];
    if (conj?.type === 'word' && conj.text === 'or') throw new ODataSyntaxError("'or' is not supported by this stand-in");
    if (conj?.type !== 'word' || conj.text !== 'and') throw new ODataSyntaxError(`Unexpected '${conj?.text}'`);
    expectClause();
  }
  if (depth !== 0) throw new ODataSyntaxError('Unbalanced parentheses');
  return clauses;
}

/** Parses `fields/X asc` (one key; SharePoint adds the item id as the tie-breaker). */
export function parseOrderBy(input: string): OrderBy {
  const parts = input.trim().split(/\s+/);
  if (parts.length > 2) throw new ODataSyntaxError('Only one $orderby key is supported');
  const field = fieldOf({ type: 'word', text: parts[0] ?? '' });
  const dir = (parts[1] ?? 'asc').toLowerCase();
  if (dir !== 'asc' && dir !== 'desc') throw new ODataSyntaxError(`Invalid sort direction '${parts[1]}'`);
  return { field, direction: dir };
}
