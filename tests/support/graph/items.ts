/**
 * List items: writes with SharePoint's value rules (type per column, 255 characters for single
 * line text, case-insensitive unique values, ETag `"{guid},{version}"` checked by If-Match) and
 * queries with its limits (indexed columns only, the 5,000-item list view threshold, pages of
 * at most 5,000 with a skiptoken).
 */
import { randomUUID } from 'node:crypto';
import { GraphHttpError, badRequest, notFound } from './http';
import { buildIndexes, indexRange } from './indexes';
import { type Column, type FieldValue, type List, type Site, type StoredItem, spTime } from './lists';
import { type Clause, type Literal, type OrderBy, ODataSyntaxError, parseFilter, parseOrderBy } from './odata';

export const LIST_VIEW_THRESHOLD = 5000;
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;
const TEXT_MAX = 255;
const NOTE_MAX = 63_999;
const READ_ONLY_FIELDS = new Set(['id', 'ID', 'Created', 'Modified', 'ContentType', 'Attachments', '_UIVersionString', 'Author', 'Editor']);

export function eTag(item: StoredItem): string {
  return `"${item.guid},${item.version}"`;
}

function column(list: List, name: string): Column {
  const c = list.columns.find((col) => col.name === name);
  if (!c) throw badRequest(`Field '${name}' is not recognized`);
  return c;
}

function coerce(c: Column, value: unknown): FieldValue | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (c.kind) {
    case 'text':
    case 'note': {
      if (typeof value !== 'string') throw badRequest(`Invalid value for field '${c.name}': expected a string`);
      const max = c.kind === 'text' ? TEXT_MAX : NOTE_MAX;
      if (value.length > max) throw badRequest(`The value for field '${c.name}' is longer than ${max} characters`);
      return value;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw badRequest(`Invalid value for field '${c.name}': expected a number`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw badRequest(`Invalid value for field '${c.name}': expected a boolean`);
      return value;
    case 'dateTime': {
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(ms)) throw badRequest(`Invalid value for field '${c.name}': expected a date and time`);
      // SharePoint keeps whole seconds.
      return spTime(ms);
    }
  }
}

/** Applies `fields` to a copy of `current`, validating names, types and uniqueness. */
function applyFields(list: List, current: Map<string, FieldValue>, fields: unknown, itemId: number): Map<string, FieldValue> {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw badRequest('Invalid fields in request body');
  const next = new Map(current);
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    if (name.startsWith('@odata')) continue;
    if (READ_ONLY_FIELDS.has(name)) throw badRequest(`Field '${name}' is read-only`);
    const c = column(list, name);
    const v = coerce(c, value);
    if (v === undefined) next.delete(name);
    else next.set(name, v);
  }
  for (const [name, index] of list.unique) {
    const v = next.get(name);
    if (v === undefined) continue;
    const owner = index.get(String(v).toLowerCase());
    if (owner !== undefined && owner !== itemId) {
      throw new GraphHttpError(
        409,
        'nameAlreadyExists',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${name}].`,
      );
    }
  }
  return next;
}

function reindex(list: List, itemId: number, before: Map<string, FieldValue>, after: Map<string, FieldValue>): void {
  for (const [name, index] of list.unique) {
    const old = before.get(name);
    if (old !== undefined) index.delete(String(old).toLowerCase());
    const now = after.get(name);
    if (now !== undefined) index.set(String(now).toLowerCase(), itemId);
  }
}

export function createItem(list: List, fields: unknown, now = Date.now()): StoredItem {
  const id = list.nextId;
  const values = applyFields(list, new Map(), fields, id);
  const item: StoredItem = { id, guid: randomUUID(), version: 1, created: spTime(now), modified: spTime(now), fields: values };
  list.nextId++;
  list.writes++;
  list.items.set(id, item);
  reindex(list, id, new Map(), values);
  return item;
}

export function getItem(list: List, id: string): StoredItem {
  const item = /^\d+$/.test(id) ? list.items.get(Number(id)) : undefined;
  if (!item) throw notFound();
  return item;
}

/** `If-Match` with "*" or the current ETag (quotes and a W/ prefix do not matter). */
function checkIfMatch(item: StoredItem, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const norm = (s: string): string => s.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (norm(ifMatch) !== norm(eTag(item))) {
    throw new GraphHttpError(412, 'preconditionFailed', 'The request ETag value does not match the object ETag value.');
  }
}

export function updateFields(list: List, id: string, fields: unknown, ifMatch: string | undefined): StoredItem {
  const item = getItem(list, id);
  checkIfMatch(item, ifMatch);
  const next = applyFields(list, item.fields, fields, item.id);
  reindex(list, item.id, item.fields, next);
  item.fields = next;
  list.writes++;
  item.version++;
  item.modified = spTime();
  return item;
}

export function deleteItem(list: List, id: string, ifMatch: string | undefined): void {
  const item = getItem(list, id);
  checkIfMatch(item, ifMatch);
  reindex(list, item.id, item.fields, new Map());
  list.items.delete(item.id);
  list.writes++;
}

/** Inserts `n` items without HTTP (large benches); same validation as a create. */
export function seedItems(list: List, n: number, fieldsFn: (i: number) => Record<string, unknown>): void {
  const now = Date.now();
  for (let i = 0; i < n; i++) createItem(list, fieldsFn(i), now);
  buildIndexes(list, compare);
}

// ---- queries ----

export interface ItemQuery {
  filter?: string;
  orderby?: string;
  top?: string;
  skiptoken?: string;
  /** The request carried `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`. */
  honorNonIndexed: boolean;
}

export interface ItemPage {
  items: StoredItem[];
  skiptoken?: string;
}

type Value = FieldValue | undefined;

function literalValue(c: Column, lit: Literal): Value {
  if (lit.kind === 'null') return undefined;
  switch (c.kind) {
    case 'text':
    case 'note':
      if (lit.kind !== 'string') throw badRequest(`Field '${c.name}' must be compared with a string`);
      return lit.value;
    case 'number': {
      const n = lit.kind === 'number' ? lit.value : lit.kind === 'string' ? Number(lit.value) : NaN;
      if (Number.isNaN(n)) throw badRequest(`Field '${c.name}' must be compared with a number`);
      return n;
    }
    case 'boolean':
      if (lit.kind === 'boolean') return lit.value;
      if (lit.kind === 'number' && (lit.value === 0 || lit.value === 1)) return lit.value === 1;
      throw badRequest(`Field '${c.name}' must be compared with true or false`);
    case 'dateTime': {
      const ms = lit.kind === 'string' || lit.kind === 'datetime' ? Date.parse(lit.value) : NaN;
      if (Number.isNaN(ms)) throw badRequest(`Field '${c.name}' must be compared with a date`);
      return spTime(ms);
    }
  }
}

/** Orders values as SharePoint does: empty first, text case-insensitively, dates by time. */
function compare(kind: Column['kind'], a: Value, b: Value): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  if (kind === 'text' || kind === 'note') {
    const x = String(a).toLowerCase();
    const y = String(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // Stored and literal dates are both normalised by spTime, so text order is time order (and fast).
  if (kind === 'dateTime') return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return Number(a) - Number(b);
}

interface BoundClause {
  column: Column;
  clause: Clause;
  value: Value;
}

function matches(item: StoredItem, b: BoundClause): boolean {
  const v = item.fields.get(b.column.name);
  if (b.value === undefined) return b.clause.op === 'eq' ? v === undefined : v !== undefined;
  // A missing value never satisfies a comparison (as in SQL).
  if (v === undefined) return false;
  const c = compare(b.column.kind, v, b.value);
  switch (b.clause.op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
  }
}

function nonIndexedError(name: string): GraphHttpError {
  return badRequest(
    `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
  );
}

/**
 * Graph answers a SharePoint SPQueryThrottledException with 429 (unlike SharePoint REST's 500),
 * without Retry-After: waiting does not help, the query must change.
 */
function thresholdError(): GraphHttpError {
  return new GraphHttpError(429, 'activityLimitReached', 'The attempted operation is prohibited because it exceeds the list view threshold.');
}

function parsePageSize(top: string | undefined): number {
  if (top === undefined) return DEFAULT_PAGE_SIZE;
  const n = Number(top);
  if (!Number.isInteger(n) || n < 1) throw badRequest(`Invalid $top value '${top}'`);
  if (n > MAX_PAGE_SIZE) throw badRequest(`The $top value ${n} exceeds the maximum of ${MAX_PAGE_SIZE} list items per page`);
  return n;
}

interface Cursor {
  id: number;
  value: Value;
}

function encodeSkipToken(item: StoredItem, orderBy: OrderBy | undefined): string {
  const p = new URLSearchParams({ Paged: 'TRUE', p_ID: String(item.id) });
  if (orderBy) {
    const v = item.fields.get(orderBy.field);
    if (v !== undefined) p.set(`p_${orderBy.field}`, String(v));
  }
  return Buffer.from(p.toString()).toString('base64');
}

function decodeSkipToken(token: string, orderBy: OrderBy | undefined, sortColumn: Column | undefined): Cursor {
  const p = new URLSearchParams(Buffer.from(token, 'base64').toString('utf8'));
  const id = Number(p.get('p_ID'));
  if (p.get('Paged') !== 'TRUE' || !Number.isInteger(id)) throw badRequest('Invalid skiptoken');
  if (!orderBy || !sortColumn) return { id, value: undefined };
  const raw = p.get(`p_${orderBy.field}`);
  const value: Value =
    raw === null ? undefined : sortColumn.kind === 'number' ? Number(raw) : sortColumn.kind === 'boolean' ? raw === 'true' : raw;
  return { id, value };
}

export function queryItems(list: List, q: ItemQuery): ItemPage {
  let clauses: Clause[] = [];
  let orderBy: OrderBy | undefined;
  try {
    if (q.filter !== undefined && q.filter.trim() !== '') clauses = parseFilter(q.filter);
    if (q.orderby !== undefined && q.orderby.trim() !== '') orderBy = parseOrderBy(q.orderby);
  } catch (err) {
    if (err instanceof ODataSyntaxError) throw badRequest(`Invalid request: ${err.message}`);
    throw err;
  }
  const pageSize = parsePageSize(q.top);
  const bound: BoundClause[] = clauses.map((clause) => {
    const c = column(list, clause.field);
    return { column: c, clause, value: literalValue(c, clause.literal) };
  });
  const sortColumn = orderBy ? column(list, orderBy.field) : undefined;
  for (const c of [...bound.map((b) => b.column), ...(sortColumn ? [sortColumn] : [])]) {
    if (!c.indexed && !q.honorNonIndexed) throw nonIndexedError(c.name);
  }

  // SharePoint reads the first clause through its index, then filters those rows by the rest. If
  // the first clause alone selects more than the threshold (or has no index), the query is refused,
  // whatever the other clauses would leave.
  const [first, ...rest] = bound;
  let candidates: StoredItem[];
  if (first && first.column.indexed && first.value !== undefined && first.clause.op !== 'ne') {
    candidates = indexRange(list, first.column, first.clause.op, first.value, compare);
  } else {
    candidates = [];
    for (const item of list.items.values()) if (!first || matches(item, first)) candidates.push(item);
  }
  if (list.items.size > LIST_VIEW_THRESHOLD) {
    if (first && (!first.column.indexed || candidates.length > LIST_VIEW_THRESHOLD)) throw thresholdError();
    if (sortColumn && !sortColumn.indexed) throw thresholdError();
  }

  const direction = orderBy?.direction === 'desc' ? -1 : 1;
  const order = (a: { id: number; value: Value }, b: { id: number; value: Value }): number => {
    const byValue = sortColumn ? compare(sortColumn.kind, a.value, b.value) : 0;
    return direction * (byValue !== 0 ? byValue : a.id - b.id);
  };
  const keyOf = (i: StoredItem): { id: number; value: Value } => ({ id: i.id, value: sortColumn ? i.fields.get(sortColumn.name) : undefined });

  let matched = candidates.filter((i) => rest.every((b) => matches(i, b)));
  if (q.skiptoken !== undefined) {
    const cursor = decodeSkipToken(q.skiptoken, orderBy, sortColumn);
    matched = matched.filter((i) => order(keyOf(i), cursor) > 0);
  }
  matched.sort((a, b) => order(keyOf(a), keyOf(b)));
  const page = matched.slice(0, pageSize);
  const last = page[page.length - 1];
  return matched.length > pageSize && last ? { items: page, skiptoken: encodeSkipToken(last, orderBy) } : { items: page };
}

// ---- JSON ----

export function fieldsJson(item: StoredItem): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@odata.etag': eTag(item),
    id: String(item.id),
    ContentType: 'Item',
    Created: item.created,
    Modified: item.modified,
  };
  // Graph leaves empty fields out of the response.
  for (const [k, v] of item.fields) out[k] = v;
  out._UIVersionString = `${item.version}.0`;
  out.Attachments = false;
  return out;
}

export function itemJson(site: Site, list: List, item: StoredItem, expandFields: boolean): Record<string, unknown> {
  return {
    '@odata.etag': eTag(item),
    createdDateTime: item.created,
    eTag: eTag(item),
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${site.webUrl}/Lists/${list.name}/${item.id}_.000`,
    createdBy: { application: { displayName: 'Skolemiljø for Teams' } },
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
    ...(expandFields ? { fields: fieldsJson(item) } : {}),
  };
}
