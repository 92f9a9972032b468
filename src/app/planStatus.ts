/** What a case's decisions and its card need to know of its aktivitetsplan and its log: one read of each. */
import type { Aktivitetsplan, PlanStatus } from '../domain/aktivitetsplan';
import { evaluertTrygg } from '../domain/evaluering';
import type { Sak } from '../domain/sak';
import { sisteSvar, tiltakspliktStaar, type ElevensSvar, type SvarKilde } from '../domain/elevensOpplevelse';
import { elevensOpplevelseLogget, svarILogg } from '../domain/sakslogg';
import { getLogg } from '../store/loggRepo';
import { getPlan } from '../store/planRepo';
import type { AppKontekst } from './kontekst';
import type { HandlingsKontekst } from './tilgang';

/** The plan as a case card tells it: its state now, and the next evaluation while it is in force. */
export interface PlanFakta {
  planEvaluertTrygg: boolean;
  plan?: { status: PlanStatus; nesteEvaluering: string };
}

/** Everything a full view of the case and its decisions need besides the case itself. */
export type SakKunnskap = Required<HandlingsKontekst> & PlanFakta;

/** What nobody without full access may learn: the defaults a partial view is built with. */
export const INGEN_KUNNSKAP: SakKunnskap = { planEvaluertTrygg: false, elevensOpplevelseLogget: false, elevIkkeTrygg: null, motEleven: null };

/** The answer that still binds: «nei» or «delvis» that nobody has closed against. */
export function elevIkkeTrygg(siste: SvarKilde | undefined): ElevensSvar | undefined {
  return siste && tiltakspliktStaar(siste.svar) && !siste.motEleven ? siste.svar : undefined;
}

/** The evaluations' answers to «trygt og godt?»; one that concluded against it with a reason has settled it. */
function svarIEvalueringer(plan: Aktivitetsplan | undefined): SvarKilde[] {
  return (plan?.evalueringer ?? []).flatMap((e) =>
    e.elevensSvar ? [{ svar: e.elevensSvar.svar, dato: e.dato, tid: e.tid, ...(e.motEleven ? { motEleven: e.motEleven.begrunnelse } : {}) }] : [],
  );
}

/**
 * The case's plan (its state, whether its last evaluation found the pupil safe) and log (whether the
 * pupil's own experience is logged, the pupil's latest answer): asked only where the case can still be
 * worked, since a closed case's decisions are over.
 */
export async function sakKunnskap(ktx: AppKontekst, sak: Sak): Promise<SakKunnskap> {
  const underArbeid = sak.status === 'undersokes' || sak.status === 'tiltak';
  const [stored, logg] = await Promise.all([sak.planId ? getPlan(ktx.store, sak.planId) : undefined, underArbeid ? getLogg(ktx.store, sak.id) : []]);
  const siste = underArbeid ? sisteSvar([...svarILogg(logg), ...svarIEvalueringer(stored?.plan)]) : undefined;
  return {
    planEvaluertTrygg: stored ? evaluertTrygg(stored.plan) : false,
    ...(stored ? { plan: { status: stored.plan.status, nesteEvaluering: stored.plan.nesteEvaluering } } : {}),
    elevensOpplevelseLogget: sak.status === 'undersokes' && elevensOpplevelseLogget(logg),
    elevIkkeTrygg: elevIkkeTrygg(siste) ?? null,
    motEleven: siste?.motEleven ?? null,
  };
}
