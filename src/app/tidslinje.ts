/**
 * The case's documentation per delplikt (§12-4): what was done in each duty, in time order, built
 * from the varsel, the history, the case log and the plan. The case page and the documentation
 * export show the same timeline.
 */
import { type Aktivitetsplan } from '../domain/aktivitetsplan';
import type { Organisasjon } from '../domain/organisasjon';
import { medKorrigeringer, type Loggforing } from '../domain/sakslogg';
import type { Sak } from '../domain/sak';
import { navnPaa } from './sakView';
import { elevensSvarSporsmal, folgSprak, HENDELSE_TEKST, motElevenEtikett, nb, NIVA_TEKST, UTFALL_TEKST, informertHvemTekst, LOGG_TYPE_TEKST } from '../i18n/aktiv';
import { formaterDato } from '../domain/frister';
import { svarSomTekst } from './elevensSvarSkjema';

export const DELPLIKTER = ['folge_med', 'gripe_inn', 'melde_fra', 'undersoke', 'tiltak', 'evaluere', 'avslutning'] as const;
export type Delplikt = (typeof DELPLIKTER)[number];

/** The duties' names, in the current language (the tab's reader's, or the record's målform). */
export const DELPLIKT_TEKST: Record<Delplikt, string> = folgSprak((k) => k.nb.tidslinje.delplikt);

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

const MELDE_FRA: ReadonlySet<string> = new Set(['sendt', 'ta_imot', 'tildel', 'omklassifiser', 'meld_skoleeier', 'skoleeier_informert', 'skoleeier_ikke_informert', 'be_om_oppfolging', 'ta_over']);

export function byggTidslinje(org: Organisasjon, sak: Sak, logg: Loggforing[], plan: Aktivitetsplan | undefined): Tidslinje {
  const tl = nb.tidslinje;
  const t: Tidslinje = { folge_med: [], gripe_inn: [], melde_fra: [], undersoke: [], tiltak: [], evaluere: [], avslutning: [] };
  const navn = (oid: string) => (oid === 'system' ? tl.systemet : navnPaa(org, oid));
  const v = sak.varsel;

  // When it happened, as the reporter answered: a date, «over tid», or not known (then: when it was reported).
  const naar = v.naar?.type === 'dato' ? v.naar.dato : sak.opprettet;
  const naarTekst = v.naar?.type === 'over_tid' ? tl.overTid : v.naar?.type === 'vet_ikke' ? tl.tidUkjent : '';
  t.folge_med.push({
    tid: naar,
    tittel: tl.observert(v.kilde ? (tl.kilde[v.kilde] ?? v.kilde) : '', naarTekst),
    tekst: v.beskrivelse,
    av: navn(sak.varsletAv),
    detaljer: [...(v.sted ? [{ etikett: tl.sted, verdi: v.sted }] : []), ...(v.involverte ? [{ etikett: tl.andreInvolverte, verdi: v.involverte }] : [])],
  });
  if (v.grepInn) {
    const svar = tl.grepInn[v.grepInn];
    t.gripe_inn.push({ tid: naar, tittel: svar, ...(v.grepInnHvordan ? { tekst: v.grepInnHvordan } : {}), av: navn(sak.varsletAv) });
  }
  if (v.elevInformert !== undefined) {
    t.melde_fra.push({
      tid: sak.opprettet,
      tittel: v.elevInformert ? tl.elevInformert.ja : tl.elevInformert.nei,
      ...(v.ikkeInformertHvorfor ? { tekst: v.ikkeInformertHvorfor } : {}),
    });
  }
  for (const h of sak.historikk) {
    const linje: TidslinjeLinje = {
      tid: h.tid,
      tittel: HENDELSE_TEKST[h.handling],
      av: navn(h.av),
      ...(h.til ? { tekst: tl.til(navn(h.til)) } : {}),
      ...(h.begrunnelse ? { tekst: h.begrunnelse } : {}),
    };
    if (MELDE_FRA.has(h.handling)) t.melde_fra.push(linje);
    else if (h.handling === 'start_undersokelse') t.undersoke.push(linje);
    else if (h.handling === 'opprett_plan') t.tiltak.push(linje);
  }
  for (const l of medKorrigeringer(logg)) {
    t.undersoke.push({
      tid: l.dato,
      tittel: `${LOGG_TYPE_TEKST[l.type]}${l.korrigerer ? tl.rettelse : ''}${l.korrigertAv ? tl.rettetSenere : ''}`,
      tekst: l.tekst,
      av: navn(l.av),
      detaljer: [
        ...(l.elevensSvar ? [{ etikett: elevensSvarSporsmal(), verdi: svarSomTekst(l.elevensSvar) }] : []),
        ...(l.deltakere ? [{ etikett: tl.deltakere, verdi: l.deltakere }] : []),
      ],
    });
  }
  if (plan) {
    for (const ver of plan.versjoner) {
      t.tiltak.push({
        tid: ver.aktivert?.tid ?? ver.opprettet,
        tittel: tl.planVersjon(ver.nr, !!ver.aktivert),
        av: navn(ver.aktivert?.av ?? ver.opprettetAv),
        tekst: ver.problem,
        detaljer: ver.tiltak.map((tt, i) => ({
          etikett: tl.tiltak(i + 1, NIVA_TEKST[tt.niva]),
          verdi: tl.tiltakVerdi(tt.beskrivelse, tt.tidsrom, tt.ansvarlig ? navn(tt.ansvarlig) : tl.ikkeSatt),
        })),
      });
    }
    for (const e of plan.evalueringer) {
      t.evaluere.push({
        tid: e.dato,
        tittel: tl.evaluering(e.versjon, UTFALL_TEKST[e.utfall]),
        tekst: tl.elevensOpplevelse(e.elevensOpplevelse),
        av: navn(e.av),
        detaljer: [
          ...(e.elevensSvar ? [{ etikett: elevensSvarSporsmal(), verdi: svarSomTekst(e.elevensSvar) }] : []),
          ...(e.motEleven ? [{ etikett: motElevenEtikett(), verdi: `${e.motEleven.begrunnelse} (${navn(e.motEleven.av)})` }] : []),
          { etikett: tl.deltakere, verdi: e.deltakere },
          ...(e.nesteEvalueringsdato ? [{ etikett: tl.nesteEvaluering, verdi: formaterDato(e.nesteEvalueringsdato) }] : []),
        ],
      });
    }
  }
  if (sak.avslutning) {
    const mot = sak.avslutning.motEleven;
    t.avslutning.push({ tid: sak.avslutning.tid, tittel: tl.avsluttet, tekst: sak.avslutning.begrunnelse, av: navn(sak.avslutning.av), ...(mot ? { detaljer: [{ etikett: motElevenEtikett(), verdi: mot }] } : {}) });
  }
  for (const i of sak.informert ?? []) {
    t.avslutning.push({ tid: i.dato, tittel: tl.informert(informertHvemTekst(i)), tekst: i.hvordan, av: navn(i.av) });
  }
  for (const d of DELPLIKTER) t[d].sort((a, b) => a.tid.localeCompare(b.tid));
  return t;
}
