/**
 * The revision in the tab (issue 23). A rektor sees the questions to answer for each school they
 * lead, with the school's figures pre-filled from the product (never counting a case about the
 * school's leadership) and their saved answer. The kommunalsjef sees the questions (to edit and
 * send) and every school's answer side by side with the school's figures, every case counted.
 */
import { finnVersjon, gjeldende, type RevisjonsSporsmal, type RevisjonsTall, type SporsmalsVersjon, versjonTilSvar } from '../../domain/revisjon';
import { formaterDato, osloDato } from '../../domain/frister';
import { nb } from '../../i18n/aktiv';
import { alleSvar, getSvar } from '../../store/revisjonRepo';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { skolearetNa } from '../views/skoletall';
import { aaretsRevisjon } from './revisjonen';
import { temaValg } from '../sakstemaValg';
import { kommunensTall, rektorsTall } from './tall';

/** A saved answer as shown: each question of the version it answered, with its answer. */
export interface SvarView {
  versjon: number;
  svar: { id: string; sporsmal: string; svar: string }[];
  av: string;
  dato: string;
}

export interface RektorSkole {
  skoleId: string;
  navn: string;
  tall: RevisjonsTall;
  svar?: SvarView;
  /** The saved answers by question id, to fill the form. */
  utfylt: Record<string, string>;
}

export interface RevisjonSide {
  skoleår: string;
  rolle: 'rektor' | 'kommunalsjef';
  /** The questions as now (the kommunalsjef edits them; rektor answers them once sent). */
  sporsmal: SporsmalsVersjon;
  sendt?: { dato: string; antall: number };
  /** The case themes' words by id (the municipality's list), for the figures. */
  temanavn: Record<string, string>;
  /** Rektor: their schools. */
  mineSkoler: RektorSkole[];
  /** Kommunalsjef: every school, its figures and answer. */
  skoler: { skoleId: string; navn: string; tall: RevisjonsTall; svar?: SvarView }[];
}

export function svarView(ktx: AppKontekst, versjoner: SporsmalsVersjon[], s: { versjon: number; svar: Record<string, string>; av: string; tid: string }): SvarView {
  const sporsmal: RevisjonsSporsmal[] = versjoner.find((v) => v.nr === s.versjon)?.sporsmal ?? [];
  return {
    versjon: s.versjon,
    svar: sporsmal.map((q) => ({ id: q.id, sporsmal: q.tekst, svar: s.svar[q.id] ?? '' })),
    av: navnPaa(ktx.org, s.av),
    dato: formaterDato(osloDato(new Date(s.tid))),
  };
}

export async function getRevisjonSide(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<RevisjonSide>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const mine = ktx.org.skoler.filter((s) => s.rektor === aktor.oid);
  const kommunalsjef = kjent.verdi.kommunalsjef;
  if (!kommunalsjef && mine.length === 0) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  return medStore<RevisjonSide>(async () => {
    const aar = skolearetNa(ktx);
    const { revisjon } = await aaretsRevisjon(ktx);
    const sendt = revisjon.sendt ? { dato: formaterDato(osloDato(new Date(revisjon.sendt.tid))), antall: revisjon.sendt.til.length } : undefined;
    const temanavn = Object.fromEntries(temaValg(ktx.org.kommune).map((x) => [x.id, x.navn]));
    const base = { skoleår: aar.navn, temanavn, sporsmal: gjeldende(revisjon)!, ...(sendt ? { sendt } : {}) };
    if (kommunalsjef) {
      const [tall, svar] = await Promise.all([kommunensTall(ktx, aar), alleSvar(ktx.store, aar.navn)]);
      const skoler = tall.skoler.map(({ skole, tall: t }) => {
        const s = svar.find((x) => x.skoleId === skole.id);
        return { skoleId: skole.id, navn: skole.navn, tall: t, ...(s ? { svar: svarView(ktx, revisjon.versjoner, s) } : {}) };
      });
      return ok({ ...base, rolle: 'kommunalsjef', mineSkoler: [], skoler });
    }
    const versjon = versjonTilSvar(revisjon);
    const mineSkoler: RektorSkole[] = [];
    for (const skole of mine) {
      const [{ tall }, stored] = await Promise.all([rektorsTall(ktx, skole, aktor.oid, aar), getSvar(ktx.store, aar.navn, skole.id)]);
      const s = stored?.verdi;
      mineSkoler.push({ skoleId: skole.id, navn: skole.navn, tall, ...(s ? { svar: svarView(ktx, revisjon.versjoner, s) } : {}), utfylt: s?.svar ?? {} });
    }
    // Until it is sent, rektor sees that it is not, and no questions to answer.
    return ok({ ...base, sporsmal: versjon ?? { ...finnVersjon(revisjon, 1)!, sporsmal: [] }, rolle: 'rektor', mineSkoler, skoler: [] });
  });
}
