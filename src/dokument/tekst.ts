/** The same document as plain text, to paste into the school's message system (Visma, Vigilo, Transponder …). */
import type { Dokument } from './pdf';

export function tilTekst(d: Dokument): string {
  const linjer: string[] = [d.tittel, ''];
  for (const l of d.forside) linjer.push(`${l.etikett}: ${l.verdi}`);
  for (const s of d.seksjoner) {
    linjer.push('', s.overskrift);
    for (const a of s.avsnitt) {
      if (a.type === 'tekst') linjer.push(a.tekst);
      else if (a.type === 'underoverskrift') linjer.push('', a.tekst);
      else linjer.push(`${a.etikett}: ${a.verdi}`);
    }
  }
  return `${linjer.join('\n').trim()}\n`;
}
