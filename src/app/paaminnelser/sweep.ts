/**
 * The reminder sweep: finds what is due now, decides who is told, and claims each reminder once
 * (src/store/paaminnelseRepo.ts) with its notifications riding on it for the outbox to deliver.
 *
 * It reads only what may be due, each through one indexed query: cases not yet received
 * (Status 'ny'), cases received but not investigated (Status 'mottatt'), cases under investigation
 * (Status 'undersokes') and plans never activated (plan Status 'utkast') for §12-5's tiltak, and active plans whose
 * next evaluation is at most a few working days ahead (NesteEvaluering). None of these grows with
 * the archive, so each stays far below SharePoint's list view threshold. The weekly bekreftelse
 * round (bekreftelser.ts) reads each school's confirmations once per round.
 */
import { fristerFor } from '../../domain/fristinnstillinger';
import { osloDato } from '../../domain/frister';
import type { Oid } from '../../domain/organisasjon';
import { evalueringForfall, evalueringHorisont, gjelderSak, kanSendesNa, tiltakForfall, undersokelseForfall, varselForfall, type Forfall } from '../../domain/paaminnelser';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import type { Envelope } from '../../store/envelope';
import { kravPaaminnelse, kravSweepdag, paaminnelseNokkel, type Paaminnelse } from '../../store/paaminnelseRepo';
import type { PlanData } from '../../store/planRepo';
import { ConflictError } from '../../store/port';
import { fraItem, getSak, saveSak, type SakData } from '../../store/sakRepo';
import type { AppKontekst } from '../kontekst';
import { innsyn } from '../tilgang';
import { bekreftelseRunde } from './bekreftelser';
import { sjekkpunktRunde } from '../skolear/sjekkpunktPaaminnelser';
import { KjenteKrav, type SweepResultat } from './sweepResultat';
import { outboxEntry, auditEntry } from '../outboxEntries';

export { KjenteKrav, type SweepResultat as SveipResultat };

interface Kandidat {
  forfall: Forfall;
  ting: string;
  sak: Sak;
  planId?: string;
  evalueringsdato?: string;
}

export async function sweep(ktx: AppKontekst, kjente = new KjenteKrav()): Promise<SweepResultat> {
  const naa = ktx.naa();
  const f = fristerFor(ktx.org.kommune);
  const idag = osloDato(naa);
  const resultat: SweepResultat = { sendt: 0, alleredeSendt: 0, venter: 0, bekreftelser: { sendt: 0, alleredeSendt: 0 } };
  for (const n of await kravSweepdag(ktx.store, idag)) kjente.legg(n);

  const behandle = async (k: Kandidat) => {
    const p: Paaminnelse = {
      type: k.forfall.type,
      ting: k.ting,
      dag: k.forfall.dag,
      straks: k.forfall.straks,
      sakId: k.sak.id,
      ...(k.planId ? { planId: k.planId, evalueringsdato: k.evalueringsdato } : {}),
      opprettet: naa.toISOString(),
    };
    const nokkel = paaminnelseNokkel(p);
    if (kjente.har(nokkel)) return void resultat.alleredeSendt++;
    if (!kanSendesNa(k.forfall, naa, f)) return void resultat.venter++;
    const sak = p.type === 'varsel_kommunalsjef' ? await eskaler(ktx, k.sak) : k.sak;
    if (!sak) return void resultat.venter++; // written meanwhile: the next sweep looks again
    const til = mottakere(ktx, p, sak);
    const outbox = til.map((oid) => outboxEntry(ktx, 'paminnelse', oid));
    const audit = [auditEntry(ktx, 'system', 'paminnelse', `${p.type} sak=${k.sak.id} til=${til.join(',') || '-'}`)];
    if (await kravPaaminnelse(ktx.store, p, idag, outbox, audit)) resultat.sendt++;
    else resultat.alleredeSendt++;
    kjente.legg(nokkel);
  };

  for await (const item of ktx.store.query<Envelope<SakData>>('saker', { where: [{ column: 'Status', op: 'eq', value: 'ny' }] })) {
    const sak = fraItem(item).sak;
    for (const forfall of varselForfall(new Date(sak.opprettet), sak.ruting.straks, naa, f)) await behandle({ forfall, ting: `sak:${sak.id}`, sak });
  }
  for await (const item of ktx.store.query<Envelope<SakData>>('saker', { where: [{ column: 'Status', op: 'eq', value: 'mottatt' }] })) {
    const sak = fraItem(item).sak;
    for (const forfall of undersokelseForfall(mottattTid(sak), naa, f, sak.ruting.straks)) await behandle({ forfall, ting: `sak:${sak.id}`, sak });
  }
  // §12-5: tiltak on hours, while no plan is in force — a case still investigated, or one whose plan is a draft never activated.
  const tiltak = async (sak: Sak) => {
    if (!sak.ruting.straks || (sak.status !== 'undersokes' && sak.status !== 'tiltak')) return;
    for (const forfall of tiltakForfall(undersokelseStartet(sak), naa, f)) await behandle({ forfall, ting: `sak:${sak.id}`, sak });
  };
  for await (const item of ktx.store.query<Envelope<SakData>>('saker', { where: [{ column: 'Status', op: 'eq', value: 'undersokes' }] })) await tiltak(fraItem(item).sak);
  for await (const item of ktx.store.query<Envelope<PlanData>>('aktivitetsplaner', { where: [{ column: 'Status', op: 'eq', value: 'utkast' }] })) {
    const sak = (await getSak(ktx.store, item.data.value.sakId))?.sak;
    if (sak) await tiltak(sak);
  }
  const horisont = evalueringHorisont(naa, f);
  const planer = ktx.store.query<Envelope<PlanData>>('aktivitetsplaner', { where: [{ column: 'NesteEvaluering', op: 'le', value: horisont }] });
  for await (const item of planer) {
    const plan = item.data.value;
    const frister = evalueringForfall(plan.nesteEvaluering, naa, f);
    const ting = `plan:${plan.id}@${plan.nesteEvaluering}`;
    // The case (for who owns the plan and who may see it) is read only when something is due and unclaimed.
    if (!frister.some((x) => !kjente.har(paaminnelseNokkel({ type: x.type, ting, dag: x.dag })))) {
      resultat.alleredeSendt += frister.length;
      continue;
    }
    const sak = (await getSak(ktx.store, plan.sakId))?.sak;
    if (!sak) continue;
    for (const forfall of frister) await behandle({ forfall, ting, sak, planId: plan.id, evalueringsdato: plan.nesteEvaluering });
  }
  await bekreftelseRunde(ktx, kjente, resultat);
  await sjekkpunktRunde(ktx, kjente, resultat);
  return resultat;
}

/**
 * Marks an unreceived varsel as passed on to skoleeier before kommunalsjef is told, so kommunalsjef
 * may read the case the card is about (src/app/tilgang.ts). Idempotent; undefined on a conflict.
 */
async function eskaler(ktx: AppKontekst, sak: Sak): Promise<Sak | undefined> {
  if (sak.eskalertSkoleeier) return sak;
  const stored = await getSak(ktx.store, sak.id);
  if (!stored || stored.sak.status !== 'ny') return undefined;
  if (stored.sak.eskalertSkoleeier) return stored.sak;
  const ny: Sak = { ...stored.sak, eskalertSkoleeier: { tid: ktx.naa().toISOString() } };
  try {
    return (await saveSak(ktx.store, stored, ny, [], [auditEntry(ktx, 'system', 'eskalert_skoleeier', `sak=${sak.id}`)])).sak;
  } catch (e) {
    if (e instanceof ConflictError) return undefined;
    throw e;
  }
}

/** When the case was received: the first ta_imot, or a tildel from 'ny' (which also receives). */
export function mottattTid(sak: Sak): Date {
  const h = sak.historikk.find((x) => x.handling === 'ta_imot' || x.handling === 'tildel');
  return new Date(h?.tid ?? sak.opprettet);
}

/** When the investigation started (§12-5's tiltak count from then). */
export function undersokelseStartet(sak: Sak): Date {
  const h = sak.historikk.find((x) => x.handling === 'start_undersokelse');
  return h ? new Date(h.tid) : mottattTid(sak);
}

/**
 * Who a reminder goes to. Everyone must have full sight of the case (tilgang.ts): for a case
 * about the school's leadership, «rektor» means the kommunalsjef, and nobody screened from the
 * case is ever told it exists.
 */
export function mottakere(ktx: AppKontekst, p: Paaminnelse, sak: Sak): Oid[] {
  const org = ktx.org;
  const ledelse = (): Oid[] => {
    if (sak.ruting.kanal === 'skoleeier') return org.kommune.kommunalsjefer.map((k) => k.oid);
    const rektor = finnSkole(org, sak.skoleId)?.rektor;
    return rektor ? [rektor] : [];
  };
  // Not about a case: bekreftelser.ts, rolleendring.ts and the school year's rounds decide who gets these.
  if (!gjelderSak(p.type)) return [];
  const eier = sak.saksansvarlig ? [sak.saksansvarlig] : [];
  let kandidater: Oid[];
  switch (p.type) {
    case 'evaluering_snart':
    case 'evaluering_i_dag':
    case 'evaluering_forfalt':
      kandidater = eier.length > 0 ? eier : ledelse();
      break;
    case 'evaluering_rektor':
      kandidater = ledelse();
      break;
    case 'varsel_ikke_mottatt': {
      const harDet = sak.leveringer.filter((l) => l.rolle === 'mottaker' && l.status !== 'uoppnaelig').map((l) => l.oid);
      kandidater = harDet.length > 0 ? harDet : sak.ruting.mottakere;
      break;
    }
    case 'varsel_kommunalsjef': {
      // A kommunalsjef who is the varsel's receiver (a case about the leadership) got the repeat already.
      const mottar = new Set(sak.leveringer.filter((l) => l.rolle === 'mottaker').map((l) => l.oid));
      kandidater = org.kommune.kommunalsjefer.map((k) => k.oid).filter((oid) => !mottar.has(oid));
      break;
    }
    case 'undersokelse_ikke_startet':
      kandidater = [...eier, ...ledelse()];
      break;
    case 'undersokelse_straks_rektor':
    case 'tiltak_straks_rektor':
      kandidater = ledelse();
      break;
    case 'undersokelse_straks_kommunalsjef':
    case 'tiltak_straks_kommunalsjef':
      // In a case about the leadership the kommunalsjef is the one reminded as «rektor» already.
      kandidater = sak.ruting.kanal === 'skoleeier' ? [] : org.kommune.kommunalsjefer.map((k) => k.oid);
      break;
  }
  return [...new Set(kandidater)].filter((oid) => innsyn(org, sak, oid) === 'full');
}
