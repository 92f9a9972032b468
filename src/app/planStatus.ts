/** What a case's decisions need to know of its aktivitetsplan and its log. */
import { evaluertTrygg } from '../domain/aktivitetsplan';
import type { Sak } from '../domain/sak';
import { sisteSvar, tiltakspliktStaar, type ElevensSvar, type SvarKilde } from '../domain/elevensOpplevelse';
import { svarILogg } from '../domain/sakslogg';
import { harLoggforing, hentLogg } from '../store/loggRepo';
import { hentPlan } from '../store/planRepo';
import type { AppKontekst } from './kontekst';
import type { HandlingsKontekst } from './tilgang';

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

/**
 * The pupil's latest answer to «trygt og godt?», from the log and the plan's evaluations; asked only
 * where the case can be closed. An evaluation that concluded against it with a reason has settled it.
 */
export async function sisteElevensSvar(ktx: AppKontekst, sak: Sak): Promise<SvarKilde | undefined> {
  if (sak.status !== 'undersokes' && sak.status !== 'tiltak') return undefined;
  const logg = svarILogg(await hentLogg(ktx.store, sak.id));
  const plan = sak.planId ? await hentPlan(ktx.store, sak.planId) : undefined;
  const evalueringer = (plan?.plan.evalueringer ?? []).flatMap((e) =>
    e.elevensSvar ? [{ svar: e.elevensSvar.svar, dato: e.dato, tid: e.tid, ...(e.motEleven ? { motEleven: e.motEleven.begrunnelse } : {}) }] : [],
  );
  return sisteSvar([...logg, ...evalueringer]);
}

/** The answer that still binds: «nei» or «delvis» that nobody has closed against. */
export function elevIkkeTrygg(siste: SvarKilde | undefined): ElevensSvar | undefined {
  return siste && tiltakspliktStaar(siste.svar) && !siste.motEleven ? siste.svar : undefined;
}

/** What a case's decisions need to know beyond the case itself (for a person with full access). */
export async function handlingsKunnskap(ktx: AppKontekst, sak: Sak): Promise<Required<HandlingsKontekst>> {
  const siste = await sisteElevensSvar(ktx, sak);
  return {
    planEvaluertTrygg: await planEvaluertTrygg(ktx, sak),
    elevensOpplevelseLogget: await elevensOpplevelseErLogget(ktx, sak),
    elevIkkeTrygg: elevIkkeTrygg(siste) ?? null,
    motEleven: siste?.motEleven ?? null,
  };
}
