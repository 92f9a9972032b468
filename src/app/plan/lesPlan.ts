/**
 * Reading a case's aktivitetsplan as one person may see it, and writing a change to it. Every plan
 * use case goes through here, so the access rule (tilgang.ts: planInnsyn) is asked in one place.
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import { nb } from '../../i18n/aktiv';
import type { AuditEntry } from '../../store/envelope';
import { ConflictError, ItemTooLargeError } from '../../store/port';
import { getPlan, savePlan, type StoredPlan } from '../../store/planRepo';
import { getSak, type StoredSak } from '../../store/sakRepo';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, ok } from '../resultat';
import { innsyn, planInnsyn } from '../tilgang';
import { oppdaterKopierAvSak } from '../cardCopies';

export interface LestPlan {
  lagretSak: StoredSak;
  lagret: StoredPlan;
  innsyn: 'full' | 'tiltak';
}

const ikkeFunnet = () => feil<never>({ kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });

export async function lesPlan(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<LestPlan>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const storedSak = await getSak(ktx.store, sakId);
  if (!storedSak) return ikkeFunnet();
  const sak = storedSak.sak;
  const stored = sak.planId ? await getPlan(ktx.store, sak.planId) : undefined;
  const tilgang = planInnsyn(ktx.org, sak, stored?.plan, aktor.oid);
  // Someone who may not see the case at all is not told it exists; a reader of the case (the reporter) is told no.
  if (!tilgang) return innsyn(ktx.org, sak, aktor.oid) ? feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt }) : ikkeFunnet();
  if (!stored) return feil({ kode: 'ikke_funnet', melding: nb.feil.planIkkeFunnet });
  return ok({ lagretSak: storedSak, lagret: stored, innsyn: tilgang });
}

export interface PlanEndring {
  plan: Aktivitetsplan;
  revisjon: AuditEntry[];
}

const MAKS_FORSOK = 3;

/**
 * Reads, changes and writes the plan in one item write. The change is computed again from a fresh
 * read when the write lost to another (the outbox's bookkeeping, or a colleague's save): it is a
 * function of the stored plan, so nothing anyone wrote is overwritten.
 */
export async function endrePlan(
  ktx: AppKontekst,
  aktor: Aktor,
  sakId: string,
  krever: 'full' | 'tiltak',
  endre: (lest: LestPlan) => Promise<Resultat<PlanEndring | 'uendret'>>,
): Promise<Resultat<LestPlan>> {
  for (let forsok = 1; ; forsok++) {
    const lest = await lesPlan(ktx, aktor, sakId);
    if (!lest.ok) return lest;
    if (krever === 'full' && lest.verdi.innsyn !== 'full') return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
    const endring = await endre(lest.verdi);
    if (!endring.ok) return endring;
    if (endring.verdi === 'uendret') return ok(lest.verdi);
    try {
      const stored = await savePlan(ktx.store, lest.verdi.lagret, endring.verdi.plan, [], endring.verdi.revisjon);
      ktx.log.info({ sakId, planId: stored.plan.id, status: stored.plan.status }, 'plan endret');
      ktx.startLevering({ list: 'aktivitetsplaner', item: stored.item }); // its audit entries ride on the plan until the dispatcher projects them
      // The case cards tell the plan's state and next evaluation: the copies people hold follow it.
      const foer = lest.verdi.lagret.plan;
      if (foer.status !== stored.plan.status || foer.nesteEvaluering !== stored.plan.nesteEvaluering) await oppdaterKopierAvSak(ktx, sakId);
      return ok({ ...lest.verdi, lagret: stored });
    } catch (e) {
      if (e instanceof ItemTooLargeError) return feil({ kode: 'ugyldig', melding: nb.feil.planForStor, felt: {} });
      if (!(e instanceof ConflictError)) throw e;
      if (forsok >= MAKS_FORSOK) return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
    }
  }
}
