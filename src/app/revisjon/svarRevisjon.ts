/**
 * Rektor answers the revision for their school (in the tab): the answers to the version in force,
 * with the figures rektor saw (pre-filled from the product) kept beside them. Rektor may change the
 * answers at any time (the report reads them as they are when it is made); each save replaces the
 * school's answer (one item per school and school year, so two rektors never write the same item).
 */
import { z } from 'zod';
import { MAKS_SVAR_TEGN, versjonTilSvar } from '../../domain/revisjon';
import { nb, revisjonTekster as t } from '../../i18n/aktiv';
import { ConflictError } from '../../store/port';
import { getSvar, saveSvar } from '../../store/revisjonRepo';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { skolearetNa } from '../views/skoletall';
import { aaretsRevisjon } from './revisjonen';
import { type SvarView, svarView } from './revisjonSide';
import { nevnerElev, rektorsTall } from './tall';
import { auditEntry as audit } from '../outboxEntries';

export const SvarKropp = z.object({ skoleId: z.string().min(1).max(100), svar: z.record(z.string(), z.string()) });

export async function svarRevisjon(ktx: AppKontekst, aktor: Aktor, kropp: unknown): Promise<Resultat<SvarView>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const lest = SvarKropp.safeParse(kropp);
  if (!lest.success) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: {} });
  const skole = ktx.org.skoler.find((s) => s.id === lest.data.skoleId && s.rektor === aktor.oid);
  if (!skole) return feil({ kode: 'ikke_tillatt', melding: t.feil.ukjentSkole });
  return medStore(async () => {
    const aar = skolearetNa(ktx);
    const { revisjon } = await aaretsRevisjon(ktx);
    const versjon = versjonTilSvar(revisjon);
    if (!versjon) return feil({ kode: 'ulovlig_overgang', melding: t.feil.ikkeSendt });
    const { tall, elevnavn } = await rektorsTall(ktx, skole, aktor.oid, aar);
    const felt: Record<string, string> = {};
    const svar: Record<string, string> = {};
    for (const q of versjon.sporsmal) {
      const v = (lest.data.svar[q.id] ?? '').trim();
      if (v.length > MAKS_SVAR_TEGN) felt[q.id] = t.feil.forLangt(MAKS_SVAR_TEGN);
      // The answers go into the report to the kommunestyre, which names no pupil.
      else if (nevnerElev(v, elevnavn)) felt[q.id] = t.feil.nevnerElev;
      if (v !== '') svar[q.id] = v;
    }
    if (Object.keys(felt).length > 0) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt });
    const nytt = { skolear: aar.navn, skoleId: skole.id, versjon: versjon.nr, svar, tall, av: aktor.oid, tid: ktx.naa().toISOString() };
    try {
      // The audit names the school and version only, never what was answered.
      const hendelse = audit(ktx, aktor.oid, 'revisjon_besvart', `skole=${skole.id} versjon=${versjon.nr}`);
      const { skrevet } = await saveSvar(ktx.store, nytt, [hendelse], await getSvar(ktx.store, aar.navn, skole.id));
      if (!skrevet) return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
      throw e;
    }
    ktx.log.info({ skoleId: skole.id, versjon: versjon.nr }, 'revisjon besvart');
    return ok(svarView(ktx, revisjon.versjoner, nytt));
  });
}
