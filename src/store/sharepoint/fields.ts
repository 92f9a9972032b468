/**
 * How port items map onto SharePoint list items: schema columns are fields with the same internal
 * name, the key is `Nokkel` (indexed, unique) and also the `Title`, the data is `Data` (multi-line
 * plain text holding JSON), the version is the item's eTag, the id its list item id.
 */
import { randomUUID } from 'node:crypto';
import { InvalidQueryError, type ColumnValue, type Condition, type Item, type Query } from '../port';
import { DATA_COLUMN, KEY_COLUMN, type ColumnDef, type ListDef } from '../schema';
import { checkColumnNames, queryableColumn } from '../checks';

/**
 * Items created without a key get a generated one under this prefix (reported as key null). Every
 * item then has a unique Nokkel, which is what makes a create safe to repeat after a dropped
 * connection: the repeat meets 409 and finds the first. It also keeps Nokkel free of blanks.
 */
export const GENERATED_KEY_PREFIX = '~auto:';
/** SharePoint's single line of text holds 255 characters. */
const TEXT_MAX = 255;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export type FieldValues = Record<string, string | number | boolean | null>;

/** What Graph returns for a list item with `$expand=fields`. */
export interface GraphListItem {
  id: string;
  eTag?: string;
  createdDateTime?: string;
  fields?: GraphFields;
}

export interface GraphFields {
  '@odata.etag'?: string;
  id?: string;
  Created?: string;
  [name: string]: unknown;
}

export function generatedKey(): string {
  return `${GENERATED_KEY_PREFIX}${randomUUID()}`;
}

export function checkKey(key: string): void {
  if (key.startsWith(GENERATED_KEY_PREFIX)) throw new Error(`Keys starting with "${GENERATED_KEY_PREFIX}" are reserved by the SharePoint store`);
  if (key.length > TEXT_MAX) throw new Error(`A key may hold at most ${TEXT_MAX} characters in SharePoint, got ${key.length}`);
}

/** A port value as a SharePoint field value; throws an Error naming the column when it does not fit. */
function toField(column: ColumnDef, value: ColumnValue, list: ListDef): string | number | boolean | null {
  if (value === null) return null;
  const fail = (): never => {
    throw new Error(`Column "${column.name}" in list ${list.name} holds ${column.type} values, got ${JSON.stringify(value)}`);
  };
  switch (column.type) {
    case 'text':
      if (typeof value !== 'string') return fail();
      if (value.length > TEXT_MAX) throw new Error(`Column "${column.name}" in list ${list.name} holds at most ${TEXT_MAX} characters in SharePoint`);
      // SharePoint stores an empty text as "no value"; say so instead of pretending to store "".
      return value === '' ? null : value;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail();
    case 'boolean':
      return typeof value === 'boolean' ? value : fail();
    case 'dateTime': {
      if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return fail();
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? fail() : new Date(ms).toISOString();
    }
  }
}

/**
 * The fields of a write: every schema column (a column left out is written empty, since an update
 * replaces all columns), plus Data and, on create, Nokkel and Title.
 */
export function writeFields(list: ListDef, columns: Record<string, ColumnValue>, dataJson: string, key?: string): FieldValues {
  checkColumnNames(list, columns);
  const fields: FieldValues = {};
  for (const c of list.columns) fields[c.name] = toField(c, columns[c.name] ?? null, list);
  fields[DATA_COLUMN.name] = dataJson;
  if (key !== undefined) {
    fields[KEY_COLUMN.name] = key;
    fields.Title = key;
  }
  return fields;
}

function fromField(column: ColumnDef, raw: unknown): ColumnValue {
  if (raw === undefined || raw === null || raw === '') return null;
  if (column.type === 'number') return typeof raw === 'number' ? raw : Number(raw);
  if (column.type === 'boolean') return raw === true || raw === 1 || raw === '1' || raw === 'true';
  return String(raw);
}

/** The schema columns' values in Graph's `fields` (absent ones are null). */
export function columnsOf(list: ListDef, fields: GraphFields): Record<string, ColumnValue> {
  return Object.fromEntries(list.columns.map((c) => [c.name, fromField(c, fields[c.name])]));
}

/** Only these columns, as SharePoint stores them (a PATCH of some fields, leaving the rest). */
export function someFields(list: ListDef, columns: Record<string, ColumnValue>): FieldValues {
  checkColumnNames(list, columns);
  return Object.fromEntries(list.columns.filter((c) => c.name in columns).map((c) => [c.name, toField(c, columns[c.name] ?? null, list)]));
}

/** An item from Graph's `fields` (present on both a list item and a PATCH …/fields answer). */
export function toItem<T>(list: ListDef, fields: GraphFields, meta: { id?: string; eTag?: string; created?: string } = {}): Item<T> {
  const key = typeof fields[KEY_COLUMN.name] === 'string' ? (fields[KEY_COLUMN.name] as string) : null;
  const data = fields[DATA_COLUMN.name];
  return {
    id: String(meta.id ?? fields.id),
    // The fields' @odata.etag is on every answer (item, PATCH fields); use it alone so versions compare.
    version: String(fields['@odata.etag'] ?? meta.eTag),
    key: key === null || key.startsWith(GENERATED_KEY_PREFIX) ? null : key,
    columns: columnsOf(list, fields),
    data: (typeof data === 'string' && data !== '' ? JSON.parse(data) : null) as T,
    created: String(meta.created ?? fields.Created),
  };
}

export function fromListItem<T>(list: ListDef, item: GraphListItem): Item<T> {
  return toItem<T>(list, item.fields ?? {}, { id: item.id, eTag: item.eTag, created: item.createdDateTime });
}

/** True when the stored item holds exactly what `fields` wrote (compared as SharePoint stores it). */
export function holds(list: ListDef, item: Item, fields: FieldValues): boolean {
  if (JSON.stringify(item.data) !== fields[DATA_COLUMN.name]) return false;
  return list.columns.every((c) => {
    const wrote = fields[c.name] ?? null;
    const has = item.columns[c.name] ?? null;
    if (wrote === null || has === null) return wrote === has;
    // SharePoint keeps whole seconds of a dateTime.
    if (c.type === 'dateTime') return Math.floor(Date.parse(String(wrote)) / 1000) === Math.floor(Date.parse(String(has)) / 1000);
    return wrote === has;
  });
}

// ---- queries ----

function literal(list: ListDef, column: ColumnDef, value: ColumnValue, op: string): string {
  if (value === null) return 'null';
  const wrong = (): never => {
    throw new InvalidQueryError(`"${column.name} ${op} ${JSON.stringify(value)}": ${column.name} in ${list.name} holds ${column.type} values`);
  };
  switch (column.type) {
    case 'text':
      // OData doubles a quote inside a string literal.
      return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : wrong();
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : wrong();
    case 'dateTime': {
      const ms = typeof value === 'string' && ISO_DATE_TIME.test(value) ? Date.parse(value) : NaN;
      return Number.isNaN(ms) ? wrong() : `'${new Date(ms).toISOString()}'`;
    }
  }
}

export interface GraphQuery {
  /** `$filter` (unencoded). */
  filter: string;
  orderBy?: string;
  /** Some condition after the first, or the ordering, is on a column without an index. */
  needsNonIndexedPreference: boolean;
}

/** The Graph form of a port query, already checked by checkQuery (first condition indexed, columns known). */
export function graphQuery(list: ListDef, query: Query): GraphQuery {
  const col = (name: string): ColumnDef => queryableColumn(list, name) as ColumnDef;
  const clause = (c: Condition): string => `fields/${c.column} ${c.op} ${literal(list, col(c.column), c.value, c.op)}`;
  const referenced = [...query.where.slice(1).map((c) => c.column), ...(query.orderBy ? [query.orderBy.column] : [])];
  return {
    filter: query.where.map(clause).join(' and '),
    orderBy: query.orderBy ? `fields/${query.orderBy.column} ${query.orderBy.direction ?? 'asc'}` : undefined,
    needsNonIndexedPreference: referenced.some((name) => !col(name).indexed),
  };
}
