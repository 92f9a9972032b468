/**
 * Mine plikter: the duties text, who receives varsler at my schools, and my yearly confirmation
 * «jeg er kjent med pliktene» — stored per school I work at, for this school year and the text
 * version I read. A new text version (or school year) asks again; confirming twice stores one record.
 */
import { type Bekreftelse, skolearFor } from '../../domain/bekreftelse';
import { fristerFor } from '../../domain/fristinnstillinger';
import type { Oid } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { nb, plikter } from '../../i18n/aktiv';
import type { Sprak } from '../../i18n/sprak';
import { saveBekreftelse, mineBekreftelser } from '../../store/bekreftelseRepo';
import { iTenanten } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';

export interface PersonCard {
  navn: string;
  stilling?: string;
}

export interface PliktSide {
  versjon: string;
  skoleår: string;
  /** The receivers of varsler at each school I work at, in the order they are tried. */
  mottakere: { skoleId: string; skolenavn: string; personer: PersonCard[] }[];
  /** Who receives a varsel about a school's leadership. */
  kommunalsjefer: PersonCard[];
  /** My confirmation of this text version this school year (at every school I work at), if any. */
  bekreftelse?: { tid: string; versjon: string };
}

const card = (p: { navn: string; stilling?: string } | undefined): PersonCard | undefined =>
  p ? { navn: p.navn, ...(p.stilling ? { stilling: p.stilling } : {}) } : undefined;

/** The confirmation that counts for this school year: the current text at every one of the schools. */
function gjeldende(mine: Bekreftelse[], skoler: string[]): { tid: string; versjon: string } | undefined {
  const aktuelle = mine.filter((b) => b.tekstversjon === plikter.versjon);
  if (skoler.length === 0 || !skoler.every((s) => aktuelle.some((b) => b.skoleId === s))) return undefined;
  const forste = aktuelle.map((b) => b.tid).sort()[0]!;
  return { tid: forste, versjon: plikter.versjon };
}

export async function getPlikter(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<PliktSide>> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const skoleIder = kjent.verdi.skoler.map((s) => s.skoleId);
  const skolear = skolearFor(ktx.naa(), fristerFor(ktx.org.kommune)).navn;
  return medStore(async () => {
    const mine = await mineBekreftelser(ktx.store, aktor.oid, skolear);
    const bekreftelse = gjeldende(mine, skoleIder);
    return ok({
      versjon: plikter.versjon,
      skoleår: skolear,
      mottakere: skoleIder.map((id) => {
        const skole = finnSkole(ktx.org, id)!;
        const personer = skole.varselmottakere.map((oid: Oid) => card(skole.ansatte.find((p) => p.oid === oid))).filter((p): p is PersonCard => !!p);
        return { skoleId: id, skolenavn: skole.navn, personer };
      }),
      kommunalsjefer: ktx.org.kommune.kommunalsjefer.map((p) => card(p)!),
      ...(bekreftelse ? { bekreftelse } : {}),
    });
  });
}

/**
 * «Jeg er kjent med pliktene». `versjon` is the text version the person read: if the text changed
 * while the page was open, they are asked to read it again rather than confirm a text they never saw.
 * `sprak` is the language that text was shown in; the record keeps it (issue 24).
 */
export async function bekreftPlikter(ktx: AppKontekst, aktor: Aktor, versjon: string, sprak?: Sprak): Promise<Resultat<{ tid: string; versjon: string }>> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  if (versjon !== plikter.versjon) return feil({ kode: 'konflikt', melding: nb.plikter.nyTekst });
  const skoler = kjent.verdi.skoler.map((s) => s.skoleId);
  if (skoler.length === 0) return feil({ kode: 'ikke_tillatt', melding: nb.plikter.ingenSkole });
  const tid = ktx.naa().toISOString();
  const skolear = skolearFor(ktx.naa(), fristerFor(ktx.org.kommune)).navn;
  return medStore(async () => {
    const stored: Bekreftelse[] = [];
    for (const skoleId of skoler) {
      const { bekreftelse, ny } = await saveBekreftelse(ktx.store, { oid: aktor.oid, skoleId, skolear, tekstversjon: versjon, tid, ...(sprak ? { sprak } : {}) });
      stored.push(bekreftelse);
      if (ny) ktx.log.info({ oid: aktor.oid, skoleId, skolear, versjon, sprak }, 'plikter bekreftet');
    }
    return ok({ tid: stored.map((b) => b.tid).sort()[0]!, versjon });
  });
}
