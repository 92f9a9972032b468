/**
 * The embedded Store adapter: one SQLite file (better-sqlite3, synchronous, wrapped in the async
 * port), one table per schema list. Every SQLite failure a person can act on surfaces as
 * StoreUnavailableError with a Norwegian message (see errors.ts, openDatabase.ts).
 */
import type Database from 'better-sqlite3';
import {
  ConflictError,
  NotFoundError,
  StoreUnavailableError,
  type ColumnValue,
  type Item,
  type ItemUpdate,
  type NewItem,
  type Query,
  type Store,
} from '../port';
import { KEY_COLUMN, listDef, type ListDef, type ListName } from '../schema';
import { checkColumnNames, checkQuery, dataJson, requireKeys } from '../checks';
import { fromSqlValue, ident, requireSqlValue, type SqlValue } from './columns';
import { toStoreError } from './errors';
import { openDatabase, type OpenLog } from './openDatabase';
import type { MigrationResult } from './migrate';
import { pageSql, type Row } from './querySql';

export interface SqliteStoreOptions {
  dataDir: string;
  /** Default 'skolemiljo.db'. */
  fileName?: string;
  /** How long a write waits for another process's lock before failing as "låst". Default 5000 ms. */
  busyTimeoutMs?: number;
  log?: OpenLog;
}

/** Rows read per page of a query: bounded memory however large the table. */
const PAGE_SIZE = 500;

export async function openSqliteStore(opts: SqliteStoreOptions): Promise<SqliteStore> {
  const opened = openDatabase({ dataDir: opts.dataDir, fileName: opts.fileName ?? 'skolemiljo.db', busyTimeoutMs: opts.busyTimeoutMs ?? 5000, log: opts.log });
  return new SqliteStore(opened.db, opened.file, opened.migration);
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();

  /** Use openSqliteStore, which checks and migrates the file first. */
  constructor(
    private readonly db: Database.Database,
    readonly file: string,
    readonly migration: MigrationResult,
  ) {}

  async ping(): Promise<void> {
    this.run(() => this.statement('SELECT 1').get());
  }

  async create<T>(list: ListName, item: NewItem<T>): Promise<{ item: Item<T>; created: boolean }> {
    const def = listDef(list);
    const row = { key: item.key ?? null, values: columnValues(def, item.columns), data: dataJson(def, item.data) };
    return this.run(() => this.db.transaction(() => this.insert<T>(def, row))());
  }

  async createMany<T>(list: ListName, items: NewItem<T>[]): Promise<{ item: Item<T>; created: boolean }[]> {
    const def = listDef(list);
    const keys = requireKeys(def, items);
    // Every item is checked before the first insert; the transaction then stores all or nothing.
    const rows = items.map((item, i) => ({ key: keys[i] as string, values: columnValues(def, item.columns), data: dataJson(def, item.data) }));
    return this.run(() => this.db.transaction(() => rows.map((row) => this.insert<T>(def, row)))());
  }
  async get<T>(list: ListName, id: string): Promise<Item<T> | undefined> {
    const def = listDef(list);
    const rowId = parseCounter(id);
    if (rowId === undefined) return undefined;
    const row = this.run(() => this.row(def, 'id', rowId));
    return row && toItem<T>(def, row);
  }

  async getByKey<T>(list: ListName, key: string): Promise<Item<T> | undefined> {
    const def = listDef(list);
    const row = this.run(() => this.row(def, KEY_COLUMN.name, key));
    return row && toItem<T>(def, row);
  }

  async update<T>(list: ListName, update: ItemUpdate<T>): Promise<Item<T>> {
    const def = listDef(list);
    const values = columnValues(def, update.columns);
    const data = dataJson(def, update.data);
    const rowId = parseCounter(update.id);
    if (rowId === undefined) throw new NotFoundError(def.name, update.id);
    const assignments = ['"Data" = ?', ...def.columns.map((c) => `${ident(c.name)} = ?`)].join(', ');
    const sql = `UPDATE ${ident(def.name)} SET version = version + 1, ${assignments} WHERE id = ? AND version = ?`;
    return this.run(() =>
      this.db.transaction(() => {
        const result = this.statement(sql).run(data, ...values, rowId, parseCounter(update.version) ?? -1);
        if (result.changes === 0) {
          throw this.row(def, 'id', rowId) ? new ConflictError(def.name, update.id) : new NotFoundError(def.name, update.id);
        }
        return toItem<T>(def, this.row(def, 'id', rowId) as Row);
      })(),
    );
  }

  async *query<T>(list: ListName, query: Query): AsyncIterable<Item<T>> {
    const def = listDef(list);
    checkQuery(def, query);
    let remaining = query.limit ?? Number.POSITIVE_INFINITY;
    let after: Row | undefined;
    while (remaining > 0) {
      const size = Math.min(PAGE_SIZE, remaining);
      const page = pageSql(def, query, after, size);
      const rows = this.run(() => this.statement(page.sql).all(...page.params) as Row[]);
      for (const row of rows) yield toItem<T>(def, row);
      if (rows.length < size) return;
      remaining -= rows.length;
      after = rows[rows.length - 1];
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Inserts one row unless its key exists; call inside a transaction (the insert and the read belong together). */
  private insert<T>(def: ListDef, row: { key: string | null; values: SqlValue[]; data: string }): { item: Item<T>; created: boolean } {
    const names = ['version', KEY_COLUMN.name, 'Data', 'Created', ...def.columns.map((c) => c.name)];
    const sql =
      `INSERT INTO ${ident(def.name)} (${names.map(ident).join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ` +
      `ON CONFLICT(${ident(KEY_COLUMN.name)}) DO NOTHING`;
    const result = this.statement(sql).run(1, row.key, row.data, new Date().toISOString(), ...row.values);
    // No row inserted means the key exists: the same submit again, so return the first one untouched.
    const stored = result.changes === 1 ? this.row(def, 'id', result.lastInsertRowid) : this.row(def, KEY_COLUMN.name, row.key);
    if (!stored) throw new Error(`Insert into ${def.name} neither stored nor found the item`);
    return { item: toItem<T>(def, stored), created: result.changes === 1 };
  }

  /** Runs a database step, turning SQLite failures (locked, damaged, disk) into StoreUnavailableError. */
  private run<R>(step: () => R): R {
    if (!this.db.open) throw new StoreUnavailableError(`Databasen «${this.file}» er lukket`);
    try {
      return step();
    } catch (err) {
      throw toStoreError(err, this.file);
    }
  }

  private row(def: ListDef, column: 'id' | typeof KEY_COLUMN.name, value: SqlValue | bigint): Row | undefined {
    return this.statement(`SELECT * FROM ${ident(def.name)} WHERE ${ident(column)} = ?`).get(value) as Row | undefined;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Every schema column's stored value in schema order; a column left out is stored as null (update replaces). */
function columnValues(def: ListDef, columns: Record<string, ColumnValue>): SqlValue[] {
  checkColumnNames(def, columns);
  return def.columns.map((c) => requireSqlValue(c, columns[c.name] ?? null, `list ${def.name}`));
}

function toItem<T>(def: ListDef, row: Row): Item<T> {
  return {
    id: String(row.id),
    version: String(row.version),
    key: (row[KEY_COLUMN.name] as string | null) ?? null,
    columns: Object.fromEntries(def.columns.map((c) => [c.name, fromSqlValue(c, row[c.name])])),
    data: JSON.parse(row.Data as string) as T,
    created: row.Created as string,
  };
}

/** Row ids and versions are positive integers; anything else cannot name a row or be its current version. */
function parseCounter(text: string): number | undefined {
  return /^[1-9][0-9]{0,15}$/.test(text) ? Number(text) : undefined;
}
