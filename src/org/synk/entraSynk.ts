/**
 * The daily sync from Entra ID: who is in each school's group, and their names. Delta queries
 * throughout, so a day's sync costs requests in proportion to what changed, not to the tenant:
 * - /groups/delta with members, in chains of up to 50 connected groups (Graph's filter limit);
 *   the first round of a chain reads the groups' whole membership, later rounds only changes;
 * - /users/delta for names, job titles and deleted accounts (applied to the people we keep);
 * - people new to us whose profile did not change get their name from a filtered /users/delta
 *   (50 ids a request).
 * Only people whose record changed are written. The delta links are stored last, after every
 * write: a sync that fails half-way is repeated from the same links and applies the same changes
 * again, which changes nothing the second time.
 */
import type { Oid } from '../../domain/organisasjon';
import type { Store } from '../../store/port';
import type { AnsattData, SynkStarter, SynkTilstand } from '../data';
import { endreAnsatt, hentAnsatte, hentSkoler, hentSynk, lagreSynk, type Lagret } from '../orgRepo';
import { idFilter, lesRunde, type Katalog } from './katalog';

const MAKS_IDER = 50;

export interface SynkResultat {
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

export async function synkroniser(store: Store, katalog: Katalog, naa: Date, av: SynkStarter = 'tidsplan'): Promise<SynkResultat> {
  const skoler = (await hentSkoler(store)).map((s) => s.data);
  const tilkoblet = [...new Set(skoler.flatMap((s) => (s.kobling ? [s.kobling.gruppeId] : [])))];
  const lagretTilstand = await hentSynk(store);
  const tilstand: SynkTilstand = lagretTilstand?.data ?? { kjeder: [] };
  const kjent = new Set(tilstand.kjeder.flatMap((k) => k.grupper));
  const kjeder: SynkTilstand['kjeder'] = [...tilstand.kjeder, ...biter(tilkoblet.filter((g) => !kjent.has(g)), MAKS_IDER).map((grupper) => ({ grupper }))];

  // Membership changes per person: group ids added and removed.
  const inn = new Map<Oid, Set<string>>();
  const ut = new Map<Oid, Set<string>>();
  const merk = (m: Map<Oid, Set<string>>, oid: Oid, gruppe: string) => (m.get(oid) ?? m.set(oid, new Set()).get(oid)!).add(gruppe);
  /** Groups read in full this time: whoever had them and was not listed has left. */
  const lestHelt = new Set<string>();
  const nyeKjeder: SynkTilstand['kjeder'] = [];
  for (const kjede of kjeder) {
    // A chain whose groups are all disconnected is no longer read (and forgotten).
    if (!kjede.grupper.some((g) => tilkoblet.includes(g))) continue;
    const helt = !kjede.lenke;
    const url = kjede.lenke ?? `${katalog.baseUrl}/groups/delta?$select=members&$filter=${idFilter(kjede.grupper)}`;
    const lenke = await lesRunde(katalog, url, (gruppe) => {
      const id = String(gruppe.id);
      for (const m of (gruppe['members@delta'] as Record<string, unknown>[] | undefined) ?? []) {
        if (m['@odata.type'] !== '#microsoft.graph.user') continue;
        merk(m['@removed'] ? ut : inn, String(m.id).toLowerCase(), id);
      }
    });
    if (helt) kjede.grupper.forEach((g) => lestHelt.add(g));
    nyeKjeder.push({ grupper: kjede.grupper, lenke });
  }

  const lagret = new Map<Oid, Lagret<AnsattData>>((await hentAnsatte(store)).map((a) => [a.data.oid, a]));
  const berort = new Set<Oid>([...inn.keys(), ...ut.keys()]);
  for (const a of lagret.values()) {
    if (a.data.grupper.some((g) => lestHelt.has(g) && !inn.get(a.data.oid)?.has(g))) {
      for (const g of a.data.grupper.filter((g) => lestHelt.has(g) && !inn.get(a.data.oid)?.has(g))) merk(ut, a.data.oid, g);
      berort.add(a.data.oid);
    }
  }

  // Names and deleted accounts, for the people we keep or are about to.
  const profiler = new Map<Oid, Profil>();
  const slettet = new Set<Oid>();
  const bryrOss = (oid: Oid) => lagret.has(oid) || inn.has(oid);
  const brukerLenke = await lesRunde(katalog, tilstand.brukere ?? `${katalog.baseUrl}/users/delta?$select=displayName,jobTitle`, (u) => {
    const oid = String(u.id).toLowerCase();
    if (!bryrOss(oid)) return;
    berort.add(oid);
    if (u['@removed']) slettet.add(oid);
    else profiler.set(oid, { navn: String(u.displayName ?? ''), stilling: String(u.jobTitle ?? '') });
  });
  const utenNavn = [...inn.keys()].filter((oid) => !lagret.has(oid) && !profiler.has(oid));
  for (const ider of biter(utenNavn, MAKS_IDER)) {
    // A delta round of its own, for these ids only; read to its end and its link dropped.
    await lesRunde(katalog, `${katalog.baseUrl}/users/delta?$select=displayName,jobTitle&$filter=${idFilter(ider)}`, (u) => {
      if (!u['@removed']) profiler.set(String(u.id).toLowerCase(), { navn: String(u.displayName ?? ''), stilling: String(u.jobTitle ?? '') });
    });
  }

  const resultat: SynkResultat = { nye: 0, endret: 0, sluttet: 0, grupperLestHelt: lestHelt.size };
  for (const oid of berort) {
    const forrige = lagret.get(oid);
    const profil = profiler.get(oid);
    const skrevet = await endreAnsatt(
      store,
      oid,
      (a) => {
        if (!a && !inn.has(oid)) return undefined;
        if (slettet.has(oid)) return a && { ...a, grupper: [], skoler: [] };
        const grupper = new Set(a?.grupper ?? []);
        ut.get(oid)?.forEach((g) => grupper.delete(g));
        inn.get(oid)?.forEach((g) => grupper.add(g));
        return {
          oid,
          navn: profil?.navn || a?.navn || oid,
          stilling: profil?.stilling ?? a?.stilling ?? '',
          grupper: [...grupper].sort(),
          skoler: a?.skoler ?? [],
        };
      },
      forrige,
    );
    if (skrevet && !forrige) resultat.nye++;
    else if (skrevet && forrige && JSON.stringify(skrevet) !== JSON.stringify(forrige.data)) {
      resultat.endret++;
      if (forrige.data.grupper.some((g) => !skrevet.grupper.includes(g))) resultat.sluttet++;
    }
  }

  const tid = naa.toISOString();
  await lagreSynk(store, { kjeder: nyeKjeder, brukere: brukerLenke, sistFullfort: tid, sisteKjoring: { tid, av, ...resultat } }, lagretTilstand);
  return resultat;
}
