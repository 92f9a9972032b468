/**
 * The letter to the parents (and an age-fitting text for the pupil): who really received the case
 * and when (rektor, a delegate on rektor's behalf, or the kommune), what has been done, the plan in
 * a version that names no other pupil, and the right to take the case to Statsforvalteren once a
 * week has passed since the matter was raised with the school (§12-6). Bokmål or nynorsk; a PDF and
 * the same text to paste. Produced by rektor — in a case about the leadership by kommunalsjef, and
 * then the letter comes from the kommune and points the family there — signed with name and title.
 *
 * What it leaves out, because it may name other pupils: the varsel's description and «others
 * involved», the log's contents (only its kinds and dates), the background. The free text it does
 * print (problem, goal, tiltak) goes through the innsyn export's screening (innsyn/skjerming.ts),
 * and the capitalised words left that may still be names are listed for rektor to check.
 */
import { z } from 'zod';
import { gjeldendeVersjon, type Aktivitetsplan } from '../../domain/aktivitetsplan';
import { formaterDato, leggTilDager, osloDato } from '../../domain/frister';
import { finnSkole, rollerFor } from '../../domain/roller';
import type { Kontaktinfo } from '../../domain/organisasjon';
import type { Sak } from '../../domain/sak';
import type { Loggforing } from '../../domain/sakslogg';
import { nb } from '../../i18n/aktiv';
import { type Avsnitt, type Dokument, type Seksjon, tilPdf } from '../../dokument/pdf';
import { tilTekst } from '../../dokument/tekst';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { erSaksleder } from '../tilgang';
import { lagSkjerming, ordAaSjekke } from '../innsyn/skjerming';
import { BREV, type Brevtekster } from '../../i18n/brevtekster';
import { filnavnDel } from './dokumentasjon';
import { loggLesing } from '../lesLogg';
import { lesSakInnhold } from './sakInnhold';
import { feltFeil } from '../feltFeil';

export const brevValg = z.object({
  malform: z.enum(['nb', 'nn'], { error: () => nb.validering.brevMalform }).default('nb'),
  mottaker: z.enum(['foresatte', 'elev'], { error: () => nb.validering.brevMottaker }).default('foresatte'),
});
export type BrevValg = z.input<typeof brevValg>;

export interface Brev {
  filnavn: string;
  pdf: Buffer;
  /** The same letter as plain text, to paste into the school's message system. */
  tekst: string;
  /** Capitalised words left in the letter's free text that may be a name: rektor reads them before sending. */
  ordAaSjekke: string[];
  /** The school (the kommune, in a leadership case) has no phone, e-mail or postal address: the letter page says so. */
  kontaktMangler: boolean;
}

export async function lagForeldrebrev(ktx: AppKontekst, aktor: Aktor, sakId: string, raw: unknown): Promise<Resultat<Brev>> {
  const parsed = brevValg.safeParse(raw ?? {});
  if (!parsed.success) {
    const felt = feltFeil(parsed.error, { bareToppfelt: true });
    return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt });
  }
  const valg = parsed.data;
  return medStore(async () => {
    const lest = await lesSakInnhold(ktx, aktor, sakId, erSaksleder);
    if (!lest.ok) return lest;
    loggLesing(ktx, aktor.oid, lest.verdi.lagret, 'brev_lest');
    const { sak, logg, plan } = lest.verdi;
    const t = BREV[valg.malform];
    const { dokument, fritekst, kontaktMangler } = byggBrev(ktx, aktor, sak, logg, plan, t, valg.mottaker);
    const pdf = await tilPdf({ ...dokument, sprak: valg.malform });
    const filnavn = `${valg.mottaker === 'elev' ? t.filnavnElev : t.filnavnForesatte}_${filnavnDel(sak.saksnummer)}.pdf`;
    ktx.log.info({ sakId, malform: valg.malform, mottaker: valg.mottaker }, 'brev laget');
    return ok({ filnavn, pdf, tekst: tilTekst(dokument), ordAaSjekke: ordAaSjekke(ktx.org, sak.varsel.elevNavn, fritekst), kontaktMangler });
  });
}

/**
 * Who received the case, in the family's words: rektor, a delegate on rektor's behalf, or the kommune;
 * a case the school received and then moved to the kommune (it may concern the leadership) says both,
 * without naming the school's leader who received it.
 */
function mottattLinjer(ktx: AppKontekst, sak: Sak, t: Brevtekster): string[] {
  const mottak = sak.historikk.find((h) => h.handling === 'ta_imot' || h.handling === 'tildel');
  if (!mottak) return [t.ikkeMottatt];
  const dag = (tid: string) => formaterDato(osloDato(new Date(tid)));
  const roller = rollerFor(ktx.org, mottak.av);
  const navn = roller.person?.navn ?? navnPaa(ktx.org, mottak.av);
  const stilling = roller.person?.stilling ?? '';
  const iKommunen = roller.kommunalsjef || ktx.org.kommune.saksbehandlere.some((p) => p.oid === mottak.av);
  if (iKommunen) return [t.mottattKommunen(dag(mottak.tid), navn, stilling)];
  if (sak.ruting.kanal === 'skoleeier') {
    const flyttet = sak.historikk.find((h) => h.handling === 'omklassifiser' && h.klassifisering === 'ledelse');
    return [t.mottattSkolen(dag(mottak.tid)), ...(flyttet ? [t.flyttetTilKommunen(dag(flyttet.tid))] : [])];
  }
  return [finnSkole(ktx.org, sak.skoleId)?.rektor === mottak.av ? t.mottattRektor(dag(mottak.tid), navn) : t.mottattDelegat(dag(mottak.tid), navn, stilling)];
}

/** The sender's phone, e-mail and postal address as letter lines: only those set (never an empty «Telefon:»). */
function kontaktLinjer(kontakt: Kontaktinfo | undefined, t: Brevtekster): Avsnitt[] {
  const linjer: [string, string | undefined][] = [
    [t.telefon, kontakt?.telefon],
    [t.epost, kontakt?.epost],
    [t.postadresse, kontakt?.postadresse],
  ];
  return linjer.filter(([, verdi]) => verdi).map(([etikett, verdi]) => ({ type: 'felt', etikett, verdi: verdi! }));
}

function byggBrev(ktx: AppKontekst, aktor: Aktor, sak: Sak, logg: Loggforing[], plan: Aktivitetsplan | undefined, t: Brevtekster, mottaker: 'foresatte' | 'elev'): { dokument: Dokument; fritekst: string[]; kontaktMangler: boolean } {
  const elev = sak.varsel.elevNavn;
  // The innsyn export's screening: names written as «others involved», and any capitalised word inside a sentence.
  const skjermer = lagSkjerming(ktx.org, elev, [sak.varsel.involverte ?? ''], t.annenElev);
  const fritekst: string[] = [];
  const skjerm = (s: string) => {
    const ut = skjermer(s);
    fritekst.push(ut);
    return ut;
  };
  const skole = finnSkole(ktx.org, sak.skoleId);
  // A case about the school's leadership is the kommune's: the letter comes from it and points the family there.
  const kommune = sak.ruting.kanal === 'skoleeier';
  const avsender = kommune ? ktx.org.kommune.navn : (skole?.navn ?? sak.skoleId);
  const underskriver = rollerFor(ktx.org, aktor.oid).person;
  const signatur = { navn: underskriver?.navn ?? navnPaa(ktx.org, aktor.oid), stilling: underskriver?.stilling ?? '' };
  // §12-6: a week after the matter was raised with the school (the varsel), not after anyone acted on it.
  const tattOpp = osloDato(new Date(sak.opprettet));
  const statsforvalterFra = leggTilDager(tattOpp, 7);
  const gjort: Avsnitt[] = [
    ...mottattLinjer(ktx, sak, t).map((tekst) => ({ type: 'tekst' as const, tekst })),
    ...sak.historikk
      .filter((h) => h.handling === 'start_undersokelse')
      .map((h) => ({ type: 'tekst' as const, tekst: (kommune ? t.undersokelseStartetKommune : t.undersokelseStartet)(formaterDato(osloDato(new Date(h.tid)))) })),
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
  // The adult the pupil can go to: the case's saksansvarlig, else rektor — never rektor in a case about the leadership.
  const voksen = sak.saksansvarlig ?? (kommune ? aktor.oid : (skole?.rektor ?? aktor.oid));
  // The school's contact, or the kommune's in a leadership case (the letter points the family there).
  const kontaktLinjene = kontaktLinjer(kommune ? ktx.org.kommune.kontakt : skole?.kontakt, t);
  const kontakt: Seksjon = { overskrift: t.kontaktTittel, avsnitt: [{ type: 'tekst', tekst: t.kontakt(signatur.navn, signatur.stilling, avsender) }, ...kontaktLinjene] };
  const seksjoner: Seksjon[] =
    mottaker === 'elev'
      ? [
          { overskrift: t.elev.hei(elev.split(/\s+/)[0] ?? elev), avsnitt: [{ type: 'tekst', tekst: t.elev.innledning }] },
          { overskrift: t.elev.gjor, avsnitt: versjon ? versjon.tiltak.map((tt) => ({ type: 'tekst' as const, tekst: `• ${skjerm(tt.beskrivelse)} (${skjerm(tt.tidsrom)})` })) : [{ type: 'tekst', tekst: t.elev.undersoker }] },
          { overskrift: t.elev.siFra, avsnitt: [{ type: 'tekst', tekst: t.elev.siFraTekst(navnPaa(ktx.org, voksen)) }, ...kontaktLinjene] },
          { overskrift: t.elev.rettigheter, avsnitt: [{ type: 'tekst', tekst: t.elev.statsforvalteren }] },
        ]
      : [
          { overskrift: t.innledningTittel, avsnitt: [{ type: 'tekst', tekst: (kommune ? t.innledningKommune : t.innledning)(elev) }] },
          { overskrift: kommune ? t.gjortTittelKommune : t.gjortTittel, avsnitt: gjort },
          { overskrift: t.planTittel, avsnitt: planAvsnitt },
          ...((sak.informert ?? []).length > 0
            ? [{ overskrift: t.informertTittel, avsnitt: (sak.informert ?? []).map((i) => ({ type: 'tekst' as const, tekst: t.informert(formaterDato(i.dato), i, skjerm(i.hvordan)) })) }]
            : []),
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
          { overskrift: t.rettigheter, avsnitt: [{ type: 'tekst', tekst: t.statsforvalteren(formaterDato(tattOpp), formaterDato(statsforvalterFra), kommune) }] },
          kontakt,
          { overskrift: t.hilsen, avsnitt: [{ type: 'tekst', tekst: [signatur.navn, signatur.stilling, avsender].filter(Boolean).join('\n') }] },
        ];
  const tittel = mottaker === 'elev' ? (kommune ? t.elev.tittelKommune : t.elev.tittel) : t.tittel;
  const dokument: Dokument = {
    tittel,
    forside: [
      { etikett: t.til, verdi: mottaker === 'elev' ? elev : t.foresatteTil(elev) },
      ...(kommune ? [{ etikett: t.fra, verdi: ktx.org.kommune.navn }] : []),
      { etikett: t.skole, verdi: skole?.navn ?? sak.skoleId },
      { etikett: t.sak, verdi: sak.saksnummer },
      { etikett: t.dato, verdi: formaterDato(osloDato(ktx.naa())) },
    ],
    seksjoner,
    metadata: { tittel: `${tittel} – ${sak.saksnummer}`, emne: t.tittel },
  };
  return { dokument, fritekst, kontaktMangler: kontaktLinjene.length === 0 };
}
