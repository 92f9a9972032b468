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
import { type Resultat, medLagring, ok } from '../resultat';
import { erSkjermet } from '../tilgang';
import { evalueringForfalt, planerVed, sakerHvor, sakerVed } from './lesSaker';

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
}

export async function mineOppgaver(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<Oppgave[]>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const idag = osloDato(ktx.naa());
  return medLagring(async () => {
    const mineSaker = await sakerHvor(ktx, { column: 'Saksansvarlig', op: 'eq', value: aktor.oid });
    const skoler = new Set([...kjent.verdi.skoler.map((s) => s.skoleId), ...mineSaker.map((s) => s.skoleId)]);
    const planer = await planerVed(ktx, skoler);
    const saker = new Map<string, Sak>((await sakerVed(ktx, skoler)).map((s) => [s.id, s]));
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
    });
    for (const plan of planer.values()) {
      const sak = saker.get(plan.sakId);
      if (!sak || plan.status !== 'aktiv' || erSkjermet(ktx.org, sak, aktor.oid)) continue;
      for (const t of gjeldendeVersjon(plan)?.tiltak ?? []) if (t.ansvarlig === aktor.oid) ut.push(oppgave(sak, plan, 'tiltak', t.beskrivelse, t.tidsrom));
      if (sak.saksansvarlig === aktor.oid) ut.push(oppgave(sak, plan, 'evaluering', '', ''));
    }
    loggListelesing(ktx, aktor.oid, ut.map((o) => o.sakId), 'oppgaver_listet');
    return ok(ut.sort((a, b) => Number(b.forfalt) - Number(a.forfalt) || a.frist.localeCompare(b.frist)));
  });
}
