/**
 * Saker: the cases this person works — as receiver, rektor, saksansvarlig or kommunalsjef — with
 * filters, and one case with its timeline per delplikt. Only cases the person has full access to
 * (tilgang.ts) are listed: a case about a school's leadership never shows for that leadership.
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import { osloDato, virkedagerMellom } from '../../domain/frister';
import { erAvsluttet } from '../../domain/livslop';
import { finnSkole } from '../../domain/roller';
import type { Sak, Status } from '../../domain/sak';
import { type DelpliktId, plikter } from '../../i18n/plikter';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medLagring, ok } from '../resultat';
import { loggListelesing } from '../lesLogg';
import { visSak } from '../sakHandlinger';
import { type HistorikkLinje, type SakVisning, navnPaa } from '../sakVisning';
import { innsyn } from '../tilgang';
import { evalueringForfalt, planerVed, sakerHvor, sakerVed } from './lesSaker';
import { STATUS_TEKST } from '../../i18n/betegnelser';

export interface SakRad {
  id: string;
  saksnummer: string;
  skolenavn: string;
  elevNavn: string;
  status: Status;
  statusTekst: string;
  opprettet: string;
  straks: boolean;
  /** Not received within a working day, or the plan's evaluation date has passed. */
  forfalt: boolean;
  harPlan: boolean;
  saksansvarlig?: string;
}

export interface SakerFilter {
  status?: Status;
  forfalt?: boolean;
  utenPlan?: boolean;
  straks?: boolean;
}

/** A varsel is to be received at once; one working day without it is overdue. */
function forfalt(sak: Sak, plan: Aktivitetsplan | undefined, idag: string): boolean {
  if (erAvsluttet(sak.status)) return false;
  if (sak.status === 'ny' && virkedagerMellom(osloDato(new Date(sak.opprettet)), idag) >= 1) return true;
  return evalueringForfalt(plan, idag);
}

export async function listSaker(ktx: AppKontekst, aktor: Aktor, filter: SakerFilter = {}): Promise<Resultat<SakRad[]>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const roller = kjent.verdi;
  return medLagring(async () => {
    const skoler = roller.kommunalsjef
      ? ktx.org.skoler.map((s) => s.id)
      : roller.skoler.filter((s) => s.rektor || s.varselmottaker || s.ledelse).map((s) => s.skoleId);
    const kandidater = [...(await sakerVed(ktx, skoler)), ...(await sakerHvor(ktx, { column: 'Saksansvarlig', op: 'eq', value: aktor.oid }))];
    const synlige = new Map<string, Sak>();
    for (const sak of kandidater) if (innsyn(ktx.org, sak, aktor.oid) === 'full') synlige.set(sak.id, sak);
    const planer = await planerVed(ktx, new Set([...synlige.values()].filter((s) => s.planId).map((s) => s.skoleId)));
    const idag = osloDato(ktx.naa());
    const rader: SakRad[] = [];
    for (const sak of synlige.values()) {
      const plan = sak.planId ? planer.get(sak.id) : undefined;
      const rad: SakRad = {
        id: sak.id,
        saksnummer: sak.saksnummer,
        skolenavn: finnSkole(ktx.org, sak.skoleId)?.navn ?? sak.skoleId,
        elevNavn: sak.varsel.elevNavn,
        status: sak.status,
        statusTekst: STATUS_TEKST[sak.status],
        opprettet: sak.opprettet,
        straks: sak.ruting.straks,
        forfalt: forfalt(sak, plan, idag),
        harPlan: !!sak.planId,
        ...(sak.saksansvarlig ? { saksansvarlig: navnPaa(ktx.org, sak.saksansvarlig) } : {}),
      };
      if (filter.status && rad.status !== filter.status) continue;
      if (filter.forfalt && !rad.forfalt) continue;
      if (filter.utenPlan && (rad.harPlan || erAvsluttet(sak.status))) continue;
      if (filter.straks && !rad.straks) continue;
      rader.push(rad);
    }
    // One entry for this read of the list, naming the cases it showed.
    loggListelesing(ktx, aktor.oid, rader.map((r) => r.id));
    // Overdue first, then straks, then newest.
    return ok(rader.sort((a, b) => Number(b.forfalt) - Number(a.forfalt) || Number(b.straks) - Number(a.straks) || b.opprettet.localeCompare(a.opprettet)));
  });
}

/** Which delplikt each event in a case's history documents. */
const DELPLIKT_FOR: Record<string, DelpliktId> = {
  start_undersokelse: 'undersoke',
  avslutt_uten_tiltak: 'undersoke',
  opprett_plan: 'tiltak',
  avslutt: 'tiltak',
};

export interface SakSide extends SakVisning {
  /** The case's history grouped by the delplikt it documents (melde fra, undersøke, tiltak). */
  delplikter: { delplikt: DelpliktId; navn: string; hendelser: HistorikkLinje[] }[];
}

export async function hentSakSide(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<SakSide>> {
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

