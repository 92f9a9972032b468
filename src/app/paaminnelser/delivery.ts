/**
 * Delivering a reminder (the outbox dispatcher calls this for each person on a claimed reminder).
 * The thing is read again at delivery: a thing done since the sweep (received, investigation
 * started, evaluation recorded, duties confirmed) sends nothing, and someone who may no longer see
 * the case gets nothing. A case reminder is the case's own card with a notice on top, so the
 * person can act on it right there, and Teams' refresh keeps it showing the case as it is now; an
 * evaluation due is the evaluation's form (to the plan's owner), a bekreftelse the duties to confirm.
 */
import { formaterDato, leggTilVirkedager, osloDato, virkedagerMellom } from '../../domain/frister';
import { fristerFor } from '../../domain/fristinnstillinger';
import { gjelderSak } from '../../domain/paaminnelser';
import { nb, plikter } from '../../i18n/aktiv';
import type { Notifier, NotifyResult, PaaminnelseView } from '../notifier';
import { skolearFor } from '../../domain/bekreftelse';
import type { Oid } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { bekreftelserForSkole } from '../views/bekreftelser';
import { navnPaa } from '../sakView';
import { harIkkeBekreftet, OVERSIKT_KIND, PLIKTER_KIND } from './bekreftelser';
import { visEvalueringCard } from './evaluering';
import { ROLLEENDRING_KIND, rolleendringView } from '../org/rolleendring';
import { retryDelayMs } from '../../outbox/entries';
import type { DeliveryHandler, DeliveryOutcome } from '../../outbox/handler';
import type { Paaminnelse } from '../../store/paaminnelseRepo';
import { getPlan } from '../../store/planRepo';
import { getSak } from '../../store/sakRepo';
import type { Sak } from '../../domain/sak';
import type { AppKontekst } from '../kontekst';
import { sakKunnskap } from '../planStatus';
import { byggSakView } from '../sakView';
import { innsyn } from '../tilgang';
import { auditEntry } from '../outboxEntries';
import { mottattTid } from './sweep';
import { husPaaminnelseKopi } from '../cardCopies';
import { SJEKKPUNKT_KIND, sjekkpunktView } from '../skolear/sjekkpunktPaaminnelser';
import { REVISJON_KIND } from '../revisjon/sendRevisjon';
import { revisjonView } from '../revisjon/revisjonCard';

/** As for case cards (src/app/delivery.ts): a person not reached after this many tries is given up on for this reminder. */
const MAKS_FORSOK = 5;

export function lagPaaminnelseHandler(ktx: AppKontekst, notifier: Notifier): DeliveryHandler<Paaminnelse> {
  return async (entry, p) => {
    const levert = async (svar: NotifyResult, hva: string, kopiAv?: { sak: Sak; skjema?: true }): Promise<DeliveryOutcome<Paaminnelse>> => {
      if (svar.ok && kopiAv) {
        // A case's reminder is a copy of the case too: its changes update it (src/app/paaminnelseKopier.ts).
        const grunn = { type: p.type, tid: p.opprettet, ...(p.evalueringsdato ? { evalueringsdato: p.evalueringsdato } : {}), ...(kopiAv.skjema ? { skjema: true as const } : {}) };
        const kopi = { oid: entry.to, rolle: 'paminnelse' as const, status: 'levert' as const, conversationId: svar.conversationId, activityId: svar.activityId, tid: ktx.naa().toISOString(), grunn };
        await husPaaminnelseKopi(ktx, kopiAv.sak.id, kopi, async (sak) => !(await fortsattAktuell(ktx, p, sak)));
      }
      if (svar.ok) return { done: true, audit: [auditEntry(ktx, 'system', 'paminnelse_sendt', `${p.type} ${hva} til=${entry.to}`)] };
      if (svar.reason !== 'unreachable' && entry.attempts + 1 < MAKS_FORSOK) {
        const vent = svar.retryAfterMs ?? retryDelayMs(entry.attempts);
        return { done: false, notBefore: new Date(ktx.naa().getTime() + vent).toISOString() };
      }
      return { done: true, audit: [auditEntry(ktx, 'system', 'paminnelse_ikke_levert', `${p.type} til=${entry.to}`)] };
    };
    const utgatt = (): DeliveryOutcome<Paaminnelse> => ({ done: true, audit: [auditEntry(ktx, 'system', 'paminnelse_utgatt', `${p.type} til=${entry.to}`)] });

    if (entry.kind === ROLLEENDRING_KIND) {
      // To the kommunalsjefer of the moment before; one removed since is still told, anyone else not.
      const e = p.rolleendring;
      const fortsatt = ktx.org.kommune.kommunalsjefer.some((k) => k.oid === entry.to) || (e?.rolle === 'kommunalsjef' && e.for.some((x) => x.oid === entry.to));
      return e && fortsatt ? levert(await notifier.sendPaaminnelse(entry.to, rolleendringView(ktx, e)), `rolle=${e.rolle}`) : utgatt();
    }
    if (entry.kind === REVISJON_KIND || entry.kind === SJEKKPUNKT_KIND) {
      // The school year's cards to rektor (issue 23): nothing when the person is no longer rektor there.
      const view = entry.kind === REVISJON_KIND ? revisjonView(ktx, entry.to, p) : await sjekkpunktView(ktx, entry.to, p);
      return view ? levert(await notifier.sendPaaminnelse(entry.to, view), `skole=${p.skoleId ?? '-'}`) : utgatt();
    }
    if (entry.kind === PLIKTER_KIND || entry.kind === OVERSIKT_KIND) {
      const view = await bekreftelseView(ktx, entry.kind, entry.to, p);
      return view ? levert(await notifier.sendPaaminnelse(entry.to, view), `skole=${p.skoleId ?? '-'}`) : utgatt();
    }
    const sak = p.sakId ? (await getSak(ktx.store, p.sakId))?.sak : undefined;
    if (!sak || !(await fortsattAktuell(ktx, p, sak))) return utgatt();
    if (innsyn(ktx.org, sak, entry.to) !== 'full') {
      return { done: true, audit: [auditEntry(ktx, 'system', 'levering_hoppet_over', `${p.type} til=${entry.to}`)] };
    }
    if (EIERS_EVALUERING.has(p.type) && p.evalueringsdato) {
      // The owner records the evaluation in the card itself (evaluering.ts).
      const skjema = await visEvalueringCard(ktx, { oid: entry.to, tenantId: ktx.org.tenantId }, sak.id, p.evalueringsdato);
      if (skjema.ok && skjema.verdi.status.type === 'apen') {
        const svar = await notifier.sendPaaminnelse(entry.to, { type: 'evaluering', melding: paaminnelseTekst(ktx, p, sak), skjema: skjema.verdi });
        return levert(svar, `sak=${sak.id}`, { sak, skjema: true });
      }
      if (skjema.ok) return utgatt();
    }
    const view = byggSakView(ktx.org, sak, entry.to, 'full', await sakKunnskap(ktx, sak));
    return levert(await notifier.sendSak(entry.to, view, 'paminnelse', paaminnelseTekst(ktx, p, sak), sak.leveringer), `sak=${sak.id}`, { sak });
  };
}

/** The evaluation reminders to the plan's owner (rektor's «five days overdue» is the case card). */
const EIERS_EVALUERING = new Set<Paaminnelse['type']>(['evaluering_snart', 'evaluering_i_dag', 'evaluering_forfalt']);

/**
 * A bekreftelse reminder as the person gets it now, or undefined when there is nothing to say any
 * more: the person confirmed meanwhile, the school year changed, everyone at the school confirmed,
 * or the recipient is no longer the school's rektor.
 */
async function bekreftelseView(ktx: AppKontekst, kind: string, til: Oid, p: Paaminnelse): Promise<PaaminnelseView | undefined> {
  const skolear = skolearFor(ktx.naa(), fristerFor(ktx.org.kommune)).navn;
  if (p.skolear !== skolear) return undefined;
  if (kind === PLIKTER_KIND) {
    if (!(await harIkkeBekreftet(ktx, til))) return undefined;
    const t = nb.paminnelse;
    const message = p.type === 'bekreftelse_rektor' ? t.bekreftelse_rektor(navnPaa(ktx.org, p.av ?? ''), skolear) : t.bekreftelse_mangler(skolear);
    return { type: 'plikter', versjon: plikter.versjon, skoleår: skolear, melding: message };
  }
  const skole = p.skoleId ? finnSkole(ktx.org, p.skoleId) : undefined;
  if (!skole || skole.rektor !== til) return undefined;
  const status = await bekreftelserForSkole(ktx.store, skole, skolear);
  return status.ikkeBekreftet.length > 0 ? { type: 'bekreftelse_oversikt', skoleår: skolear, skole: status } : undefined;
}

/** Whether the thing the reminder is about is still undone. */
export async function fortsattAktuell(ktx: AppKontekst, p: Paaminnelse, sak: Sak): Promise<boolean> {
  if (!gjelderSak(p.type)) return false;
  switch (p.type) {
    case 'varsel_ikke_mottatt':
    case 'varsel_kommunalsjef':
      return sak.status === 'ny';
    case 'undersokelse_ikke_startet':
    case 'undersokelse_straks_rektor':
    case 'undersokelse_straks_kommunalsjef':
      return sak.status === 'mottatt';
    case 'tiltak_straks_rektor':
    case 'tiltak_straks_kommunalsjef':
      return await utenPlanIKraft(ktx, sak);
    case 'evaluering_snart':
    case 'evaluering_i_dag':
    case 'evaluering_forfalt':
    case 'evaluering_rektor': {
      const plan = p.planId ? (await getPlan(ktx.store, p.planId))?.plan : undefined;
      // A plan in force (aktiv or evaluert) still due at the date the reminder was made for.
      return !!plan && (plan.status === 'aktiv' || plan.status === 'evaluert') && plan.nesteEvaluering === p.evalueringsdato;
    }
  }
}

/** §12-5's tiltak still due: the investigation goes on with no plan, or the plan is a draft never activated. */
async function utenPlanIKraft(ktx: AppKontekst, sak: Sak): Promise<boolean> {
  if (sak.status === 'undersokes') return true;
  if (sak.status !== 'tiltak' || !sak.planId) return false;
  return (await getPlan(ktx.store, sak.planId))?.plan.status === 'utkast';
}

/** The school's rektor by name, for a next step that names who to call ('' when the school has none). */
function rektorNavn(ktx: AppKontekst, sak: Sak): string {
  const rektor = finnSkole(ktx.org, sak.skoleId)?.rektor;
  return rektor ? navnPaa(ktx.org, rektor) : '';
}

export function paaminnelseTekst(ktx: AppKontekst, p: Paaminnelse, sak: Sak): string {
  const t = nb.paminnelse;
  const f = fristerFor(ktx.org.kommune);
  const idag = osloDato(ktx.naa());
  const evalueres = p.evalueringsdato ? formaterDato(leggTilVirkedager(p.evalueringsdato, 0)) : '';
  if (!gjelderSak(p.type)) return '';
  switch (p.type) {
    case 'evaluering_snart':
      return t.evaluering_snart(evalueres);
    case 'evaluering_i_dag':
      return t.evaluering_i_dag(evalueres);
    case 'evaluering_forfalt':
      return t.evaluering_forfalt(evalueres);
    case 'evaluering_rektor':
      return t.evaluering_rektor(evalueres, virkedagerMellom(leggTilVirkedager(p.evalueringsdato ?? idag, 0), idag));
    case 'varsel_ikke_mottatt':
      return sak.ruting.straks ? t.varsel_ikke_mottatt_straks : t.varsel_ikke_mottatt;
    case 'varsel_kommunalsjef':
      return t.varsel_kommunalsjef(sak.ruting.straks ? `${f.straksKommunalsjefEtterTimer} timer` : `${f.varselKommunalsjefEtterVirkedager} virkedager`, rektorNavn(ktx, sak));
    case 'undersokelse_ikke_startet':
      return sak.ruting.straks
        ? t.undersokelse_ikke_startet_straks(f.straksUndersokelseInnenVirkedager)
        : t.undersokelse_ikke_startet(Math.max(f.undersokelseInnenVirkedager, virkedagerMellom(osloDato(mottattTid(sak)), idag)));
    case 'undersokelse_straks_rektor':
      return t.undersokelse_straks_rektor(f.straksUndersokelseRektorEtterTimer, f.straksUndersokelseInnenVirkedager);
    case 'undersokelse_straks_kommunalsjef':
      return t.undersokelse_straks_kommunalsjef(f.straksUndersokelseKommunalsjefEtterTimer);
    case 'tiltak_straks_rektor':
      return t.tiltak_straks_rektor(f.straksTiltakRektorEtterTimer);
    case 'tiltak_straks_kommunalsjef':
      return t.tiltak_straks_kommunalsjef(f.straksTiltakKommunalsjefEtterTimer);
  }
}
