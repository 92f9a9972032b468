/**
 * Opening the database file with the failures a person can act on: a missing data folder is
 * created; a folder that is a file or not writable, a file that is locked, and a file that is not
 * a (healthy) SQLite database each give a StoreUnavailableError naming the path and the fix.
 * A damaged file is only ever read, never repaired, replaced or deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../port';
import { corruptError, toStoreError } from './errors';
import { migrate, type MigrationResult } from './migrate';

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  migration: MigrationResult;
}

export interface OpenLog {
  info(obj: object, msg: string): void;
}

export function openDatabase(opts: { dataDir: string; fileName: string; busyTimeoutMs: number; log?: OpenLog }): OpenedDatabase {
  const dir = path.resolve(opts.dataDir);
  ensureWritableDir(dir, opts.log);
  const file = path.join(dir, opts.fileName);
  if (fs.existsSync(file) && !fs.statSync(file).isFile()) {
    throw new StoreUnavailableError(`Databasefilen «${file}» er ikke en fil. Flytt den bort eller velg et annet filnavn.`);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: opts.busyTimeoutMs });
  } catch (err) {
    throw toStoreError(err, file);
  }
  try {
    // Read before anything writes: a damaged or foreign file must fail here, untouched.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw corruptError(file, new Error(String(check)));
    // Migrate before switching to WAL: a foreign file is refused inside migrate's transaction,
    // before the journal mode change would have rewritten its header.
    const migration = migrate(db);
    db.pragma('journal_mode = WAL');
    // FULL: a write the dispatcher was told succeeded survives a power cut (the outbox relies on it).
    db.pragma('synchronous = FULL');
    if (migration.changes.length > 0) opts.log?.info({ file, changes: migration.changes }, 'Databasen er oppdatert til gjeldende skjema');
    return { db, file, migration };
  } catch (err) {
    db.close();
    throw toStoreError(err, file);
  }
}

function ensureWritableDir(dir: string, log?: OpenLog): void {
  const fix = 'Opprett mappa og gi tjenesten skrivetilgang, eller oppgi en annen datamappe (dataDir).';
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && (err as NodeJS.ErrnoException).code !== 'ENOTDIR') throw unavailable(`Datamappa «${dir}» kan ikke leses`, err, fix);
  }
  if (stat && !stat.isDirectory()) {
    throw new StoreUnavailableError(`Datamappa «${dir}» er en fil, ikke en mappe. Flytt fila bort eller oppgi en annen datamappe (dataDir).`);
  }
  if (!stat) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw unavailable(`Datamappa «${dir}» finnes ikke og kunne ikke opprettes`, err, fix);
    }
    log?.info({ dataDir: dir }, 'Opprettet datamappa');
  }
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK);
  } catch (err) {
    throw unavailable(`Tjenesten har ikke lese- og skrivetilgang til datamappa «${dir}»`, err, fix);
  }
}

function unavailable(what: string, err: unknown, fix: string): StoreUnavailableError {
  const code = (err as NodeJS.ErrnoException).code ?? 'ukjent feil';
  return new StoreUnavailableError(`${what} (${code}). ${fix}`, { cause: err });
}
