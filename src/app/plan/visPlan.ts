/** Reading a case's aktivitetsplan: the whole plan for those who work the case, their own tiltak for a tiltak's responsible. */
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medStore, ok } from '../resultat';
import { loggLesing } from '../lesLogg';
import { lastKalender } from '../skolear/kalender';
import { lesPlan } from './lesPlan';
import { byggPlanView, type PlanView } from './planView';

export async function visPlan(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<PlanView>> {
  return medStore(async () => {
    // The calendar beside the plan (kept for minutes): the form's default evaluation date is a school day.
    const [lest] = await Promise.all([lesPlan(ktx, aktor, sakId), lastKalender(ktx)]);
    if (!lest.ok) return lest;
    const { lagretSak: storedSak, lagret: stored, innsyn } = lest.verdi;
    loggLesing(ktx, aktor.oid, storedSak, 'plan_lest', innsyn === 'full' ? 'full' : undefined);
    return ok(byggPlanView(ktx, storedSak.sak, stored.plan, aktor.oid, innsyn));
  });
}
