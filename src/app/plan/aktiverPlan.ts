/**
 * Activating the plan (its latest version): refused with every missing item named at its field
 * until the legal minimum, elevens stemme and the barnets beste-vurdering are all there. An empty
 * evaluation date becomes the municipality's default (weeks after today).
 */
import { aktiver, sisteVersjon } from '../../domain/aktivitetsplan';
import { osloDato } from '../../domain/frister';
import { nb } from '../../i18n/aktiv';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medStore, ok } from '../resultat';
import { auditEntry } from '../outboxEntries';
import { lastKalender, skoledagI } from '../skolear/kalender';
import { endrePlan } from './lesPlan';
import { byggPlanView, erAnsattFor, ukerTilEvaluering, type PlanView } from './planView';
import { avvist } from './avvist';

export async function aktiverPlan(ktx: AppKontekst, aktor: Aktor, sakId: string, versjonNr?: number): Promise<Resultat<PlanView>> {
  return medStore(async () => {
    await lastKalender(ktx);
    const r = await endrePlan(ktx, aktor, sakId, 'full', async ({ lagretSak: storedSak, lagret: stored }) => {
      const siste = sisteVersjon(stored.plan);
      // A double click (or a retried request) for the version already activated is success, not an error.
      if (siste.aktivert && (versjonNr === undefined || versjonNr === siste.nr)) return ok('uendret' as const);
      const a = aktiver(stored.plan, {
        av: aktor.oid,
        tid: ktx.naa().toISOString(),
        idag: osloDato(ktx.naa()),
        ukerTilEvaluering: ukerTilEvaluering(ktx.org),
        erAnsatt: erAnsattFor(ktx.org, storedSak.sak),
        skoledag: skoledagI(ktx),
      });
      if (!a.ok) return avvist(nb.feil.planMangler, a);
      return ok({ plan: a.plan, revisjon: [auditEntry(ktx, aktor.oid, 'plan_aktivert', `sak=${sakId} versjon=${siste.nr}`)] });
    });
    if (!r.ok) return r;
    return ok(byggPlanView(ktx, r.verdi.lagretSak.sak, r.verdi.lagret.plan, aktor.oid, r.verdi.innsyn));
  });
}
