/**
 * A case's theme (issue 23, src/domain/sakstema.ts): read by whoever reads the case in full, set by
 * whoever works it (rektor and the receivers, the saksansvarlig, the kommunalsjef in a case routed
 * to skoleeier) — at receipt, in the plan or later. One item write with its audit entry (the theme's
 * id, never text); a double click stores it once, and a concurrent change of the case is retried.
 */
import { erSakstema } from '../domain/sakstema';
import { nb, revisjonTekster as t } from '../i18n/aktiv';
import { ConflictError } from '../store/port';
import { getSak, saveSak } from '../store/sakRepo';
import { kjentAktor } from './aktorer';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, medStore, ok } from './resultat';
import { temaValg, temanavn } from './sakstemaValg';
import { innsyn, kanLoggfore } from './tilgang';
import { auditEntry } from './outboxEntries';

export interface SakstemaView {
  tema?: { id: string; navn: string };
  valg: { id: string; navn: string }[];
  kanEndre: boolean;
}

const MAKS_FORSOK = 3;
const ikkeFunnet = () => feil({ kode: 'ikke_funnet' as const, melding: nb.feil.sakIkkeFunnet });

export async function visSakstema(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<SakstemaView>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  return medStore(async () => {
    const stored = await getSak(ktx.store, sakId);
    if (!stored || innsyn(ktx.org, stored.sak, aktor.oid) !== 'full') return ikkeFunnet();
    const k = ktx.org.kommune;
    const tema = stored.sak.tema;
    return ok({
      ...(tema ? { tema: { id: tema.id, navn: temanavn(k, tema.id) } } : {}),
      valg: temaValg(k),
      kanEndre: kanLoggfore(ktx.org, stored.sak, aktor.oid),
    });
  });
}

export async function settSakstema(ktx: AppKontekst, aktor: Aktor, sakId: string, tema: unknown): Promise<Resultat<SakstemaView>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  if (!erSakstema(ktx.org.kommune, tema)) return feil({ kode: 'ugyldig', melding: t.tema.ugyldig, felt: { tema: t.tema.ugyldig } });
  return medStore(async () => {
    for (let forsok = 1; forsok <= MAKS_FORSOK; forsok++) {
      const stored = await getSak(ktx.store, sakId);
      if (!stored || innsyn(ktx.org, stored.sak, aktor.oid) !== 'full') return ikkeFunnet();
      if (!kanLoggfore(ktx.org, stored.sak, aktor.oid)) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
      if (stored.sak.tema?.id === tema) return visSakstema(ktx, aktor, sakId);
      const sak = { ...stored.sak, tema: { id: tema, av: aktor.oid, tid: ktx.naa().toISOString() } };
      try {
        const ny = await saveSak(ktx.store, stored, sak, [], [auditEntry(ktx, aktor.oid, 'tema_satt', `tema=${tema}`)]);
        ktx.startLevering({ list: 'saker', item: ny.item });
        return visSakstema(ktx, aktor, sakId);
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
  });
}
