/**
 * The case card's inputs and final-step panels: who to assign, what the case is about, and the
 * panels of «Avslutt», «Avslutt uten tiltak», «Meld til skoleeier» and «Endre hvem saken gjelder»
 * — behind a ShowCard, shown open after a refused click (each problem under its input), or as a
 * confirmation that shows the choice read-only. Required inputs are marked; dates default to today.
 */
import type { SakView } from '../../src/app/sakView';
import { INFORMERT_RADER, type Handling } from '../../src/domain/sak';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { HANDLING_TEKST, botTekster, folgSprak } from '../../src/i18n/aktiv';
import { VERB } from '../verbnavn';
import { banner, feltFeil, linje, mellomtittel, tekst, utfor, type Egenskaper, type Element } from './felles';
import { motElevenInput } from './elevensSvarInput';

const t = folgSprak((k) => k.kort.sak);

/** The actions with their own panel (inputs and a button), and the input ids they send. */
export const PANEL_HANDLINGER = ['avslutt_uten_tiltak', 'avslutt', 'meld_skoleeier', 'omklassifiser'] as const;
export type PanelHandling = (typeof PANEL_HANDLINGER)[number];
/** Every input on a card is sent with every action (associatedInputs auto): one id per panel. */
export const begrunnelseId = (h: PanelHandling) => `begrunnelse_${h}`;

const MAKS_VALG = 100;

export interface SakCardValg {
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
  verdier?: { saksansvarlig?: string; begrunnelse?: string; klassifisering?: string; [informertEllerMotEleven: string]: string | boolean | undefined };
  tildeltDeg?: boolean;
  /** Today (YYYY-MM-DD, Europe/Oslo): what a date input shows until changed, and its latest allowed value. */
  idag?: string;
  /** A confirmation on top, e.g. that a note was logged. */
  bekreftelse?: string;
  /** «Legg til notat» refused: the panel shown open with what was typed and each problem under its input. */
  notat?: { verdier: Record<string, string | undefined>; feltFeil?: Record<string, string> };
}

/** What the person chose, read-only, on a confirmation step: the classification, the assignee and the reason. */
export function valgteVerdier(v: SakView, valg: SakCardValg, begrunnelseEtikett: string = t.begrunnelseEtikett): Element[] {
  const { klassifisering, saksansvarlig, begrunnelse } = tekstverdier(valg);
  const klasse = klassifisering && klassifisering in botTekster.klassifiseringValg ? botTekster.klassifiseringValg[klassifisering as keyof typeof botTekster.klassifiseringValg] : undefined;
  const person = saksansvarlig ? v.saksansvarligValg.find((p) => p.oid === saksansvarlig) : undefined;
  return [
    ...(klasse ? [linje(t.valgtKlassifisering, klasse)] : []),
    ...(person ? [linje(t.saksansvarlig, person.navn)] : []),
    ...(begrunnelse ? [linje(begrunnelseEtikett, begrunnelse, MAKS_LENGDE.begrunnelse)] : []),
  ];
}

export function personvalg(v: SakView, valg: SakCardValg, etikett: string): Element[] {
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

export function klassifiseringsvalg(v: SakView, valg: SakCardValg, etikett: string, iVisCard = false): Element[] {
  const valgt = valg.verdier?.klassifisering ?? '';
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'klassifisering',
      ...paakrevd(etikett, t.klassifiseringFeil, iVisCard),
      style: 'expanded',
      value: v.klassifiseringValg.includes(valgt as never) ? valgt : '',
      choices: v.klassifiseringValg.map((k) => ({ title: botTekster.klassifiseringValg[k], value: k })),
    },
    ...feltFeil(valg.feltFeil?.klassifisering),
  ];
}

export function panelTittel(h: PanelHandling): string {
  if (h === 'avslutt') return t.avsluttMedTiltakTittel;
  return h === 'avslutt_uten_tiltak' ? t.avsluttTittel : h === 'meld_skoleeier' ? t.meldTittel : t.omklassifiserTittel;
}

/**
 * A required input: marked required. Teams checks it before sending only inside its ShowCard: a panel
 * shown open sits in the card's body, where a required empty input would block every other button, so
 * there the label says it and the use case checks (all problems at once, each under its input).
 */
function paakrevd(label: string, feil: string, iVisCard: boolean): Egenskaper {
  return iVisCard ? { label, isRequired: true, errorMessage: feil } : { label: `${label} ${t.maaFyllesUt}` };
}

/** The panel's inputs; `iVisKort` when they sit in the panel's ShowCard (not shown open). */
export function panelInnhold(v: SakView, h: PanelHandling, valg: SakCardValg, iVisCard = false): Element[] {
  const skrevet = valg.handling === h ? (tekstverdier(valg).begrunnelse ?? '') : '';
  const begrunnelse = (label: string, placeholder?: string): Element[] => [
    {
      type: 'Input.Text',
      id: begrunnelseId(h),
      ...paakrevd(label, t.begrunnelseFeil, iVisCard),
      ...(placeholder ? { placeholder } : {}),
      isMultiline: true,
      maxLength: MAKS_LENGDE.begrunnelse,
      value: [...skrevet].slice(0, MAKS_LENGDE.begrunnelse).join(''),
    },
    ...feltFeil(valg.feltFeil?.begrunnelse),
  ];
  switch (h) {
    case 'avslutt_uten_tiltak':
      return [tekst(t.avsluttForklaring, { size: 'Small' }), ...motEleven(v, h, valg), ...begrunnelse(t.begrunnelse, t.begrunnelseHint), ...informert(v, h, valg, iVisCard)];
    case 'avslutt':
      return [tekst(t.avsluttMedTiltakForklaring, { size: 'Small' }), ...motEleven(v, h, valg), ...informert(v, h, valg, iVisCard)];
    case 'meld_skoleeier':
      return [tekst(t.meldForklaring, { size: 'Small' }), ...begrunnelse(t.meldBegrunnelse, t.meldBegrunnelseHint)];
    case 'omklassifiser':
      return [
        tekst(t.omklassifiserForklaring, { size: 'Small' }),
        ...klassifiseringsvalg(v, valg.handling === h ? valg : { ...valg, verdier: {} }, t.omklassifiserTil, iVisCard),
        ...begrunnelse(t.omklassifiserBegrunnelse),
      ];
  }
}

export function panelKnapp(h: PanelHandling, data: Record<string, unknown>, bekreftet: boolean): Element {
  const tittel = h === 'meld_skoleeier' ? (bekreftet ? t.bekreftKnappMeld : t.meldVidere) : h === 'omklassifiser' ? (bekreftet ? t.bekreftKnappLedelse : t.meldVidere) : HANDLING_TEKST[h];
  return utfor(tittel, h, { ...data, ...(bekreftet ? { bekreftet: true } : {}) }, { medInput: true, stil: h === 'omklassifiser' && !bekreftet ? undefined : 'destructive' });
}

/**
 * A panel shown open: after a refused click (the error under its input), or to confirm a final step.
 * Confirming shows what was chosen read-only and sends it with the button, so it cannot change.
 */
export function panel(v: SakView, h: PanelHandling, data: Record<string, unknown>, valg: SakCardValg): Element[] {
  const avbryt = utfor(t.avbryt, VERB.visSak, { sakId: v.id, kort: 'sak' });
  const tittel = mellomtittel(panelTittel(h).replace(/ …$/, ''));
  if (valg.bekreft) {
    const { klassifisering, begrunnelse } = tekstverdier(valg);
    const valgt = { ...data, ...(klassifisering ? { klassifisering } : {}), [begrunnelseId(h)]: begrunnelse ?? '' };
    const etikett = h === 'meld_skoleeier' ? t.meldBegrunnelse : h === 'omklassifiser' ? t.omklassifiserBegrunnelse : t.begrunnelseEtikett;
    return [
      { type: 'Container', style: 'emphasis', spacing: 'Medium', items: [tittel, banner(h === 'meld_skoleeier' ? t.bekreftMeld : t.bekreftLedelse, 'Warning'), ...valgteVerdier(v, valg, etikett)] },
      { type: 'ActionSet', actions: [{ ...panelKnapp(h, valgt, true), associatedInputs: 'none' }, avbryt] },
    ];
  }
  return [
    { type: 'Container', style: 'emphasis', spacing: 'Medium', items: [tittel, ...panelInnhold(v, h, valg)] },
    { type: 'ActionSet', actions: [panelKnapp(h, data, false), avbryt] },
  ];
}

/** The typed texts kept after a refused click (the closing rows' and the reason's inputs are strings too). */
function tekstverdier(valg: SakCardValg): { saksansvarlig?: string; begrunnelse?: string; klassifisering?: string } {
  const { saksansvarlig, begrunnelse, klassifisering } = valg.verdier ?? {};
  return { saksansvarlig, begrunnelse, klassifisering };
}

/** While the pupil's latest answer is «nei» or «delvis», closing asks for rektor's reason against it (one input per panel). */
function motEleven(v: SakView, h: PanelHandling, valg: SakCardValg): Element[] {
  if (!v.elevIkkeTrygg) return [];
  return motElevenInput(`begrunnelseMotEleven_${h}`, v.elevIkkeTrygg, valg.handling === h ? String(valg.verdier?.begrunnelseMotEleven ?? '') : '', valg.feltFeil?.begrunnelseMotEleven);
}

/**
 * Closing records who was told, one row per person (the pupil, up to two parents/guardians), how and
 * when: the pupil and one parent are required unless recorded before (the use case refuses a closing
 * without them, and a row without who or how). A date is today unless changed, never in the future.
 */
function informert(v: SakView, h: PanelHandling, valg: SakCardValg, iVisCard: boolean): Element[] {
  const skrevet = (id: string, maks: number) => [...String(valg.handling === h ? (valg.verdier?.[id] ?? '') : '')].slice(0, maks).join('');
  const feil = valg.feltFeil ?? {};
  const alleredeInformert = v.informert.some((i) => i.elev) && v.informert.some((i) => i.foresatte);
  // One id per panel: every input on the card is sent with every action.
  return INFORMERT_RADER.flatMap((rad, i): Element[] => [
    mellomtittel(rad.hvem === 'elev' ? t.informertElev : t.informertForesatt(i)),
    ...('navn' in rad
      ? [{ type: 'Input.Text' as const, id: `${rad.navn}_${h}`, label: t.informertNavn, placeholder: t.informertNavnHint, maxLength: MAKS_LENGDE.informertNavn, value: skrevet(rad.navn, MAKS_LENGDE.informertNavn) }, ...feltFeil(feil[rad.navn])]
      : []),
    {
      type: 'Input.Text',
      id: `${rad.hvordan}_${h}`,
      ...(alleredeInformert || i >= 2 ? { label: t.informertHvordan } : paakrevd(t.informertHvordan, t.informertHvordanFeil, iVisCard)),
      placeholder: rad.hvem === 'elev' ? t.informertHvordanHint : t.informertForesattHint,
      isMultiline: true,
      maxLength: MAKS_LENGDE.begrunnelse,
      value: skrevet(rad.hvordan, MAKS_LENGDE.begrunnelse),
    },
    ...feltFeil(feil[rad.hvordan]),
    { type: 'Input.Date', id: `${rad.dato}_${h}`, label: t.informertDato, value: skrevet(rad.dato, 10) || (valg.idag ?? ''), ...(valg.idag ? { max: valg.idag } : {}) },
    ...feltFeil(feil[rad.dato]),
  ]);
}
