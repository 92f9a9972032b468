/** Reading a case's aktivitetsplan: the whole plan for those who work the case, their own tiltak for a tiltak's responsible. */
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medLagring, ok } from '../resultat';
import { loggLesing } from '../lesLogg';
import { lesPlan } from './lesPlan';
import { byggPlanVisning, type PlanVisning } from './planVisning';

export async function visPlan(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<PlanVisning>> {
  return medLagring(async () => {
    const lest = await lesPlan(ktx, aktor, sakId);
    if (!lest.ok) return lest;
    const { lagretSak, lagret, innsyn } = lest.verdi;
    loggLesing(ktx, aktor.oid, lagretSak, 'plan_lest', innsyn === 'full' ? 'full' : undefined);
    return ok(byggPlanVisning(ktx, lagretSak.sak, lagret.plan, aktor.oid, innsyn));
  });
}
