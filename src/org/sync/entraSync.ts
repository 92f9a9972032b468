/**
 * The daily sync from Entra ID: who is in each school's group, and their names. Delta queries
 * throughout, so a day's sync costs requests in proportion to what changed, not to the tenant (a
 * day with nothing changed: one read of the schools and the sync state, one $batch holding every
 * round's first page, one write of the sync state):
 * - /groups/delta with members, in chains of up to 50 connected groups (Graph's filter limit);
 *   the first round of a chain reads the groups' whole membership, later rounds only changes;
 * - /users/delta for names, job titles and deleted accounts (applied to the people we keep);
 * - people new to us whose profile did not change get their name from a filtered /users/delta
 *   (50 ids a request).
 * Only people whose record changed are written: new ones 20 to a $batch, several at once; the
 * stored staff are read only when something changed. The delta links are stored last, after every
 * write: a sync that fails half-way is repeated from the same links and applies the same changes
 * again, which changes nothing the second time.
 */
import type { Oid } from '../../domain/organisasjon';
import type { Store } from '../../store/port';
import type { AnsattData, SyncStarter, SyncTilstand } from '../data';
import { endreAnsatt, getAnsatte, getSkolerOgSync, saveSync, opprettAnsatte, type Stored } from '../orgRepo';
import { hverSamtidig } from '../../protocol/samtidig';
import { idFilter, lesRunde, type Katalog } from './katalog';

const MAKS_IDER = 50;
/** Requests of the sync in flight at once (each a page, a write or a $batch of 20 writes), within Graph's limits. */
const SAMTIDIGE = 4;

export interface SyncResultat {
  /** People who appeared at a school for the first time. */
  nye: number;
  /** People whose groups, name or title changed. */
  endret: number;
  /** People who left a school's group, or whose account was deleted (counted in `endret` too). */
  sluttet: number;
  /** Groups read in full (first round of their chain). */
  grupperLestHelt: number;
}

interface Profil {
  navn: string;
  stilling: string;
}

const biter = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export async function synkroniser(store: Store, katalog: Katalog, naa: Date, av: SyncStarter = 'tidsplan'): Promise<SyncResultat> {
  const { skoler: lagredeSkoler, synk: lagretTilstand } = await getSkolerOgSync(store);
  const skoler = lagredeSkoler.map((s) => s.data);
  // The staff groups and (issue 25) the pupils' groups: a pupil is known by group membership too.
  const tilkoblet = [...new Set(skoler.flatMap((s) => [...(s.kobling ? [s.kobling.gruppeId] : []), ...(s.elev?.grupper ?? [])]))];
  const tilstand: SyncTilstand = lagretTilstand?.data ?? { kjeder: [] };
  const kjent = new Set(tilstand.kjeder.flatMap((k) => k.grupper));
  const kjeder: SyncTilstand['kjeder'] = [...tilstand.kjeder, ...biter(tilkoblet.filter((g) => !kjent.has(g)), MAKS_IDER).map((grupper) => ({ grupper }))]
    // A chain whose groups are all disconnected is no longer read (and forgotten).
    .filter((k) => k.grupper.some((g) => tilkoblet.includes(g)));

  // Membership changes per person: group ids added and removed.
  const inn = new Map<Oid, Set<string>>();
  const ut = new Map<Oid, Set<string>>();
  const merk = (m: Map<Oid, Set<string>>, oid: Oid, gruppe: string) => (m.get(oid) ?? m.set(oid, new Set()).get(oid)!).add(gruppe);
  /** Groups read in full this time: whoever had them and was not listed has left. */
  const lestHelt = new Set<string>();
  const brukere: Record<string, unknown>[] = [];

  // Every round's first page in one $batch (a day with nothing changed is that one request), then each round to its end, all at once.
  const gruppeUrler = kjeder.map((k) => k.lenke ?? `${katalog.baseUrl}/groups/delta?$select=members&$filter=${idFilter(k.grupper)}`);
  const brukerUrl = tilstand.brukere ?? `${katalog.baseUrl}/users/delta?$select=displayName,jobTitle`;
  const forste = await katalog.sider([...gruppeUrler, brukerUrl]);
  const medlemmer = (gruppe: Record<string, unknown>) => {
    const id = String(gruppe.id);
    for (const m of (gruppe['members@delta'] as Record<string, unknown>[] | undefined) ?? []) {
      if (m['@odata.type'] !== '#microsoft.graph.user') continue;
      merk(m['@removed'] ? ut : inn, String(m.id).toLowerCase(), id);
    }
  };
  const [brukerLenke, ...gruppeLenker] = await Promise.all([
    lesRunde(katalog, brukerUrl, (u) => void brukere.push(u), forste[kjeder.length]),
    ...kjeder.map((k, i) => lesRunde(katalog, gruppeUrler[i]!, medlemmer, forste[i])),
  ]);
  for (const k of kjeder) if (!k.lenke) k.grupper.forEach((g) => lestHelt.add(g));
  const nyeKjeder = kjeder.map((k, i) => ({ grupper: k.grupper, lenke: gruppeLenker[i]! }));

  // The stored staff are read only when something changed (a day with nothing changed reads none of them).
  const noeEndret = lestHelt.size > 0 || inn.size > 0 || ut.size > 0 || brukere.length > 0;
  const stored = new Map<Oid, Stored<AnsattData>>(noeEndret ? (await getAnsatte(store)).map((a) => [a.data.oid, a]) : []);
  const berort = new Set<Oid>([...inn.keys(), ...ut.keys()]);
  for (const a of stored.values()) {
    if (a.data.grupper.some((g) => lestHelt.has(g) && !inn.get(a.data.oid)?.has(g))) {
      for (const g of a.data.grupper.filter((g) => lestHelt.has(g) && !inn.get(a.data.oid)?.has(g))) merk(ut, a.data.oid, g);
      berort.add(a.data.oid);
    }
  }

  // Names and deleted accounts, for the people we keep or are about to.
  const profiler = new Map<Oid, Profil>();
  const slettet = new Set<Oid>();
  for (const u of brukere) {
    const oid = String(u.id).toLowerCase();
    if (!stored.has(oid) && !inn.has(oid)) continue;
    berort.add(oid);
    if (u['@removed']) slettet.add(oid);
    else profiler.set(oid, { navn: String(u.displayName ?? ''), stilling: String(u.jobTitle ?? '') });
  }
  const utenNavn = [...inn.keys()].filter((oid) => !stored.has(oid) && !profiler.has(oid));
  await hverSamtidig(biter(utenNavn, MAKS_IDER), SAMTIDIGE, async (ider) => {
    // A delta round of its own, for these ids only; read to its end and its link dropped.
    await lesRunde(katalog, `${katalog.baseUrl}/users/delta?$select=displayName,jobTitle&$filter=${idFilter(ider)}`, (u) => {
      if (!u['@removed']) profiler.set(String(u.id).toLowerCase(), { navn: String(u.displayName ?? ''), stilling: String(u.jobTitle ?? '') });
    });
  });

  const ny = (oid: Oid, a: AnsattData | undefined): AnsattData | undefined => {
    if (!a && !inn.has(oid)) return undefined;
    if (slettet.has(oid)) return a && { oid: a.oid, navn: a.navn, stilling: a.stilling, grupper: [], skoler: [] };
    const grupper = new Set(a?.grupper ?? []);
    ut.get(oid)?.forEach((g) => grupper.delete(g));
    inn.get(oid)?.forEach((g) => grupper.add(g));
    const profil = profiler.get(oid);
    return { oid, navn: profil?.navn || a?.navn || oid, stilling: profil?.stilling ?? a?.stilling ?? '', grupper: [...grupper].sort(), skoler: a?.skoler ?? [], ...(a?.elev ? { elev: a.elev } : {}) };
  };
  const resultat: SyncResultat = { nye: 0, endret: 0, sluttet: 0, grupperLestHelt: lestHelt.size };
  // People new to the store: created 20 to a $batch, several batches at once.
  const nye = [...berort].filter((oid) => !stored.has(oid)).flatMap((oid) => ny(oid, undefined) ?? []);
  await opprettAnsatte(store, nye, ny);
  resultat.nye = nye.length;
  // People we keep whose record changed: one write each, several at once.
  await hverSamtidig(
    [...berort].filter((oid) => stored.has(oid)),
    SAMTIDIGE,
    async (oid) => {
      const forrige = stored.get(oid)!;
      const skrevet = await endreAnsatt(store, oid, (a) => ny(oid, a), forrige);
      if (skrevet && JSON.stringify(skrevet) !== JSON.stringify(forrige.data)) {
        resultat.endret++;
        if (forrige.data.grupper.some((g) => !skrevet.grupper.includes(g))) resultat.sluttet++;
      }
    },
  );

  const tid = naa.toISOString();
  await saveSync(store, { kjeder: nyeKjeder, brukere: brukerLenke, sistFullfort: tid, sisteKjoring: { tid, av, ...resultat } }, lagretTilstand);
  return resultat;
}
