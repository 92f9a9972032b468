/**
 * §12-5 at receipt: the receiver adds or corrects who the employee the case is about is. The named
 * person of the school is then kept out of the case (tilgang.ts: erSkjermet). A name written as text
 * has no identity to keep out: the receiver picks the person (suggested by the name) or states that
 * the person is not in the organisation (an agency vikar); until then the case says so.
 */
import type { Organisasjon, Person } from '../domain/organisasjon';
import { finnSkole } from '../domain/roller';
import { rutingUten } from '../domain/routing';
import type { Sak } from '../domain/sak';
import { type InvolvertAnsatt, MAKS_LENGDE } from '../domain/varsel';
import { nb } from '../i18n/aktiv';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, ok } from './resultat';
import { lesInvolvert } from './varselSchema';

const ja = (v: unknown) => v === true || v === 'true';

/**
 * At receipt the receiver may add or correct who the employee is (§12-5): a person of the school
 * (who is then kept out of the case), a name, or — for a name — that the person is not in the
 * organisation. Someone in the leadership is a leadership case, which goes to kommunalsjef by its
 * own classification. Returns whether anything was set.
 */
export function navngiInvolvert(ktx: AppKontekst, sak: Sak, verdier: Record<string, unknown>, gjelder: string, aktor: Aktor, tid: string): Resultat<boolean> {
  const oid = typeof verdier.involvertAnsatt === 'string' ? verdier.involvertAnsatt.trim() : '';
  const tekst = typeof verdier.involvertAnsattTekst === 'string' ? verdier.involvertAnsattTekst.trim().slice(0, MAKS_LENGDE.involvertAnsattTekst) : '';
  const ugyldig = (m: string) => feil<boolean>({ kode: 'ugyldig', melding: m, felt: { involvertAnsatt: m } });
  // Stating «not in the organisation» wins over a person chosen in advance (the suggestion).
  const utenfor = ja(verdier.involvertUtenfor);
  // «Not in the organisation» names the person written now, or the one the varsel wrote.
  const skrevet = tekst || (sak.involvertAnsatt && 'tekst' in sak.involvertAnsatt ? sak.involvertAnsatt.tekst : '');
  if (utenfor && !skrevet) return feil({ kode: 'ugyldig', melding: nb.feil.involvertUtenforUtenNavn, felt: { involvertAnsattTekst: nb.feil.involvertUtenforUtenNavn } });
  const involvert: InvolvertAnsatt | undefined = utenfor ? { tekst: skrevet, utenfor: true } : lesInvolvert(oid, tekst);
  if (!involvert) return ok(false);
  if (gjelder !== 'ansatt' && gjelder !== 'ledelse') return ugyldig(nb.feil.involvertIkkeAnsattSak);
  const skole = finnSkole(ktx.org, sak.skoleId);
  if ('oid' in involvert) {
    if (!skole?.ansatte.some((p) => p.oid === involvert.oid)) return ugyldig(nb.feil.involvertAnsattUgyldig);
    if (sak.ruting.kanal !== 'skoleeier' && (skole.rektor === involvert.oid || skole.ledelse.includes(involvert.oid))) return ugyldig(nb.feil.involvertILedelsen);
  }
  sak.involvertAnsatt = { ...involvert, av: aktor.oid, tid };
  // Kept out from now on: not saksansvarlig, not among the receivers.
  if (sak.saksansvarlig && 'oid' in involvert && sak.saksansvarlig === involvert.oid) delete sak.saksansvarlig;
  if (skole) sak.ruting = rutingUten(ktx.org, skole, sak.ruting, 'oid' in involvert ? involvert.oid : undefined);
  return ok(true);
}

/**
 * The one person of the school whose name the written text matches (each of the person's name
 * parts that the text contains as a word, at least one; ties give no suggestion): what the receiver
 * is offered first. A suggestion only — nobody is kept out until the receiver picks.
 */
export function foreslaattInvolvert(org: Organisasjon, sak: Pick<Sak, 'skoleId' | 'involvertAnsatt'>): Person | undefined {
  const i = sak.involvertAnsatt;
  if (!i || !('tekst' in i) || i.utenfor) return undefined;
  const ord = new Set(i.tekst.toLocaleLowerCase('nb').split(/[^\p{L}-]+/u).filter((o) => o.length >= 2));
  const skole = finnSkole(org, sak.skoleId);
  const treff = (skole?.ansatte ?? [])
    .map((p) => ({ p, n: p.navn.toLocaleLowerCase('nb').split(/\s+/).filter((d) => ord.has(d)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return treff.length > 0 && (treff.length === 1 || treff[0]!.n > treff[1]!.n) ? treff[0]!.p : undefined;
}
