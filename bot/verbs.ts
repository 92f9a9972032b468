/**
 * Verb → handler: what each card button does. Each handler turns the click into one use-case call
 * and its result into the card the person sees next. Nothing here decides who may do what — the use
 * cases check every click against the stored case and the actor's object id; the actor comes from the
 * activity, never from the card's data.
 */
import { tabRoutes } from '../src/http/tabLinks';
import type { Feil } from '../src/app/resultat';
import { leggTilLoggforing } from '../src/app/sakslogg';
import { utforHandling, visSak } from '../src/app/sakHandlinger';
import { submitVarsel } from '../src/app/submitVarsel';
import { getVarselForm } from '../src/app/varselFormView';
import { HANDLINGER, INFORMERT_FELT, type Handling } from '../src/domain/sak';
import { osloDato } from '../src/domain/frister';
import { feilCard } from './cards/feilCard';
import { BEHANDLING_AV_FEIL, feilTekst, feilCardFor, onCard } from './feilSvar';
import type { Card } from './cards/felles';
import { cardForSak } from './cards/cardForSak';
import { PANEL_HANDLINGER, begrunnelseId, type SakskortValg } from './cards/sakCard';
import { kvitteringCard } from './cards/kvittering';
import { varselskjema } from './cards/varselForm';
import { cardHolders } from './cardHolders';
import { PAAMINNELSE_VERB } from './paaminnelseVerbs';
import { SKOLEEIER_VERB } from './skoleeierVerbs';
import { ELEV_VERB_HANDLERE } from './elevVerbs';
import { botTekster } from '../src/i18n/aktiv';
import { VERB, type SakCardType, type Verb } from './verbnavn';
import type { VerbHandler, VerbKontekst } from './verbHandler';

export type { VerbHandler, VerbKontekst } from './verbHandler';


const streng = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const sakIdFra = (data: Record<string, unknown>): string | undefined => {
  const id = streng(data.sakId);
  return id && /^[\w-]{1,64}$/.test(id) ? id : undefined;
};
const ugyldigKlikk = () => feilCard(botTekster.feil.ukjentHandling);

async function refreshFor(k: VerbKontekst, sakId: string): Promise<string[]> {
  return [k.teamsId, ...(await cardHolders(k.ktx, k.samtaler, sakId)).teamsIds];
}

const visSkjema: VerbHandler = async (k) => {
  const skjema = getVarselForm(k.ktx, k.aktor);
  if (!skjema.ok) return feilCardFor(skjema.feil);
  return varselskjema(skjema.verdi, { skjemaId: k.ktx.nyId() });
};

const sendVarsel: VerbHandler = async (k, data) => {
  const { skjemaId, ...verdier } = data;
  if (typeof skjemaId !== 'string' || !/^[\w-]{8,64}$/.test(skjemaId)) return feilCard(botTekster.feil.ukjentHandling, { nyttSkjema: true });
  const kopi = k.kortId ? { conversationId: k.conversationId, activityId: k.kortId } : undefined;
  const r = await submitVarsel(k.ktx, k.aktor, verdier, { skjemaId, ...(kopi ? { kopi } : {}) });
  if (r.ok) {
    // Nobody else holds a card yet, so the reporter is the only one to refresh for (no store read).
    return kvitteringCard(r.verdi, [k.teamsId]);
  }
  if (!onCard(r.feil)) return feilCardFor(r.feil, { nyttSkjema: true });
  // The same form again, as the person filled it in, with each problem under its field.
  const skjema = getVarselForm(k.ktx, k.aktor);
  if (!skjema.ok) return feilCardFor(skjema.feil);
  return varselskjema(skjema.verdi, { skjemaId, verdier, feil: feilTekst(r.feil) });
};

const visSakVerb: VerbHandler = async (k, data) => {
  const sakId = sakIdFra(data);
  if (!sakId) return ugyldigKlikk();
  const r = await visSak(k.ktx, k.aktor, sakId);
  if (!r.ok) return feilCardFor(r.feil);
  const type: SakCardType = data.kort === 'kvittering' || data.kort === 'informasjon' ? data.kort : 'sak';
  return cardForSak(r.verdi, type, await sakValg(k, sakId));
};

/** One handler per Handling: act, then show the case as it is now. */
function handlingVerb(handling: Handling): VerbHandler {
  return async (k, data) => {
    const sakId = sakIdFra(data);
    if (!sakId) return ugyldigKlikk();
    // Each panel has its own reason input (every input on the card is sent with every action).
    const begrunnelse = (PANEL_HANDLINGER as readonly string[]).includes(handling)
      ? streng(data[begrunnelseId(handling as (typeof PANEL_HANDLINGER)[number])])
      : handling === 'ta_imot'
        ? streng(data.klassifiseringBegrunnelse)
        : undefined;
    const verdier = {
      // «Ta imot og bli saksansvarlig»: the actor from the activity, never an id from the card.
      saksansvarlig: handling === 'ta_imot' && data.tilMeg === true ? k.aktor.oid : streng(data.saksansvarlig),
      begrunnelse: begrunnelse ?? streng(data.begrunnelse),
      klassifisering: streng(data.klassifisering),
      bekreftet: data.bekreftet === true,
      ...Object.fromEntries(INFORMERT_FELT.map((f) => [f, streng(data[`${f}_${handling}`]) ?? streng(data[f])])),
      begrunnelseMotEleven: streng(data[`begrunnelseMotEleven_${handling}`]) ?? streng(data.begrunnelseMotEleven),
      // Receiving: who the employee is (§12-5); other actions ignore these.
      ...(handling === 'ta_imot' ? { involvertAnsatt: streng(data.involvertAnsatt), involvertAnsattTekst: streng(data.involvertAnsattTekst), involvertUtenfor: streng(data.involvertUtenfor), tema: streng(data.tema) } : {}),
    };
    // The card's decision version: the use case tells a click on a card behind a decision made since.
    const r = await utforHandling(k.ktx, k.aktor, { sakId, handling, via: 'kort', versjon: streng(data.versjon), verdier, ...(k.kortId ? { kortId: k.kortId } : {}) });
    if (r.ok) {
      // A click on an older copy that still did something says what happened since (foreldetKlikk.ts).
      return cardForSak(r.verdi, 'sak', { ...(await sakValg(k, sakId)), ...(r.verdi.melding ? { bekreftelse: r.verdi.melding } : {}) });
    }
    return etterAvvist(k, sakId, handling, r.feil, verdier);
  };
}

/** «Legg til notat» from the case card: one log entry, then the case card with a confirmation (or the fields to fix). */
const loggforVerb: VerbHandler = async (k, data) => {
  const sakId = sakIdFra(data);
  if (!sakId) return ugyldigKlikk();
  const verdier = {
    loggType: streng(data.loggType),
    loggDato: streng(data.loggDato),
    loggDeltakere: streng(data.loggDeltakere),
    loggTekst: streng(data.loggTekst),
    loggElevensSvar: streng(data.loggElevensSvar),
    loggElevensSvarHvorfor: streng(data.loggElevensSvarHvorfor),
  };
  const r = await leggTilLoggforing(k.ktx, k.aktor, sakId, {
    type: verdier.loggType,
    dato: verdier.loggDato,
    deltakere: verdier.loggDeltakere,
    tekst: verdier.loggTekst,
    elevensSvar: verdier.loggElevensSvar,
    elevensSvarHvorfor: verdier.loggElevensSvarHvorfor,
  });
  if (!r.ok && !onCard(r.feil)) return feilCardFor(r.feil, { sakId });
  const naa = await visSak(k.ktx, k.aktor, sakId);
  if (!naa.ok) return feilCardFor(naa.feil);
  const valg = await sakValg(k, sakId);
  if (r.ok) valg.bekreftelse = botTekster.sak.notatLagret;
  else {
    // The note panel is shown open with what was typed and each problem under its input.
    const { melding: message, felt } = feilTekst(r.feil);
    valg.melding = message;
    valg.notat = { verdier, ...(Object.keys(felt).length > 0 ? { feltFeil: felt } : {}) };
  }
  return cardForSak(naa.verdi, 'sak', valg);
};

/**
 * A refused click shows the current case: a conflict with the reason on top; a missing or wrong
 * input with the error under that input, in the panel of the button that was pressed; a final step
 * with its confirmation.
 */
async function etterAvvist(k: VerbKontekst, sakId: string, handling: Handling, feil: Feil, verdier: SakskortValg['verdier']): Promise<Card> {
  if (!onCard(feil)) return feilCardFor(feil, { sakId });
  const naa = await visSak(k.ktx, k.aktor, sakId);
  if (!naa.ok) return feilCardFor(feil);
  const valg: SakskortValg = { ...(await sakValg(k, sakId)), verdier };
  const { melding: message, felt } = feilTekst(feil);
  if (!BEHANDLING_AV_FEIL[feil.kode].iPanelet) valg.melding = message;
  else {
    valg.handling = handling;
    if (feil.kode === 'maa_bekreftes') valg.bekreft = true;
    else if (Object.keys(felt).length > 0) valg.feltFeil = felt;
    else valg.melding = message;
  }
  return cardForSak(naa.verdi, 'sak', valg);
}

/** What every case card shown to the clicking person carries: who holds a copy, and the case's page in the tab. */
async function sakValg(k: VerbKontekst, sakId: string): Promise<SakskortValg> {
  return { refreshFor: await refreshFor(k, sakId), lenke: k.fanelenke(tabRoutes.sak(sakId)), idag: osloDato(k.ktx.naa()) };
}

/** One handler per verb a card may send: a Record over Verb, so a verb without a handler does not typecheck. */
export const VERB_HANDLERE: Readonly<Record<Verb, VerbHandler>> = {
  [VERB.visSkjema]: visSkjema,
  [VERB.sendVarsel]: sendVarsel,
  [VERB.visSak]: visSakVerb,
  [VERB.loggfor]: loggforVerb,
  ...PAAMINNELSE_VERB,
  ...SKOLEEIER_VERB,
  ...ELEV_VERB_HANDLERE,
  ...(Object.fromEntries(HANDLINGER.map((h) => [h, handlingVerb(h)])) as Record<Handling, VerbHandler>),
};

export async function utforVerb(k: VerbKontekst, verb: string, data: Record<string, unknown>): Promise<Card> {
  const handler = Object.hasOwn(VERB_HANDLERE, verb) ? VERB_HANDLERE[verb as Verb] : undefined;
  return handler ? handler(k, data) : ugyldigKlikk();
}

