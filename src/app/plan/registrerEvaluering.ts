/**
 * Recording an evaluation of the aktivitetsplan: the date, who took part, an assessment per tiltak,
 * the pupil's own experience and one of three outcomes. 1 closes the plan (the case may then be
 * closed); 2 and 3 need a next evaluation date; 3 opens a new version of the plan to be changed
 * and activated. Called from the case page, the plan card and the evaluation reminder's card.
 */
import { createHash } from 'node:crypto';
import { gjeldendeVersjon } from '../../domain/aktivitetsplan';
import { evaluer } from '../../domain/evaluering';
import { osloDato } from '../../domain/frister';
import { nb } from '../../i18n/aktiv';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { auditEntry } from '../outboxEntries';
import { endrePlan } from './lesPlan';
import { elevensSvarFra } from '../elevensSvarSkjema';
import { erSaksleder } from '../tilgang';
import { evalueringSkjema, type EvalueringInput } from './planSkjema';
import { byggPlanView, type PlanView } from './planView';
import { avvist } from './avvist';
import { feltFeil } from '../feltFeil';

export type { EvalueringInput };

export async function registrerEvaluering(
  ktx: AppKontekst,
  aktor: Aktor,
  sakId: string,
  raw: unknown,
  valg: { skjemaId?: string } = {},
): Promise<Resultat<PlanView>> {
  const parsed = evalueringSkjema.safeParse(raw ?? {});
  if (!parsed.success) return feil({ kode: 'ugyldig', melding: nb.feil.evalueringMangler, felt: feltFeil(parsed.error, { rad: 'klammer' }) });
  const e = parsed.data;
  return medStore(async () => {
    const r = await endrePlan(ktx, aktor, sakId, 'full', async ({ lagret: stored, lagretSak: storedSak }) => {
      const plan = stored.plan;
      // The same evaluation sent twice (double click, a retried request) is stored once: keyed by the
      // tab form's own id when it has one, else by what it says.
      const id = evalueringId(plan.id, gjeldendeVersjon(plan)?.nr ?? 0, aktor.oid, valg.skjemaId ? { skjemaId: valg.skjemaId } : e);
      if (plan.evalueringer.some((x) => x.id === id)) return ok('uendret' as const);
      const motEleven = e.begrunnelseMotEleven ? { begrunnelse: e.begrunnelseMotEleven, av: aktor.oid } : undefined;
      const ny = { ...e, elevensSvar: elevensSvarFra(e), ...(motEleven ? { motEleven } : {}) };
      const res = evaluer(plan, ny, { id, av: aktor.oid, tid: ktx.naa().toISOString(), idag: osloDato(ktx.naa()) });
      if (!res.ok) return avvist(nb.feil.evalueringMangler, res);
      // Concluding against the pupil's own experience is the saksleder's alone (rektor's responsibility, not delegable).
      if (res.evaluering.motEleven && !erSaksleder(ktx.org, storedSak.sak, aktor.oid)) {
        return feil({ kode: 'ulovlig_overgang', melding: nb.feil.motElevenBareRektor, felt: { begrunnelseMotEleven: nb.feil.motElevenBareRektor } });
      }
      return ok({ plan: res.plan, revisjon: [auditEntry(ktx, aktor.oid, 'plan_evaluert', `sak=${sakId} utfall=${e.utfall}`)] });
    });
    if (!r.ok) return r;
    return ok(byggPlanView(ktx, r.verdi.lagretSak.sak, r.verdi.lagret.plan, aktor.oid, r.verdi.innsyn));
  });
}

type Innhold = { dato: string; utfall: string; elevensOpplevelse: string; deltakere: string } | { skjemaId: string };

function evalueringId(planId: string, versjon: number, oid: string, e: Innhold): string {
  const deler = 'skjemaId' in e ? ['skjema', e.skjemaId] : [e.dato, e.utfall, e.deltakere.trim(), e.elevensOpplevelse.trim()];
  return createHash('sha256')
    .update(['evaluering', planId, versjon, oid, ...deler].join('\n'))
    .digest('base64url')
    .slice(0, 22);
}
