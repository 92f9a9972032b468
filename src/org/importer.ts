/**
 * The organisation file (docs/organisasjon.md) as an import and export format: the demo
 * organisation, the local default, and a way to seed a tenant (`npm run org:import`). Importing
 * again is safe: a school whose list changed gets a new version (by «import»), one whose list is
 * the same is left alone, and people keep the groups the Entra sync found for them.
 */
import type { Oid, Organisasjon, Skole } from '../domain/organisasjon';
import type { Store } from '../store/port';
import type { AnsattData, KommuneData, SkoleData, Varslingsliste } from './data';
import { endreAnsatt, getAnsatte, getKommune, getSkole, getSkoler, saveKommune, saveSkole } from './orgRepo';
import { byggOrganisasjon } from './bygg';
import { elevOppsettFraFil } from './elever';

export interface ImportResultat {
  skoler: { ny: number; endret: number; uendret: number };
  ansatte: number;
}

const sammeListe = (a: Varslingsliste | undefined, s: Skole) =>
  !!a && a.rektor === s.rektor && JSON.stringify(a.ledelse) === JSON.stringify(s.ledelse) && JSON.stringify(a.varselmottakere) === JSON.stringify(s.varselmottakere);

export async function importerOrganisasjon(store: Store, org: Organisasjon, naa: Date): Promise<ImportResultat> {
  const tid = naa.toISOString();
  const kommune: KommuneData = { tenantId: org.tenantId, ...org.kommune };
  await saveKommune(store, kommune, await getKommune(store));

  const resultat: ImportResultat = { skoler: { ny: 0, endret: 0, uendret: 0 }, ansatte: 0 };
  for (const s of org.skoler) {
    const forrige = await getSkole(store, s.id);
    const elev = elevOppsettFraFil(s);
    if (forrige && sammeListe(forrige.data.varslingsliste, s) && forrige.data.navn === s.navn && JSON.stringify(forrige.data.elev) === JSON.stringify(elev)) {
      resultat.skoler.uendret++;
      continue;
    }
    const gammel = forrige?.data.varslingsliste;
    const liste: Varslingsliste = { versjon: (gammel?.versjon ?? 0) + 1, rektor: s.rektor, ledelse: s.ledelse, varselmottakere: s.varselmottakere, av: 'import', tid };
    const data: SkoleData = {
      id: s.id,
      navn: s.navn,
      ...(forrige?.data.kobling ? { kobling: forrige.data.kobling } : {}),
      varslingsliste: sammeListe(gammel, s) ? gammel : liste,
      historikk: [...(forrige?.data.historikk ?? []), ...(gammel && !sammeListe(gammel, s) ? [gammel] : [])],
      ...(elev ? { elev } : {}),
    };
    await saveSkole(store, data, forrige);
    resultat.skoler[forrige ? 'endret' : 'ny']++;
  }

  // Placement by the file: at the file's schools where listed, not at the file's schools where not; other schools untouched.
  const filskoler = new Set(org.skoler.map((s) => s.id));
  const plassert = new Map<Oid, { navn: string; stilling: string; skoler: string[] }>();
  for (const s of org.skoler) {
    for (const p of s.ansatte) {
      const kjent = plassert.get(p.oid) ?? { navn: p.navn, stilling: p.stilling, skoler: [] };
      kjent.skoler.push(s.id);
      plassert.set(p.oid, kjent);
    }
  }
  for (const a of await getAnsatte(store)) {
    if (!plassert.has(a.data.oid) && a.data.skoler.some((id) => filskoler.has(id))) plassert.set(a.data.oid, { navn: a.data.navn, stilling: a.data.stilling, skoler: [] });
  }
  for (const [oid, p] of plassert) {
    await endreAnsatt(store, oid, (naa): AnsattData => ({
      oid,
      navn: p.navn,
      stilling: p.stilling,
      grupper: naa?.grupper ?? [],
      skoler: [...(naa?.skoler ?? []).filter((id) => !filskoler.has(id)), ...p.skoler],
    }));
    resultat.ansatte++;
  }
  await plasserElever(store, org);
  return resultat;
}

/** Pupils the file lists (issue 25), placed as pupils at their school; their Entra groups are kept. */
async function plasserElever(store: Store, org: Organisasjon): Promise<void> {
  for (const s of org.skoler) {
    for (const e of s.elever ?? []) {
      await endreAnsatt(store, e.oid, (naa): AnsattData => ({
        oid: e.oid,
        navn: e.navn,
        stilling: '',
        grupper: naa?.grupper ?? [],
        skoler: [],
        elev: { skoler: [s.id], ...(e.klasse ? { klasse: e.klasse } : {}), ...(e.kontaktlaerer ? { kontaktlaerer: e.kontaktlaerer } : {}) },
      }));
    }
  }
}

/** The stored organisation, or undefined before anything was imported or set up. */
export async function lesOrganisasjon(store: Store): Promise<Organisasjon | undefined> {
  const kommune = await getKommune(store);
  if (!kommune) return undefined;
  const [skoler, ansatte] = await Promise.all([getSkoler(store), getAnsatte(store)]);
  return byggOrganisasjon(
    kommune.data,
    skoler.map((s) => s.data),
    ansatte.map((a) => a.data),
  );
}

/** The organisation in the file format (a school without a rektor yet has no place in it and is left out). */
export function eksporter(org: Organisasjon): unknown {
  return {
    tenantId: org.tenantId,
    kommune: org.kommune,
    skoler: org.skoler.map((s) => ({
      id: s.id,
      navn: s.navn,
      ansatte: s.ansatte,
      rektor: s.rektor,
      ledelse: s.ledelse,
      varselmottakere: s.varselmottakere,
      ...(s.elever ? { elever: s.elever } : {}),
      ...(s.trinn ? { trinn: s.trinn } : {}),
      ...(s.elevkontakter ? { elevkontakter: s.elevkontakter } : {}),
      ...(s.elevgrupper ? { elevgrupper: s.elevgrupper } : {}),
    })),
  };
}
