import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../../src/store/port';
import { SCHEMA, columnDef, type ListDef } from '../../../src/store/schema';
import { fromSqlValue, toSqlValue } from '../../../src/store/sqlite/columns';
import { migrate } from '../../../src/store/sqlite/migrate';
import { openSqliteStore, type SqliteStore } from '../../../src/store/sqlite/SqliteStore';
import { storeContract } from '../contract';

const FILE = 'skolemiljo.db';

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'skolemiljo-sqlite-'));
}

/** A StoreUnavailableError whose message matches every pattern given. */
function unavailable(...patterns: (RegExp | string)[]) {
  return (err: unknown) => {
    assert.ok(err instanceof StoreUnavailableError, String(err));
    for (const p of patterns) assert.ok(typeof p === 'string' ? err.message.includes(p) : p.test(err.message), `"${err.message}" should match ${String(p)}`);
    return true;
  };
}

storeContract('sqlite', async () => {
  const dir = await tempDir();
  const opened: SqliteStore[] = [await openSqliteStore({ dataDir: dir })];
  return {
    store: opened[0]!,
    reopen: async () => {
      const store = await openSqliteStore({ dataDir: dir });
      opened.push(store);
      return store;
    },
    cleanup: async () => {
      for (const store of opened) await store.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteStore', () => {
  let dir: string;
  const stores: SqliteStore[] = [];
  const open = async (opts: { dataDir?: string; busyTimeoutMs?: number } = {}) => {
    const store = await openSqliteStore({ dataDir: opts.dataDir ?? dir, busyTimeoutMs: opts.busyTimeoutMs });
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await fs.chmod(dir, 0o700).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  });

  describe('migrations', () => {
    it('creates every table and index in a new file, and changes nothing when opened again', async () => {
      const first = await open();
      assert.ok(first.migration.changes.includes('table Saker'));
      assert.ok(first.migration.changes.includes('index ix_Saker_Ventende'));
      assert.ok(first.migration.changes.includes('index ux_Revisjonslogg_Nokkel'));
      await first.close();
      const again = await open();
      assert.deepEqual([again.migration.changes, again.migration.schemaVersion], [[], first.migration.schemaVersion]);
    });

    it('adds a column (and its index) missing in an older database, keeping the data', async () => {
      const older: ListDef[] = Object.values(SCHEMA).map((l) => (l.name === 'Saker' ? { ...l, columns: l.columns.filter((c) => c.name !== 'Saksansvarlig') } : l));
      const db = new Database(path.join(dir, FILE));
      migrate(db, older);
      db.prepare('INSERT INTO Saker (version, Nokkel, Data, Created, SkoleId, Ventende) VALUES (3, ?, ?, ?, ?, 0)').run('gammel', '{"tekst":"fra før"}', '2024-01-01T00:00:00.000Z', 'S1');
      db.close();

      const store = await open();
      assert.deepEqual(store.migration.changes, ['column Saker.Saksansvarlig', 'index ix_Saker_Saksansvarlig']);
      assert.equal(store.migration.schemaVersion, 2);
      const old = (await store.getByKey<{ tekst: string }>('saker', 'gammel'))!;
      assert.deepEqual([old.version, old.data, old.columns.SkoleId, old.columns.Saksansvarlig], ['3', { tekst: 'fra før' }, 'S1', null]);
      await store.update('saker', { id: old.id, version: old.version, columns: { ...old.columns, Saksansvarlig: 'oid-1' }, data: old.data });
      await store.close();

      const again = await open();
      assert.deepEqual([again.migration.changes, again.migration.schemaVersion], [[], 2]);
      assert.equal((await again.getByKey('saker', 'gammel'))!.columns.Saksansvarlig, 'oid-1');
    });

    it('refuses a file whose tables this app did not make, touching nothing', async () => {
      const file = path.join(dir, FILE);
      const db = new Database(file);
      db.exec('CREATE TABLE Saker (id INTEGER PRIMARY KEY, tittel TEXT)');
      db.close();
      const before = await fs.readFile(file);
      await assert.rejects(open(), unavailable('Saker', 'ikke laget av denne appen'));
      assert.deepEqual(await fs.readFile(file), before);
    });
  });

  describe('data folder and file', () => {
    it('creates a missing data folder, nested, and logs that it did', async () => {
      const nested = path.join(dir, 'a', 'b', 'data');
      const notes: string[] = [];
      const store = await openSqliteStore({ dataDir: nested, log: { info: (_obj, msg) => notes.push(msg) } });
      stores.push(store);
      await store.create('saker', { key: 'k', columns: {}, data: {} });
      assert.ok((await fs.stat(path.join(nested, FILE))).isFile());
      assert.ok(notes.includes('Opprettet datamappa'));
    });

    it('refuses a data folder path that is a file, naming the path and what to do', async () => {
      const file = path.join(dir, 'data');
      await fs.writeFile(file, 'ikke en mappe');
      await assert.rejects(open({ dataDir: file }), unavailable(file, 'er en fil, ikke en mappe', 'datamappe'));
      await assert.rejects(open({ dataDir: path.join(file, 'under') }), unavailable('kunne ikke opprettes', 'skrivetilgang'));
    });

    it('refuses a data folder it may not write to', async function () {
      if (process.getuid?.() === 0) this.skip(); // root may write anywhere
      await fs.chmod(dir, 0o500);
      await assert.rejects(open(), unavailable(dir, 'skrivetilgang'));
    });

    it('refuses a file that is not a database, leaving its bytes untouched', async () => {
      const file = path.join(dir, FILE);
      const garbage = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37 + 11) % 256));
      await fs.writeFile(file, garbage);
      await assert.rejects(open(), unavailable(file, 'ikke en SQLite-database', 'ikke endret', 'sikkerhetskopi'));
      assert.deepEqual(await fs.readFile(file), garbage);
      assert.deepEqual(await fs.readdir(dir), [FILE]);
    });

    it('refuses a damaged database file, leaving it untouched', async () => {
      const store = await open();
      for (let i = 0; i < 50; i++) await store.create('saker', { key: `k${i}`, columns: { SkoleId: `S${i}` }, data: { tekst: 'x'.repeat(2000) } });
      await store.close();
      const file = path.join(dir, FILE);
      const bytes = await fs.readFile(file);
      bytes.fill(0xa5, 4096 * 4, 4096 * 8); // pages in the middle; the header stays valid
      await fs.writeFile(file, bytes);
      await assert.rejects(open(), unavailable(file, 'skadet', 'sikkerhetskopi'));
      assert.deepEqual(await fs.readFile(file), bytes);
    });

    it('reports a database locked by another process as «låst», on opening and on writing, and works once released', async () => {
      const store = await open({ busyTimeoutMs: 100 });
      await store.create('saker', { key: 'før', columns: {}, data: {} });
      const other = new Database(store.file);
      other.exec('BEGIN EXCLUSIVE');
      try {
        await assert.rejects(store.create('saker', { key: 'under', columns: {}, data: {} }), unavailable(store.file, 'er låst av en annen prosess'));
        await assert.rejects(open({ busyTimeoutMs: 100 }), unavailable('er låst av en annen prosess'));
      } finally {
        other.exec('COMMIT');
        other.close();
      }
      await store.create('saker', { key: 'etter', columns: {}, data: {} });
      assert.ok(await store.getByKey('saker', 'før'));
      assert.equal(await store.getByKey('saker', 'under'), undefined);
    });

    it('keeps all data, versions and ids when closed and opened again', async () => {
      const store = await open();
      const { item } = await store.create('saker', { key: 'varig', columns: { SkoleId: 'S1', Ventende: 2 }, data: { tekst: 'æøå 🏫' } });
      const updated = await store.update('saker', { id: item.id, version: item.version, columns: item.columns, data: { tekst: 'endret' } });
      await store.close();
      const again = await open();
      assert.deepEqual(await again.getByKey('saker', 'varig'), updated);
      await again.update('saker', { id: updated.id, version: updated.version, columns: updated.columns, data: updated.data });
    });

    it('refuses use after close with StoreUnavailableError; closing twice is harmless', async () => {
      const store = await open();
      await store.ping();
      await store.close();
      await store.close();
      await assert.rejects(store.ping(), unavailable('lukket'));
      await assert.rejects(store.get('saker', '1'), StoreUnavailableError);
    });
  });

  describe('column values', () => {
    const bool = { name: 'Aktiv', displayName: 'Aktiv', type: 'boolean', indexed: true } as const;
    const when = columnDef('saker', 'Opprettet')!;

    it('stores booleans as 1/0 and reads them back as booleans', () => {
      assert.deepEqual([toSqlValue(bool, true), toSqlValue(bool, false), toSqlValue(bool, null)], [1, 0, null]);
      assert.deepEqual([fromSqlValue(bool, 1), fromSqlValue(bool, 0), fromSqlValue(bool, null)], [true, false, null]);
    });

    it('stores a dateTime in one canonical UTC form, so text order is time order', () => {
      assert.equal(toSqlValue(when, '2025-03-01T09:30:00+01:00'), '2025-03-01T08:30:00.000Z');
      assert.equal(toSqlValue(when, '2025-03-01T08:30:00Z'), '2025-03-01T08:30:00.000Z');
      assert.equal(toSqlValue(when, '2025-03-01'), '2025-03-01T00:00:00.000Z');
    });

    it('refuses a dateTime without a zone and values of the wrong type', () => {
      assert.equal(toSqlValue(when, '2025-03-01T08:30:00'), undefined);
      assert.equal(toSqlValue(when, 'i morgen'), undefined);
      assert.equal(toSqlValue(bool, 'ja'), undefined);
      assert.equal(toSqlValue(columnDef('saker', 'Ventende')!, Number.NaN), undefined);
      assert.equal(toSqlValue(columnDef('saker', 'Status')!, 3), undefined);
    });
  });
});
