/**
 * The case page's documentation per delplikt (§12-4): the same timeline the documentation export
 * prints (tidslinje.ts), for those who work the case. It holds the varsel's description and the
 * log's contents, so it asks the same question the export asks (kanLoggfore).
 */
import { nb } from '../i18n/aktiv';
import { getLogg } from '../store/loggRepo';
import { getPlan } from '../store/planRepo';
import { getSak } from '../store/sakRepo';
import { kjentAktor } from './aktorer';
import { loggLesing } from './lesLogg';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, medStore, ok } from './resultat';
import { DELPLIKTER, DELPLIKT_TEKST, byggTidslinje, type Delplikt, type TidslinjeLinje } from './tidslinje';
import { erSaksleder, innsyn, kanLoggfore } from './tilgang';

export interface TidslinjeSide {
  delplikter: { delplikt: Delplikt; navn: string; linjer: TidslinjeLinje[] }[];
  /** Whether this person may produce the letter to the parents (rektor, or kommunalsjef for the leadership's cases). */
  kanLageBrev: boolean;
}

export async function visTidslinje(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<TidslinjeSide>> {
  return medStore(async () => {
    const kjent = kjentAktor(ktx, aktor);
    if (!kjent.ok) return kjent;
    const stored = await getSak(ktx.store, sakId);
    if (!stored) return feil({ kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });
    const sak = stored.sak;
    if (!kanLoggfore(ktx.org, sak, aktor.oid)) {
      return feil(innsyn(ktx.org, sak, aktor.oid) ? { kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt } : { kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });
    }
    const logg = await getLogg(ktx.store, sakId);
    const plan = sak.planId ? (await getPlan(ktx.store, sak.planId))?.plan : undefined;
    const t = byggTidslinje(ktx.org, sak, logg, plan);
    loggLesing(ktx, aktor.oid, stored, 'tidslinje_lest');
    return ok({
      delplikter: DELPLIKTER.map((d) => ({ delplikt: d, navn: DELPLIKT_TEKST[d], linjer: t[d] })),
      kanLageBrev: erSaksleder(ktx.org, sak, aktor.oid),
    });
  });
}
