/**
 * Building blocks shared by every card: the 1.5 envelope, Action.Execute, and the one safe way to
 * show text that came from a person.
 *
 * Text a person typed (and names, which come from the organisation file) is shown only in a
 * RichTextBlock's TextRun: TextRuns are never processed as markdown, so "**", "[link](…)" or "- "
 * are shown as typed on every Teams client. Backslash escapes in a TextBlock are not an option:
 * Teams' mobile renderers have handled them inconsistently (AdaptiveCards issues #5590, #7474).
 * Every such text is also capped, so no input can push a card over Teams' size limit (about 100 KB;
 * the tests hold every card under 80 KB).
 */
import { formaterDato } from '../../src/domain/frister';
import { formaterTid } from '../../src/i18n/aktiv';
import { VERB, type SakCardType, type Verb } from '../verbnavn';

export const CARD_VERSION = '1.5';
/** Teams refreshes a card automatically only for these users, and takes at most 60. */
export const MAKS_REFRESH_BRUKERE = 60;

/**
 * The card elements this app uses, by type (Adaptive Cards 1.5); each may carry the schema's other
 * properties. A type outside this set, or an Action.Execute with a verb no handler takes, does not typecheck.
 */
type Med<T extends string, P = unknown> = { type: T; [egenskap: string]: unknown } & P;
/** The element types this app's cards use; adding one is a decision (Teams must render it on every client). */
type Elementtype =
  | 'TextBlock' | 'RichTextBlock' | 'TextRun' | 'Container' | 'ColumnSet' | 'Column' | 'FactSet' | 'ActionSet'
  | 'Input.Text' | 'Input.ChoiceSet' | 'Input.Date' | 'Input.Toggle' | 'Input.Number'
  | 'Action.OpenUrl' | 'Action.ShowCard' | 'Action.ToggleVisibility';
/** Action.Execute: its verb is one a handler takes (verbnavn.ts: Verb). */
export type Utfor = Med<'Action.Execute', { verb: Verb; data?: Record<string, unknown> }>;
export type Element = Med<Elementtype> | Utfor;
export type Handlingselement = Element;
/** An element's other properties, to spread into one (label, isRequired, style …). */
export type Egenskaper = Record<string, unknown>;

/** A type alias, not an interface, so a card is assignable to botbuilder's Record<string, unknown>. */
export type Card = {
  type: 'AdaptiveCard';
  $schema: string;
  version: typeof CARD_VERSION;
  body: Element[];
  actions?: Handlingselement[];
  refresh?: { action: Utfor; userIds: string[] };
};

export function adaptiveCard(body: Element[], valg: { actions?: Handlingselement[]; refresh?: Card['refresh'] } = {}): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(valg.actions && valg.actions.length > 0 ? { actions: valg.actions } : {}),
    ...(valg.refresh ? { refresh: valg.refresh } : {}),
  };
}

export interface UtforValg {
  stil?: 'positive' | 'destructive';
  /** Send the card's inputs with the action. Off by default, so an empty required field elsewhere never blocks a button. */
  medInput?: boolean;
}

/** Action.Execute: every action in this app has a verb (Universal Actions). */
export function utfor(tittel: string, verb: Verb, data: Record<string, unknown>, valg: UtforValg = {}): Handlingselement {
  return {
    type: 'Action.Execute',
    title: tittel,
    verb,
    data,
    associatedInputs: valg.medInput ? 'auto' : 'none',
    ...(valg.stil ? { style: valg.stil } : {}),
  };
}

/** Refreshes a case card with vis_sak for the people holding a copy (Teams user ids, 29:…). */
export function oppfrisking(sakId: string, card: SakCardType, userIds: readonly string[]): Card['refresh'] {
  return {
    action: { type: 'Action.Execute', verb: VERB.visSak, data: { sakId, kort: card } },
    userIds: [...new Set(userIds.filter((id) => id.length > 0))].slice(0, MAKS_REFRESH_BRUKERE),
  };
}

/** Our own catalog text (may use markdown). Never pass a person's text here: use fritekst or linje. */
export function tekst(t: string, valg: Egenskaper = {}): Element {
  return { type: 'TextBlock', text: t, wrap: true, ...valg };
}

export function overskrift(t: string): Element {
  return tekst(t, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

export function mellomtittel(t: string): Element {
  return tekst(t, { weight: 'Bolder', spacing: 'Medium' });
}

/**
 * A notice on a card (an error, a conflict, a warning). Shown literally: messages may quote a rule's
 * wording. Contrast: the container's semantic style gives the background and the host's default
 * text colour for that style, which Teams' light, dark and high-contrast themes keep readable
 * (WCAG AA); coloured text on a coloured background (the old look) is what failed.
 */
export function banner(t: string, stil: 'Attention' | 'Warning' | 'Good' = 'Attention'): Element {
  return {
    type: 'Container',
    style: stil.toLowerCase(),
    items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: kapp(t, 1000), weight: 'Bolder' }] }],
  };
}

/** A short label in a styled box (status, «STRAKS»): semantic style, default text colour, as banner. */
export function merke(t: string, stil: 'emphasis' | 'attention' | 'warning' | 'good' | 'accent'): Element {
  return { type: 'Container', style: stil, items: [tekst(t, { weight: 'Bolder', size: 'Small', wrap: false })] };
}

/** Shows and hides a part of the card (details one tap away); no round trip to the bot. */
export function vekslSynlighet(tittel: string, maal: readonly string[]): Handlingselement {
  return { type: 'Action.ToggleVisibility', title: tittel, targetElements: [...maal] };
}

/** A button that opens a small card with inputs and the action that uses them. */
/** A link that opens a page of the tab (a Teams deep link, or the plain address locally); nothing reaches the bot. */
export function aapneLenke(tittel: string, url: string): Handlingselement {
  return { type: 'Action.OpenUrl', title: tittel, url };
}

export function visCard(tittel: string, body: Element[], actions: Handlingselement[]): Handlingselement {
  return { type: 'Action.ShowCard', title: tittel, card: { type: 'AdaptiveCard', body, actions } };
}

/** A person's own text, shown literally (TextRun: no markdown) and capped. */
export function fritekst(verdi: string, maks: number): Element {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: kapp(verdi, maks) }] };
}

/** "Label: value" with the value shown literally; a label that is a question gets no colon («Grep melderen inn? Ja»). */
export function linje(etikett: string, verdi: string, maks = 300): Element {
  return {
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: /[?:]$/.test(etikett) ? `${etikett} ` : `${etikett}: `, weight: 'Bolder' },
      { type: 'TextRun', text: kapp(verdi, maks) },
    ],
  };
}

/** A required or optional input's problem, shown right under it. */
export function feltFeil(message: string | undefined): Element[] {
  return message ? [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: kapp(message, 300), color: 'Attention' }], spacing: 'None' }] : [];
}

/** Caps a text at `maks` characters (by code point, so no emoji is split) and drops control characters. */
export function kapp(s: string, maks: number): string {
  // eslint-disable-next-line no-control-regex
  const ren = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  const tegn = [...ren];
  return tegn.length <= maks ? ren : `${tegn.slice(0, Math.max(0, maks - 1)).join('')}…`;
}

/** An instant as people in Norwegian schools read it: "23.11.2026 kl. 10:00", Europe/Oslo. */
export function tidspunkt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formaterTid(d);
}

/** A calendar date (YYYY-MM-DD) as "23.11.2026". */
export function dato(d: string): string {
  try {
    return formaterDato(d);
  } catch {
    return kapp(d, 20);
  }
}
