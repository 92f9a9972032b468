/**
 * Delivering a reminder (the outbox dispatcher calls this for each person on a claimed reminder).
 * The case is read again at delivery: a thing done since the sweep (received, investigation
 * started, evaluation recorded) sends nothing, and someone who may no longer see the case gets
 * nothing. The reminder is the case's own card with a notice on top, so the person can act on it
 * right there, and Teams' refresh keeps it showing the case as it is now.
 */
import { formaterDato, leggTilVirkedager, osloDato, virkedagerMellom } from '../../domain/frister';
import { fristerFor } from '../../domain/fristinnstillinger';
import { nb } from '../../i18n/nb';
import type { Notifier } from '../notifier';
import { retryDelayMs } from '../../outbox/dispatcher';
import type { DeliveryHandler, DeliveryOutcome } from '../../outbox/handler';
import type { Paminnelse } from '../../store/paminnelseRepo';
import { hentPlan } from '../../store/planRepo';
import { hentSak } from '../../store/sakRepo';
import type { Sak } from '../../domain/sak';
import type { AppKontekst } from '../kontekst';
import { elevensOpplevelseErLogget, planEvaluertTrygg } from '../planStatus';
import { byggSakVisning } from '../sakVisning';
import { innsyn } from '../tilgang';
import { revisjon } from '../utboksposter';
import { mottattTid } from './sveip';

/** As for case cards (src/app/levering.ts): a person not reached after this many tries is given up on for this reminder. */
const MAKS_FORSOK = 5;

export function lagPaminnelseHandler(ktx: AppKontekst, notifier: Notifier): DeliveryHandler<Paminnelse> {
  return async (entry, p) => {
    const sak = p.sakId ? (await hentSak(ktx.store, p.sakId))?.sak : undefined;
    if (!sak || !(await fortsattAktuell(ktx, p, sak))) {
      return { done: true, audit: [revisjon(ktx, 'system', 'paminnelse_utgatt', `${p.type} til=${entry.to}`)] };
    }
    if (innsyn(ktx.org, sak, entry.to) !== 'full') {
      return { done: true, audit: [revisjon(ktx, 'system', 'levering_hoppet_over', `${p.type} til=${entry.to}`)] };
    }
    const visning = byggSakVisning(ktx.org, sak, entry.to, 'full', {
      planEvaluertTrygg: await planEvaluertTrygg(ktx, sak),
      elevensOpplevelseLogget: await elevensOpplevelseErLogget(ktx, sak),
    });
    const svar = await notifier.sendSak(entry.to, visning, 'paminnelse', paminnelseTekst(ktx, p, sak));
    if (svar.ok) return { done: true, audit: [revisjon(ktx, 'system', 'paminnelse_sendt', `${p.type} sak=${sak.id} til=${entry.to}`)] };
    if (svar.reason !== 'unreachable' && entry.attempts + 1 < MAKS_FORSOK) {
      const vent = svar.retryAfterMs ?? retryDelayMs(entry.attempts);
      return { done: false, notBefore: new Date(ktx.naa().getTime() + vent).toISOString() } satisfies DeliveryOutcome<Paminnelse>;
    }
    return { done: true, audit: [revisjon(ktx, 'system', 'paminnelse_ikke_levert', `${p.type} til=${entry.to}`)] };
  };
}

/** Whether the thing the reminder is about is still undone. */
async function fortsattAktuell(ktx: AppKontekst, p: Paminnelse, sak: Sak): Promise<boolean> {
  switch (p.type) {
    case 'varsel_ikke_mottatt':
    case 'varsel_kommunalsjef':
      return sak.status === 'ny';
    case 'undersokelse_ikke_startet':
      return sak.status === 'mottatt';
    case 'evaluering_snart':
    case 'evaluering_i_dag':
    case 'evaluering_forfalt':
    case 'evaluering_rektor': {
      const plan = p.planId ? (await hentPlan(ktx.store, p.planId))?.plan : undefined;
      // A plan in force (aktiv or evaluert) still due at the date the reminder was made for.
      return !!plan && (plan.status === 'aktiv' || plan.status === 'evaluert') && plan.nesteEvaluering === p.evalueringsdato;
    }
    case 'bekreftelse_mangler':
      return false;
  }
}

export function paminnelseTekst(ktx: AppKontekst, p: Paminnelse, sak: Sak): string {
  const t = nb.paminnelse;
  const f = fristerFor(ktx.org.kommune);
  const idag = osloDato(ktx.naa());
  const evalueres = p.evalueringsdato ? formaterDato(leggTilVirkedager(p.evalueringsdato, 0)) : '';
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
      return t.varsel_kommunalsjef(sak.ruting.straks ? `${f.straksKommunalsjefEtterTimer} timer` : `${f.varselKommunalsjefEtterVirkedager} virkedager`);
    case 'undersokelse_ikke_startet':
      return t.undersokelse_ikke_startet(Math.max(f.undersokelseInnenVirkedager, virkedagerMellom(osloDato(mottattTid(sak)), idag)));
    case 'bekreftelse_mangler':
      return '';
  }
}
