/**
 * Turns SQLite's error codes into StoreUnavailableError with a Norwegian message that names the
 * file and says what to do. None of these paths modifies or deletes the file.
 */
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../port';

export function lockedError(file: string, cause?: unknown): StoreUnavailableError {
  return new StoreUnavailableError(
    `Databasefilen «${file}» er låst av en annen prosess. Sjekk om en annen kopi av appen eller et verktøy har fila åpen, og prøv igjen.`,
    { cause },
  );
}

export function corruptError(file: string, cause?: unknown): StoreUnavailableError {
  return new StoreUnavailableError(
    `Databasefilen «${file}» er skadet eller er ikke en SQLite-database. Fila er ikke endret. ` +
      'Gjenopprett den fra sikkerhetskopi, eller flytt den bort (da lager appen en ny, tom database).',
    { cause },
  );
}

/** The StoreUnavailableError for a SQLite failure of the file; any other error is returned unchanged. */
export function toStoreError(err: unknown, file: string): unknown {
  if (!(err instanceof Database.SqliteError)) return err;
  const code = err.code;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return lockedError(file, err);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return corruptError(file, err);
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new StoreUnavailableError(
      `Databasefilen «${file}» kan ikke åpnes for lesing og skriving (${code}). Gi tjenesten skrivetilgang til fila og datamappa.`,
      { cause: err },
    );
  }
  if (code === 'SQLITE_FULL') {
    return new StoreUnavailableError(`Disken med databasefilen «${file}» er full. Frigjør plass og prøv igjen.`, { cause: err });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StoreUnavailableError(`Lese- eller skrivefeil på databasefilen «${file}» (${code}). Sjekk disken.`, { cause: err });
  }
  return err;
}
