/**
 * Migrations derived from the schema, not written by hand: create what is missing (tables,
 * columns, indexes), never drop or rewrite anything, so that opening an older database with a
 * newer app keeps every record. `schema_meta` records each schema (by hash) the file has been
 * brought up to; its row number is the schema version.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { SCHEMA, KEY_COLUMN, type ListDef } from '../schema';
import { StoreUnavailableError } from '../port';
import { SQL_TYPES, ident } from './columns';

/** Columns every table has besides the schema's; `Nokkel` gets a unique index (NULLs allowed, many). */
const BASE_COLUMNS = [
  'id INTEGER PRIMARY KEY AUTOINCREMENT',
  'version INTEGER NOT NULL',
  `${ident(KEY_COLUMN.name)} TEXT`,
  '"Data" TEXT NOT NULL',
  '"Created" TEXT NOT NULL',
];
const BASE_COLUMN_NAMES = ['id', 'version', KEY_COLUMN.name, 'Data', 'Created'];

export interface MigrationResult {
  /** Row number of the current schema in schema_meta. */
  schemaVersion: number;
  /** What was created, e.g. 'table Saker', 'column Saker.Status', 'index ix_Saker_Status'; empty when up to date. */
  changes: string[];
}

export function schemaHash(lists: readonly ListDef[]): string {
  const shape = lists.map((l) => ({ name: l.name, columns: l.columns.map((c) => [c.name, c.type, c.indexed]) }));
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}

/** Brings the file up to `lists` in one write transaction (two processes opening at once cannot interleave). */
export function migrate(db: Database, lists: readonly ListDef[] = Object.values(SCHEMA)): MigrationResult {
  return db.transaction(() => {
    const changes: string[] = [];
    db.exec('CREATE TABLE IF NOT EXISTS schema_meta (version INTEGER PRIMARY KEY AUTOINCREMENT, hash TEXT NOT NULL UNIQUE, applied TEXT NOT NULL)');
    for (const list of lists) {
      changes.push(...migrateTable(db, list));
      changes.push(...createIndexes(db, list));
    }
    const hash = schemaHash(lists);
    db.prepare('INSERT OR IGNORE INTO schema_meta (hash, applied) VALUES (?, ?)').run(hash, new Date().toISOString());
    const row = db.prepare('SELECT version FROM schema_meta WHERE hash = ?').get(hash) as { version: number };
    return { schemaVersion: row.version, changes };
  }).immediate();
}

function migrateTable(db: Database, list: ListDef): string[] {
  const table = ident(list.name);
  const existing = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  if (existing.length === 0) {
    const columns = [...BASE_COLUMNS, ...list.columns.map((c) => `${ident(c.name)} ${SQL_TYPES[c.type]}`)];
    db.exec(`CREATE TABLE ${table} (${columns.join(', ')})`);
    return [`table ${list.name}`];
  }
  const missingBase = BASE_COLUMN_NAMES.filter((name) => !existing.includes(name));
  if (missingBase.length > 0) {
    // Not a table this app made: refuse rather than guess, and touch nothing.
    throw new StoreUnavailableError(
      `Tabellen ${list.name} i databasefilen mangler kolonnene ${missingBase.join(', ')} og er ikke laget av denne appen. Kontroller at datamappa er riktig.`,
    );
  }
  const added: string[] = [];
  for (const column of list.columns.filter((c) => !existing.includes(c.name))) {
    db.exec(`ALTER TABLE ${table} ADD COLUMN ${ident(column.name)} ${SQL_TYPES[column.type]}`);
    added.push(`column ${list.name}.${column.name}`);
  }
  return added;
}

function createIndexes(db: Database, list: ListDef): string[] {
  const wanted = [
    { name: `ux_${list.name}_${KEY_COLUMN.name}`, column: KEY_COLUMN.name, unique: true },
    ...list.columns.filter((c) => c.indexed).map((c) => ({ name: `ix_${list.name}_${c.name}`, column: c.name, unique: false })),
  ];
  const existing = new Set((db.prepare(`PRAGMA index_list(${ident(list.name)})`).all() as { name: string }[]).map((i) => i.name));
  const created: string[] = [];
  for (const index of wanted.filter((i) => !existing.has(i.name))) {
    db.exec(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${ident(index.name)} ON ${ident(list.name)} (${ident(index.column)})`);
    created.push(`index ${index.name}`);
  }
  return created;
}
