/**
 * The case lifecycle as an explicit state machine, so that every card button, use case and test
 * asks the same table what is allowed.
 */
import { HANDLINGER, type Handling, type Status } from './sak';
import { MAKS_LENGDE } from './varsel';
import { ELEVENS_SVAR_TEKST, HANDLING_TEKST, STATUS_TEKST } from '../i18n/betegnelser';
import { nb } from '../i18n/nb';
import { MINSTE_ORD, erVurdering, type ElevensSvar } from './elevensOpplevelse';

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

export type Overgang = { ok: true; til: Status } | { ok: false; grunn: string };

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
  if (erAvsluttet(status)) return nei('Saken er avsluttet.');
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
export function feltProblemer(handling: Handling, ctx: OvergangKontekst): Record<string, string> {
  const ut: Record<string, string> = {};
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
  return ut;
}

function sjekkVakt(handling: Handling, ctx: OvergangKontekst): string | undefined {
  switch (handling) {
    case 'ta_imot':
      return ctx.maaKlassifiseres && !ctx.klassifisering ? VELG_KLASSIFISERING : undefined;
    case 'avslutt_uten_tiltak': {
      const feil = begrunnelseFeil(ctx.begrunnelse);
      if (feil) return feil;
      if (ctx.elevensOpplevelseLogget !== true) return 'Elevens egen opplevelse må være loggført før saken kan avsluttes uten tiltak.';
      return motElevenFeil(ctx) ?? (ctx.informert === true ? undefined : IKKE_INFORMERT);
    }
    case 'omklassifiser':
      return begrunnelseFeil(ctx.begrunnelse) ?? (!ctx.klassifisering ? VELG_GJELDER : undefined);
    case 'avslutt':
      if (ctx.planEvaluertTrygg !== true) return 'Saken kan avsluttes først når aktivitetsplanen er evaluert og eleven har det trygt og godt.';
      return motElevenFeil(ctx) ?? (ctx.informert === true ? undefined : IKKE_INFORMERT);
    case 'meld_skoleeier':
      return ctx.alleredeMeldt === true ? 'Saken er allerede meldt til skoleeier.' : begrunnelseFeil(ctx.begrunnelse);
    default:
      return undefined;
  }
}

/** The pupil says it is not safe: closing needs the saksleder's written reason (words, not a «.»). */
function motElevenFeil(ctx: OvergangKontekst): string | undefined {
  if (!ctx.elevIkkeTrygg) return undefined;
  const b = ctx.begrunnelseMotEleven?.trim() ?? '';
  if (b === '') return nb.feil.elevIkkeTrygg(ELEVENS_SVAR_TEKST[ctx.elevIkkeTrygg].toLowerCase());
  if (!erVurdering(b)) return nb.validering.ikkeVurdering(nb.felt.begrunnelseMotEleven, MINSTE_ORD);
  if (b.length > MAKS_LENGDE.begrunnelse) return nb.feil.forLang(nb.felt.begrunnelseMotEleven, MAKS_LENGDE.begrunnelse);
  return undefined;
}

function begrunnelseFeil(b: string | undefined): string | undefined {
  const begrunnelse = b?.trim() ?? '';
  if (begrunnelse === '') return 'En begrunnelse må fylles ut.';
  if (begrunnelse.length > MAKS_LENGDE.begrunnelse) return `Begrunnelsen kan være høyst ${MAKS_LENGDE.begrunnelse} tegn.`;
  return undefined;
}

/** Says what to do instead, not just "not allowed": the person should know the next step. */
function feilStatus(status: Status, handling: Handling): string {
  switch (handling) {
    case 'ta_imot':
      return 'Saken er allerede tatt imot.';
    case 'start_undersokelse':
      return status === 'ny' ? 'Saken må tas imot før undersøkelsen startes.' : 'Undersøkelsen er allerede startet.';
    case 'opprett_plan':
      return status === 'tiltak' ? 'Saken har allerede en aktivitetsplan.' : 'Undersøkelsen må startes før det lages en aktivitetsplan.';
    case 'avslutt_uten_tiltak':
      if (status === 'ny') return 'Saken må tas imot før den kan avsluttes.';
      return status === 'mottatt'
        ? 'Undersøkelsen må startes, og elevens egen opplevelse loggføres, før saken kan avsluttes uten tiltak.'
        : 'Saken har en aktivitetsplan og avsluttes når planen er evaluert.';
    case 'avslutt':
      return 'Saken har ingen aktivitetsplan. Bruk «Avslutt uten tiltak» hvis det ikke trengs tiltak.';
    case 'omklassifiser':
      return 'Saken må tas imot først. Velg hvem saken gjelder når du tar den imot.';
    default:
      return `«${HANDLING_TEKST[handling]}» kan ikke gjøres når saken har status «${STATUS_TEKST[status]}».`;
  }
}

const IKKE_INFORMERT = 'Skriv når og hvordan eleven og foreldrene er informert før saken avsluttes.';
const VELG_KLASSIFISERING = 'Velg hvem som krenker eleven, etter din vurdering.';
const VELG_GJELDER = 'Velg hvem saken gjelder.';

function nei(grunn: string): Overgang {
  return { ok: false, grunn };
}
