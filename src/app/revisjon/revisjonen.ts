/**
 * The school year's revision as stored, or the default one (the reference's questions, version 1)
 * when the kommunalsjef has neither edited nor sent it: shared by the revision's use cases.
 */
import type { Revisjon } from '../../domain/revisjon';
import { revisjonTekster } from '../../i18n/aktiv';
import { type Stored, getRevisjon } from '../../store/revisjonRepo';
import type { AppKontekst } from '../kontekst';
import { skolearetNa } from '../views/skoletall';

export function standardRevisjon(skolear: string): Revisjon {
  const sporsmal = revisjonTekster.standardSporsmal.map((s) => ({ id: s.id, tekst: s.tekst, ...(s.tall ? { tall: true } : {}) }));
  return { skolear, versjoner: [{ nr: 1, sporsmal, av: 'standard', tid: '' }] };
}

/** This school year's revision and its stored item (absent while it is the default). */
export async function aaretsRevisjon(ktx: AppKontekst): Promise<{ revisjon: Revisjon; lagret?: Stored<Revisjon> }> {
  const skolear = skolearetNa(ktx).navn;
  const stored = await getRevisjon(ktx.store, skolear);
  return stored ? { revisjon: stored.verdi, lagret: stored } : { revisjon: standardRevisjon(skolear) };
}
