/** «Avslutt»: a case with a plan is closed once an evaluation found the pupil safe (the lifecycle checked that). */
import { nb } from '../../i18n/aktiv';
import { ok } from '../resultat';
import { forArkivet } from '../sprakKontekst';
import type { Inndata, Steg } from './endring';

export const avslutt: Steg = (ktx, aktor, endring, inn) => {
  // Rektor's own words are the record; without them, what the evaluation that allowed closing concluded.
  endring.sak.avslutning = { av: aktor.oid, tid: inn.tid, begrunnelse: inn.begrunnelse || forArkivet(ktx, () => nb.avslutning.etterEvaluering), ...motEleven(inn) };
  if (inn.begrunnelse) endring.hendelse.begrunnelse = inn.begrunnelse;
  return ok(undefined);
};

/** Closing against the pupil's latest «nei»/«delvis»: the reason written now, or the one the evaluation that closed the plan carries. */
export function motEleven(inn: Inndata): { motEleven?: string } {
  if (inn.kunnskap.elevIkkeTrygg) return { motEleven: inn.begrunnelseMotEleven };
  return inn.kunnskap.motEleven ? { motEleven: inn.kunnskap.motEleven } : {};
}
