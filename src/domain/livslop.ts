/**
 * The case lifecycle as an explicit state machine, so that every card button, use case and test
 * asks the same table what is allowed.
 */
import { HANDLINGER, type Handling, type Status } from './sak';
import { MAKS_LENGDE } from './varsel';
import { MINSTE_ORD, erVurdering, type ElevensSvar } from './elevensOpplevelse';
import type { Avslag } from './avslag';

export interface OvergangKontekst {
  /** Required for avslutt_uten_tiltak: the documentation must say why no tiltak were needed. */
  begrunnelse?: string;
  /** A case with a plan is closed only after an evaluation concluded the pupil is safe again. */
  planEvaluertTrygg?: boolean;
  /** Skoleeier is told once; a second report would only be noise. */
  alleredeMeldt?: boolean;
  /** The reporter answered «vet ikke»: receiving the case includes classifying it. */
  maaKlassifiseres?: boolean;
  /** ta_imot/omklassifiser: the classification chosen. */
  klassifisering?: string;
  /** Closing without tiltak needs the pupil's own experience documented (a log entry of its own kind). */
  elevensOpplevelseLogget?: boolean;
  /** A case is closed only with pupil and parents told (recorded before or at closing). */
  informert?: boolean;
  /** The pupil's latest answer is «nei» or «delvis» and nobody has yet closed against it: closing needs a written reason. */
  elevIkkeTrygg?: ElevensSvar;
  /** The saksleder's written reason for closing against the pupil's own experience. */
  begrunnelseMotEleven?: string;
}

export type Overgang = { ok: true; til: Status } | { ok: false; avslag: Avslag };

const AVSLUTTET: readonly Status[] = ['avsluttet', 'avsluttet_uten_tiltak'];
const APEN: readonly Status[] = ['ny', 'mottatt', 'undersokes', 'tiltak'];

/**
 * `til: null` means the action leaves the status as it is. One exception, applied in `overgang`:
 * tildel from 'ny' also receives the case (→ 'mottatt'), so rektor needs one tap, not two.
 */
export const OVERGANGER: Record<Handling, { fra: readonly Status[]; til: Status | null }> = {
  ta_imot: { fra: ['ny'], til: 'mottatt' },
  tildel: { fra: APEN, til: null },
  start_undersokelse: { fra: ['mottatt'], til: 'undersokes' },
  opprett_plan: { fra: ['undersokes'], til: 'tiltak' },
  avslutt_uten_tiltak: { fra: ['undersokes'], til: 'avsluttet_uten_tiltak' },
  avslutt: { fra: ['tiltak'], til: 'avsluttet' },
  meld_skoleeier: { fra: APEN, til: null },
  omklassifiser: { fra: ['mottatt', 'undersokes', 'tiltak'], til: null },
};



export function erAvsluttet(status: Status): boolean {
  return AVSLUTTET.includes(status);
}

export function overgang(status: Status, handling: Handling, ctx: OvergangKontekst = {}): Overgang {
  // Closed cases are archive material: nothing may change them.
  if (erAvsluttet(status)) return nei({ kode: 'sak_avsluttet' });
  const regel = OVERGANGER[handling];
  if (!regel.fra.includes(status)) return nei(feilStatus(status, handling));
  const vakt = sjekkVakt(handling, ctx);
  if (vakt) return nei(vakt);
  const til = handling === 'tildel' && status === 'ny' ? 'mottatt' : (regel.til ?? status);
  return { ok: true, til };
}

/** The actions to offer on a card: those `overgang` would accept, once the closing form (reason, who was told) is filled in. */
export function muligeHandlinger(status: Status, ctx: OvergangKontekst = {}): Handling[] {
  const utfylt = utfyltSkjema(ctx);
  return HANDLINGER.filter((h) => overgang(status, h, utfylt).ok);
}

/** A reason of real words (erVurdering): stands for whatever the person will write. */
const SKJEMA_UTFYLT = 'en skrevet begrunnelse';

/** The context with every input a form can fix filled in: what `overgang` then refuses is the case's state. */
export function utfyltSkjema(ctx: OvergangKontekst): OvergangKontekst {
  return { ...ctx, begrunnelse: 'x', klassifisering: ctx.klassifisering ?? 'x', informert: true, begrunnelseMotEleven: SKJEMA_UTFYLT };
}

/**
 * Every problem with the inputs an action takes (its form's fields) at once, by input: the person
 * fixes them all in one round trip. What is not an input (the state, the plan, the log) is not here.
 */
export function feltProblemer(handling: Handling, ctx: OvergangKontekst): Record<string, Avslag> {
  const ut: Record<string, Avslag> = {};
  const begrunnelse = () => {
    const f = begrunnelseFeil(ctx.begrunnelse);
    if (f) ut.begrunnelse = f;
  };
  const motEleven = () => {
    const f = motElevenFeil(ctx);
    if (f) ut.begrunnelseMotEleven = f;
  };
  switch (handling) {
    case 'ta_imot':
      if (ctx.maaKlassifiseres && !ctx.klassifisering) ut.klassifisering = VELG_KLASSIFISERING;
      break;
    case 'omklassifiser':
      begrunnelse();
      if (!ctx.klassifisering) ut.klassifisering = VELG_GJELDER;
      break;
    case 'meld_skoleeier':
      if (ctx.alleredeMeldt !== true) begrunnelse();
      break;
    case 'avslutt_uten_tiltak':
      begrunnelse();
      motEleven();
      if (ctx.informert !== true) ut.informertHvordan = IKKE_INFORMERT;
      break;
    case 'avslutt':
      motEleven();
      if (ctx.informert !== true) ut.informertHvordan = IKKE_INFORMERT;
      break;
    default:
      break;
  }
  // A reason given where none is needed is still kept in the history: too long is refused for every action.
  if (!ut.begrunnelse) {
    const lang = forLang('begrunnelse', ctx.begrunnelse);
    if (lang) ut.begrunnelse = lang;
  }
  return ut;
}

function sjekkVakt(handling: Handling, ctx: OvergangKontekst): Avslag | undefined {
  switch (handling) {
    case 'ta_imot':
      return ctx.maaKlassifiseres && !ctx.klassifisering ? VELG_KLASSIFISERING : undefined;
    case 'avslutt_uten_tiltak': {
      const feil = begrunnelseFeil(ctx.begrunnelse);
      if (feil) return feil;
      if (ctx.elevensOpplevelseLogget !== true) return { kode: 'elevens_opplevelse_ikke_logget' };
      return motElevenFeil(ctx) ?? (ctx.informert === true ? undefined : IKKE_INFORMERT);
    }
    case 'omklassifiser':
      return begrunnelseFeil(ctx.begrunnelse) ?? (!ctx.klassifisering ? VELG_GJELDER : undefined);
    case 'avslutt':
      if (ctx.planEvaluertTrygg !== true) return { kode: 'plan_ikke_evaluert_trygg' };
      return motElevenFeil(ctx) ?? (ctx.informert === true ? undefined : IKKE_INFORMERT);
    case 'meld_skoleeier':
      return ctx.alleredeMeldt === true ? { kode: 'allerede_meldt' } : begrunnelseFeil(ctx.begrunnelse);
    default:
      return undefined;
  }
}

/** The pupil says it is not safe: closing needs the saksleder's written reason (words, not a «.»). */
function motElevenFeil(ctx: OvergangKontekst): Avslag | undefined {
  if (!ctx.elevIkkeTrygg) return undefined;
  const b = ctx.begrunnelseMotEleven?.trim() ?? '';
  if (b === '') return { kode: 'elev_ikke_trygg', felt: 'begrunnelseMotEleven', svar: ctx.elevIkkeTrygg };
  if (!erVurdering(b)) return { kode: 'ikke_vurdering', felt: 'begrunnelseMotEleven', hva: 'begrunnelseMotEleven', minsteOrd: MINSTE_ORD };
  return forLang('begrunnelseMotEleven', b);
}

function begrunnelseFeil(b: string | undefined): Avslag | undefined {
  if ((b?.trim() ?? '') === '') return { kode: 'begrunnelse_mangler', felt: 'begrunnelse' };
  return forLang('begrunnelse', b);
}

/** The one check of a reason's length: a card carries at most MAKS_LENGDE.begrunnelse characters of it. */
function forLang(felt: 'begrunnelse' | 'begrunnelseMotEleven', tekst: string | undefined): Avslag | undefined {
  const maks = MAKS_LENGDE.begrunnelse;
  return (tekst?.trim().length ?? 0) > maks ? { kode: 'for_lang', felt, maks } : undefined;
}

/** Says what to do instead, not just "not allowed": the person should know the next step. */
function feilStatus(status: Status, handling: Handling): Avslag {
  switch (handling) {
    case 'ta_imot':
      return { kode: 'allerede_mottatt' };
    case 'start_undersokelse':
      return { kode: status === 'ny' ? 'ikke_mottatt_undersokelse' : 'undersokelse_startet' };
    case 'opprett_plan':
      return { kode: status === 'tiltak' ? 'har_plan' : 'ikke_undersokt_plan' };
    case 'avslutt_uten_tiltak':
      if (status === 'ny') return { kode: 'ikke_mottatt_avslutt' };
      return { kode: status === 'mottatt' ? 'ikke_undersokt_avslutt' : 'har_plan_avslutt' };
    case 'avslutt':
      return { kode: 'ingen_plan_avslutt' };
    case 'omklassifiser':
      return { kode: 'ikke_mottatt_omklassifiser' };
    default:
      return { kode: 'feil_status', handling, status };
  }
}

const IKKE_INFORMERT: Avslag = { kode: 'ikke_informert', felt: 'informertHvordan' };
const VELG_KLASSIFISERING: Avslag = { kode: 'velg_klassifisering', felt: 'klassifisering' };
const VELG_GJELDER: Avslag = { kode: 'velg_gjelder', felt: 'klassifisering' };

function nei(avslag: Avslag): Overgang {
  return { ok: false, avslag };
}
