/**
 * Blanking other pupils' names in what goes out of the school about one pupil — the innsyn export
 * and the letters to the family use this one screening. Two nets, because nobody types names into a
 * list before writing them in a text:
 * 1. the names we know are other pupils' (written as «others involved», or the subject of another
 *    case at the school) are blanked wherever they stand (skjermAndreElever);
 * 2. any other capitalised word inside a sentence is taken for a name and blanked — in Norwegian
 *    only proper nouns are capitalised there — unless it is the pupil's own name, a person or school
 *    of the organisation, an abbreviation (PPT, BUP), or a body or service whose name is capitalised
 *    (Statsforvalteren, Barneombudet …): those are not pupils, and blanking them would garble the text.
 * What stands in a blanked name's place is the caller's, in the document's language («[annen elev]»,
 * «[annan elev]»). It errs on the side of blanking too much. A capitalised word that starts a sentence may still be a
 * name: `ordAaSjekke` lists those, so the person who sends the text reads them first.
 */
import type { Organisasjon } from '../../domain/organisasjon';

const ORD = /\p{Lu}[\p{L}'’-]*/gu;
/** After these (or at the start), a capital letter starts a sentence or a quote, not necessarily a name. */
const SETNINGSSTART = /(^|[.!?:;«»"“”(\n–•-])\s*$/u;

/** Capitalised words in school texts that are never a pupil's name. */
const IKKE_NAVN = [
  'Statsforvalteren', 'Statsforvaltaren', 'Barneombudet', 'Barnevernet', 'Barnevernstjenesten', 'Barnevernstenesta', 'Politiet',
  'Helsestasjonen', 'Skolehelsetjenesten', 'Utdanningsdirektoratet', 'Udir', 'Opplæringslova', 'Forvaltningsloven', 'Barnekonvensjonen',
  'Grunnloven', 'Elevundersøkelsen', 'Spekter', 'Teams', 'Skolemiljø', 'Mobbeombudet', 'Elevombudet', 'Kommunen', 'Skoleeier',
];

function kjenteOrd(org: Organisasjon, egne: readonly string[]): Set<string> {
  const folk = [...org.kommune.kommunalsjefer, ...org.kommune.administratorer, ...(org.kommune.saksbehandlere ?? []), ...org.skoler.flatMap((s) => s.ansatte)].map((p) => p.navn);
  return new Set(
    [...egne, ...folk, ...org.skoler.map((s) => s.navn), org.kommune.navn, ...IKKE_NAVN]
      .flatMap((n) => n.split(/\s+/))
      .map((o) => o.toLocaleLowerCase('nb')),
  );
}

export function lagSkjerming(org: Organisasjon, egetNavn: string, andreElever: readonly string[], erstatning: string): (tekst: string) => string {
  const egne = egetNavn.trim().split(/\s+/);
  const kjente = kjenteOrd(org, egne);
  const liste = andreElever.filter((s) => s.trim()).join(', ');
  return (tekst) => {
    const kjent = skjermAndreElever(tekst, liste, erstatning, egne);
    const skjermet = kjent.replace(ORD, (ord, i: number) => {
      if (ord.length < 2 || ord === ord.toLocaleUpperCase('nb')) return ord;
      if (kjente.has(ord.toLocaleLowerCase('nb'))) return ord;
      return SETNINGSSTART.test(kjent.slice(0, i)) ? ord : erstatning;
    });
    // A first and last name blanked word by word is one pupil.
    return skjermet.replaceAll(`${erstatning} ${erstatning}`, erstatning);
  };
}

/**
 * The capitalised words a screened text still holds that may be a name: those starting a sentence,
 * which the screening keeps («Voksen ved porten» as much as «Ola sier …»), unless known not to be one.
 */
export function ordAaSjekke(org: Organisasjon, egetNavn: string, tekster: readonly string[]): string[] {
  const kjente = kjenteOrd(org, egetNavn.trim().split(/\s+/));
  const funnet = new Set<string>();
  for (const tekst of tekster) {
    for (const m of tekst.matchAll(ORD)) {
      const ord = m[0];
      if (ord.length < 2 || ord === ord.toLocaleUpperCase('nb') || kjente.has(ord.toLocaleLowerCase('nb'))) continue;
      if (tekst[m.index - 1] === '[') continue;
      funnet.add(ord);
    }
  }
  return [...funnet];
}

/**
 * Blanks each name written in «others involved» (the whole phrase, and each capitalised name in it),
 * except the words in `behold` (the pupil's own names, which a sibling or namesake may share).
 */
export function skjermAndreElever(tekst: string, involverte: string | undefined, erstatning: string, behold: readonly string[] = []): string {
  if (!involverte) return tekst;
  const egne = new Set(behold.map((b) => b.toLocaleLowerCase('nb')));
  // The pupil's own name among the involved (a case about another pupil that names this one) stays.
  const deler = involverte
    .split(/[,;\n/]|\s+og\s+|\s+o\s+/i)
    .map((d) => d.trim())
    .filter((d) => d.length >= 2 && !d.split(/\s+/).every((o) => egne.has(o.toLocaleLowerCase('nb'))));
  const ord = deler.flatMap((d) => d.split(/\s+/)).filter((o) => /^\p{Lu}[\p{L}'-]{1,}$/u.test(o) && !egne.has(o.toLocaleLowerCase('nb')));
  const alle = [...new Set([...deler, ...ord])].sort((a, b) => b.length - a.length);
  let ut = tekst;
  for (const n of alle) {
    const trygg = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    ut = ut.replace(new RegExp(`(?<![\\p{L}])${trygg}(?![\\p{L}])`, 'giu'), erstatning);
  }
  return ut;
}
