/**
 * The innsyn export as a PDF: the same content as the JSON (uttrekk.ts builds it, blanked), laid
 * out one case after another, marked exempt from public access like the case documentation. Written
 * in the målform the use case binds (forArkivet), through `innsynTekster`.
 */
import { formaterDato } from '../../domain/frister';
import { type Avsnitt, type Seksjon, tilPdf } from '../../dokument/pdf';
import { filnavnDel, visTid } from '../dokumenter/dokumentasjon';
import { arkivTekster, innsynTekster, malformNaa } from '../../i18n/aktiv';
import type { Innsynsuttrekk, UttrekkSak } from './innsynsuttrekk';

const felt = (etikett: string, verdi: string): Avsnitt => ({ type: 'felt', etikett, verdi });
const under = (tekst: string): Avsnitt => ({ type: 'underoverskrift', tekst });
const tekst = (t: string): Avsnitt => ({ type: 'tekst', tekst: t });
/** A line under the one above it (a plan version's parts, an evaluation's). */
const inn = (etikett: string) => `  ${etikett}`;

export async function tilInnsynsPdf(u: Innsynsuttrekk, dato: string): Promise<{ filnavn: string; pdf: Buffer }> {
  const p = innsynTekster.pdf;
  const a = arkivTekster;
  const pdf = await tilPdf({
    tittel: p.tittel(u.elev.navn),
    merking: arkivTekster.unntatt,
    forside: [
      { etikett: a.varsel.elev, verdi: u.elev.klasse ? `${u.elev.navn} (${u.elev.klasse})` : u.elev.navn },
      { etikett: a.forside.skole, verdi: u.elev.skole },
      { etikett: p.tattUt, verdi: a.av(visTid(u.laget.tid), u.laget.av) },
      { etikett: a.forside.hjemmel, verdi: p.hjemmel },
    ],
    seksjoner: [{ overskrift: p.omUttrekket, avsnitt: u.merknader.map(tekst) }, ...u.saker.map(sakSeksjon)],
    metadata: { tittel: p.metadataTittel(u.elev.skole, formaterDato(dato)), emne: arkivTekster.unntatt },
    sprak: malformNaa(),
  });
  // The pupil's name stays out of the file name: file names end up in lists and logs.
  return { filnavn: `Innsyn_${filnavnDel(u.elev.skole)}_${dato}_Unntatt-offentlighet-offl-13.pdf`, pdf };
}

function sakSeksjon(s: UttrekkSak): Seksjon {
  const p = innsynTekster.pdf;
  const a = arkivTekster;
  const v = s.varsel;
  return {
    overskrift: p.sak(s.saksnummer),
    avsnitt: [
      tekst(s.elevensRolle),
      felt(a.plan.status, s.status),
      ...(s.arkivert ? [felt(p.arkivert, s.arkivert)] : []),
      under(p.varselet),
      felt(a.varsel.elev, v.klasse ? `${v.elev} (${v.klasse})` : v.elev),
      felt(a.varsel.naar, v.naar),
      felt(a.varsel.meldtAv, v.meldtAv),
      felt(a.varsel.sendt, v.sendt),
      felt(p.kommerFra, v.kommerFra),
      ...(v.sted ? [felt(a.varsel.sted, v.sted)] : []),
      ...(v.involverte ? [felt(a.varsel.involverte, v.involverte)] : []),
      felt(a.varsel.beskrivelse, v.beskrivelse),
      under(p.logg),
      ...(s.logg.length === 0 ? [tekst(a.delplikter.ingenting)] : s.logg.flatMap((l) => [felt(p.loggFelt(l.dato, l.type, l.korrigert), p.loggLinje(l.tekst, l.deltakere, l.registrert, l.av))])),
      under(p.plan),
      ...(!s.plan
        ? [tekst(a.plan.ingen)]
        : [
            felt(a.plan.status, s.plan.status),
            ...(s.plan.nesteEvaluering ? [felt(a.plan.nesteEvaluering, s.plan.nesteEvaluering)] : []),
            ...s.plan.versjoner.flatMap((ver) => [
              felt(p.versjon(ver.nr), p.aktivert(ver.aktivert)),
              felt(inn(a.plan.bakgrunn), ver.bakgrunn),
              felt(inn(a.plan.problem), ver.problem),
              felt(inn(a.plan.mal), ver.mal),
              ...ver.tiltak.map((t, i) => felt(inn(a.plan.tiltak(i + 1)), p.tiltakLinje(t.beskrivelse, t.niva, t.naar, t.ansvarlig, t.evalueringsnotat))),
              ...(ver.evalueringsdato ? [felt(inn(a.plan.evalueringsdato), ver.evalueringsdato)] : []),
              felt(inn(a.plan.elevensStemme), ver.elevensStemme),
              felt(inn(a.plan.foresattesSyn), ver.foresattesSyn),
              felt(inn(a.plan.barnetsBeste), ver.barnetsBeste),
            ]),
            ...s.plan.evalueringer.flatMap((e) => [
              felt(p.evaluering(e.dato), p.evalueringLinje(e.utfall, e.versjon, e.av)),
              felt(inn(a.evalueringer.deltakere), e.deltakere),
              ...e.vurderinger.map((vu, i) => felt(inn(a.evalueringer.vurdering(i + 1)), vu)),
              felt(inn(a.evalueringer.elevensOpplevelse), e.elevensOpplevelse),
            ]),
          ]),
      under(p.videre),
      ...(s.meldtSkoleeier ? [felt(a.klassifisering.meldt, `${a.av(s.meldtSkoleeier.tid, s.meldtSkoleeier.av)}${s.meldtSkoleeier.begrunnelse ? `: ${s.meldtSkoleeier.begrunnelse}` : ''}`)] : []),
      ...(s.avslutning ? [felt(a.avslutning.avsluttet, `${a.av(s.avslutning.tid, s.avslutning.av)}: ${s.avslutning.begrunnelse}`)] : []),
      ...s.informert.map((i) => felt(a.avslutning.informert(i.dato, i.hvem), i.hvordan)),
      ...(!s.meldtSkoleeier && !s.avslutning && s.informert.length === 0 ? [tekst(p.ikkeVidere)] : []),
      under(p.historikk),
      ...s.historikk.map((h) => felt(h.tid, `${h.hva} (${h.av})${h.begrunnelse ? `: ${h.begrunnelse}` : ''}`)),
      under(p.sendtTil),
      ...(s.mottakere.length === 0 ? [tekst(p.ingenEnna)] : s.mottakere.map((m) => felt(m.tid, `${m.navn} (${m.som})`))),
      under(p.lest),
      ...(s.lesinger.length === 0 ? [tekst(p.ingenEnna)] : s.lesinger.map((l) => felt(l.tid, `${l.hvem}: ${l.hva}`))),
    ],
  };
}
