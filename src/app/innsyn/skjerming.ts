/**
 * Blanking other pupils' names in what the innsyn export gives out. Two nets, because nobody
 * types names into a list before writing them in a text:
 * 1. the names we know are other pupils' (written as «others involved», or the subject of another
 *    case at the school) are blanked wherever they stand (skjermAndreElever);
 * 2. any other capitalised word inside a sentence is taken for a name and blanked — in Norwegian
 *    only proper nouns are capitalised there — unless it is the pupil's own name, a person or school
 *    of the organisation, or an abbreviation (PPT, BUP).
 * It errs on the side of blanking too much; the export asks the person who takes it out to read it.
 */
import type { Organisasjon } from '../../domain/organisasjon';
import { skjermAndreElever } from '../dokumenter/foreldrebrev';

/** Put in place of another pupil's name. */
export const ANNEN_ELEV = '[annen elev]';

const ORD = /\p{Lu}[\p{L}'’-]*/gu;
/** After these (or at the start), a capital letter starts a sentence or a quote, not necessarily a name. */
const SETNINGSSTART = /(^|[.!?:;«»"“”(\n–-])\s*$/u;

export function lagSkjerming(org: Organisasjon, egetNavn: string, andreElever: readonly string[]): (tekst: string) => string {
  const egne = egetNavn.trim().split(/\s+/);
  const folk = [...org.kommune.kommunalsjefer, ...org.kommune.administratorer, ...(org.kommune.saksbehandlere ?? []), ...org.skoler.flatMap((s) => s.ansatte)].map((p) => p.navn);
  const kjente = new Set(
    [...egne, ...folk, ...org.skoler.map((s) => s.navn), org.kommune.navn]
      .flatMap((n) => n.split(/\s+/))
      .map((o) => o.toLocaleLowerCase('nb')),
  );
  const liste = andreElever.filter((s) => s.trim()).join(', ');
  return (tekst) => {
    const kjent = skjermAndreElever(tekst, liste, ANNEN_ELEV, egne);
    const skjermet = kjent.replace(ORD, (ord, i: number) => {
      if (ord.length < 2 || ord === ord.toLocaleUpperCase('nb')) return ord;
      if (kjente.has(ord.toLocaleLowerCase('nb'))) return ord;
      return SETNINGSSTART.test(kjent.slice(0, i)) ? ord : ANNEN_ELEV;
    });
    // A first and last name blanked word by word is one pupil.
    return skjermet.replaceAll(`${ANNEN_ELEV} ${ANNEN_ELEV}`, ANNEN_ELEV);
  };
}
