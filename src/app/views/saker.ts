/**
 * Saker: the cases this person works — as receiver, rektor, saksansvarlig or kommunalsjef — with
 * search, filters, sorting and pages, and one case with its timeline per delplikt. Only cases the person has full access to
 * (tilgang.ts) are listed: a case about a school's leadership never shows for that leadership.
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import { leggTilDager, osloDato, virkedagerMellom } from '../../domain/frister';
import { erAvsluttet } from '../../domain/livslop';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import { plikter, STATUS_TEKST } from '../../i18n/aktiv';
import {  } from '../../i18n/aktiv';
import { type DelpliktId } from '../../i18n/plikter';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medStore, ok } from '../resultat';
import { loggListelesing } from '../lesLogg';
import { visSak } from '../sakHandlinger';
import { type HistorikkLinje, type SakView, navnPaa } from '../sakView';
import { innsyn } from '../tilgang';
import { apneSakerVed, avsluttedeSakerVed, evalueringForfalt, planerIKraft, sakerHvor } from './lesSaker';
import { APNE, type SakRad, type SakerSide, type SakerValg, filterFor, maanederSomLeses, sidenAv, skolearValg } from './sakliste';
import { skolearFor } from '../../domain/bekreftelse';
import { fristerFor } from '../../domain/fristinnstillinger';

export type { SakRad, SakerSide, SakerValg } from './sakliste';

/** A varsel is to be received at once; one working day without it is overdue. */
export function sakForfalt(sak: Sak, plan: Aktivitetsplan | undefined, idag: string): boolean {
  if (erAvsluttet(sak.status)) return false;
  if (sak.status === 'ny' && virkedagerMellom(osloDato(new Date(sak.opprettet)), idag) >= 1) return true;
  return evalueringForfalt(plan, idag);
}

/**
 * Saker: the cases this person may see in full, searched, filtered, sorted and cut to one page on
 * the server. Bounded reads only (lesSaker.ts): the open cases of the schools the person works,
 * the closed ones of the school year chosen, the person's own cases as saksansvarlig, and the plans
 * overdue for evaluation — never a whole school's history, however many cases it holds.
 */
export async function listSaker(ktx: AppKontekst, aktor: Aktor, forespurt: SakerValg = {}): Promise<Resultat<SakerSide>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const roller = kjent.verdi;
  const frister = fristerFor(ktx.org.kommune);
  // Closed cases are read per school year: asked for without one, they are this school year's.
  const valg =
    forespurt.status && erAvsluttet(forespurt.status) && (forespurt.skoleår ?? APNE) === APNE ? { ...forespurt, skoleår: skolearFor(ktx.naa(), frister).navn } : forespurt;
  return medStore(async () => {
    const skoler = roller.kommunalsjef
      ? ktx.org.skoler.map((s) => s.id)
      : roller.skoler.filter((s) => s.rektor || s.varselmottaker || s.ledelse).map((s) => s.skoleId);
    const idag = osloDato(ktx.naa());
    // Independent reads, side by side. Only a plan past its evaluation date changes a row (forfalt).
    const [apne, avsluttede, mine, forfalte] = await Promise.all([
      apneSakerVed(ktx, skoler),
      avsluttedeSakerVed(ktx, skoler, maanederSomLeses(valg, frister)),
      sakerHvor(ktx, { column: 'Saksansvarlig', op: 'eq', value: aktor.oid }),
      planerIKraft(ktx, leggTilDager(idag, -1)),
    ]);
    const kandidater = [...apne, ...avsluttede, ...mine];
    const synlige = new Map<string, Sak>();
    for (const sak of kandidater) if (innsyn(ktx.org, sak, aktor.oid) === 'full') synlige.set(sak.id, sak);
    const rader: SakRad[] = [];
    const passer = filterFor(valg, frister);
    for (const sak of synlige.values()) {
      const rad: SakRad = {
        id: sak.id,
        saksnummer: sak.saksnummer,
        skolenavn: finnSkole(ktx.org, sak.skoleId)?.navn ?? sak.skoleId,
        elevNavn: sak.varsel.elevNavn,
        status: sak.status,
        statusTekst: STATUS_TEKST[sak.status],
        opprettet: sak.opprettet,
        straks: sak.ruting.straks,
        forfalt: sakForfalt(sak, forfalte.get(sak.id), idag),
        harPlan: !!sak.planId,
        ...(sak.saksansvarlig ? { saksansvarlig: navnPaa(ktx.org, sak.saksansvarlig) } : {}),
      };
      if (passer(rad, !erAvsluttet(sak.status))) rader.push(rad);
    }
    const side = sidenAv(rader, valg, skolearValg(ktx.naa(), frister));
    // One entry for this read of the list, naming the cases it showed.
    loggListelesing(ktx, aktor.oid, side.rader.map((r) => r.id));
    return ok(side);
  });
}

/** Which delplikt each event in a case's history documents. */
const DELPLIKT_FOR: Record<string, DelpliktId> = {
  start_undersokelse: 'undersoke',
  avslutt_uten_tiltak: 'undersoke',
  opprett_plan: 'tiltak',
  avslutt: 'tiltak',
};

export interface SakSide extends SakView {
  /** The case's history grouped by the delplikt it documents (melde fra, undersøke, tiltak). */
  delplikter: { delplikt: DelpliktId; navn: string; hendelser: HistorikkLinje[] }[];
}

export async function getSakSide(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<SakSide>> {
  const r = await visSak(ktx, aktor, sakId);
  if (!r.ok) return r;
  const grupper = new Map<DelpliktId, HistorikkLinje[]>();
  for (const h of r.verdi.historikk) {
    const d = DELPLIKT_FOR[h.hendelse] ?? 'meldeFra';
    grupper.set(d, [...(grupper.get(d) ?? []), h]);
  }
  const delplikter = plikter.delplikter
    .filter((d) => grupper.has(d.id))
    .map((d) => ({ delplikt: d.id, navn: d.navn, hendelser: grupper.get(d.id)! }));
  return ok({ ...r.verdi, delplikter });
}

