/**
 * Both stores a use-case test runs on, opened fresh: SQLite in a temporary folder, and SharePoint
 * through the Graph stand-in (real client code, the stand-in's list rules). `for (const lager of
 * BOTH_STORES) describe(…lager.navn…)` runs the same test on each.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import { startHarness } from './graph/harness';

export interface TestStore {
  navn: string;
  aapne: () => Promise<{ store: Store; rydd: () => Promise<void> }>;
}

export const BOTH_STORES: readonly TestStore[] = [
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
      const h = await startHarness();
      const { store } = await h.warmStore();
      return { store, rydd: async () => (await store.close(), await h.close()) };
    },
  },
];
