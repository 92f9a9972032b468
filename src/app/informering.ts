/**
 * Who was told at closing, one record per person: the pupil, and each parent or guardian by who they
 * are (INFORMERT_RADER), how and when — never «eleven og foresatte» in one line for one phone call.
 */
import { erGyldigDato, formaterDato } from '../domain/frister';
import { INFORMERT_RADER, type Informering, type Sak } from '../domain/sak';
import { MAKS_LENGDE } from '../domain/varsel';
import { nb } from '../i18n/aktiv';
import type { Aktor } from './kontekst';
import { type Resultat, feil, ok } from './resultat';

/**
 * The closing form's «who was told, how and when», one row per person (INFORMERT_RADER): the pupil,
 * and each parent or guardian by who they are. Optional when recorded before, and then the lifecycle
 * check asks for it. A row is refused at its own field: a parent without who, no how, a date in the
 * future or before the varsel came.
 */
export function lesInformering(verdier: Record<string, unknown>, aktor: Aktor, tid: string, idag: string, varselDato: string): Resultat<Informering[]> {
  const tekst = (felt: string) => (typeof verdier[felt] === 'string' ? verdier[felt].trim() : '');
  const ut: Informering[] = [];
  const felt: Record<string, string> = {};
  for (const rad of INFORMERT_RADER) {
    const navn = 'navn' in rad ? tekst(rad.navn) : '';
    const hvordan = tekst(rad.hvordan);
    const datoTekst = tekst(rad.dato);
    if (!navn && !hvordan && !datoTekst) continue;
    if ('navn' in rad && !navn) felt[rad.navn] = nb.validering.foresattMangler;
    if (navn.length > MAKS_LENGDE.informertNavn) felt['navn' in rad ? rad.navn : rad.hvordan] = nb.feil.forLang(nb.felt.informertNavn, MAKS_LENGDE.informertNavn);
    if (!hvordan) felt[rad.hvordan] = nb.validering.informertHvordanMangler;
    else if (hvordan.length > MAKS_LENGDE.begrunnelse) felt[rad.hvordan] = nb.feil.forLang(nb.felt.informertHvordan, MAKS_LENGDE.begrunnelse);
    const dato = datoTekst || idag;
    if (!erGyldigDato(dato) || dato > idag) felt[rad.dato] = nb.feil.informertDato;
    else if (dato < varselDato) felt[rad.dato] = nb.validering.informertForVarsel(formaterDato(varselDato));
    const elev = rad.hvem === 'elev';
    ut.push({ dato, hvordan, hvem: rad.hvem, ...(navn ? { navn } : {}), elev, foresatte: !elev, av: aktor.oid, tid });
  }
  if (Object.keys(felt).length > 0) return feil({ kode: 'ugyldig', melding: Object.values(felt)[0]!, felt });
  return ok(ut);
}

/** The field a refusal for «not told» stands at: the pupil's row, or the first parent's once the pupil is told. */
export function manglerInformert(sak: Pick<Sak, 'informert'>): string {
  return (sak.informert ?? []).some((i) => i.elev) ? INFORMERT_RADER[1].hvordan : INFORMERT_RADER[0].hvordan;
}
