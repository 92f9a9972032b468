/**
 * The receiver's card: the varsel, its urgency, status, saksansvarlig, what has been done by whom
 * and when, who has it, and only the actions this person may take now (SakVisning.handlinger —
 * hiding the others is a convenience; the use case checks every click again). Receiving and
 * assigning takes two taps: pick a person, press "Tildel" (tildel from "ny" also receives).
 */
import type { HistorikkLinje, SakVisning } from '../../src/app/sakVisning';
import { HANDLING_TEKST } from '../../src/domain/livslop';
import type { Handling } from '../../src/domain/sak';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { botTekster } from '../tekster';
import { adaptivtKort, banner, dato, feltFeil, fritekst, linje, mellomtittel, oppfrisking, overskrift, tekst, tidspunkt, utfor, type Element, type Kort } from './felles';

const t = botTekster.sak;
const s = botTekster.skjema;

/** Enough history and choices for the card; the tab shows everything. Keeps the card far below Teams' size limit. */
const MAKS_HISTORIKK = 20;
const MAKS_LEVERINGER = 30;
const MAKS_VALG = 100;

export interface SakskortValg {
  /** Teams user ids (29:…) of everyone holding a copy. */
  refreshFor: readonly string[];
  /** A notice on top: someone else acted, or the last click was refused. */
  melding?: string;
  feltFeil?: Record<string, string>;
  /** What the person had chosen or typed, kept after a refused click. */
  verdier?: { saksansvarlig?: string; begrunnelse?: string };
  tildeltDeg?: boolean;
}

export function sakskort(v: SakVisning, valg: SakskortValg): Kort {
  const data = { sakId: v.id, versjon: v.versjon };
  const enkle = (['ta_imot', 'start_undersokelse', 'opprett_plan', 'meld_skoleeier', 'avslutt'] as const)
    .filter((h) => v.handlinger.includes(h))
    .map((h) => utfor(HANDLING_TEKST[h], h, data, { stil: h === 'ta_imot' ? 'positive' : undefined }));

  const body: Element[] = [
    overskrift(t.tittel(v.saksnummer)),
    ...(valg.melding ? [banner(valg.melding)] : []),
    ...(v.straks ? [banner(v.kanal === 'skoleeier' ? t.straksLedelse : t.straksAnsatt)] : []),
    ...(valg.tildeltDeg ? [banner(t.tildeltDeg, 'Good')] : []),
    ...varselet(v),
    mellomtittel(t.status),
    linje(t.status, v.statusTekst),
    linje(t.saksansvarlig, v.saksansvarlig?.navn ?? t.ikkeTildelt),
    ...(v.planId ? [tekst(t.plan)] : []),
    ...(v.meldtSkoleeier ? [fritekst(t.meldtSkoleeier(v.meldtSkoleeier.av, tidspunkt(v.meldtSkoleeier.tid)), 300)] : []),
    ...(v.avslutning ? [linje(t.avsluttet(v.avslutning.av, tidspunkt(v.avslutning.tid)), v.avslutning.begrunnelse, MAKS_LENGDE.begrunnelse)] : []),
    ...historikk(v.historikk),
    ...leveringer(v),
    ...tildeling(v, data, valg),
    ...avslutningUtenTiltak(v, data, valg),
  ];
  return adaptivtKort(body, { actions: enkle, refresh: oppfrisking(v.id, 'sak', valg.refreshFor) });
}

/** What was reported, shown literally. Shared with the informasjonskort. */
export function varselet(v: SakVisning): Element[] {
  const va = v.varsel;
  const valgfri = (etikett: string, verdi: string | undefined, maks: number) => (verdi ? [linje(etikett, verdi, maks)] : []);
  const elev = va.elevKlasse ? `${va.elevNavn} (${va.elevKlasse})` : va.elevNavn;
  return [
    linje(t.skole, v.skole.navn),
    linje(t.elev, elev, MAKS_LENGDE.elevNavn + MAKS_LENGDE.elevKlasse + 3),
    linje(t.dato, dato(va.dato)),
    ...valgfri(t.sted, va.sted, MAKS_LENGDE.sted),
    ...valgfri(t.involverte, va.involverte, MAKS_LENGDE.involverte),
    linje(t.kilde, s.kilder[va.kilde] ?? va.kilde),
    linje(t.kommerFra, s.kommerFraValg[va.kommerFra] ?? va.kommerFra),
    ...(va.grepInn ? [linje(t.grepInn, s.grepInnValg[va.grepInn] ?? va.grepInn)] : []),
    ...valgfri(t.grepInnHvordan, va.grepInnHvordan, MAKS_LENGDE.grepInnHvordan),
    ...(va.elevInformert === undefined ? [] : [linje(t.elevInformert, va.elevInformert ? s.jaNei.ja : s.jaNei.nei)]),
    ...valgfri(t.ikkeInformertHvorfor, va.ikkeInformertHvorfor, MAKS_LENGDE.ikkeInformertHvorfor),
    linje(t.meldtAv, v.varsletAv),
    linje(t.mottatt, tidspunkt(v.opprettet)),
    mellomtittel(t.beskrivelse),
    fritekst(va.beskrivelse, MAKS_LENGDE.beskrivelse),
  ];
}

function hendelseTekst(h: HistorikkLinje): string {
  const e = botTekster.hendelse;
  switch (h.hendelse) {
    case 'sendt':
      return e.sendt(h.av);
    case 'levert':
      return e.levert(h.til ?? '');
    case 'levering_feilet':
      return e.levering_feilet(h.til ?? '');
    case 'skoleeier_informert':
      return e.skoleeier_informert(h.til ?? '');
    case 'tildel':
      return e.tildel(h.av, h.til ?? '');
    default: {
      const linjeTekst = e.handling(HANDLING_TEKST[h.hendelse as Handling] ?? h.hendelse, h.av);
      return h.begrunnelse ? `${linjeTekst}: ${h.begrunnelse}` : linjeTekst;
    }
  }
}

function historikk(linjer: readonly HistorikkLinje[]): Element[] {
  if (linjer.length === 0) return [];
  const vist = linjer.slice(-MAKS_HISTORIKK);
  const skjult = linjer.length - vist.length;
  return [
    mellomtittel(t.historikk),
    ...(skjult > 0 ? [tekst(t.eldreHistorikk(skjult), { isSubtle: true })] : []),
    ...vist.map((h) => linje(tidspunkt(h.tid), hendelseTekst(h), MAKS_LENGDE.begrunnelse + 200)),
  ];
}

function leveringer(v: SakVisning): Element[] {
  if (v.leveringer.length === 0) return [];
  return [
    mellomtittel(t.levering),
    ...v.leveringer.slice(0, MAKS_LEVERINGER).map((l) => linje(l.navn, `${t.leveringRolle[l.rolle] ?? l.rolle} – ${t.leveringStatus[l.status] ?? l.status}`)),
  ];
}

function tildeling(v: SakVisning, data: Record<string, unknown>, valg: SakskortValg): Element[] {
  if (!v.handlinger.includes('tildel') || v.saksansvarligValg.length === 0) return [];
  const valgt = valg.verdier?.saksansvarlig ?? v.saksansvarlig?.oid ?? '';
  const personer = v.saksansvarligValg.slice(0, MAKS_VALG);
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'saksansvarlig',
      label: t.velgSaksansvarlig,
      value: personer.some((p) => p.oid === valgt) ? valgt : '',
      choices: personer.map((p) => ({ title: p.stilling ? `${p.navn} (${p.stilling})` : p.navn, value: p.oid })),
    },
    ...feltFeil(valg.feltFeil?.saksansvarlig),
    ...(v.saksansvarligValg.length > MAKS_VALG ? [tekst(t.flereValg(v.saksansvarligValg.length - MAKS_VALG), { isSubtle: true })] : []),
    { type: 'ActionSet', actions: [utfor(t.tildelKnapp, 'tildel', data, { medInput: true, stil: 'positive' })] },
  ];
}

function avslutningUtenTiltak(v: SakVisning, data: Record<string, unknown>, valg: SakskortValg): Element[] {
  if (!v.handlinger.includes('avslutt_uten_tiltak')) return [];
  const skrevet = valg.verdier?.begrunnelse ?? '';
  return [
    {
      type: 'Input.Text',
      id: 'begrunnelse',
      label: t.begrunnelse,
      placeholder: t.begrunnelseHint,
      isMultiline: true,
      maxLength: MAKS_LENGDE.begrunnelse,
      value: [...skrevet].slice(0, MAKS_LENGDE.begrunnelse).join(''),
    },
    ...feltFeil(valg.feltFeil?.begrunnelse),
    { type: 'ActionSet', actions: [utfor(HANDLING_TEKST.avslutt_uten_tiltak, 'avslutt_uten_tiltak', data, { medInput: true, stil: 'destructive' })] },
  ];
}
