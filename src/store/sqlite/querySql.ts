/**
 * SQL for one page of a port Query. Pages are keyed on the last row seen (order column, then id)
 * rather than OFFSET, so that rows changing while a caller walks the pages (the dispatcher
 * clears `Ventende` on the very items it is reading) never make another row skipped or repeated.
 */
import { InvalidQueryError, type Condition, type Operator, type Query } from '../port';
import type { ListDef } from '../schema';
import { queryableColumn } from '../checks';
import { ident, toSqlValue, type SqlValue } from './columns';

export type Row = Record<string, unknown>;

const OPERATORS: Record<Operator, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

interface SqlPart {
  sql: string;
  params: SqlValue[];
}

/** The statement for the page after `after` (the first page when undefined); expects a checked query. */
export function pageSql(list: ListDef, query: Query, after: Row | undefined, size: number): SqlPart {
  const parts = query.where.map((c) => conditionSql(list, c));
  if (after) parts.push(afterSql(query.orderBy, after));
  const order = query.orderBy ? `${ident(query.orderBy.column)} ${query.orderBy.direction === 'desc' ? 'DESC' : 'ASC'}, id` : 'id';
  return {
    sql: `SELECT * FROM ${ident(list.name)} WHERE ${parts.map((p) => p.sql).join(' AND ')} ORDER BY ${order} LIMIT ?`,
    params: [...parts.flatMap((p) => p.params), size],
  };
}

function conditionSql(list: ListDef, condition: Condition): SqlPart {
  const column = ident(condition.column);
  if (condition.value === null) return { sql: `${column} IS ${condition.op === 'eq' ? '' : 'NOT '}NULL`, params: [] };
  const def = queryableColumn(list, condition.column);
  const value = def && toSqlValue(def, condition.value);
  if (value === undefined || value === null) {
    throw new InvalidQueryError(`Column "${condition.column}" in ${list.name} cannot be compared with ${JSON.stringify(condition.value)}`);
  }
  return { sql: `${column} ${OPERATORS[condition.op]} ?`, params: [value] };
}

/** Rows strictly after `row` in the page order; SQLite sorts NULL first ascending and last descending. */
function afterSql(orderBy: Query['orderBy'], row: Row): SqlPart {
  const id = row.id as number;
  if (!orderBy) return { sql: 'id > ?', params: [id] };
  const column = ident(orderBy.column);
  const last = row[orderBy.column] as SqlValue;
  if (orderBy.direction === 'desc') {
    return last === null
      ? { sql: `(${column} IS NULL AND id > ?)`, params: [id] }
      : { sql: `(${column} < ? OR (${column} = ? AND id > ?) OR ${column} IS NULL)`, params: [last, last, id] };
  }
  return last === null
    ? { sql: `((${column} IS NULL AND id > ?) OR ${column} IS NOT NULL)`, params: [id] }
    : { sql: `(${column} > ? OR (${column} = ? AND id > ?))`, params: [last, last, id] };
}
