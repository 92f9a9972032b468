/**
 * «Venter på deg»: what waits for this person, overdue first — varsler to receive (as a receiver),
 * the next step of the cases I am saksansvarlig for (start the investigation, write the plan, an
 * evaluation due or overdue), the tiltak I am responsible for, and my yearly bekreftelse if it is
 * missing. The tab links each to the page where it is done; the menu shows the count.
 *
 * Authorization here, per case, with tilgang.ts: a varsel only to those who receive it
 * (erBehandler), a case only to whoever sees it in full, a tiltak only to its owner — and a case
 * about a school's leadership never to that leadership, not even as a count. Bounded reads only
 * (lesSaker.ts): the unreceived varsler, my cases, the plans in force, my bekreftelser.
 */
import { skolearFor } from '../../domain/bekreftelse';
import { fristerFor } from '../../domain/fristinnstillinger';
import { osloDato, virkedagsfrist } from '../../domain/frister';
import { erAvsluttet } from '../../domain/livslop';
import { evalueringHorisont, undersokelseForfall, varselForfall } from '../../domain/paaminnelser';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import { plikter } from '../../i18n/aktiv';
import { mineBekreftelser } from '../../store/bekreftelseRepo';
import { iTenanten } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { mottattTid } from '../paaminnelser/sweep';
import { type Resultat, medStore, ok } from '../resultat';
import { erBehandler, innsyn } from '../tilgang';
import { evalueringForfalt, planerIKraft, sakerHvor, uinnkomneSaker } from './lesSaker';
import { oppgaverI } from './oppgaver';
import { loggListelesing } from '../lesLogg';

/** What is to be done; the tab names it and links to where it is done. */
export type VenterType = 'motta' | 'undersok' | 'plan' | 'evaluer' | 'tiltak' | 'bekreft';

export interface Venter {
  type: VenterType;
  /** The page where it is done: the case, its plan, or Mine plikter. */
  hvor: 'sak' | 'plan' | 'plikter';
  /** The case it is about (all but 'bekreft'). */
  sak?: { id: string; saksnummer: string; elevNavn: string; skolenavn: string };
  /** A tiltak's own words. */
  tekst?: string;
  /** The day it is due (YYYY-MM-DD), where the law or the plan sets one. */
  frist?: string;
  forfalt: boolean;
  /** §12-5: hours, not days. */
  straks: boolean;
}

export interface VenterSide {
  oppgaver: Venter[];
}

const RANG: Record<VenterType, number> = { motta: 0, undersok: 1, evaluer: 2, plan: 3, tiltak: 4, bekreft: 5 };
const sortering = (a: Venter, b: Venter) =>
  Number(b.forfalt) - Number(a.forfalt) || Number(b.straks) - Number(a.straks) || (a.frist ?? '9').localeCompare(b.frist ?? '9') || RANG[a.type] - RANG[b.type];

export async function venterPaaDeg(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<VenterSide>> {
  // The first page for anyone in the tenant (issue 12: someone at no school may still report): for
  // them, nothing waits.
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const roller = kjent.verdi;
  const f = fristerFor(ktx.org.kommune);
  const naa = ktx.naa();
  const idag = osloDato(naa);
  const sakOm = (sak: Sak) => ({ id: sak.id, saksnummer: sak.saksnummer, elevNavn: sak.varsel.elevNavn, skolenavn: finnSkole(ktx.org, sak.skoleId)?.navn ?? sak.skoleId });
  return medStore(async () => {
    const ut: Venter[] = [];
    const skolear = skolearFor(naa, f).navn;
    // Independent reads, side by side.
    const [uinnkomne, planer, mineSaker, bekreftelser] = await Promise.all([
      uinnkomneSaker(ktx),
      planerIKraft(ktx),
      sakerHvor(ktx, { column: 'Saksansvarlig', op: 'eq', value: aktor.oid }),
      roller.skoler.length > 0 ? mineBekreftelser(ktx.store, aktor.oid, skolear) : Promise.resolve([]),
    ]);
    for (const sak of uinnkomne) {
      if (!erBehandler(ktx.org, sak, aktor.oid)) continue;
      const sendt = new Date(sak.opprettet);
      const frist = sak.ruting.straks ? undefined : osloDato(virkedagsfrist(sendt, f.varselPaNyttEtterVirkedager));
      ut.push({ type: 'motta', hvor: 'sak', sak: sakOm(sak), ...(frist ? { frist } : {}), forfalt: varselForfall(sendt, sak.ruting.straks, naa, f).length > 0, straks: sak.ruting.straks });
    }
    const horisont = evalueringHorisont(naa, f);
    const mine = mineSaker.filter(
      (sak) => !erAvsluttet(sak.status) && innsyn(ktx.org, sak, aktor.oid) === 'full',
    );
    for (const sak of mine) {
      const straks = sak.ruting.straks;
      if (sak.status === 'mottatt') {
        const frist = osloDato(virkedagsfrist(mottattTid(sak), f.undersokelseInnenVirkedager));
        ut.push({ type: 'undersok', hvor: 'sak', sak: sakOm(sak), frist, forfalt: undersokelseForfall(mottattTid(sak), naa, f).length > 0, straks });
      } else if (sak.status === 'undersokes' || (sak.status === 'tiltak' && !planer.has(sak.id))) {
        // Investigating: the plan is opened from the case; a plan not yet in force is written on its page.
        ut.push({ type: 'plan', hvor: sak.status === 'undersokes' ? 'sak' : 'plan', sak: sakOm(sak), forfalt: false, straks });
      } else if (sak.status === 'tiltak') {
        const plan = planer.get(sak.id);
        if (plan?.status === 'aktiv' && plan.nesteEvaluering && plan.nesteEvaluering <= horisont) {
          ut.push({ type: 'evaluer', hvor: 'plan', sak: sakOm(sak), frist: plan.nesteEvaluering, forfalt: evalueringForfalt(plan, idag), straks });
        }
      }
    }
    for (const o of await oppgaverI(ktx, aktor, planer, mineSaker)) {
      if (o.type !== 'tiltak') continue;
      const sak = { id: o.sakId, saksnummer: o.saksnummer, elevNavn: o.elevNavn, skolenavn: o.skolenavn };
      ut.push({ type: 'tiltak', hvor: 'plan', sak, tekst: o.tekst, frist: o.frist, forfalt: o.forfalt, straks: o.straks });
    }
    const bekreftet = bekreftelser.filter((b) => b.tekstversjon === plikter.versjon);
    if (roller.skoler.length > 0 && !roller.skoler.every((s) => bekreftet.some((b) => b.skoleId === s.skoleId))) {
      ut.push({ type: 'bekreft', hvor: 'plikter', forfalt: false, straks: false });
    }
    // One entry for this read of the page, naming the cases it showed (pupils' names are on it).
    loggListelesing(ktx, aktor.oid, ut.flatMap((o) => (o.sak ? [o.sak.id] : [])), 'venter_listet');
    return ok({ oppgaver: ut.sort(sortering) });
  });
}
