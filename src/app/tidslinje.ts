/**
 * The case's documentation per delplikt (§12-4): what was done in each duty, in time order, built
 * from the varsel, the history, the case log and the plan. The case page and the documentation
 * export show the same timeline.
 */
import { type Aktivitetsplan } from '../domain/aktivitetsplan';
import type { Organisasjon } from '../domain/organisasjon';
import { medKorrigeringer, type Loggforing } from '../domain/sakslogg';
import type { Sak } from '../domain/sak';
import { navnPaa } from './sakVisning';
import { ELEVENS_SVAR_SPORSMAL, HENDELSE_TEKST, MOT_ELEVEN_ETIKETT, NIVA_TEKST, UTFALL_TEKST, informertHvemTekst } from '../i18n/betegnelser';
import { formaterDato } from '../domain/frister';
import { svarSomTekst } from './elevensSvarSkjema';
import { LOGG_TYPE_TEKST } from '../i18n/betegnelser';

export const DELPLIKTER = ['folge_med', 'gripe_inn', 'melde_fra', 'undersoke', 'tiltak', 'evaluere', 'avslutning'] as const;
export type Delplikt = (typeof DELPLIKTER)[number];

export const DELPLIKT_TEKST: Record<Delplikt, string> = {
  folge_med: 'Følge med',
  gripe_inn: 'Gripe inn',
  melde_fra: 'Melde fra',
  undersoke: 'Undersøke',
  tiltak: 'Sette inn tiltak',
  evaluere: 'Evaluere',
  avslutning: 'Avslutning og informasjon til elev og foresatte',
};

export interface TidslinjeLinje {
  /** ISO instant, or YYYY-MM-DD for what happened on a day. */
  tid: string;
  tittel: string;
  tekst?: string;
  av?: string;
  /** Lines under the entry (tiltak of a plan version, assessments of an evaluation). */
  detaljer?: { etikett: string; verdi: string }[];
}

export type Tidslinje = Record<Delplikt, TidslinjeLinje[]>;

const KILDE_TEKST: Record<string, string> = {
  egen_observasjon: 'egen observasjon',
  eleven: 'eleven fortalte det',
  foresatte: 'foresatte fortalte det',
  annen_elev: 'en annen elev fortalte det',
  annen_voksen: 'en annen voksen fortalte det',
};
const MELDE_FRA: ReadonlySet<string> = new Set(['sendt', 'ta_imot', 'tildel', 'omklassifiser', 'meld_skoleeier', 'skoleeier_informert', 'skoleeier_ikke_informert', 'be_om_oppfolging', 'ta_over']);

export function byggTidslinje(org: Organisasjon, sak: Sak, logg: Loggforing[], plan: Aktivitetsplan | undefined): Tidslinje {
  const t: Tidslinje = { folge_med: [], gripe_inn: [], melde_fra: [], undersoke: [], tiltak: [], evaluere: [], avslutning: [] };
  const navn = (oid: string) => (oid === 'system' ? 'Systemet' : navnPaa(org, oid));
  const v = sak.varsel;

  // When it happened, as the reporter answered: a date, «over tid», or not known (then: when it was reported).
  const naar = v.naar?.type === 'dato' ? v.naar.dato : sak.opprettet;
  const naarTekst = v.naar?.type === 'over_tid' ? ' – over tid' : v.naar?.type === 'vet_ikke' ? ' – tidspunkt ukjent' : '';
  t.folge_med.push({
    tid: naar,
    tittel: `Observert eller fortalt${v.kilde ? ` (${KILDE_TEKST[v.kilde] ?? v.kilde})` : ''}${naarTekst}`,
    tekst: v.beskrivelse,
    av: navn(sak.varsletAv),
    detaljer: [...(v.sted ? [{ etikett: 'Sted', verdi: v.sted }] : []), ...(v.involverte ? [{ etikett: 'Andre involverte', verdi: v.involverte }] : [])],
  });
  if (v.grepInn) {
    const svar = { ja: 'Grep inn', nei: 'Grep ikke inn', ikke_aktuelt: 'Ikke aktuelt å gripe inn' }[v.grepInn];
    t.gripe_inn.push({ tid: naar, tittel: svar, ...(v.grepInnHvordan ? { tekst: v.grepInnHvordan } : {}), av: navn(sak.varsletAv) });
  }
  if (v.elevInformert !== undefined) {
    t.melde_fra.push({
      tid: sak.opprettet,
      tittel: v.elevInformert ? 'Eleven fikk vite at det ble meldt fra' : 'Eleven fikk ikke vite at det ble meldt fra',
      ...(v.ikkeInformertHvorfor ? { tekst: v.ikkeInformertHvorfor } : {}),
    });
  }
  for (const h of sak.historikk) {
    const linje: TidslinjeLinje = {
      tid: h.tid,
      tittel: HENDELSE_TEKST[h.handling],
      av: navn(h.av),
      ...(h.til ? { tekst: `Til: ${navn(h.til)}` } : {}),
      ...(h.begrunnelse ? { tekst: h.begrunnelse } : {}),
    };
    if (MELDE_FRA.has(h.handling)) t.melde_fra.push(linje);
    else if (h.handling === 'start_undersokelse') t.undersoke.push(linje);
    else if (h.handling === 'opprett_plan') t.tiltak.push(linje);
  }
  for (const l of medKorrigeringer(logg)) {
    t.undersoke.push({
      tid: l.dato,
      tittel: `${LOGG_TYPE_TEKST[l.type]}${l.korrigerer ? ' (rettelse av tidligere føring)' : ''}${l.korrigertAv ? ' (rettet senere)' : ''}`,
      tekst: l.tekst,
      av: navn(l.av),
      detaljer: [
        ...(l.elevensSvar ? [{ etikett: ELEVENS_SVAR_SPORSMAL, verdi: svarSomTekst(l.elevensSvar) }] : []),
        ...(l.deltakere ? [{ etikett: 'Deltakere', verdi: l.deltakere }] : []),
      ],
    });
  }
  if (plan) {
    for (const ver of plan.versjoner) {
      t.tiltak.push({
        tid: ver.aktivert?.tid ?? ver.opprettet,
        tittel: `Aktivitetsplan versjon ${ver.nr} ${ver.aktivert ? 'aktivert' : '(utkast)'}`,
        av: navn(ver.aktivert?.av ?? ver.opprettetAv),
        tekst: ver.problem,
        detaljer: ver.tiltak.map((tt, i) => ({
          etikett: `Tiltak ${i + 1} (${NIVA_TEKST[tt.niva]})`,
          verdi: `${tt.beskrivelse} – når: ${tt.tidsrom} – ansvarlig: ${tt.ansvarlig ? navn(tt.ansvarlig) : 'ikke satt'}`,
        })),
      });
    }
    for (const e of plan.evalueringer) {
      t.evaluere.push({
        tid: e.dato,
        tittel: `Evaluering av versjon ${e.versjon}: ${UTFALL_TEKST[e.utfall]}`,
        tekst: `Elevens opplevelse: ${e.elevensOpplevelse}`,
        av: navn(e.av),
        detaljer: [
          ...(e.elevensSvar ? [{ etikett: ELEVENS_SVAR_SPORSMAL, verdi: svarSomTekst(e.elevensSvar) }] : []),
          ...(e.motEleven ? [{ etikett: MOT_ELEVEN_ETIKETT, verdi: `${e.motEleven.begrunnelse} (${navn(e.motEleven.av)})` }] : []),
          { etikett: 'Deltakere', verdi: e.deltakere },
          ...(e.nesteEvalueringsdato ? [{ etikett: 'Neste evaluering', verdi: formaterDato(e.nesteEvalueringsdato) }] : []),
        ],
      });
    }
  }
  if (sak.avslutning) {
    const mot = sak.avslutning.motEleven;
    t.avslutning.push({ tid: sak.avslutning.tid, tittel: 'Saken avsluttet', tekst: sak.avslutning.begrunnelse, av: navn(sak.avslutning.av), ...(mot ? { detaljer: [{ etikett: MOT_ELEVEN_ETIKETT, verdi: mot }] } : {}) });
  }
  for (const i of sak.informert ?? []) {
    t.avslutning.push({ tid: i.dato, tittel: `Informert: ${informertHvemTekst(i)}`, tekst: i.hvordan, av: navn(i.av) });
  }
  for (const d of DELPLIKTER) t[d].sort((a, b) => a.tid.localeCompare(b.tid));
  return t;
}
