/**
 * The documentation export: the whole case as one PDF for the municipality's archive (Websak,
 * Public 360, Elements) and for Statsforvalteren — the varsel, the log per delplikt, every plan
 * version with its tiltak, every evaluation, the closing and the history. The file name and the
 * first page carry what an archivist needs: case number, school, dates and the exemption from
 * public access.
 */
import { elevTekster } from '../../i18n/elev';
import { fraElevenVisning } from '../elev/fraElevenVisning';
import { formaterDato, formaterTid, osloDato } from '../../domain/frister';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import { type Avsnitt, type Dokument, type Seksjon, tilPdf } from '../../dokument/pdf';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medLagring, ok } from '../resultat';
import { navnPaa } from '../sakVisning';
import { DELPLIKTER, DELPLIKT_TEKST, byggTidslinje, type TidslinjeLinje } from '../tidslinje';
import { kanLoggfore } from '../tilgang';
import { loggLesing } from '../lesLogg';
import { lesSakInnhold } from './sakInnhold';
import { felt, hjemmel, historikkSeksjon, klassifiseringSeksjon, visTid } from './dokumentasjonSeksjoner';
import { ELEVENS_SVAR_SPORSMAL, LOGG_TYPE_TEKST, MOT_ELEVEN_ETIKETT, NIVA_TEKST, informertHvemTekst, PLAN_STATUS_TEKST, STATUS_TEKST, UTFALL_TEKST } from '../../i18n/betegnelser';
import { svarSomTekst } from '../elevensSvarSkjema';
import { skolearTekster } from '../../i18n/skolear';
import { kalenderTekst } from '../skolear/kalender';

export const UNNTATT_OFFENTLIGHET = 'Unntatt offentlighet, offl. §13 jf. fvl. §13';

export interface PdfFil {
  filnavn: string;
  pdf: Buffer;
}

export { visTid };

/** File names survive every archive system: ASCII letters, digits, '-', '_' and '.'. */
export function filnavnDel(s: string): string {
  return s
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[åÅ]/g, 'aa')
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export async function lagDokumentasjon(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<PdfFil>> {
  return medLagring(async () => {
    // The whole case names several pupils: only those who work the case may export it.
    const lest = await lesSakInnhold(ktx, aktor, sakId, kanLoggfore);
    if (!lest.ok) return lest;
    loggLesing(ktx, aktor.oid, lest.verdi.lagret, 'dokumentasjon_lest');
    const { sak, logg, plan } = lest.verdi;
    const skole = finnSkole(ktx.org, sak.skoleId);
    const skolenavn = skole?.navn ?? sak.skoleId;
    const navn = (oid: string) => navnPaa(ktx.org, oid);
    const fra = osloDato(new Date(sak.opprettet));
    const til = sak.avslutning ? osloDato(new Date(sak.avslutning.tid)) : osloDato(ktx.naa());
    const tidslinje = byggTidslinje(ktx.org, sak, logg, plan);
    // Which school calendar the plan's default dates followed (issue 23): the year it was first activated.
    const kalender = plan ? await kalenderTekst(ktx, osloDato(new Date(plan.versjoner.find((x) => x.aktivert)?.aktivert?.tid ?? sak.opprettet))) : '';
    const v = sak.varsel;
    const fraEleven = sak.fraEleven && fraElevenVisning(ktx.org, sak, sak.fraEleven);
    /** The log entries a plan version names as its investigations. */
    const grunnlag = (ider: readonly string[]): Avsnitt[] => {
      const foringer = ider.flatMap((id) => logg.filter((l) => l.id === id));
      return foringer.length === 0 ? [] : [felt('Undersøkelser planen bygger på', foringer.map((l) => `${formaterDato(l.dato)} ${LOGG_TYPE_TEKST[l.type]}`).join('; '))];
    };

    const seksjoner: Seksjon[] = [
      {
        overskrift: '1. Varselet',
        avsnitt: [
          felt('Elev', v.elevKlasse ? `${v.elevNavn} (${v.elevKlasse})` : v.elevNavn),
          felt('Når det skjedde', v.naar?.type === 'dato' ? formaterDato(v.naar.dato) : v.naar?.type === 'over_tid' ? 'Over tid' : 'Ikke oppgitt'),
          felt('Meldt av', navn(sak.varsletAv)),
          felt('Sendt', visTid(sak.opprettet)),
          // Issue 25: the pupil raised it themselves — the day §12-6's week counts from, for Statsforvalteren.
          ...(fraEleven ? [felt(elevTekster.dokumentEtikett, [fraEleven.tekst, fraEleven.vilSnakke].filter(Boolean).join(' '))] : []),
          // §12-5: the exclusion is stated, the person is not named (the document may reach the family).
          ...(sak.involvertAnsatt ? [felt('Ansatt saken gjelder', 'Navngitt i varselet eller av rektor, og holdt utenfor saken: ikke mottaker, saksansvarlig, tiltaksansvarlig eller leser (§ 12-5).')] : []),
          ...klassifiseringNei(sak).map((h) => felt(`Vurdert ${visTid(h.tid)} av ${navn(h.av)}: ingen som jobber på skolen`, h.begrunnelse ?? '')),
          ...(v.sted ? [felt('Sted', v.sted)] : []),
          ...(v.involverte ? [felt('Andre involverte', v.involverte)] : []),
          { type: 'underoverskrift', tekst: 'Hva som ble sett eller hørt' },
          { type: 'tekst', tekst: v.beskrivelse },
        ],
      },
      klassifiseringSeksjon(ktx.org, sak, 2),
      {
        overskrift: '3. Dokumentasjon per delplikt',
        avsnitt: DELPLIKTER.flatMap((d): Avsnitt[] => [
          { type: 'underoverskrift', tekst: DELPLIKT_TEKST[d] },
          ...(tidslinje[d].length === 0 ? [{ type: 'tekst' as const, tekst: 'Ingenting registrert.' }] : tidslinje[d].flatMap(linjeAvsnitt)),
        ]),
      },
      {
        overskrift: '4. Aktivitetsplan',
        avsnitt: !plan
          ? [{ type: 'tekst', tekst: 'Saken har ingen aktivitetsplan.' }]
          : [
              felt('Status', PLAN_STATUS_TEKST[plan.status]),
              felt('Neste evaluering', plan.nesteEvaluering ? formaterDato(plan.nesteEvaluering) : '–'),
              felt(skolearTekster.dokumentasjonEtikett, kalender),
              ...plan.versjoner.flatMap((ver): Avsnitt[] => [
                { type: 'underoverskrift', tekst: `Versjon ${ver.nr}${ver.aktivert ? `, aktivert ${visTid(ver.aktivert.tid)} av ${navn(ver.aktivert.av)}` : ' (utkast, ikke aktivert)'}` },
                felt('Bakgrunn og undersøkelser', ver.bakgrunn),
                ...grunnlag(ver.loggIder),
                felt('Problemet tiltakene skal løse', ver.problem),
                felt('Mål', ver.mal),
                ...ver.tiltak.flatMap((t, i): Avsnitt[] => [
                  felt(`Tiltak ${i + 1}`, t.beskrivelse),
                  felt('  Nivå', NIVA_TEKST[t.niva]),
                  felt('  Når', t.tidsrom),
                  felt('  Ansvarlig', t.ansvarlig ? navn(t.ansvarlig) : 'ikke satt'),
                  ...(t.evalueringsnotat ? [felt('  Evalueringsnotat', t.evalueringsnotat)] : []),
                ]),
                felt('Evalueringsdato', ver.evalueringsdato ? formaterDato(ver.evalueringsdato) : '–'),
                felt('Elevens stemme', ver.elevensStemme),
                felt('Foresattes syn', ver.foresattesSyn),
                felt('Barnets beste-vurdering', ver.barnetsBeste),
              ]),
            ],
      },
      {
        overskrift: '5. Evalueringer',
        avsnitt:
          !plan || plan.evalueringer.length === 0
            ? [{ type: 'tekst', tekst: 'Ingen evalueringer registrert.' }]
            : plan.evalueringer.flatMap((e): Avsnitt[] => [
                { type: 'underoverskrift', tekst: `Evaluering ${formaterDato(e.dato)} (versjon ${e.versjon})` },
                felt('Deltakere', e.deltakere),
                ...e.vurderinger.map((vu, i) => felt(`Vurdering av tiltak ${i + 1}`, vu.vurdering)),
                felt('Elevens egen opplevelse', e.elevensOpplevelse),
                ...(e.elevensSvar ? [felt(ELEVENS_SVAR_SPORSMAL, svarSomTekst(e.elevensSvar))] : []),
                felt('Utfall', UTFALL_TEKST[e.utfall]),
                ...(e.motEleven ? [felt(MOT_ELEVEN_ETIKETT, `${e.motEleven.begrunnelse} (${navn(e.motEleven.av)})`)] : []),
                ...(e.nesteEvalueringsdato ? [felt('Neste evaluering', formaterDato(e.nesteEvalueringsdato))] : []),
                felt('Registrert av', navn(e.av)),
              ]),
      },
      {
        overskrift: '6. Avslutning',
        avsnitt: [
          felt('Status', STATUS_TEKST[sak.status]),
          ...(sak.avslutning ? [felt('Avsluttet', `${visTid(sak.avslutning.tid)} av ${navn(sak.avslutning.av)}`), felt('Begrunnelse', sak.avslutning.begrunnelse)] : []),
          ...(sak.avslutning?.motEleven ? [felt(MOT_ELEVEN_ETIKETT, sak.avslutning.motEleven)] : []),
          ...(sak.informert ?? []).map((i) => felt(`Informert ${formaterDato(i.dato)}: ${informertHvemTekst(i)}`, `${i.hvordan} (registrert av ${navn(i.av)})`)),
        ],
      },
      historikkSeksjon(ktx.org, sak, 7),
    ];

    const dokument: Dokument = {
      tittel: `Skolemiljøsak ${sak.saksnummer}`,
      merking: UNNTATT_OFFENTLIGHET,
      forside: [
        felt('Saksnummer', sak.saksnummer),
        felt('Skole', skolenavn),
        felt('Kommune', ktx.org.kommune.navn),
        felt('Opprettet', formaterDato(fra)),
        felt(sak.avslutning ? 'Avsluttet' : 'Status per', formaterDato(til)),
        felt('Eksportert', `${formaterTid(ktx.naa())} av ${navn(aktor.oid)}`),
        felt('Hjemmel', hjemmel(sak)),
      ].map((f) => ({ etikett: f.etikett, verdi: f.verdi })),
      seksjoner,
      metadata: { tittel: `Skolemiljøsak ${sak.saksnummer} – ${skolenavn}`, emne: UNNTATT_OFFENTLIGHET },
    };
    const pdf = await tilPdf(dokument);
    ktx.log.info({ sakId, bytes: pdf.length }, 'dokumentasjon eksportert');
    const filnavn = `Skolemiljosak_${filnavnDel(sak.saksnummer)}_${filnavnDel(skolenavn)}_${fra}_${til}_Unntatt-offentlighet-offl-13.pdf`;
    return ok({ filnavn, pdf });
  });
}

/** Receipts that classified a «vet ikke» varsel as not an employee: handled as straks until then, so the reason is documented. */
function klassifiseringNei(sak: Sak): Sak['historikk'] {
  return sak.varsel.kommerFra === 'vet_ikke' ? sak.historikk.filter((h) => h.klassifisering === 'nei') : [];
}

function linjeAvsnitt(l: TidslinjeLinje): Avsnitt[] {
  return [
    felt(visTid(l.tid), `${l.tittel}${l.av ? ` (${l.av})` : ''}`),
    ...(l.tekst ? [{ type: 'tekst' as const, tekst: l.tekst }] : []),
    ...(l.detaljer ?? []).map((d) => felt(`  ${d.etikett}`, d.verdi)),
  ];
}
