/**
 * The innsyn export as a PDF: the same content as the JSON (uttrekk.ts builds it, blanked), laid
 * out one case after another, marked exempt from public access like the case documentation.
 */
import { formaterDato } from '../../domain/frister';
import { type Avsnitt, type Seksjon, tilPdf } from '../../dokument/pdf';
import { filnavnDel, visTid } from '../dokumenter/dokumentasjon';
import { arkivTekster } from '../../i18n/aktiv';
import type { Innsynsuttrekk, UttrekkSak } from './innsynsuttrekk';

const felt = (etikett: string, verdi: string): Avsnitt => ({ type: 'felt', etikett, verdi });
const under = (tekst: string): Avsnitt => ({ type: 'underoverskrift', tekst });
const tekst = (t: string): Avsnitt => ({ type: 'tekst', tekst: t });

export async function tilInnsynsPdf(u: Innsynsuttrekk, dato: string): Promise<{ filnavn: string; pdf: Buffer }> {
  const pdf = await tilPdf({
    tittel: `Innsyn: ${u.elev.navn}`,
    merking: arkivTekster.unntatt,
    forside: [
      { etikett: 'Elev', verdi: u.elev.klasse ? `${u.elev.navn} (${u.elev.klasse})` : u.elev.navn },
      { etikett: 'Skole', verdi: u.elev.skole },
      { etikett: 'Tatt ut', verdi: `${visTid(u.laget.tid)} av ${u.laget.av}` },
      { etikett: 'Hjemmel', verdi: 'Personvernforordningen art. 15 og forvaltningsloven § 18' },
    ],
    seksjoner: [{ overskrift: 'Om uttrekket', avsnitt: u.merknader.map(tekst) }, ...u.saker.map(sakSeksjon)],
    metadata: { tittel: `Innsyn – ${u.elev.skole} – ${formaterDato(dato)}`, emne: arkivTekster.unntatt },
  });
  // The pupil's name stays out of the file name: file names end up in lists and logs.
  return { filnavn: `Innsyn_${filnavnDel(u.elev.skole)}_${dato}_Unntatt-offentlighet-offl-13.pdf`, pdf };
}

function sakSeksjon(s: UttrekkSak): Seksjon {
  const v = s.varsel;
  return {
    overskrift: `Sak ${s.saksnummer}`,
    avsnitt: [
      tekst(s.elevensRolle),
      felt('Status', s.status),
      ...(s.arkivert ? [felt('Arkivert', s.arkivert)] : []),
      under('Varselet'),
      felt('Elev', v.klasse ? `${v.elev} (${v.klasse})` : v.elev),
      felt('Når det skjedde', v.naar),
      felt('Meldt av', v.meldtAv),
      felt('Sendt', v.sendt),
      felt('Kommer krenkingen fra noen som jobber på skolen', v.kommerFra),
      ...(v.sted ? [felt('Sted', v.sted)] : []),
      ...(v.involverte ? [felt('Andre involverte', v.involverte)] : []),
      felt('Hva som ble sett eller hørt', v.beskrivelse),
      under('Logg'),
      ...(s.logg.length === 0
        ? [tekst('Ingenting registrert.')]
        : s.logg.flatMap((l) => [felt(`${l.dato} ${l.type}${l.korrigert ? ' (korrigert senere)' : ''}`, `${l.tekst} (deltakere: ${l.deltakere}; registrert ${l.registrert} av ${l.av})`)])),
      under('Aktivitetsplan'),
      ...(!s.plan
        ? [tekst('Saken har ingen aktivitetsplan.')]
        : [
            felt('Status', s.plan.status),
            ...(s.plan.nesteEvaluering ? [felt('Neste evaluering', s.plan.nesteEvaluering)] : []),
            ...s.plan.versjoner.flatMap((ver) => [
              felt(`Versjon ${ver.nr}`, ver.aktivert ? `aktivert ${ver.aktivert}` : 'utkast, ikke aktivert'),
              felt('  Bakgrunn', ver.bakgrunn),
              felt('  Problem', ver.problem),
              felt('  Mål', ver.mal),
              ...ver.tiltak.map((t, i) => felt(`  Tiltak ${i + 1}`, `${t.beskrivelse} (${t.niva}; ${t.naar}; ansvarlig: ${t.ansvarlig})${t.evalueringsnotat ? ` Evalueringsnotat: ${t.evalueringsnotat}` : ''}`)),
              ...(ver.evalueringsdato ? [felt('  Evalueringsdato', ver.evalueringsdato)] : []),
              felt('  Elevens stemme', ver.elevensStemme),
              felt('  Foresattes syn', ver.foresattesSyn),
              felt('  Barnets beste-vurdering', ver.barnetsBeste),
            ]),
            ...s.plan.evalueringer.flatMap((e) => [
              felt(`Evaluering ${e.dato}`, `${e.utfall} (versjon ${e.versjon}; registrert av ${e.av})`),
              felt('  Deltakere', e.deltakere),
              ...e.vurderinger.map((vu, i) => felt(`  Vurdering av tiltak ${i + 1}`, vu)),
              felt('  Elevens egen opplevelse', e.elevensOpplevelse),
            ]),
          ]),
      under('Meldt videre og avslutning'),
      ...(s.meldtSkoleeier ? [felt('Meldt til skoleeier', `${s.meldtSkoleeier.tid} av ${s.meldtSkoleeier.av}${s.meldtSkoleeier.begrunnelse ? `: ${s.meldtSkoleeier.begrunnelse}` : ''}`)] : []),
      ...(s.avslutning ? [felt('Avsluttet', `${s.avslutning.tid} av ${s.avslutning.av}: ${s.avslutning.begrunnelse}`)] : []),
      ...s.informert.map((i) => felt(`Informert ${i.dato}: ${i.hvem}`, i.hvordan)),
      ...(!s.meldtSkoleeier && !s.avslutning && s.informert.length === 0 ? [tekst('Ikke meldt videre, ikke avsluttet.')] : []),
      under('Historikk'),
      ...s.historikk.map((h) => felt(h.tid, `${h.hva} (${h.av})${h.begrunnelse ? `: ${h.begrunnelse}` : ''}`)),
      under('Hvem saken er sendt til'),
      ...(s.mottakere.length === 0 ? [tekst('Ingen ennå.')] : s.mottakere.map((m) => felt(m.tid, `${m.navn} (${m.som})`))),
      under('Hvem som har lest eller tatt ut saken'),
      ...(s.lesinger.length === 0 ? [tekst('Ingen ennå.')] : s.lesinger.map((l) => felt(l.tid, `${l.hvem}: ${l.hva}`))),
    ],
  };
}
