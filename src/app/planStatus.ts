/** What a case's decisions need to know of its aktivitetsplan. */
import { evalueringSluttforerPlan } from '../domain/aktivitetsplan';
import type { Sak } from '../domain/sak';
import { hentPlan } from '../store/planRepo';
import type { AppKontekst } from './kontekst';

/** The case may be closed once the plan's last evaluation concludes the pupil is safe again. */
export async function planEvaluertTrygg(ktx: AppKontekst, sak: Sak): Promise<boolean> {
  if (!sak.planId) return false;
  const plan = await hentPlan(ktx.store, sak.planId);
  const siste = plan?.plan.evalueringer.at(-1);
  return !!siste && evalueringSluttforerPlan(siste);
}
