/** What a case's decisions need to know of its aktivitetsplan and its log. */
import { evaluertTrygg, type Aktivitetsplan } from '../domain/aktivitetsplan';
import type { Sak } from '../domain/sak';
import { sisteSvar, tiltakspliktStaar, type SvarKilde } from '../domain/elevensOpplevelse';
import { elevensOpplevelseLogget, svarILogg, type Loggforing } from '../domain/sakslogg';
import { hentLogg } from '../store/loggRepo';
import { hentPlan } from '../store/planRepo';
import type { AppKontekst } from './kontekst';
import type { HandlingsKontekst } from './tilgang';

const INGENTING: Required<HandlingsKontekst> = { planEvaluertTrygg: false, elevensOpplevelseLogget: false, elevIkkeTrygg: null, motEleven: null };

/**
 * What a case's closing needs to know beyond the case itself (for a person with full access), read
 * only where the case can be closed (under investigation, or with a plan), with one read of the log
 * and one of the plan:
 * - whether the plan's last evaluation concludes the pupil is safe again;
 * - whether the pupil's own experience is logged (closing without tiltak needs it);
 * - the pupil's latest answer to «trygt og godt?» from the log and the evaluations, and whether it
 *   still binds («nei»/«delvis» that no evaluation has concluded against with a reason).
 */
export async function handlingsKunnskap(ktx: AppKontekst, sak: Sak): Promise<Required<HandlingsKontekst>> {
  if (sak.status !== 'undersokes' && sak.status !== 'tiltak') return INGENTING;
  const logg = await hentLogg(ktx.store, sak.id);
  const plan = sak.planId ? (await hentPlan(ktx.store, sak.planId))?.plan : undefined;
  const siste = sisteElevensSvar(logg, plan);
  return {
    planEvaluertTrygg: !!plan && evaluertTrygg(plan),
    elevensOpplevelseLogget: sak.status === 'undersokes' && elevensOpplevelseLogget(logg),
    elevIkkeTrygg: siste && tiltakspliktStaar(siste.svar) && !siste.motEleven ? siste.svar : null,
    motEleven: siste?.motEleven ?? null,
  };
}

function sisteElevensSvar(logg: Loggforing[], plan: Aktivitetsplan | undefined): SvarKilde | undefined {
  const evalueringer = (plan?.evalueringer ?? []).flatMap((e) =>
    e.elevensSvar ? [{ svar: e.elevensSvar.svar, dato: e.dato, tid: e.tid, ...(e.motEleven ? { motEleven: e.motEleven.begrunnelse } : {}) }] : [],
  );
  return sisteSvar([...svarILogg(logg), ...evalueringer]);
}
