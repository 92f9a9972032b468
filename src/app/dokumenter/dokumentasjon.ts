/**
 * The documentation export: the whole case as one PDF for the municipality's archive (Websak,
 * Public 360, Elements) and for Statsforvalteren — the varsel, the log per delplikt, every plan
 * version with its tiltak, every evaluation, the closing and the history. The file name and the
 * first page carry what an archivist needs: case number, school, dates and the exemption from
 * public access.
 */
import { fraElevenView } from '../elev/fraElevenView';
import { formaterDato, formaterTid, osloDato } from '../../domain/frister';
import { finnSkole } from '../../domain/roller';
import type { Sak } from '../../domain/sak';
import { type Avsnitt, type Dokument, type Seksjon, tilPdf } from '../../dokument/pdf';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medStore, ok } from '../resultat';
import { forArkivet } from '../sprakKontekst';
import { navnPaa } from '../sakView';
import { DELPLIKTER, DELPLIKT_TEKST, byggTidslinje, type TidslinjeLinje } from '../tidslinje';
import { kanLoggfore } from '../tilgang';
import { loggLesing } from '../lesLogg';
import { lesSakInnhold } from './sakInnhold';
import { felt, hjemmel, historikkSeksjon, klassifiseringSeksjon, visTid } from './dokumentasjonSeksjoner';
import { arkivTekster as a, malformNaa, elevensSvarSporsmal, LOGG_TYPE_TEKST, motElevenEtikett, NIVA_TEKST, informertHvemTekst, PLAN_STATUS_TEKST, elevTekster, skolearTekster, STATUS_TEKST, UTFALL_TEKST } from '../../i18n/aktiv';
import { svarSomTekst } from '../elevensSvarSkjema';
import { kalenderTekst } from '../skolear/kalender';


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
  // Archive material: written in the municipality's målform, whoever exports it (issue 24).
  return forArkivet(ktx, () => medStore(async () => {
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
    const fraEleven = sak.fraEleven && fraElevenView(ktx.org, sak, sak.fraEleven);
    /** The log entries a plan version names as its investigations. */
    const grunnlag = (ider: readonly string[]): Avsnitt[] => {
      const foringer = ider.flatMap((id) => logg.filter((l) => l.id === id));
      return foringer.length === 0 ? [] : [felt(a.plan.grunnlag, foringer.map((l) => `${formaterDato(l.dato)} ${LOGG_TYPE_TEKST[l.type]}`).join('; '))];
    };

    const seksjoner: Seksjon[] = [
      {
        overskrift: a.varsel.overskrift,
        avsnitt: [
          felt(a.varsel.elev, v.elevKlasse ? `${v.elevNavn} (${v.elevKlasse})` : v.elevNavn),
          felt(a.varsel.naar, v.naar?.type === 'dato' ? formaterDato(v.naar.dato) : v.naar?.type === 'over_tid' ? a.varsel.overTid : a.varsel.ikkeOppgitt),
          felt(a.varsel.meldtAv, navn(sak.varsletAv)),
          felt(a.varsel.sendt, visTid(sak.opprettet)),
          // Issue 25: the pupil raised it themselves — the day §12-6's week counts from, for Statsforvalteren.
          ...(fraEleven ? [felt(elevTekster.dokumentEtikett, [fraEleven.tekst, fraEleven.vilSnakke].filter(Boolean).join(' '))] : []),
          // §12-5: the exclusion is stated, the person is not named (the document may reach the family).
          ...(sak.involvertAnsatt ? [felt(a.varsel.ansatt, a.varsel.ansattHoldtUtenfor)] : []),
          ...klassifiseringNei(sak).map((h) => felt(a.varsel.vurdertNei(visTid(h.tid), navn(h.av)), h.begrunnelse ?? '')),
          ...(v.sted ? [felt(a.varsel.sted, v.sted)] : []),
          ...(v.involverte ? [felt(a.varsel.involverte, v.involverte)] : []),
          { type: 'underoverskrift', tekst: a.varsel.beskrivelse },
          { type: 'tekst', tekst: v.beskrivelse },
        ],
      },
      klassifiseringSeksjon(ktx.org, sak, 2),
      {
        overskrift: a.delplikter.overskrift,
        avsnitt: DELPLIKTER.flatMap((d): Avsnitt[] => [
          { type: 'underoverskrift', tekst: DELPLIKT_TEKST[d] },
          ...(tidslinje[d].length === 0 ? [{ type: 'tekst' as const, tekst: a.delplikter.ingenting }] : tidslinje[d].flatMap(linjeAvsnitt)),
        ]),
      },
      {
        overskrift: a.plan.overskrift,
        avsnitt: !plan
          ? [{ type: 'tekst', tekst: a.plan.ingen }]
          : [
              felt(a.plan.status, PLAN_STATUS_TEKST[plan.status]),
              felt(a.plan.nesteEvaluering, plan.nesteEvaluering ? formaterDato(plan.nesteEvaluering) : '–'),
              felt(skolearTekster.dokumentasjonEtikett, kalender),
              ...plan.versjoner.flatMap((ver): Avsnitt[] => [
                { type: 'underoverskrift', tekst: a.plan.versjon(ver.nr, ver.aktivert ? a.av(visTid(ver.aktivert.tid), navn(ver.aktivert.av)) : '') },
                felt(a.plan.bakgrunn, ver.bakgrunn),
                ...grunnlag(ver.loggIder),
                felt(a.plan.problem, ver.problem),
                felt(a.plan.mal, ver.mal),
                ...ver.tiltak.flatMap((t, i): Avsnitt[] => [
                  felt(a.plan.tiltak(i + 1), t.beskrivelse),
                  felt(a.plan.niva, NIVA_TEKST[t.niva]),
                  felt(a.plan.naar, t.tidsrom),
                  felt(a.plan.ansvarlig, t.ansvarlig ? navn(t.ansvarlig) : a.plan.ikkeSatt),
                  ...(t.evalueringsnotat ? [felt(a.plan.evalueringsnotat, t.evalueringsnotat)] : []),
                ]),
                felt(a.plan.evalueringsdato, ver.evalueringsdato ? formaterDato(ver.evalueringsdato) : '–'),
                felt(a.plan.elevensStemme, ver.elevensStemme),
                felt(a.plan.foresattesSyn, ver.foresattesSyn),
                felt(a.plan.barnetsBeste, ver.barnetsBeste),
              ]),
            ],
      },
      {
        overskrift: a.evalueringer.overskrift,
        avsnitt:
          !plan || plan.evalueringer.length === 0
            ? [{ type: 'tekst', tekst: a.evalueringer.ingen }]
            : plan.evalueringer.flatMap((e): Avsnitt[] => [
                { type: 'underoverskrift', tekst: a.evalueringer.evaluering(formaterDato(e.dato), e.versjon) },
                felt(a.evalueringer.deltakere, e.deltakere),
                ...e.vurderinger.map((vu, i) => felt(a.evalueringer.vurdering(i + 1), vu.vurdering)),
                felt(a.evalueringer.elevensOpplevelse, e.elevensOpplevelse),
                ...(e.elevensSvar ? [felt(elevensSvarSporsmal(), svarSomTekst(e.elevensSvar))] : []),
                felt(a.evalueringer.utfall, UTFALL_TEKST[e.utfall]),
                ...(e.motEleven ? [felt(motElevenEtikett(), `${e.motEleven.begrunnelse} (${navn(e.motEleven.av)})`)] : []),
                ...(e.nesteEvalueringsdato ? [felt(a.evalueringer.nesteEvaluering, formaterDato(e.nesteEvalueringsdato))] : []),
                felt(a.evalueringer.registrertAv, navn(e.av)),
              ]),
      },
      {
        overskrift: a.avslutning.overskrift,
        avsnitt: [
          felt(a.avslutning.status, STATUS_TEKST[sak.status]),
          ...(sak.avslutning ? [felt(a.avslutning.avsluttet, a.av(visTid(sak.avslutning.tid), navn(sak.avslutning.av))), felt(a.avslutning.begrunnelse, sak.avslutning.begrunnelse)] : []),
          ...(sak.avslutning?.motEleven ? [felt(motElevenEtikett(), sak.avslutning.motEleven)] : []),
          ...(sak.informert ?? []).map((i) => felt(a.avslutning.informert(formaterDato(i.dato), informertHvemTekst(i)), a.avslutning.registrertAv(i.hvordan, navn(i.av)))),
        ],
      },
      historikkSeksjon(ktx.org, sak, 7),
    ];

    const dokument: Dokument = {
      tittel: a.tittel(sak.saksnummer),
      merking: a.unntatt,
      forside: [
        felt(a.forside.saksnummer, sak.saksnummer),
        felt(a.forside.skole, skolenavn),
        felt(a.forside.kommune, ktx.org.kommune.navn),
        felt(a.forside.opprettet, formaterDato(fra)),
        felt(sak.avslutning ? a.forside.avsluttet : a.forside.statusPer, formaterDato(til)),
        felt(a.forside.eksportert, a.av(formaterTid(ktx.naa()), navn(aktor.oid))),
        felt(a.forside.hjemmel, hjemmel(sak)),
      ].map((f) => ({ etikett: f.etikett, verdi: f.verdi })),
      seksjoner,
      metadata: { tittel: a.metadataTittel(sak.saksnummer, skolenavn), emne: a.unntatt },
      sprak: malformNaa(),
    };
    const pdf = await tilPdf(dokument);
    ktx.log.info({ sakId, bytes: pdf.length }, 'dokumentasjon eksportert');
    const filnavn = `Skolemiljosak_${filnavnDel(sak.saksnummer)}_${filnavnDel(skolenavn)}_${fra}_${til}_Unntatt-offentlighet-offl-13.pdf`;
    return ok({ filnavn, pdf });
  }));
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
