/**
 * The kommunalsjef edits the revision's questions (each save is a new version; answers keep the
 * version they answered) and sends it to every rektor: one card each through the outbox, exactly
 * once per school and school year — the card's reminder item is claimed under that key, so a
 * second click, a retry or another process sends nothing more.
 */
import { z } from 'zod';
import { MAKS_SPORSMAL, MAKS_SPORSMAL_TEGN, type Revisjon, gjeldende } from '../../domain/revisjon';
import { formaterDato, osloDato } from '../../domain/frister';
import { nb, revisjonTekster as t } from '../../i18n/aktiv';
import { kravEllerFinn, type Paaminnelse } from '../../store/paaminnelseRepo';
import { saveRevisjon } from '../../store/revisjonRepo';
import { ConflictError } from '../../store/port';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { outboxEntry, auditEntry as audit } from '../outboxEntries';
import { aaretsRevisjon } from './revisjonen';
import { skolearetNa } from '../views/skoletall';

/** The outbox kind of the revision's card to rektor (src/app/paaminnelser/delivery.ts delivers it). */
export const REVISJON_KIND = 'revisjon';

const SporsmalKropp = z.object({
  sporsmal: z.array(z.object({ id: z.string().max(40).optional(), tekst: z.string(), tall: z.boolean().optional() })).min(1).max(MAKS_SPORSMAL),
});

function somKommunalsjef(ktx: AppKontekst, aktor: Aktor): Resultat<true> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  return kjent.verdi.kommunalsjef ? ok(true) : feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
}

/** Saves the questions as a new version (nothing is written when they are unchanged). */
export async function lagreRevisjonsSporsmal(ktx: AppKontekst, aktor: Aktor, kropp: unknown): Promise<Resultat<{ versjon: number }>> {
  const tillatt = somKommunalsjef(ktx, aktor);
  if (!tillatt.ok) return tillatt;
  const lest = SporsmalKropp.safeParse(kropp);
  if (!lest.success) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: { sporsmal: t.feil.forMange(MAKS_SPORSMAL) } });
  const felt: Record<string, string> = {};
  lest.data.sporsmal.forEach((s, i) => {
    if (s.tekst.trim() === '') felt[`sporsmal${i}`] = t.feil.sporsmalTomt;
    else if (s.tekst.length > MAKS_SPORSMAL_TEGN) felt[`sporsmal${i}`] = nb.feil.forLang(t.side.sporsmalNr(i + 1), MAKS_SPORSMAL_TEGN);
  });
  if (Object.keys(felt).length > 0) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt });
  return medStore(async () => {
    const { revisjon, lagret: stored } = await aaretsRevisjon(ktx);
    const forrige = gjeldende(revisjon)!;
    const brukt = new Set<string>();
    const sporsmal = lest.data.sporsmal.map((s, i) => {
      // A question keeps its id while it is kept, so an answer to it is still found; new ones get a fresh id.
      const id = s.id && !brukt.has(s.id) ? s.id : `s${forrige.nr + 1}_${i + 1}`;
      brukt.add(id);
      return { id, tekst: s.tekst.trim(), ...(s.tall ? { tall: true } : {}) };
    });
    if (JSON.stringify(sporsmal) === JSON.stringify(forrige.sporsmal)) return ok({ versjon: forrige.nr });
    const ny: Revisjon = { ...revisjon, versjoner: [...revisjon.versjoner, { nr: forrige.nr + 1, sporsmal, av: aktor.oid, tid: ktx.naa().toISOString() }] };
    try {
      const { skrevet } = await saveRevisjon(ktx.store, ny, [audit(ktx, aktor.oid, 'revisjon_sporsmal', `versjon=${forrige.nr + 1}`)], stored);
      if (!skrevet) return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
      throw e;
    }
    ktx.log.info({ versjon: forrige.nr + 1, antall: sporsmal.length }, 'revisjon: spørsmål lagret');
    return ok({ versjon: forrige.nr + 1 });
  });
}

/** Sends the revision to every school's rektor, once; returns how many schools it went to in all. */
export async function sendRevisjon(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<{ sendt: string; antall: number }>> {
  const tillatt = somKommunalsjef(ktx, aktor);
  if (!tillatt.ok) return tillatt;
  const til = ktx.org.skoler.filter((s) => !!s.rektor).map((s) => ({ skoleId: s.id, rektor: s.rektor! }));
  if (til.length === 0) return feil({ kode: 'ulovlig_overgang', melding: t.feil.ingenRektor });
  return medStore(async () => {
    const aar = skolearetNa(ktx);
    const { revisjon, lagret: storedItem } = await aaretsRevisjon(ktx);
    const tid = ktx.naa().toISOString();
    let stored = revisjon;
    if (!revisjon.sendt) {
      stored = { ...revisjon, sendt: { av: aktor.oid, tid, versjon: gjeldende(revisjon)!.nr, til } };
      try {
        const { skrevet } = await saveRevisjon(ktx.store, stored, [], storedItem);
        // Sent (or edited) by someone else at the same moment: theirs stands.
        if (!skrevet) stored = (await aaretsRevisjon(ktx)).revisjon;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        stored = (await aaretsRevisjon(ktx)).revisjon;
      }
    }
    // One card per school and school year, claimed under its key: schools added since the first send get theirs now.
    for (const { skoleId, rektor } of til) {
      const p: Paaminnelse = { type: 'revisjon', ting: `revisjon:${aar.navn}:${skoleId}`, dag: aar.start, straks: false, skoleId, skolear: aar.navn, av: aktor.oid, opprettet: tid };
      const { item, created } = await kravEllerFinn(ktx.store, p, osloDato(ktx.naa()), [outboxEntry(ktx, REVISJON_KIND, rektor)], [audit(ktx, aktor.oid, 'revisjon_sendt', `skole=${skoleId} til=${rektor}`)]);
      if (created) ktx.startLevering({ list: 'paminnelser', item });
    }
    ktx.log.info({ skoler: til.length }, 'revisjon sendt');
    const sendt = stored.sendt?.tid ?? tid;
    return ok({ sendt: formaterDato(osloDato(new Date(sendt))), antall: til.length });
  });
}
