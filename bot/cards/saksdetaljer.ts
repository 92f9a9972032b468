/**
 * The parts of a case card behind «Vis detaljer», shared by the case card and the notice to
 * skoleeier: every answer in the varsel (blank ones as «Ikke besvart», never a default), the history
 * as past events, and who has the case.
 */
import type { HistorikkLinje, SakView } from '../../src/app/sakView';
import { MAKS_LENGDE, type UsikkertSvar } from '../../src/domain/varsel';
import { botTekster, folgSprak } from '../../src/i18n/aktiv';
import { dato, fritekst, kapp, linje, mellomtittel, tekst, tidspunkt, type Element } from './felles';

const t = folgSprak((k) => k.kort.sak);
const sv = folgSprak((k) => k.kort.svar);

/** Enough history and receivers for the card; the tab shows everything. Keeps the card far below Teams' size limit. */
const MAKS_HISTORIKK = 15;
/** A reason in the card's history, cut with «…»: fifteen whole reasons would take the card past Teams' size limit; the tab and the documentation hold them whole. */
const MAKS_HISTORIKK_BEGRUNNELSE = 700;
const MAKS_LEVERINGER = 30;

/** The reporter's description, capped at `maks` characters on this screen. */
export function beskrivelse(v: SakView, maks: number): Element[] {
  return [fritekst(v.varsel.beskrivelse, maks)];
}

/**
 * Every question of the form with the reporter's answer, in the third person. A question left blank
 * says «Ikke besvart»; an old varsel's value the old form may have filled in by itself says so.
 */
export function alleSvar(v: SakView): Element[] {
  const va = v.varsel;
  const usikre = new Set<UsikkertSvar>(va.usikre ?? []);
  const svar = (etikett: string, verdi: string | undefined, maks = 300, usikker?: UsikkertSvar): Element =>
    linje(etikett, verdi === undefined || verdi === '' ? t.ikkeBesvart : usikker && usikre.has(usikker) ? `${kapp(verdi, maks)} ${t.usikkert}` : verdi, maks + 120);
  const naar = va.naar === undefined ? undefined : va.naar.type === 'dato' ? dato(va.naar.dato) : sv.naar[va.naar.type];
  const kommerFra = va.kommerFra === 'nei' && usikre.has('kommerFra') ? sv.kommerFraGammelNei : sv.kommerFra[va.kommerFra];
  const elevInformert = va.elevInformert === undefined ? undefined : va.elevInformert ? sv.elevInformert.ja : sv.elevInformert.nei;
  return [
    svar(t.naar, naar, 40, 'naar'),
    svar(t.sted, va.sted, MAKS_LENGDE.sted),
    svar(t.involverte, va.involverte, MAKS_LENGDE.involverte),
    svar(t.kilde, va.kilde && sv.kilder[va.kilde], 100, 'kilde'),
    svar(t.kommerFra, kommerFra),
    svar(t.grepInn, va.grepInn && sv.grepInn[va.grepInn], 100, 'grepInn'),
    svar(t.grepInnHvordan, va.grepInnHvordan, MAKS_LENGDE.grepInnHvordan),
    svar(t.elevInformert, elevInformert),
    svar(t.ikkeInformertHvorfor, va.ikkeInformertHvorfor, MAKS_LENGDE.ikkeInformertHvorfor),
    linje(t.meldtAv, v.varsletAv),
    linje(t.sendt, tidspunkt(v.opprettet)),
  ];
}

/** One history line as a past event: «Tatt imot av Hanne Solberg 02.12.2026 kl. 09:14». */
export function hendelseTekst(h: HistorikkLinje): string {
  const e = botTekster.hendelse;
  const tid = tidspunkt(h.tid);
  switch (h.hendelse) {
    case 'sendt':
      return e.sendt(h.av, tid);
    case 'levert':
      return e.levert(h.til ?? '', tid);
    case 'levering_feilet':
      return e.levering_feilet(h.til ?? '', tid);
    case 'skoleeier_informert':
      return e.skoleeier_informert(h.til ?? '', tid);
    case 'skoleeier_ikke_informert':
      return e.skoleeier_ikke_informert(tid);
    case 'ta_imot':
      return h.til ? e.ta_imot_tildelt(h.av, h.til, tid) : e.ta_imot(h.av, tid);
    case 'tildel':
      return e.tildel(h.av, h.til ?? '', tid);
    case 'be_om_oppfolging':
      return e.be_om_oppfolging(h.av, h.til ?? '', tid);
    case 'ta_over':
      return e.ta_over(h.av, tid);
    case 'omklassifiser':
      return e.omklassifiser(h.av, h.klassifisering ? botTekster.klassifiseringValg[h.klassifisering] : '', tid);
    case 'start_undersokelse':
    case 'opprett_plan':
    case 'avslutt_uten_tiltak':
    case 'avslutt':
    case 'meld_skoleeier':
      return e[h.hendelse](h.av, tid);
  }
}

/** The smaller line under an event: the classification chosen on receipt, a reason. */
function hendelseDetalj(h: HistorikkLinje): string[] {
  const e = botTekster.hendelse;
  const ut: string[] = [];
  if (h.hendelse === 'ta_imot' && h.klassifisering) ut.push(e.vurdert(botTekster.klassifiseringValg[h.klassifisering]));
  if (h.hendelse === 'skoleeier_ikke_informert') ut.push(e.grunn(t.ingenKommunalsjef));
  else if (h.begrunnelse) ut.push(e.begrunnelse(h.begrunnelse));
  return ut;
}

export function historikk(linjer: readonly HistorikkLinje[]): Element[] {
  if (linjer.length === 0) return [];
  const vist = linjer.slice(-MAKS_HISTORIKK);
  const skjult = linjer.length - vist.length;
  return [
    mellomtittel(t.historikk),
    ...(skjult > 0 ? [tekst(t.eldreHistorikk(skjult), { isSubtle: true })] : []),
    ...vist.flatMap((h) => [
      fritekst(hendelseTekst(h), 400),
      ...hendelseDetalj(h).map((d) => ({ ...fritekst(d, MAKS_HISTORIKK_BEGRUNNELSE), spacing: 'None' })),
    ]),
  ];
}

export function deliveries(v: SakView): Element[] {
  if (v.leveringer.length === 0) return [];
  return [
    mellomtittel(t.levering),
    ...v.leveringer.slice(0, MAKS_LEVERINGER).map((l) => linje(l.navn, `${t.leveringRolle[l.rolle] ?? l.rolle} – ${t.leveringStatus[l.status] ?? l.status}`)),
  ];
}
