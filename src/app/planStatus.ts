/** What a case's decisions need to know of its aktivitetsplan and its log. */
import { evaluertTrygg } from '../domain/aktivitetsplan';
import type { Sak } from '../domain/sak';
import { harLoggforing } from '../store/loggRepo';
import { hentPlan } from '../store/planRepo';
import type { AppKontekst } from './kontekst';

/** The case may be closed once the plan's last evaluation concludes the pupil is safe again. */
export async function planEvaluertTrygg(ktx: AppKontekst, sak: Sak): Promise<boolean> {
  if (!sak.planId) return false;
  const plan = await hentPlan(ktx.store, sak.planId);
  return !!plan && evaluertTrygg(plan.plan);
}

/** Whether the pupil's own experience is logged; asked only where closing without tiltak is possible at all. */
export async function elevensOpplevelseErLogget(ktx: AppKontekst, sak: Sak): Promise<boolean> {
  if (sak.status !== 'undersokes') return false;
  return harLoggforing(ktx.store, sak.id, 'elevens_opplevelse');
}
