/** What a case's decisions and its card need to know of its aktivitetsplan and its log. */
import { evaluertTrygg, type PlanStatus } from '../domain/aktivitetsplan';
import type { Sak } from '../domain/sak';
import { harLoggforing } from '../store/loggRepo';
import { hentPlan } from '../store/planRepo';
import type { AppKontekst } from './kontekst';

/** The case may be closed once the plan's last evaluation concludes the pupil is safe again. */
export async function planEvaluertTrygg(ktx: AppKontekst, sak: Sak): Promise<boolean> {
  return (await planFakta(ktx, sak)).planEvaluertTrygg;
}

/** Whether the pupil's own experience is logged; asked only where closing without tiltak is possible at all. */
export async function elevensOpplevelseErLogget(ktx: AppKontekst, sak: Sak): Promise<boolean> {
  if (sak.status !== 'undersokes') return false;
  return harLoggforing(ktx.store, sak.id, 'elevens_opplevelse');
}

/** The plan as a case card tells it: its state now, and the next evaluation while it is in force. */
export interface PlanFakta {
  planEvaluertTrygg: boolean;
  plan?: { status: PlanStatus; nesteEvaluering: string };
}

async function planFakta(ktx: AppKontekst, sak: Sak): Promise<PlanFakta> {
  const lagret = sak.planId ? await hentPlan(ktx.store, sak.planId) : undefined;
  if (!lagret) return { planEvaluertTrygg: false };
  return { planEvaluertTrygg: evaluertTrygg(lagret.plan), plan: { status: lagret.plan.status, nesteEvaluering: lagret.plan.nesteEvaluering } };
}

/** Everything a full view of the case needs besides the case: one read of the plan, one of the log. */
export async function sakKunnskap(ktx: AppKontekst, sak: Sak): Promise<PlanFakta & { elevensOpplevelseLogget: boolean }> {
  const [plan, elevensOpplevelseLogget] = await Promise.all([planFakta(ktx, sak), elevensOpplevelseErLogget(ktx, sak)]);
  return { ...plan, elevensOpplevelseLogget };
}
