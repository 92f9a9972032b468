/** A use-case context on a real SQLite store in a temp folder, with the demo organisation and a settable clock. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { lagKontekst, type AppKontekst, type Aktor } from '../../src/app/kontekst';
import type { Organisasjon } from '../../src/domain/organisasjon';
import { lesOrganisasjonsfil } from '../../src/organisasjonsfil';
import type { KommuneData } from '../../src/org/data';
import { getKommune, saveKommune } from '../../src/org/orgRepo';
import { OrgRegister } from '../../src/org/register';
import type { Store } from '../../src/store/port';
import { testLogger } from './loggvakt';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';

export const DEMO_ORG_FIL = path.resolve(__dirname, '../../config/demo-organisasjon.json');
export const demoOrg = () => lesOrganisasjonsfil(DEMO_ORG_FIL);

/** People of the demo organisation by role (config/demo-organisasjon.json). */
export const DEMO = {
  tenantId: '00000000-0000-4000-8000-000000000000',
  kommunalsjef: '00000000-0000-4000-8000-000000000001',
  administrator: '00000000-0000-4000-8000-000000000002',
  /** The municipality's own case workers (kommune.saksbehandlere): a leadership case may go to them. */
  innsatsteam: '00000000-0000-4000-8000-000000000003',
  kommunalsjefHelse: '00000000-0000-4000-8000-000000000004',
  rektor: '00000000-0000-4000-8000-000000000101',
  inspektor: '00000000-0000-4000-8000-000000000102',
  sosiallaerer: '00000000-0000-4000-8000-000000000103',
  laerer: '00000000-0000-4000-8000-000000000104',
  laerer2: '00000000-0000-4000-8000-000000000105',
  laerer3: '00000000-0000-4000-8000-000000000106',
  vaktmester: '00000000-0000-4000-8000-000000000110',
  annenRektor: '00000000-0000-4000-8000-000000000201',
  ukjent: '00000000-0000-4000-8000-000000000999',
  /** Pupils (issue 25): two at Bakkeløkka (5A, 5B; kontaktlærer Per Hansen), one at Fjordsiden (9A). */
  elev: '00000000-0000-4000-8000-0000000e0001',
  elev2: '00000000-0000-4000-8000-0000000e0002',
  elevFjord: '00000000-0000-4000-8000-0000000e0003',
  skole: 'bakkelokka',
  annenSkole: 'fjordsiden',
} as const;

export const aktor = (oid: string): Aktor => ({ oid, tenantId: DEMO.tenantId });

export interface TestKontekst extends AppKontekst {
  settTid(iso: string): void;
  rydd(): Promise<void>;
}

/** A use-case context on `store`, whose organisation is seeded from `org` (the demo) when the store has none. */
export async function kontekstPaa(store: Store, naa: () => Date = () => new Date(), org: Organisasjon = demoOrg()): Promise<AppKontekst> {
  const { register } = await OrgRegister.aapne(store, { frø: () => org, naa: naa() });
  return lagKontekst({ store, register, naa, nyId: randomUUID, log: testLogger('use case') });
}

/** Changes the kommune in the store (as the admin page would) and lets the context see it. */
export async function endreKommune(ktx: AppKontekst, endre: (k: KommuneData) => KommuneData): Promise<void> {
  const stored = (await getKommune(ktx.store))!;
  await saveKommune(ktx.store, endre(stored.data), stored);
  await ktx.register.last();
}

export async function lagTestKontekst(org?: Organisasjon): Promise<TestKontekst> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-app-'));
  const store = await openSqliteStore({ dataDir: dir });
  let naa = new Date('2026-11-23T09:00:00Z');
  const ktx = await kontekstPaa(store, () => naa, org);
  return Object.assign(ktx, {
    settTid: (iso: string) => (naa = new Date(iso)),
    rydd: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** A valid varsel form as the card sends it (strings). */
export function varselSkjema(overstyr: Record<string, string> = {}): Record<string, string> {
  return {
    skoleId: DEMO.skole,
    elevNavn: 'Kari Nordmann',
    elevKlasse: '5B',
    beskrivelse: 'Eleven ble holdt utenfor leken i friminuttet og sa at ingen vil være med henne.',
    kommerFra: 'nei',
    ...overstyr,
  };
}
