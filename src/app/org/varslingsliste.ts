/**
 * Rektor keeps the school's varslingsliste: the ledelse, and the varselmottakere in the order they
 * are tried. Each change is a new version with who and when; the versions before are kept, and a
 * case records the version it was routed by. The rules of the organisation file hold for every
 * change, so no change can make a varsel about the leadership visible to that leadership.
 */
import { z } from 'zod';
import type { Kontaktinfo, Oid, Organisasjon } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { nb } from '../../i18n/aktiv';
import type { Endrer, SkoleData, Varslingsliste } from '../../org/data';
import { getSkole, saveSkole } from '../../org/orgRepo';
import { ConflictError } from '../../store/port';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { medSkole, sjekkRegler } from './orgRegler';
import { somListeLeser, somRektorVed } from './orgTilgang';
import { feltFeil } from '../feltFeil';

export interface Personvalg {
  oid: Oid;
  navn: string;
}

export interface ListeVersjon {
  versjon: number;
  av: string;
  tid: string;
  rektor: Personvalg;
  ledelse: Personvalg[];
  varselmottakere: Personvalg[];
}

export interface VarslingslisteView extends ListeVersjon {
  skoleId: string;
  skolenavn: string;
  /** Everyone who works at the school now: who may be put in the list. */
  ansatte: Personvalg[];
  /** Earlier versions, newest first. */
  historikk: ListeVersjon[];
  /** The person may change the list (the school's rektor); others only see it. */
  kanEndre: boolean;
  /** The school's phone, e-mail and postal address for the letters (rektor keeps them on this page). */
  kontakt: Kontaktinfo;
}


export function endrerNavn(org: Organisasjon, av: Endrer): string {
  return nb.org.endrer[av] ?? navnPaa(org, av);
}

function versjon(org: Organisasjon, v: Varslingsliste): ListeVersjon {
  const person = (oid: Oid): Personvalg => ({ oid, navn: navnPaa(org, oid) });
  return { versjon: v.versjon, av: endrerNavn(org, v.av), tid: v.tid, rektor: person(v.rektor), ledelse: v.ledelse.map(person), varselmottakere: v.varselmottakere.map(person) };
}

function view(org: Organisasjon, data: SkoleData, liste: Varslingsliste, kanEndre: boolean): VarslingslisteView {
  const skole = finnSkole(org, data.id);
  return {
    skoleId: data.id,
    skolenavn: data.navn,
    ...versjon(org, liste),
    ansatte: (skole?.ansatte ?? []).map((p) => ({ oid: p.oid, navn: p.navn })).sort((a, b) => a.navn.localeCompare(b.navn, 'nb')),
    historikk: [...data.historikk].reverse().map((v) => versjon(org, v)),
    kanEndre,
    kontakt: data.kontakt ?? {},
  };
}

export async function visVarslingsliste(ktx: AppKontekst, aktor: Aktor, skoleId: string): Promise<Resultat<VarslingslisteView>> {
  const leser = somListeLeser(ktx, aktor, skoleId);
  if (!leser.ok) return leser;
  return medStore(async () => {
    const stored = await getSkole(ktx.store, skoleId);
    if (!stored?.data.varslingsliste) return feil({ kode: 'ikke_funnet', melding: nb.org.skoleUkjent });
    return ok(view(ktx.org, stored.data, stored.data.varslingsliste, somRektorVed(ktx, aktor, skoleId).ok));
  });
}

const oider = z.array(z.string().trim().toLowerCase().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: () => nb.org.oidUgyldig })).max(50);
const endringSkjema = z.object({
  skoleId: z.string().min(1).max(100),
  /** The version the person saw: a change made meanwhile by someone else is not overwritten. */
  versjon: z.number().int().positive(),
  ledelse: oider,
  varselmottakere: oider,
});

const unik = (oids: Oid[]) => [...new Set(oids)];

export async function endreVarslingsliste(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<VarslingslisteView>> {
  const input = endringSkjema.safeParse(raw);
  if (!input.success) {
    const felt = feltFeil(input.error, { rot: 'liste', bareToppfelt: true });
    return feil({ kode: 'ugyldig', melding: nb.org.endringBrudd, felt });
  }
  const { skoleId, versjon: sett } = input.data;
  const ledelse = unik(input.data.ledelse);
  const varselmottakere = unik(input.data.varselmottakere);
  const rektor = somRektorVed(ktx, aktor, skoleId);
  if (!rektor.ok) return rektor;

  return medStore(async () => {
    const stored = await getSkole(ktx.store, skoleId);
    const naa = stored?.data.varslingsliste;
    if (!stored || !naa) return feil({ kode: 'ikke_funnet', melding: nb.org.skoleUkjent });
    const samme = JSON.stringify(naa.ledelse) === JSON.stringify(ledelse) && JSON.stringify(naa.varselmottakere) === JSON.stringify(varselmottakere);
    // The same change again (a double click, a retried request) is the change already made.
    if (samme) return ok(view(ktx.org, stored.data, naa, true));
    if (naa.versjon !== sett) return feil({ kode: 'konflikt', melding: nb.org.listeEndret });

    const regler = sjekkRegler(medSkole(ktx.org, { ...rektor.verdi, ledelse, varselmottakere }), 'liste');
    if (!regler.ok) return regler;

    const ny: Varslingsliste = { versjon: naa.versjon + 1, rektor: naa.rektor, ledelse, varselmottakere, av: aktor.oid, tid: ktx.naa().toISOString() };
    let skrevet;
    try {
      skrevet = await saveSkole(ktx.store, { ...stored.data, varslingsliste: ny, historikk: [...stored.data.historikk, naa] }, stored);
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: nb.org.listeEndret });
      throw e;
    }
    await ktx.register.last();
    ktx.log.info({ skoleId, versjon: ny.versjon }, 'varslingsliste endret');
    return ok(view(ktx.org, skrevet.data, ny, true));
  });
}
