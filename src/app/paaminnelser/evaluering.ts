/**
 * The evaluation reminder's card: the plan's tiltak in force and the evaluation's fields, recorded
 * right in the card through the same use case as the tab (plan/registrerEvaluering.ts). The card is
 * about one evaluation date; once the plan has moved past it, the card says what happened instead —
 * the evaluation that was recorded (who, when, what outcome), or that the date no longer applies.
 */
import { EVALUERING_UTFALL, type EvalueringUtfall, type PlanStatus } from '../../domain/aktivitetsplan';
import { osloDato } from '../../domain/frister';
import { nb, UTFALL_TEKST } from '../../i18n/aktiv';
import type { Aktor, AppKontekst } from '../kontekst';
import { lesPlan } from '../plan/lesPlan';
import { byggPlanView, type EvalueringView } from '../plan/planView';
import { registrerEvaluering } from '../plan/registrerEvaluering';
import { type Resultat, feil, medStore, ok } from '../resultat';

export type EvalueringCardStatus =
  /** Still due at the card's date: the form. */
  | { type: 'apen' }
  /** Recorded: the evaluation that moved the plan past the card's date. */
  | { type: 'registrert'; evaluering: EvalueringView }
  /** The plan moved past the date some other way (a new date set, the plan closed). */
  | { type: 'utgatt'; status: PlanStatus; statusTekst: string; nesteEvaluering: string };

export interface EvalueringCardView {
  sakId: string;
  saksnummer: string;
  skole: string;
  elevNavn: string;
  /** The evaluation date the reminder is about. */
  evalueringsdato: string;
  idag: string;
  /** The tiltak of the version in force, each to be assessed. */
  tiltak: { id: string; beskrivelse: string }[];
  utfallValg: { verdi: EvalueringUtfall; tekst: string }[];
  status: EvalueringCardStatus;
}

/** The card as this person may see it now; only someone who works the plan in full (not a tiltak's responsible) gets it. */
export async function visEvalueringCard(ktx: AppKontekst, aktor: Aktor, sakId: string, evalueringsdato: string): Promise<Resultat<EvalueringCardView>> {
  return medStore(async () => {
    const lest = await lesPlan(ktx, aktor, sakId);
    if (!lest.ok) return lest;
    if (lest.verdi.innsyn !== 'full') return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
    const { lagretSak: storedSak, lagret: stored } = lest.verdi;
    const plan = stored.plan;
    const v = byggPlanView(ktx, storedSak.sak, plan, aktor.oid, 'full');
    const gjeldende = v.versjoner.findLast((x) => x.aktivert);
    let status: EvalueringCardStatus;
    if ((plan.status === 'aktiv' || plan.status === 'evaluert') && plan.nesteEvaluering === evalueringsdato) status = { type: 'apen' };
    else {
      // The evaluation that set the plan's present state: it closed the plan, or set the next date it now has.
      const svar = v.evalueringer
        .filter((e) => (plan.status === 'avsluttet' && e.utfall === 'gjenopprettet') || (!!e.nesteEvalueringsdato && e.nesteEvalueringsdato === plan.nesteEvaluering))
        .sort((a, b) => a.tid.localeCompare(b.tid))
        .at(-1);
      status = svar ? { type: 'registrert', evaluering: svar } : { type: 'utgatt', status: plan.status, statusTekst: v.statusTekst, nesteEvaluering: plan.nesteEvaluering };
    }
    return ok({
      sakId,
      saksnummer: v.saksnummer,
      skole: v.skole,
      elevNavn: v.elevNavn,
      evalueringsdato,
      idag: osloDato(ktx.naa()),
      tiltak: (gjeldende?.tiltak ?? []).map((t) => ({ id: t.id, beskrivelse: t.beskrivelse })),
      utfallValg: EVALUERING_UTFALL.map((u) => ({ verdi: u, tekst: UTFALL_TEKST[u] })),
      status,
    });
  });
}

/**
 * Records the evaluation from the card. A card whose date is already evaluated records nothing and
 * shows that evaluation (a double submit, or a colleague who was first); an identical submit racing
 * the first is one evaluation too (registrerEvaluering keys it by its content). Bad input is the
 * use case's field errors, for the card to show under each field with what was typed.
 */
export async function registrerEvalueringFraCard(
  ktx: AppKontekst,
  aktor: Aktor,
  sakId: string,
  evalueringsdato: string,
  input: unknown,
): Promise<Resultat<EvalueringCardView>> {
  const for_ = await visEvalueringCard(ktx, aktor, sakId, evalueringsdato);
  if (!for_.ok || for_.verdi.status.type !== 'apen') return for_;
  const r = await registrerEvaluering(ktx, aktor, sakId, input);
  if (!r.ok) return r;
  return visEvalueringCard(ktx, aktor, sakId, evalueringsdato);
}
