/**
 * The receiver's card, built for a busy rektor (Teams Approvals is the bar): the first screen holds
 * the case number, status, a STRAKS badge where it applies, the pupil, the school, what the case is
 * about, the reporter's description and the next decision as buttons, primary first. Receiving and
 * assigning is two taps: pick a person beside «Ta imot», press it. The full answers, the history and
 * the delivery state are one tap away («Vis detaljer»). Final steps («Avslutt uten tiltak», «Meld
 * til skoleeier», «Endre hvem saken gjelder») sit below the primary action behind a ShowCard with
 * their inputs; after a refused click that panel is shown open with the error under the input.
 *
 * Only the actions this person may take now are offered (SakVisning.handlinger — hiding the others is
 * a convenience; the use case checks every click again), so a copy delivered or refreshed after the
 * case moved on shows the current state and no stale buttons.
 */
import type { SakView } from '../../src/app/sakView';
import { LOGG_TYPER, MAKS_LOGG_LENGDE } from '../../src/domain/sakslogg';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { botTekster, HANDLING_TEKST, LOGG_TYPE_TEKST, folgSprak } from '../../src/i18n/aktiv';
import { VERB } from '../verbnavn';
import { alleSvar, beskrivelse, historikk, deliveries } from './saksdetaljer';
import { elevensSvarInput } from './elevensSvarInput';
import { PANEL_HANDLINGER, type PanelHandling, type SakCardValg, klassifiseringsvalg, panel, panelInnhold, panelKnapp, panelTittel, personvalg, valgteVerdier } from './sakspaneler';
import { involvertValg, temaInput, tekstInput } from './mottak';
import {
  aapneLenke,
  adaptiveCard,
  banner,
  dato,
  feltFeil,
  fritekst,
  linje,
  merke,
  mellomtittel,
  oppfrisking,
  overskrift,
  tekst,
  tidspunkt,
  utfor,
  vekslSynlighet,
  visCard,
  type Element,
  type Card,
} from './felles';

const t = folgSprak((k) => k.kort.sak);

/** The description on the first screen; the whole text is under «Vis detaljer». */
const KORT_BESKRIVELSE = 400;
export const DETALJER_ID = 'detaljer';

export { PANEL_HANDLINGER, begrunnelseId, type SakCardValg as SakskortValg } from './sakspaneler';

const egenRad = (actions: Element[]): Element[] => (actions.length > 0 ? [{ type: 'ActionSet', actions }] : []);

export function sakCard(v: SakView, valg: SakCardValg): Card {
  const data = { sakId: v.id, versjon: v.versjon };
  const aapent = valg.handling && (PANEL_HANDLINGER as readonly string[]).includes(valg.handling) && v.handlinger.includes(valg.handling) ? (valg.handling as PanelHandling) : undefined;
  // An input error for an action this card no longer offers has no input to sit under: show it on top.
  const foreldet = valg.handling && !v.handlinger.includes(valg.handling) ? Object.values(valg.feltFeil ?? {})[0] : undefined;
  const message = valg.melding ?? foreldet;
  const forkortet = beskrivelse(v, KORT_BESKRIVELSE);
  const body: Element[] = [
    ...hode(v),
    ...(message && !valg.bekreft ? [banner(message)] : []),
    ...(valg.tildeltDeg ? [banner(t.tildeltDeg, 'Good')] : []),
    ...(valg.bekreftelse ? [banner(valg.bekreftelse, 'Good')] : []),
    ...merknader(v),
    ...fakta(v),
    mellomtittel(t.beskrivelse),
    ...forkortet,
    ...(v.avslutning ? [linje(t.avsluttet(v.avslutning.av, tidspunkt(v.avslutning.tid)), v.avslutning.begrunnelse, MAKS_LENGDE.begrunnelse)] : []),
    ...primaer(v, data, valg),
    ...skoleeierRad(v, data),
    ...(aapent ? panel(v, aapent, data, valg) : []),
    ...(valg.notat && v.kanLoggfore ? notatPanel(v, valg.notat, valg.idag) : []),
    { type: 'ActionSet', actions: sekundaere(v, data, valg, aapent) },
    // A closing step not offered yet says what it waits for.
    ...v.ikkeEnna.map((x) => tekst(t.ikkeEnna(HANDLING_TEKST[x.handling], x.grunn), { size: 'Small', isSubtle: true, spacing: 'Small' })),
    // Its own row: Teams shows at most five actions in one.
    ...egenRad([
      ...(v.kanLoggfore && !valg.notat ? [visCard(t.leggTilNotat, notatInnhold({ verdier: {} }, valg.idag), [notatKnapp(v)])] : []),
      ...(valg.lenke ? [aapneLenke(t.aapneIFanen, valg.lenke)] : []),
    ]),
    detaljer(v),
  ];
  return adaptiveCard(body, { refresh: oppfrisking(v.id, 'sak', valg.refreshFor) });
}

/**
 * The case number on its own line, status and STRAKS as badges under it: at Teams' narrowest width
 * (320 px) a number beside two badges wrapped onto two or three lines.
 */
export function hode(v: SakView): Element[] {
  const merkeKolonne = (e: Element): Element => ({ type: 'Column', width: 'auto', items: [e], verticalContentAlignment: 'Center' });
  return [
    overskrift(t.tittel(v.saksnummer)),
    {
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [merkeKolonne(merke(v.statusTekst, 'emphasis')), ...(v.straks ? [merkeKolonne(merke(t.straks, 'attention'))] : [])],
    },
  ];
}

/**
 * What the receiver must know before deciding: why it is urgent (and who decided so, when a receiver
 * classified it), whether skoleeier knows, what to classify. Nothing about urgency once it is closed.
 */
export function merknader(v: SakView): Element[] {
  const ut: Element[] = [];
  const liten = { size: 'Small', spacing: 'Small' };
  const k = v.klassifisert;
  // Issue 25: the pupil said it themselves — the receivers read that first, with the pupil's wish.
  if (v.fraEleven) ut.push(banner(v.fraEleven.tekst, 'Good'), ...(v.fraEleven.vilSnakke ? [tekst(v.fraEleven.vilSnakke, liten)] : []));
  if (v.straks && k?.klassifisering === 'ledelse') ut.push(tekst(t.flyttetLedelse(k.av, tidspunkt(k.tid)), liten));
  else if (v.straks && k?.klassifisering === 'ansatt') ut.push(tekst(t.vurdertAnsatt(k.av, tidspunkt(k.tid)), liten));
  else if (v.straks) ut.push(tekst(v.kanal === 'skoleeier' ? t.straksLedelse : t.straksAnsatt, liten));
  else if (k) ut.push(tekst(t.vurdert(k.av, tidspunkt(k.tid), botTekster.klassifiseringValg[k.klassifisering]), liten));
  if (k?.begrunnelse) ut.push(linje(t.begrunnelseEtikett, k.begrunnelse, MAKS_LENGDE.begrunnelse));
  const s = v.skoleeier;
  if (s?.status === 'ikke_varslet') ut.push(banner(t.skoleeierIkkeVarslet(s.grunn === 'ingen_kommunalsjef' ? t.ingenKommunalsjef : t.kommunalsjefIkkeNadd), 'Warning'));
  else if (s) ut.push(tekst(s.status === 'varslet' ? t.skoleeierVarslet : t.skoleeierVarsles, { size: 'Small', isSubtle: true, spacing: 'None' }));
  if (v.maaKlassifiseres && v.handlinger.includes('ta_imot')) ut.push(banner(t.maaKlassifiseres, 'Warning'));
  return ut;
}

export function fakta(v: SakView): Element[] {
  const va = v.varsel;
  const elev = va.elevKlasse ? `${va.elevNavn} (${va.elevKlasse})` : va.elevNavn;
  return [
    linje(t.elev, elev, MAKS_LENGDE.elevNavn + MAKS_LENGDE.elevKlasse + 3),
    linje(t.skole, v.skole.navn),
    linje(t.hvaGjelder, botTekster.gjelder[v.gjelder]),
    ...(v.involvertAnsatt ? [linje(t.involvertAnsattNa, v.involvertAnsatt.navn, MAKS_LENGDE.involvertAnsattTekst)] : []),
    // A name only keeps nobody out: said on every card until rektor picks the person or rules them out.
    ...(v.involvertAnsatt?.uavklart ? [{ type: 'TextBlock' as const, text: t.involvertUavklart(v.involvertAnsatt.navn.slice(0, MAKS_LENGDE.involvertAnsattTekst)), wrap: true, color: 'Warning' }] : []),
    ...(v.saksansvarlig || v.status !== 'ny' ? [linje(t.saksansvarlig, v.saksansvarlig?.navn ?? t.ikkeTildelt)] : []),
  ];
}

/** The next decision: «Ta imot» (with classification and an assignee beside it), else the next step. */
function primaer(v: SakView, data: Record<string, unknown>, valg: SakCardValg): Element[] {
  if (v.handlinger.includes('ta_imot')) {
    // Classified as «ledelse» on receipt: the case leaves the receiver's sight, so confirm first —
    // the choices shown read-only and sent with the button, so confirming cannot change them.
    if (valg.bekreft && valg.handling === 'ta_imot') {
      const { klassifisering, saksansvarlig, involvertAnsatt, involvertAnsattTekst, tema } = valg.verdier ?? {};
      const valgt = { klassifisering, ...(saksansvarlig ? { saksansvarlig } : {}), ...(involvertAnsatt ? { involvertAnsatt } : {}), ...(involvertAnsattTekst ? { involvertAnsattTekst } : {}), ...(tema ? { tema } : {}) };
      const knapp = utfor(t.bekreftKnappLedelse, 'ta_imot', { ...data, bekreftet: true, ...valgt }, { stil: 'destructive' });
      return [banner(t.bekreftLedelse, 'Warning'), ...valgteVerdier(v, valg), { type: 'ActionSet', actions: [knapp, utfor(t.avbryt, VERB.visSak, { sakId: v.id, kort: 'sak' })] }];
    }
    return [
      ...(v.maaKlassifiseres ? klassifiseringsvalg(v, valg, t.klassifisering) : []),
      ...(v.maaKlassifiseres ? tekstInput('klassifiseringBegrunnelse', t.klassifiseringBegrunnelse, valg.handling === 'ta_imot' ? valg.verdier?.begrunnelse : undefined, valg.handling === 'ta_imot' ? valg.feltFeil?.begrunnelse : undefined) : []),
      ...involvertValg(v, valg),
      ...temaInput(v, valg),
      ...personvalg(v, valg, t.tildelTil),
      {
        type: 'ActionSet',
        actions: [
          utfor(HANDLING_TEKST.ta_imot, 'ta_imot', data, { medInput: true, stil: 'positive' }),
          // One tap to receive and own it; two (pick, press) to give it to someone else.
          ...(v.kanTaSelv ? [utfor(t.taImotSelv, 'ta_imot', { ...data, tilMeg: true }, { medInput: true })] : []),
        ],
      },
    ];
  }
  const neste = (['start_undersokelse', 'opprett_plan'] as const).filter((h) => v.handlinger.includes(h));
  const knapper = neste.map((h, i) => utfor(HANDLING_TEKST[h], h, data, { stil: i === 0 ? 'positive' : undefined }));
  // Assigning stays on the first screen until someone has the case.
  const tildel = v.handlinger.includes('tildel') && !v.saksansvarlig && v.saksansvarligValg.length > 0;
  const ut: Element[] = [];
  if (tildel) ut.push(...personvalg(v, valg, t.velgSaksansvarlig));
  if (tildel) knapper.push(utfor(t.tildelKnapp, 'tildel', data, { medInput: true, stil: knapper.length === 0 ? 'positive' : undefined }));
  if (knapper.length > 0) ut.push({ type: 'ActionSet', actions: knapper });
  const plan = planLinje(v);
  if (plan) ut.push(tekst(plan, { size: 'Small' }));
  return ut;
}

/**
 * The kommunalsjef's steps on a school's case (the escalation card and every other copy she holds):
 * ask rektor to follow it up (one tap), or take it over (behind a ShowCard that says what it means).
 */
function skoleeierRad(v: SakView, data: Record<string, unknown>): Element[] {
  const s = t.skoleeier;
  const knapper = [
    ...(v.skoleeierSteg.includes('be_om_oppfolging') ? [utfor(s.beRektor, VERB.beOmOppfolging, data, { stil: 'positive' })] : []),
    ...(v.skoleeierSteg.includes('ta_over') ? [visCard(s.taOver, [tekst(s.taOverForklaring)], [utfor(s.taOverKnapp, VERB.taOver, data)])] : []),
  ];
  return egenRad(knapper);
}

/** The plan as it is now: a draft to fill in, in force with its next evaluation, or closed. */
export function planLinje(v: SakView): string | undefined {
  if (!v.plan) return undefined;
  if (v.plan.status === 'utkast') return t.plan.utkast;
  if (v.plan.status === 'avsluttet') return t.plan.avsluttet;
  return t.plan.iBruk(v.plan.nesteEvaluering ? dato(v.plan.nesteEvaluering) : '');
}

/** The row below the decision: details, then the final steps behind their ShowCards. */
function sekundaere(v: SakView, data: Record<string, unknown>, valg: SakCardValg, aapent: PanelHandling | undefined): Element[] {
  const ut: Element[] = [vekslSynlighet(t.visDetaljer, [DETALJER_ID])];
  // While «Ta imot» (with its own person and classification inputs) is the decision, nothing else asks for them.
  const mottas = v.handlinger.includes('ta_imot');
  if (!mottas && v.handlinger.includes('tildel') && v.saksansvarlig && v.saksansvarligValg.length > 0) {
    ut.push(visCard(t.tildelTittel, personvalg(v, { ...valg, feltFeil: {} }, t.velgSaksansvarlig), [utfor(t.tildelKnapp, 'tildel', data, { medInput: true })]));
  }
  for (const h of PANEL_HANDLINGER) {
    if (h === aapent || !v.handlinger.includes(h) || (mottas && h === 'omklassifiser')) continue;
    ut.push(visCard(panelTittel(h), panelInnhold(v, h, { ...valg, feltFeil: {} }, true), [panelKnapp(h, data, false)]));
  }
  return ut;
}


/** Everything else, one tap away: the full answers, what has been done, who has the case. */
function detaljer(v: SakView): Element {
  return {
    type: 'Container',
    id: DETALJER_ID,
    isVisible: false,
    items: [
      mellomtittel(t.svar),
      ...alleSvar(v),
      ...(v.varsel.beskrivelse.length > KORT_BESKRIVELSE ? [mellomtittel(t.beskrivelse), fritekst(v.varsel.beskrivelse, MAKS_LENGDE.beskrivelse)] : []),
      ...(v.meldtSkoleeier ? [linje(t.meldtSkoleeier(v.meldtSkoleeier.av, tidspunkt(v.meldtSkoleeier.tid)), v.meldtSkoleeier.begrunnelse ?? '', MAKS_LENGDE.begrunnelse)] : []),
      ...historikk(v.historikk),
      ...deliveries(v),
    ],
  };
}


/** «Legg til notat»: a log entry (kind, date, who took part, summary) without leaving the chat. */
function notatInnhold(n: NonNullable<SakCardValg['notat']>, idag?: string): Element[] {
  const verdi = (id: string) => n.verdier[id] ?? '';
  const feil = n.feltFeil ?? {};
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'loggType',
      label: t.loggType,
      isRequired: true,
      errorMessage: t.loggTypeFeil,
      value: verdi('loggType'),
      choices: LOGG_TYPER.map((type) => ({ title: LOGG_TYPE_TEKST[type], value: type })),
    },
    ...feltFeil(feil.type),
    { type: 'Input.Date', id: 'loggDato', label: t.loggDato, isRequired: true, errorMessage: t.loggDatoFeil, value: verdi('loggDato').slice(0, 10) || (idag ?? ''), ...(idag ? { max: idag } : {}) },
    ...feltFeil(feil.dato),
    { type: 'Input.Text', id: 'loggDeltakere', label: t.loggDeltakere, maxLength: MAKS_LOGG_LENGDE.deltakere, value: [...verdi('loggDeltakere')].slice(0, MAKS_LOGG_LENGDE.deltakere).join('') },
    ...feltFeil(feil.deltakere),
    {
      type: 'Input.Text',
      id: 'loggTekst',
      label: t.loggTekst,
      placeholder: t.loggTekstHint,
      isMultiline: true,
      isRequired: true,
      errorMessage: t.loggTekstFeil,
      maxLength: MAKS_LOGG_LENGDE.tekst,
      value: [...verdi('loggTekst')].slice(0, MAKS_LOGG_LENGDE.tekst).join(''),
    },
    ...feltFeil(feil.tekst),
    ...elevensSvarInput({
      id: { svar: 'loggElevensSvar', hvorfor: 'loggElevensSvarHvorfor' },
      verdier: { svar: verdi('loggElevensSvar'), hvorfor: verdi('loggElevensSvarHvorfor') },
      feil: { svar: feil.elevensSvar, hvorfor: feil.elevensSvarHvorfor },
      paakrevd: false,
      etikett: botTekster.elevensSvar.sporsmalNotat,
    }),
  ];
}

function notatKnapp(v: SakView): Element {
  return utfor(t.lagreNotat, VERB.loggfor, { sakId: v.id }, { medInput: true, stil: 'positive' });
}

function notatPanel(v: SakView, n: NonNullable<SakCardValg['notat']>, idag?: string): Element[] {
  return [
    { type: 'Container', style: 'emphasis', spacing: 'Medium', items: [mellomtittel(t.leggTilNotat), ...notatInnhold(n, idag)] },
    { type: 'ActionSet', actions: [notatKnapp(v), utfor(t.avbryt, VERB.visSak, { sakId: v.id, kort: 'sak' })] },
  ];
}
