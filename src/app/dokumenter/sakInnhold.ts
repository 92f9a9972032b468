/**
 * What every document about a case starts from: the case as stored, its log and its plan, read
 * only after the person is known and allowed. One way to do it, for the documentation export, the
 * letter to the family and the pupil's innsyn export.
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import type { Organisasjon, Oid } from '../../domain/organisasjon';
import type { Sak } from '../../domain/sak';
import type { Loggforing } from '../../domain/sakslogg';
import { nb } from '../../i18n/aktiv';
import { getLogg } from '../../store/loggRepo';
import { getPlan } from '../../store/planRepo';
import { type StoredSak, getSak } from '../../store/sakRepo';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, ok } from '../resultat';
import { innsyn } from '../tilgang';

export interface SakInnhold {
  lagret: StoredSak;
  sak: Sak;
  logg: Loggforing[];
  plan: Aktivitetsplan | undefined;
}

/** The case's log and plan beside the case itself. */
export async function medLoggOgPlan(ktx: AppKontekst, stored: StoredSak): Promise<SakInnhold> {
  const sak = stored.sak;
  const logg = await getLogg(ktx.store, sak.id);
  const plan = sak.planId ? (await getPlan(ktx.store, sak.planId))?.plan : undefined;
  return { lagret: stored, sak, logg, plan };
}

/**
 * The case with its log and plan, if `tillatt` lets this person make the document. Someone who may
 * not even see the case is told it does not exist, like everywhere else.
 */
export async function lesSakInnhold(ktx: AppKontekst, aktor: Aktor, sakId: string, tillatt: (org: Organisasjon, sak: Sak, oid: Oid) => boolean): Promise<Resultat<SakInnhold>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const stored = await getSak(ktx.store, sakId);
  if (!stored) return feil({ kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });
  if (!tillatt(ktx.org, stored.sak, aktor.oid)) {
    return feil(innsyn(ktx.org, stored.sak, aktor.oid) ? { kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt } : { kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });
  }
  return ok(await medLoggOgPlan(ktx, stored));
}
