/**
 * How port column values are stored in SQLite: text → TEXT, number → REAL, boolean → INTEGER 0/1,
 * dateTime → TEXT in the one canonical ISO form (toISOString), so that ordering and comparing the
 * text orders the instants.
 */
import type { ColumnValue } from '../port';
import type { ColumnDef, ColumnType } from '../schema';

export type SqlValue = string | number | null;

export const SQL_TYPES: Record<ColumnType, string> = { text: 'TEXT', number: 'REAL', boolean: 'INTEGER', dateTime: 'TEXT' };

/** ISO 8601 date, or date-time with an explicit zone: a time without zone would silently mean "server local time". */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The stored form of a value, or undefined when the value does not fit the column's type. */
export function toSqlValue(column: ColumnDef, value: ColumnValue): SqlValue | undefined {
  if (value === null) return null;
  switch (column.type) {
    case 'text':
      return typeof value === 'string' ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? Number(value) : undefined;
    case 'dateTime': {
      if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return undefined;
      const time = Date.parse(value);
      return Number.isNaN(time) ? undefined : new Date(time).toISOString();
    }
  }
}

export function fromSqlValue(column: ColumnDef, raw: unknown): ColumnValue {
  if (raw === null || raw === undefined) return null;
  if (column.type === 'boolean') return raw !== 0;
  return raw as string | number;
}

/** The stored form, or an Error naming the column and the type it needs. */
export function requireSqlValue(column: ColumnDef, value: ColumnValue, where: string): SqlValue {
  const stored = toSqlValue(column, value);
  if (stored === undefined) {
    throw new Error(`Column "${column.name}" in ${where} holds ${column.type} values, got ${JSON.stringify(value)}`);
  }
  return stored;
}

/** Double-quoted SQL identifier; schema names are ASCII, this only guards against a typo becoming SQL. */
export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not a valid table or column name: ${name}`);
  return `"${name}"`;
}
