/**
 * Port rules every adapter must enforce the same way (the contract suite checks them):
 * known column names, the data size limit, keys for createMany and the shape of a query.
 */
import { InvalidQueryError, ItemTooLargeError, MAX_DATA_CHARS, type ColumnValue, type Query } from './port';
import { KEY_COLUMN, type ColumnDef, type ListDef } from './schema';

/** A schema column or the implicit key column, by name; undefined when the list has no such column. */
export function queryableColumn(list: ListDef, name: string): ColumnDef | undefined {
  return name === KEY_COLUMN.name ? KEY_COLUMN : list.columns.find((c) => c.name === name);
}

/** Throws an Error naming the first column the list does not have. */
export function checkColumnNames(list: ListDef, columns: Record<string, ColumnValue>): void {
  for (const name of Object.keys(columns)) {
    if (!list.columns.some((c) => c.name === name)) {
      throw new Error(`Unknown column "${name}" in list ${list.name}`);
    }
  }
}

/** createMany's rule: every item has a key, since only keys make repeating a partly failed call safe. */
export function requireKeys(list: ListDef, items: { key?: string }[]): string[] {
  return items.map((item, i) => {
    if (item.key === undefined) throw new Error(`createMany in ${list.name}: item ${i} has no key; every item needs one so that a retry stores no duplicates`);
    return item.key;
  });
}

/** The data as stored: JSON, at most MAX_DATA_CHARS characters (SharePoint's multi-line text limit, with a margin). */
export function dataJson(list: ListDef, data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new Error(`Data for list ${list.name} is not JSON-serialisable`);
  if (json.length > MAX_DATA_CHARS) {
    throw new ItemTooLargeError(`Data for list ${list.name} is ${json.length} characters as JSON; the limit is ${MAX_DATA_CHARS}`);
  }
  return json;
}

/**
 * A query SharePoint could run: the first condition on an indexed column (list view threshold),
 * every column known, null only with eq/ne, a sane limit.
 */
export function checkQuery(list: ListDef, query: Query): void {
  const first = query.where[0];
  if (!first) throw new InvalidQueryError(`A query on ${list.name} needs a first condition on an indexed column`);
  const referenced = [...query.where.map((c) => c.column), ...(query.orderBy ? [query.orderBy.column] : [])];
  for (const name of referenced) {
    if (!queryableColumn(list, name)) throw new InvalidQueryError(`Unknown column "${name}" in a query on ${list.name}`);
  }
  if (!queryableColumn(list, first.column)?.indexed) {
    throw new InvalidQueryError(`The first condition of a query on ${list.name} must be on an indexed column; "${first.column}" is not indexed`);
  }
  for (const condition of query.where) {
    if (condition.value === null && condition.op !== 'eq' && condition.op !== 'ne') {
      throw new InvalidQueryError(`"${condition.column} ${condition.op} null" is not a valid condition`);
    }
  }
  if (query.limit !== undefined && !(Number.isInteger(query.limit) && query.limit >= 0)) {
    throw new InvalidQueryError(`Query limit must be a whole number ≥ 0, got ${query.limit}`);
  }
}
