/**
 * The report to the kommunestyre (issue 23): the municipality's figures and each school's, the risk
 * areas and the competence needs the rektors named in the revision — as a PDF (src/dokument/pdf.ts)
 * and as text to paste. Only the kommunalsjef makes it. It names no pupil: the figures are counts,
 * themes are the municipality's words, and an answer naming a pupil was refused when saved
 * (svarRevisjon.ts). Its figures are Oversikt's (the same computation, src/app/views/skoletall.ts).
 */
import { type Dokument, type Avsnitt, tilPdf } from '../../dokument/pdf';
import { tilTekst } from '../../dokument/tekst';
import { formaterDato, osloDato } from '../../domain/frister';
import { type RevisjonsSvar, summer } from '../../domain/revisjon';
import { temanavn } from '../sakstemaValg';
import { revisjonTekster as t, malformNaa, nb } from '../../i18n/aktiv';
import { alleSvar } from '../../store/revisjonRepo';
import type { PdfFil } from '../dokumenter/dokumentasjon';
import type { Aktor, AppKontekst } from '../kontekst';
import { forArkivet } from '../sprakKontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { kjentAktor } from '../aktorer';
import { skolearetNa } from '../views/skoletall';
import type { Kommune } from '../../domain/organisasjon';
import { kommunensTall } from './tall';

/** The figures as labelled lines (the catalog's), with the municipality's theme words. */
export const tallLinjer = (kommune: Pick<Kommune, 'sakstemaer'>, x: Parameters<typeof t.tall.linjer>[0]) => t.tall.linjer(x, (id) => temanavn(kommune, id));

const felt = (l: { etikett: string; verdi: string }): Avsnitt => ({ type: 'felt', ...l });

/** One question's answers, school by school (the default questions' ids: risiko, kompetanse). */
function svarPaa(id: string, svar: RevisjonsSvar[], skolenavn: (skoleId: string) => string): Avsnitt[] {
  const med = svar.filter((s) => (s.svar[id] ?? '').trim() !== '');
  if (med.length === 0) return [{ type: 'tekst', tekst: t.rapport.ingenSvar }];
  return med.flatMap((s): Avsnitt[] => [{ type: 'underoverskrift', tekst: skolenavn(s.skoleId) }, { type: 'tekst', tekst: s.svar[id]! }]);
}

export async function byggKommunestyrerapport(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<Dokument>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  if (!kjent.verdi.kommunalsjef) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  // A report to the kommunestyre is a record: in the municipality's målform (issue 24).
  return forArkivet(ktx, () => medStore(async () => {
    const aar = skolearetNa(ktx);
    const [tall, svar] = await Promise.all([kommunensTall(ktx, aar), alleSvar(ktx.store, aar.navn)]);
    const kommune = ktx.org.kommune;
    const skolenavn = (id: string) => ktx.org.skoler.find((s) => s.id === id)?.navn ?? id;
    const sum = { ...summer(tall.skoler.map((s) => s.tall)), ...(tall.medianTimerTilMottak !== undefined ? { medianTimerTilMottak: tall.medianTimerTilMottak } : {}), ...(tall.medianTimerTilUndersokelse !== undefined ? { medianTimerTilUndersokelse: tall.medianTimerTilUndersokelse } : {}) };
    const d: Dokument = {
      tittel: t.rapport.tittel(kommune.navn),
      forside: [
        { etikett: t.rapport.skoleår, verdi: aar.navn.replace('-', '–') },
        { etikett: t.rapport.laget, verdi: formaterDato(osloDato(ktx.naa())) },
        { etikett: t.rapport.av, verdi: navnPaa(ktx.org, aktor.oid) },
      ],
      seksjoner: [
        { overskrift: t.rapport.kommunen, avsnitt: tallLinjer(kommune, sum).map(felt) },
        { overskrift: t.rapport.skoler, avsnitt: tall.skoler.flatMap(({ skole, tall: x }): Avsnitt[] => [{ type: 'underoverskrift', tekst: skole.navn }, ...tallLinjer(kommune, x).map(felt)]) },
        { overskrift: t.rapport.risiko, avsnitt: svarPaa('risiko', svar, skolenavn) },
        { overskrift: t.rapport.kompetanse, avsnitt: svarPaa('kompetanse', svar, skolenavn) },
        { overskrift: t.rapport.om, avsnitt: [{ type: 'tekst', tekst: t.rapport.omTekst }] },
      ],
      metadata: { tittel: t.rapport.tittel(kommune.navn), emne: t.rapport.emne },
      sprak: malformNaa(),
    };
    ktx.log.info({ skoler: tall.skoler.length, svar: svar.length }, 'rapport til kommunestyret laget');
    return ok(d);
  }));
}

export async function lagKommunestyrerapport(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<PdfFil>> {
  const d = await byggKommunestyrerapport(ktx, aktor);
  if (!d.ok) return d;
  return ok({ filnavn: t.rapport.filnavn(skolearetNa(ktx).navn), pdf: await tilPdf(d.verdi) });
}

export async function kommunestyrerapportTekst(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<{ tekst: string }>> {
  const d = await byggKommunestyrerapport(ktx, aktor);
  return d.ok ? ok({ tekst: tilTekst(d.verdi) }) : d;
}
