/**
 * What «Ta imot» asks beside the classification and the assignee: the reason when a «vet ikke» varsel
 * is classified «nei», and (§12-5) who the employee is, added or corrected — the use case keeps that
 * person out of the case.
 */
import type { SakView } from '../../src/app/sakView';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { folgSprak, revisjonTekster } from '../../src/i18n/aktiv';
import { feltFeil, type Element } from './felles';
import type { SakCardValg } from './sakspaneler';

const t = folgSprak((k) => k.kort.sak);
/** Beside the assignee's list the card must stay under Teams' size limit: a shorter list, and a name can always be written. */
const MAKS_INVOLVERT_VALG = 20;

/** §12-5 at receipt: who the employee is, added or corrected (the use case keeps that person out of the case). */
export function involvertValg(v: SakView, valg: SakCardValg): Element[] {
  if (v.gjelder !== 'ansatt' && v.gjelder !== 'vet_ikke') return [];
  // A name only: the school's person it suggests is chosen in advance (and always among the choices), for rektor to confirm or change.
  const forslag = v.involvertAnsatt?.forslag;
  const personer = [...(forslag ? [forslag] : []), ...v.saksansvarligValg.filter((p) => p.oid !== forslag?.oid)].slice(0, MAKS_INVOLVERT_VALG);
  return [
    { type: 'Input.ChoiceSet', id: 'involvertAnsatt', label: t.involvertAnsatt, style: 'filtered', value: String(valg.verdier?.involvertAnsatt ?? forslag?.oid ?? ''), choices: personer.map((p) => ({ title: p.navn, value: p.oid })) },
    ...feltFeil(valg.feltFeil?.involvertAnsatt),
    ...tekstInput('involvertAnsattTekst', t.involvertAnsattTekst, String(valg.verdier?.involvertAnsattTekst ?? ''), undefined),
    ...(v.involvertAnsatt?.uavklart ? [{ type: 'Input.Toggle' as const, id: 'involvertUtenfor', title: t.involvertUtenfor, valueOn: 'true', valueOff: 'false', value: 'false' }] : []),
  ];
}

/** The case's theme at receipt (issue 23), from the municipality's list; may be left for later. */
export function temaInput(v: SakView, valg: SakCardValg): Element[] {
  if (!v.temaValg || v.temaValg.length === 0) return [];
  const rt = revisjonTekster.tema;
  return [{ type: 'Input.ChoiceSet', id: 'tema', label: rt.felt, placeholder: rt.velg, value: String(valg.verdier?.tema ?? ''), choices: v.temaValg.map((x) => ({ title: x.navn, value: x.id })) }, ...feltFeil(valg.feltFeil?.tema)];
}

export function tekstInput(id: string, label: string, verdi: string | undefined, feil: string | undefined): Element[] {
  return [{ type: 'Input.Text', id, label, maxLength: MAKS_LENGDE.begrunnelse, value: [...(verdi ?? '')].slice(0, MAKS_LENGDE.begrunnelse).join('') }, ...feltFeil(feil)];
}

