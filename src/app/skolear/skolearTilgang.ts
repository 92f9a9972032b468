/**
 * Who may do what with the school year: the kommunalsjefer and the administrators keep the
 * skolerute and the årshjul and see every school's progress; rektor marks the own school's
 * checkpoints; the rest of a school's leadership reads its checkpoints; the skolerute itself
 * (holidays, nothing else) is readable by everyone the organisation knows.
 */
import type { Skole } from '../../domain/organisasjon';
import { finnSkole } from '../../domain/roller';
import { folgSprak } from '../../i18n/aktiv';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, ok } from '../resultat';

const t = folgSprak((k) => k.skolear.feil);

/** Keeps the skolerute and the årshjul: kommunalsjef or administrator. */
export function somSkolearHolder(ktx: AppKontekst, aktor: Aktor): Resultat<true> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  return kjent.verdi.kommunalsjef || kjent.verdi.administrator ? ok(true) : feil({ kode: 'ikke_tillatt', melding: t.ikkeTillatt });
}

/** Reads the årshjul: every school for the holders; for a school's leadership, their own schools. */
export function aarshjulLeser(ktx: AppKontekst, aktor: Aktor): Resultat<{ alle: boolean; skoler: Skole[] }> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const r = kjent.verdi;
  if (r.kommunalsjef || r.administrator) return ok({ alle: true, skoler: ktx.org.skoler });
  const skoler = r.skoler.filter((s) => s.rektor || s.ledelse).flatMap((s) => finnSkole(ktx.org, s.skoleId) ?? []);
  return skoler.length > 0 ? ok({ alle: false, skoler }) : feil({ kode: 'ikke_tillatt', melding: t.ikkeLeser });
}

/** Marks a school's checkpoint done: that school's rektor now. */
export function somRektorFor(ktx: AppKontekst, aktor: Aktor, skoleId: string): Resultat<Skole> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const skole = finnSkole(ktx.org, skoleId);
  return skole && skole.rektor === aktor.oid ? ok(skole) : feil({ kode: 'ikke_tillatt', melding: t.ikkeRektor });
}
