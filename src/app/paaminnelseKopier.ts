/**
 * Reminder cards are copies of the case too (issue 26): a reminder, an escalation or the kommunalsjef's
 * request to rektor is its own message, kept on the case as a Levering with rolle 'paminnelse' and
 * what it asked for (grunn). When the case changes, cardCopies.ts updates it like any copy, and this
 * file says what its notice says then: the reminder while it is still due, otherwise what was done,
 * by whom and when («Evalueringen er registrert av … 07.12.2026») — never a request for what is done.
 */
import { formaterDato } from '../domain/frister';
import { erAvsluttet } from '../domain/livslop';
import type { Delivery, Sak } from '../domain/sak';
import { formaterTid, nb } from '../i18n/aktiv';
import type { Paaminnelse } from '../store/paaminnelseRepo';
import { getPlan } from '../store/planRepo';
import type { AppKontekst } from './kontekst';
import { fortsattAktuell, paaminnelseTekst } from './paaminnelser/delivery';
import { navnPaa } from './sakView';

/** The outbox kind of the kommunalsjef's «Be rektor følge opp» card (src/app/skoleeierSteg.ts). */
export const OPPFOLGING = 'oppfolging';

export interface Merknad {
  melding: string;
  /** What the card asked for is still to be done. */
  aktuell: boolean;
}

/** The kommunalsjef's request as rektor's card says it: who asked, when (true whatever happened since). */
export function oppfolgingTekst(ktx: AppKontekst, grunn: NonNullable<Delivery['grunn']>): string {
  return nb.skoleeierSteg.tilRektor(navnPaa(ktx.org, grunn.av ?? ''), formaterTid(new Date(grunn.tid)));
}

/** The notice a held reminder copy shows now (undefined: the copy is no reminder). */
export async function merknadNaa(ktx: AppKontekst, sak: Sak, kopi: Delivery): Promise<Merknad | undefined> {
  const g = kopi.grunn;
  if (kopi.rolle !== 'paminnelse' || !g) return undefined;
  if (g.type === OPPFOLGING) return { melding: oppfolgingTekst(ktx, g), aktuell: !erAvsluttet(sak.status) };
  const p = { type: g.type, ting: '', dag: '', straks: sak.ruting.straks, sakId: sak.id, opprettet: g.tid, ...(sak.planId ? { planId: sak.planId } : {}), ...(g.evalueringsdato ? { evalueringsdato: g.evalueringsdato } : {}) } as Paaminnelse;
  if (await fortsattAktuell(ktx, p, sak)) return { melding: paaminnelseTekst(ktx, p, sak), aktuell: true };
  return { melding: await hvaSomSkjedde(ktx, sak, p), aktuell: false };
}

async function hvaSomSkjedde(ktx: AppKontekst, sak: Sak, p: Paaminnelse): Promise<string> {
  const t = nb.paminnelseUtfort;
  const navn = (oid: string) => navnPaa(ktx.org, oid);
  if (erAvsluttet(sak.status) && sak.avslutning) return t.avsluttet(navn(sak.avslutning.av), formaterTid(new Date(sak.avslutning.tid)));
  const hendelse = (...h: string[]) => sak.historikk.find((x) => h.includes(x.handling));
  if (p.type.startsWith('varsel_')) {
    const h = hendelse('ta_imot', 'tildel');
    if (h) return t.tattImot(navn(h.av), formaterTid(new Date(h.tid)));
  }
  if (p.type.startsWith('undersokelse_')) {
    const h = hendelse('start_undersokelse');
    if (h) return t.undersokelseStartet(navn(h.av), formaterTid(new Date(h.tid)));
  }
  const plan = sak.planId ? (await getPlan(ktx.store, sak.planId))?.plan : undefined;
  if (plan && p.type.startsWith('tiltak_')) {
    const aktivert = plan.versjoner.find((v) => v.aktivert)?.aktivert;
    if (aktivert) return t.planAktivert(navn(aktivert.av), formaterTid(new Date(aktivert.tid)));
  }
  if (plan && p.type.startsWith('evaluering_')) {
    // The evaluation recorded since the reminder was made; else the plan closed or its date moved.
    const evaluering = plan.evalueringer.findLast((e) => e.tid >= p.opprettet);
    if (evaluering) return t.evalueringRegistrert(navn(evaluering.av), formaterDato(evaluering.dato));
    if (plan.status === 'avsluttet') return t.planAvsluttet;
    if (plan.nesteEvaluering && plan.nesteEvaluering !== p.evalueringsdato) return t.nyDato(formaterDato(plan.nesteEvaluering));
  }
  return t.endret;
}
