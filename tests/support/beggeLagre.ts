/**
 * The two stores a test runs on when it must hold on both (RULES: SQLite and SharePoint through the
 * Graph stand-in): each opens an empty store and gives the way to remove it again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import { startHarness, type Harness } from './graph/harness';

export const BEGGE_LAGRE: { navn: string; aapne: () => Promise<{ store: Store; rydd: () => Promise<void> }> }[] = [
  {
    navn: 'SQLite',
    aapne: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-lager-'));
      const store = await openSqliteStore({ dataDir: dir });
      return { store, rydd: async () => (await store.close(), fs.rmSync(dir, { recursive: true, force: true })) };
    },
  },
  {
    navn: 'SharePoint (Graph stand-in)',
    aapne: async () => {
      const h: Harness = await startHarness();
      const { store } = await h.warmStore();
      return { store, rydd: async () => (await store.close(), await h.close()) };
    },
  },
];
