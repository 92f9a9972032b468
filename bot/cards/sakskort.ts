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
import type { SakVisning } from '../../src/app/sakVisning';
import type { Handling } from '../../src/domain/sak';
import { LOGG_TYPER, MAKS_LOGG_LENGDE } from '../../src/domain/sakslogg';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { botTekster } from '../../src/i18n/kort';
import { VERB } from '../verbnavn';
import { alleSvar, beskrivelse, historikk, leveringer } from './saksdetaljer';
import { elevensSvarInput, motElevenInput } from './elevensSvarInput';
import { involvertValg, tekstInput } from './mottak';
import { HANDLING_TEKST } from '../../src/i18n/betegnelser';
import { LOGG_TYPE_TEKST } from '../../src/i18n/betegnelser';
import {
  aapneLenke,
  adaptivtKort,
  banner,
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
  visKort,
  type Element,
  type Kort,
} from './felles';

const t = botTekster.sak;

const MAKS_VALG = 100;
/** The description on the first screen; the whole text is under «Vis detaljer». */
const KORT_BESKRIVELSE = 400;
export const DETALJER_ID = 'detaljer';

/** The actions with their own panel (inputs and a button), and the input ids they send. */
export const PANEL_HANDLINGER = ['avslutt_uten_tiltak', 'avslutt', 'meld_skoleeier', 'omklassifiser'] as const;
type PanelHandling = (typeof PANEL_HANDLINGER)[number];
/** Every input on a card is sent with every action (associatedInputs auto): one id per panel. */
export const begrunnelseId = (h: PanelHandling) => `begrunnelse_${h}`;

export interface SakskortValg {
  /** Teams user ids (29:…) of everyone holding a copy. */
  refreshFor: readonly string[];
  /** The case's page in the tab, for «Åpne i fanen». */
  lenke?: string;
  /** A notice on top: someone else acted, or the last click was refused for a reason not tied to one input. */
  melding?: string;
  /** Problems per input (saksansvarlig, klassifisering, begrunnelse), shown under the input. */
  feltFeil?: Record<string, string>;
  /** The action the person pressed, when it was refused: its panel is shown open. */
  handling?: Handling;
  /** The pressed action is valid and final: ask the person to confirm it. */
  bekreft?: boolean;
  /** What the person had chosen or typed, kept after a refused click. */
  verdier?: {
    saksansvarlig?: string;
    begrunnelse?: string;
    klassifisering?: string;
    informertHvordan?: string;
    informertDato?: string;
    begrunnelseMotEleven?: string;
    involvertAnsatt?: string;
    involvertAnsattTekst?: string;
  };
  tildeltDeg?: boolean;
  /** A confirmation on top, e.g. that a note was logged. */
  bekreftelse?: string;
  /** «Legg til notat» refused: the panel shown open with what was typed and each problem under its input. */
  notat?: { verdier: Record<string, string | undefined>; feltFeil?: Record<string, string> };
}

const egenRad = (actions: Element[]): Element[] => (actions.length > 0 ? [{ type: 'ActionSet', actions }] : []);

export function sakskort(v: SakVisning, valg: SakskortValg): Kort {
  const data = { sakId: v.id, versjon: v.versjon };
  const aapent = valg.handling && (PANEL_HANDLINGER as readonly string[]).includes(valg.handling) && v.handlinger.includes(valg.handling) ? (valg.handling as PanelHandling) : undefined;
  // An input error for an action this card no longer offers has no input to sit under: show it on top.
  const foreldet = valg.handling && !v.handlinger.includes(valg.handling) ? Object.values(valg.feltFeil ?? {})[0] : undefined;
  const melding = valg.melding ?? foreldet;
  const kort = beskrivelse(v, KORT_BESKRIVELSE);
  const body: Element[] = [
    ...hode(v),
    ...(melding && !valg.bekreft ? [banner(melding)] : []),
    ...(valg.tildeltDeg ? [banner(t.tildeltDeg, 'Good')] : []),
    ...(valg.bekreftelse ? [banner(valg.bekreftelse, 'Good')] : []),
    ...merknader(v),
    ...fakta(v),
    mellomtittel(t.beskrivelse),
    ...kort,
    ...(v.avslutning ? [linje(t.avsluttet(v.avslutning.av, tidspunkt(v.avslutning.tid)), v.avslutning.begrunnelse, MAKS_LENGDE.begrunnelse)] : []),
    ...primaer(v, data, valg),
    ...(aapent ? panel(v, aapent, data, valg) : []),
    ...(valg.notat && v.kanLoggfore ? notatPanel(v, valg.notat) : []),
    { type: 'ActionSet', actions: sekundaere(v, data, valg, aapent) },
    // Its own row: Teams shows at most five actions in one.
    ...egenRad([
      ...(v.kanLoggfore && !valg.notat ? [visKort(t.leggTilNotat, notatInnhold({ verdier: {} }), [notatKnapp(v)])] : []),
      ...(valg.lenke ? [aapneLenke(t.aapneIFanen, valg.lenke)] : []),
    ]),
    detaljer(v),
  ];
  return adaptivtKort(body, { refresh: oppfrisking(v.id, 'sak', valg.refreshFor) });
}

/** Case number, status and STRAKS on one line. */
export function hode(v: SakVisning): Element[] {
  return [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [overskrift(t.tittel(v.saksnummer))], verticalContentAlignment: 'Center' },
        { type: 'Column', width: 'auto', items: [merke(v.statusTekst, 'emphasis')], verticalContentAlignment: 'Center' },
        ...(v.straks ? [{ type: 'Column', width: 'auto', items: [merke(t.straks, 'attention')], verticalContentAlignment: 'Center' }] : []),
      ],
    },
  ];
}

/** What the receiver must know before deciding: why it is urgent, whether skoleeier knows, what to classify. */
export function merknader(v: SakVisning): Element[] {
  const ut: Element[] = [];
  if (v.straks) ut.push(tekst(v.kanal === 'skoleeier' ? t.straksLedelse : t.straksAnsatt, { size: 'Small', spacing: 'Small' }));
  const s = v.skoleeier;
  if (s?.status === 'ikke_varslet') ut.push(banner(t.skoleeierIkkeVarslet(s.grunn === 'ingen_kommunalsjef' ? t.ingenKommunalsjef : t.kommunalsjefIkkeNadd), 'Warning'));
  else if (s) ut.push(tekst(s.status === 'varslet' ? t.skoleeierVarslet : t.skoleeierVarsles, { size: 'Small', isSubtle: true, spacing: 'None' }));
  if (v.maaKlassifiseres && v.handlinger.includes('ta_imot')) ut.push(banner(t.maaKlassifiseres, 'Warning'));
  return ut;
}

export function fakta(v: SakVisning): Element[] {
  const va = v.varsel;
  const elev = va.elevKlasse ? `${va.elevNavn} (${va.elevKlasse})` : va.elevNavn;
  return [
    linje(t.elev, elev, MAKS_LENGDE.elevNavn + MAKS_LENGDE.elevKlasse + 3),
    linje(t.skole, v.skole.navn),
    linje(t.hvaGjelder, botTekster.gjelder[v.gjelder]),
    ...(v.involvertAnsatt ? [linje(t.involvertAnsattNa, v.involvertAnsatt.navn, MAKS_LENGDE.involvertAnsattTekst)] : []),
    ...(v.saksansvarlig || v.status !== 'ny' ? [linje(t.saksansvarlig, v.saksansvarlig?.navn ?? t.ikkeTildelt)] : []),
  ];
}

/** The next decision: «Ta imot» (with classification and an assignee beside it), else the next step. */
function primaer(v: SakVisning, data: Record<string, unknown>, valg: SakskortValg): Element[] {
  if (v.handlinger.includes('ta_imot')) {
    // Classified as «ledelse» on receipt: the case leaves the receiver's sight, so confirm first.
    const bekreft = valg.bekreft && valg.handling === 'ta_imot';
    const knapper = bekreft
      ? [utfor(t.bekreftKnappLedelse, 'ta_imot', { ...data, bekreftet: true }, { medInput: true, stil: 'destructive' }), utfor(t.avbryt, VERB.visSak, { sakId: v.id, kort: 'sak' })]
      : [utfor(HANDLING_TEKST.ta_imot, 'ta_imot', data, { medInput: true, stil: 'positive' })];
    return [
      ...(bekreft ? [banner(t.bekreftLedelse, 'Warning')] : []),
      ...(v.maaKlassifiseres ? klassifiseringsvalg(v, valg, t.klassifisering) : []),
      ...(v.maaKlassifiseres && !bekreft ? tekstInput('klassifiseringBegrunnelse', t.klassifiseringBegrunnelse, valg.handling === 'ta_imot' ? valg.verdier?.begrunnelse : undefined, valg.handling === 'ta_imot' ? valg.feltFeil?.begrunnelse : undefined) : []),
      ...(bekreft ? [] : involvertValg(v, valg)),
      ...(bekreft ? [] : personvalg(v, valg, t.tildelTil)),
      { type: 'ActionSet', actions: knapper },
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
  if (v.planId) ut.push(tekst(t.plan, { size: 'Small' }));
  return ut;
}

function personvalg(v: SakVisning, valg: SakskortValg, etikett: string): Element[] {
  if (v.saksansvarligValg.length === 0) return [];
  const valgt = valg.verdier?.saksansvarlig ?? v.saksansvarlig?.oid ?? '';
  const personer = v.saksansvarligValg.slice(0, MAKS_VALG);
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'saksansvarlig',
      label: etikett,
      placeholder: t.velgSaksansvarlig,
      value: personer.some((p) => p.oid === valgt) ? valgt : '',
      choices: personer.map((p) => ({ title: p.stilling ? `${p.navn} (${p.stilling})` : p.navn, value: p.oid })),
    },
    ...feltFeil(valg.feltFeil?.saksansvarlig),
    ...(v.saksansvarligValg.length > MAKS_VALG ? [tekst(t.flereValg(v.saksansvarligValg.length - MAKS_VALG), { isSubtle: true })] : []),
  ];
}

function klassifiseringsvalg(v: SakVisning, valg: SakskortValg, etikett: string): Element[] {
  const valgt = valg.verdier?.klassifisering ?? '';
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'klassifisering',
      label: etikett,
      style: 'expanded',
      value: v.klassifiseringValg.includes(valgt as never) ? valgt : '',
      choices: v.klassifiseringValg.map((k) => ({ title: botTekster.klassifiseringValg[k], value: k })),
    },
    ...feltFeil(valg.feltFeil?.klassifisering),
  ];
}

/** The row below the decision: details, then the final steps behind their ShowCards. */
function sekundaere(v: SakVisning, data: Record<string, unknown>, valg: SakskortValg, aapent: PanelHandling | undefined): Element[] {
  const ut: Element[] = [vekslSynlighet(t.visDetaljer, [DETALJER_ID])];
  // While «Ta imot» (with its own person and classification inputs) is the decision, nothing else asks for them.
  const mottas = v.handlinger.includes('ta_imot');
  if (!mottas && v.handlinger.includes('tildel') && v.saksansvarlig && v.saksansvarligValg.length > 0) {
    ut.push(visKort(t.tildelTittel, personvalg(v, { ...valg, feltFeil: {} }, t.velgSaksansvarlig), [utfor(t.tildelKnapp, 'tildel', data, { medInput: true })]));
  }
  for (const h of PANEL_HANDLINGER) {
    if (h === aapent || !v.handlinger.includes(h) || (mottas && h === 'omklassifiser')) continue;
    ut.push(visKort(panelTittel(h), panelInnhold(v, h, { ...valg, feltFeil: {} }), [panelKnapp(h, data, false)]));
  }
  return ut;
}

function panelTittel(h: PanelHandling): string {
  if (h === 'avslutt') return t.avsluttMedTiltakTittel;
  return h === 'avslutt_uten_tiltak' ? t.avsluttTittel : h === 'meld_skoleeier' ? t.meldTittel : t.omklassifiserTittel;
}

function panelInnhold(v: SakVisning, h: PanelHandling, valg: SakskortValg): Element[] {
  const skrevet = valg.handling === h ? (valg.verdier?.begrunnelse ?? '') : '';
  const begrunnelse = (label: string, placeholder?: string): Element[] => [
    {
      type: 'Input.Text',
      id: begrunnelseId(h),
      label,
      ...(placeholder ? { placeholder } : {}),
      isMultiline: true,
      maxLength: MAKS_LENGDE.begrunnelse,
      value: [...skrevet].slice(0, MAKS_LENGDE.begrunnelse).join(''),
    },
    ...feltFeil(valg.feltFeil?.begrunnelse),
  ];
  switch (h) {
    case 'avslutt_uten_tiltak':
      return [tekst(t.avsluttForklaring, { size: 'Small' }), ...motEleven(v, h, valg), ...begrunnelse(t.begrunnelse, t.begrunnelseHint), ...informert(h, valg)];
    case 'avslutt':
      return [tekst(t.avsluttMedTiltakForklaring, { size: 'Small' }), ...motEleven(v, h, valg), ...informert(h, valg)];
    case 'meld_skoleeier':
      return [tekst(t.meldForklaring, { size: 'Small' }), ...begrunnelse(t.meldBegrunnelse, t.meldBegrunnelseHint)];
    case 'omklassifiser':
      return [
        tekst(t.omklassifiserForklaring, { size: 'Small' }),
        ...klassifiseringsvalg(v, valg.handling === h ? valg : { ...valg, verdier: {} }, t.omklassifiserTil),
        ...begrunnelse(t.omklassifiserBegrunnelse),
      ];
  }
}

function panelKnapp(h: PanelHandling, data: Record<string, unknown>, bekreftet: boolean): Element {
  const tittel = h === 'meld_skoleeier' ? (bekreftet ? t.bekreftKnappMeld : t.meldVidere) : h === 'omklassifiser' ? (bekreftet ? t.bekreftKnappLedelse : t.meldVidere) : HANDLING_TEKST[h];
  return utfor(tittel, h, { ...data, ...(bekreftet ? { bekreftet: true } : {}) }, { medInput: true, stil: h === 'omklassifiser' && !bekreftet ? undefined : 'destructive' });
}

/** A panel shown open: after a refused click (the error under its input), or to confirm a final step. */
function panel(v: SakVisning, h: PanelHandling, data: Record<string, unknown>, valg: SakskortValg): Element[] {
  const advarsel = valg.bekreft ? [banner(h === 'meld_skoleeier' ? t.bekreftMeld : t.bekreftLedelse, 'Warning')] : [];
  const knapper = [panelKnapp(h, data, !!valg.bekreft), utfor(t.avbryt, VERB.visSak, { sakId: v.id, kort: 'sak' })];
  return [
    { type: 'Container', style: 'emphasis', spacing: 'Medium', items: [mellomtittel(panelTittel(h).replace(/ …$/, '')), ...advarsel, ...panelInnhold(v, h, valg)] },
    { type: 'ActionSet', actions: knapper },
  ];
}

/** Everything else, one tap away: the full answers, what has been done, who has the case. */
function detaljer(v: SakVisning): Element {
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
      ...leveringer(v),
    ],
  };
}

/** While the pupil's latest answer is «nei» or «delvis», closing asks for rektor's reason against it (one input per panel). */
function motEleven(v: SakVisning, h: PanelHandling, valg: SakskortValg): Element[] {
  if (!v.elevIkkeTrygg) return [];
  return motElevenInput(`begrunnelseMotEleven_${h}`, v.elevIkkeTrygg, valg.handling === h ? (valg.verdier?.begrunnelseMotEleven ?? '') : '', valg.feltFeil?.begrunnelseMotEleven);
}

/** Closing records when and how pupil and parents were told (the use case refuses a closing without it). */
function informert(h: PanelHandling, valg: SakskortValg): Element[] {
  const skrevet = (id: 'informertHvordan' | 'informertDato', maks: number) => [...(valg.handling === h ? (valg.verdier?.[id] ?? '') : '')].slice(0, maks).join('');
  // One id per panel: every input on the card is sent with every action.
  return [
    {
      type: 'Input.Text',
      id: `informertHvordan_${h}`,
      label: t.informertHvordan,
      placeholder: t.informertHvordanHint,
      isMultiline: true,
      maxLength: MAKS_LENGDE.begrunnelse,
      value: skrevet('informertHvordan', MAKS_LENGDE.begrunnelse),
    },
    ...feltFeil(valg.feltFeil?.informertHvordan),
    { type: 'Input.Date', id: `informertDato_${h}`, label: t.informertDato, value: skrevet('informertDato', 10) },
    ...feltFeil(valg.feltFeil?.informertDato),
  ];
}

/** «Legg til notat»: a log entry (kind, date, who took part, summary) without leaving the chat. */
function notatInnhold(n: NonNullable<SakskortValg['notat']>): Element[] {
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
    { type: 'Input.Date', id: 'loggDato', label: t.loggDato, isRequired: true, errorMessage: t.loggDatoFeil, value: verdi('loggDato').slice(0, 10) },
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

function notatKnapp(v: SakVisning): Element {
  return utfor(t.lagreNotat, VERB.loggfor, { sakId: v.id }, { medInput: true, stil: 'positive' });
}

function notatPanel(v: SakVisning, n: NonNullable<SakskortValg['notat']>): Element[] {
  return [
    { type: 'Container', style: 'emphasis', spacing: 'Medium', items: [mellomtittel(t.leggTilNotat), ...notatInnhold(n)] },
    { type: 'ActionSet', actions: [notatKnapp(v), utfor(t.avbryt, VERB.visSak, { sakId: v.id, kort: 'sak' })] },
  ];
}
