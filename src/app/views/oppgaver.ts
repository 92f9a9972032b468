/**
 * Mine oppgaver: the tiltak I am responsible for and the evaluations I own (as the case's
 * saksansvarlig), from the aktivitetsplaner in use, overdue first. A plan in a case hidden from me
 * (about my school's leadership) never shows.
 */
import { gjeldendeVersjon, type Aktivitetsplan } from '../../domain/aktivitetsplan';
import { osloDato } from '../../domain/frister';
import type { Sak } from '../../domain/sak';
import { kjentAktor } from '../aktorer';
import { loggListelesing } from '../lesLogg';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medStore, ok } from '../resultat';
import { erSkjermet } from '../tilgang';
import { evalueringForfalt, planerIKraft, sakerHvor } from './lesSaker';
import { getSak } from '../../store/sakRepo';
import { finnSkole } from '../../domain/roller';
import { erAvsluttet } from '../../domain/livslop';

export interface Oppgave {
  type: 'tiltak' | 'evaluering';
  sakId: string;
  saksnummer: string;
  elevNavn: string;
  /** The tiltak's description, or '' for an evaluation. */
  tekst: string;
  /** When the tiltak are carried out, in the plan's own words ('' for an evaluation). */
  tidsrom: string;
  /** The plan's evaluation date (YYYY-MM-DD): the tiltak run until then. */
  frist: string;
  forfalt: boolean;
  skolenavn: string;
  /** §12-5: hours, not days. */
  straks: boolean;
}

export async function mineOppgaver(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<Oppgave[]>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  return medStore(async () => {
    // Bounded reads (lesSaker.ts): the plans in force and my cases.
    const [planer, mineSaker] = await Promise.all([planerIKraft(ktx), sakerHvor(ktx, { column: 'Saksansvarlig', op: 'eq', value: aktor.oid })]);
    const ut = await oppgaverI(ktx, aktor, planer, mineSaker);
    loggListelesing(ktx, aktor.oid, ut.map((o) => o.sakId), 'oppgaver_listet');
    return ok(ut.sort((a, b) => Number(b.forfalt) - Number(a.forfalt) || a.frist.localeCompare(b.frist)));
  });
}

/**
 * My tiltak and evaluations in these plans in force, given my cases as saksansvarlig: the case of a
 * plan where I own a tiltak is read too, to check I may see it. Also «Venter på deg»'s tiltak.
 */
export async function oppgaverI(ktx: AppKontekst, aktor: Aktor, planer: Map<string, Aktivitetsplan>, mineSaker: Sak[]): Promise<Oppgave[]> {
  const idag = osloDato(ktx.naa());
  const saker = new Map<string, Sak>(mineSaker.map((s) => [s.id, s]));
  for (const plan of planer.values()) {
    if (saker.has(plan.sakId) || plan.status !== 'aktiv' || !gjeldendeVersjon(plan)?.tiltak.some((t) => t.ansvarlig === aktor.oid)) continue;
    const sak = (await getSak(ktx.store, plan.sakId))?.sak;
    if (sak) saker.set(sak.id, sak);
  }
  const ut: Oppgave[] = [];
  const oppgave = (sak: Sak, plan: Aktivitetsplan, type: Oppgave['type'], tekst: string, tidsrom: string): Oppgave => ({
    type,
    sakId: sak.id,
    saksnummer: sak.saksnummer,
    elevNavn: plan.elevNavn,
    tekst,
    tidsrom,
    frist: plan.nesteEvaluering,
    forfalt: evalueringForfalt(plan, idag),
    skolenavn: finnSkole(ktx.org, sak.skoleId)?.navn ?? sak.skoleId,
    straks: sak.ruting.straks,
  });
  for (const plan of planer.values()) {
    const sak = saker.get(plan.sakId);
    if (!sak || plan.status !== 'aktiv' || erAvsluttet(sak.status) || erSkjermet(ktx.org, sak, aktor.oid)) continue;
    for (const t of gjeldendeVersjon(plan)?.tiltak ?? []) if (t.ansvarlig === aktor.oid) ut.push(oppgave(sak, plan, 'tiltak', t.beskrivelse, t.tidsrom));
    if (sak.saksansvarlig === aktor.oid) ut.push(oppgave(sak, plan, 'evaluering', '', ''));
  }
  return ut;
}
