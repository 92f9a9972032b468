/**
 * The letter to the parents (and an age-fitting text for the pupil): that the school has acted,
 * the plan in a version that names no other pupil, and the right to take the case to
 * Statsforvalteren once a week has passed since it was raised with rektor (§12-6). Bokmål or
 * nynorsk; a PDF and the same text to paste. Produced by rektor (kommunalsjef for cases about the
 * leadership), who answers for what the school tells the family.
 *
 * What it leaves out, because it may name other pupils: the varsel's description and «others
 * involved», the log's contents (only its kinds and dates), the background. Any name written in
 * «others involved» is also blanked wherever else it appears (tiltak, goal, the closing reason).
 */
import { z } from 'zod';
import { gjeldendeVersjon, type Aktivitetsplan } from '../../domain/aktivitetsplan';
import { formaterDato, leggTilDager, osloDato } from '../../domain/frister';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import type { Loggforing } from '../../domain/sakslogg';
import { nb } from '../../i18n/nb';
import { type Avsnitt, type Dokument, type Seksjon, tilPdf } from '../../dokument/pdf';
import { tilTekst } from '../../dokument/tekst';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medLagring, ok } from '../resultat';
import { navnPaa } from '../sakVisning';
import { erSaksleder } from '../tilgang';
import { BREV, type Brevtekster } from './brevtekster';
import { filnavnDel } from './dokumentasjon';
import { lesSakInnhold } from './sakInnhold';

export const brevValg = z.object({
  malform: z.enum(['nb', 'nn'], { error: 'Velg bokmål eller nynorsk.' }).default('nb'),
  mottaker: z.enum(['foresatte', 'elev'], { error: 'Velg om brevet er til foresatte eller eleven.' }).default('foresatte'),
});
export type BrevValg = z.input<typeof brevValg>;

export interface Brev {
  filnavn: string;
  pdf: Buffer;
  /** The same letter as plain text, to paste into the school's message system. */
  tekst: string;
}

/**
 * Blanks each name written in «others involved» (the whole phrase, and each capitalised name in it),
 * except the words in `behold` (the pupil's own names, which a sibling or namesake may share).
 */
export function skjermAndreElever(tekst: string, involverte: string | undefined, erstatning: string, behold: readonly string[] = []): string {
  if (!involverte) return tekst;
  const deler = involverte
    .split(/[,;\n/]|\s+og\s+|\s+o\s+/i)
    .map((d) => d.trim())
    .filter((d) => d.length >= 2);
  const egne = new Set(behold.map((b) => b.toLocaleLowerCase('nb')));
  const ord = deler.flatMap((d) => d.split(/\s+/)).filter((o) => /^\p{Lu}[\p{L}'-]{1,}$/u.test(o) && !egne.has(o.toLocaleLowerCase('nb')));
  const alle = [...new Set([...deler, ...ord])].sort((a, b) => b.length - a.length);
  let ut = tekst;
  for (const n of alle) {
    const trygg = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    ut = ut.replace(new RegExp(`(?<![\\p{L}])${trygg}(?![\\p{L}])`, 'giu'), erstatning);
  }
  return ut;
}

export async function lagForeldrebrev(ktx: AppKontekst, aktor: Aktor, sakId: string, raw: unknown): Promise<Resultat<Brev>> {
  const parsed = brevValg.safeParse(raw ?? {});
  if (!parsed.success) {
    const felt = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'skjema'), i.message]));
    return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt });
  }
  const valg = parsed.data;
  return medLagring(async () => {
    const lest = await lesSakInnhold(ktx, aktor, sakId, erSaksleder);
    if (!lest.ok) return lest;
    const { sak, logg, plan } = lest.verdi;
    const t = BREV[valg.malform];
    const dokument = byggBrev(ktx, aktor, sak, logg, plan, t, valg.mottaker);
    const pdf = await tilPdf(dokument);
    const filnavn = `${valg.mottaker === 'elev' ? t.filnavnElev : t.filnavnForesatte}_${filnavnDel(sak.saksnummer)}.pdf`;
    ktx.log.info({ sakId, malform: valg.malform, mottaker: valg.mottaker }, 'brev laget');
    return ok({ filnavn, pdf, tekst: tilTekst(dokument) });
  });
}

function byggBrev(ktx: AppKontekst, aktor: Aktor, sak: Sak, logg: Loggforing[], plan: Aktivitetsplan | undefined, t: Brevtekster, mottaker: 'foresatte' | 'elev'): Dokument {
  const skjerm = (s: string) => skjermAndreElever(s, sak.varsel.involverte, t.annenElev);
  const skole = finnSkole(ktx.org, sak.skoleId);
  const elev = sak.varsel.elevNavn;
  const mottatt = osloDato(new Date(sak.opprettet));
  // §12-6: once the case has been raised with rektor and a week has passed.
  const statsforvalterFra = leggTilDager(mottatt, 7);
  const gjort: Avsnitt[] = [
    { type: 'tekst', tekst: t.mottatt(formaterDato(mottatt)) },
    ...sak.historikk.filter((h) => h.handling === 'start_undersokelse').map((h) => ({ type: 'tekst' as const, tekst: t.undersokelseStartet(formaterDato(osloDato(new Date(h.tid)))) })),
    ...(logg.length > 0 ? [{ type: 'tekst' as const, tekst: t.undersokt(logg.map((l) => `${t.loggType[l.type]} (${formaterDato(l.dato)})`).join(', ')) }] : []),
  ];
  const versjon = plan && gjeldendeVersjon(plan);
  const planAvsnitt: Avsnitt[] = versjon
    ? [
        { type: 'felt', etikett: t.problem, verdi: skjerm(versjon.problem) },
        ...(versjon.mal ? [{ type: 'felt' as const, etikett: t.mal, verdi: skjerm(versjon.mal) }] : []),
        ...versjon.tiltak.flatMap((tt, i): Avsnitt[] => [
          { type: 'felt', etikett: `${t.tiltak} ${i + 1}`, verdi: skjerm(tt.beskrivelse) },
          { type: 'felt', etikett: `  ${t.naar}`, verdi: skjerm(tt.tidsrom) },
          { type: 'felt', etikett: `  ${t.ansvarlig}`, verdi: tt.ansvarlig ? navnPaa(ktx.org, tt.ansvarlig) : '–' },
        ]),
        { type: 'felt', etikett: t.evalueres, verdi: plan.nesteEvaluering ? formaterDato(plan.nesteEvaluering) : t.ingenNyEvaluering },
        ...plan.evalueringer.map((e) => ({ type: 'felt' as const, etikett: t.evaluert(formaterDato(e.dato)), verdi: t.utfall[e.utfall] })),
      ]
    : [{ type: 'tekst', tekst: t.ingenPlan }];
  const seksjoner: Seksjon[] =
    mottaker === 'elev'
      ? [
          { overskrift: t.elev.hei(elev.split(/\s+/)[0] ?? elev), avsnitt: [{ type: 'tekst', tekst: t.elev.innledning }] },
          { overskrift: t.elev.gjor, avsnitt: versjon ? versjon.tiltak.map((tt) => ({ type: 'tekst' as const, tekst: `• ${skjerm(tt.beskrivelse)} (${skjerm(tt.tidsrom)})` })) : [{ type: 'tekst', tekst: t.elev.undersoker }] },
          { overskrift: t.elev.siFra, avsnitt: [{ type: 'tekst', tekst: t.elev.siFraTekst(navnPaa(ktx.org, sak.saksansvarlig ?? skole?.rektor ?? aktor.oid)) }] },
          { overskrift: t.rettigheter, avsnitt: [{ type: 'tekst', tekst: t.elev.statsforvalteren }] },
        ]
      : [
          { overskrift: t.innledningTittel, avsnitt: [{ type: 'tekst', tekst: t.innledning(elev) }] },
          { overskrift: t.gjortTittel, avsnitt: gjort },
          { overskrift: t.planTittel, avsnitt: planAvsnitt },
          ...(sak.avslutning
            ? [
                {
                  overskrift: t.avsluttetTittel,
                  avsnitt: [
                    { type: 'tekst' as const, tekst: t.avsluttet(formaterDato(osloDato(new Date(sak.avslutning.tid)))) },
                    // Closed against the pupil's own experience: exactly when the family may want Statsforvalteren.
                    ...(sak.avslutning.motEleven ? [{ type: 'tekst' as const, tekst: t.motEleven(skjerm(sak.avslutning.motEleven)) }] : []),
                  ],
                },
              ]
            : []),
          { overskrift: t.rettigheter, avsnitt: [{ type: 'tekst', tekst: t.statsforvalteren(formaterDato(statsforvalterFra)) }] },
          { overskrift: t.hilsen, avsnitt: [{ type: 'tekst', tekst: `${navnPaa(ktx.org, aktor.oid)}\n${skole?.navn ?? ''}` }] },
        ];
  return {
    tittel: mottaker === 'elev' ? t.elev.tittel : t.tittel,
    forside: [
      { etikett: t.til, verdi: mottaker === 'elev' ? elev : t.foresatteTil(elev) },
      { etikett: t.skole, verdi: skole?.navn ?? sak.skoleId },
      { etikett: t.sak, verdi: sak.saksnummer },
      { etikett: t.dato, verdi: formaterDato(osloDato(ktx.naa())) },
    ],
    seksjoner,
    metadata: { tittel: `${mottaker === 'elev' ? t.elev.tittel : t.tittel} – ${sak.saksnummer}`, emne: t.tittel },
  };
}
