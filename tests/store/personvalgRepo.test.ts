/**
 * A person's own language choice (issue 24) on both stores: SQLite, and SharePoint through the
 * Graph stand-in with the real client stack. One item per person; the same choice twice writes
 * nothing new; a change is seen by another process (a fresh repo on a reopened store).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../src/store/port';
import { PersonvalgRepo } from '../../src/store/personvalgRepo';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import { startHarness, type Harness } from '../support/graph/harness';

const OID = '00000000-0000-4000-8000-0000000000a1';

interface Oppsett {
  store: Store;
  reopen: () => Promise<Store>;
  lukk: () => Promise<void>;
}

function kontrakt(navn: string, lag: () => Promise<Oppsett>): void {
  describe(`person's language choice: ${navn}`, function () {
    this.timeout(60_000);
    let o: Oppsett;
    beforeEach(async () => (o = await lag()));
    afterEach(async () => o.lukk());

    it('has no choice for someone who made none', async () => {
      assert.equal(await new PersonvalgRepo(o.store).get(OID), undefined);
    });

    it('stores the choice once, and another process reads it', async () => {
      const repo = new PersonvalgRepo(o.store);
      await repo.settSprak(OID, 'nn', '2026-12-07T09:00:00.000Z');
      await repo.settSprak(OID, 'nn', '2026-12-07T09:00:05.000Z');
      const items = [];
      for await (const i of o.store.query('personvalg', { where: [{ column: 'Oid', op: 'eq', value: OID }] })) items.push(i);
      assert.equal(items.length, 1);
      assert.equal((await new PersonvalgRepo(await o.reopen()).get(OID))?.sprak, 'nn');
    });

    it('changes the choice in the same item; a fresh read sees the new language', async () => {
      const repo = new PersonvalgRepo(o.store);
      await repo.settSprak(OID, 'nn', '2026-12-07T09:00:00.000Z');
      await repo.settSprak(OID, 'en', '2026-12-07T09:01:00.000Z');
      assert.equal((await repo.get(OID))?.sprak, 'en');
      const annen = new PersonvalgRepo(await o.reopen());
      assert.deepEqual(await annen.get(OID), { oid: OID, sprak: 'en', oppdatert: '2026-12-07T09:01:00.000Z' });
    });

    it('reads a change made elsewhere once its short memory has passed', async () => {
      let t = 0;
      const her = new PersonvalgRepo(o.store, () => t);
      assert.equal(await her.get(OID), undefined);
      await new PersonvalgRepo(await o.reopen()).settSprak(OID, 'en', '2026-12-07T09:00:00.000Z');
      assert.equal(await her.get(OID), undefined, 'remembered for a moment: no read per message');
      t = 61_000;
      assert.equal((await her.get(OID))?.sprak, 'en');
    });
  });
}

kontrakt('sqlite', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'skolemiljo-personvalg-'));
  const apne: Store[] = [await openSqliteStore({ dataDir: dir })];
  return {
    store: apne[0]!,
    reopen: async () => {
      const s = await openSqliteStore({ dataDir: dir });
      apne.push(s);
      return s;
    },
    lukk: async () => {
      for (const s of apne) await s.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
});

describe('over Microsoft Graph (HTTPS stand-in)', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => (h = await startHarness()));
  after(async () => h?.close());
  kontrakt('sharepoint', async () => {
    const site = await h.provisionedSite();
    const apne: Store[] = [await h.openStore(site.id)];
    return {
      store: apne[0]!,
      reopen: async () => {
        const s = await h.openStore(site.id);
        apne.push(s);
        return s;
      },
      lukk: async () => {
        for (const s of apne) await s.close();
      },
    };
  });
});
