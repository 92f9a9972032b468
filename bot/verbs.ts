/**
 * Verb → handler: what each card button does. Each handler turns the click into one use-case call
 * and its result into the card the person sees next. Nothing here decides who may do what — the use
 * cases check every click against the stored case and the actor's object id; the actor comes from the
 * activity, never from the card's data.
 */
import { faneRuter } from '../src/http/faneLenker';
import type { Aktor, AppKontekst } from '../src/app/kontekst';
import type { Feil } from '../src/app/resultat';
import { leggTilLoggforing } from '../src/app/sakslogg';
import { utforHandling, visSak } from '../src/app/sakHandlinger';
import { submitVarsel } from '../src/app/submitVarsel';
import { hentVarselSkjema } from '../src/app/varselSkjemaVisning';
import { HANDLINGER, INFORMERT_FELT, type Handling } from '../src/domain/sak';
import { osloDato } from '../src/domain/frister';
import type { SamtaleRepo } from '../src/store/samtaleRepo';
import { feilkort } from './cards/feilkort';
import type { Kort } from './cards/felles';
import { kortForSak } from './cards/kortForSak';
import { PANEL_HANDLINGER, begrunnelseId, type SakskortValg } from './cards/sakskort';
import { kvitteringskort } from './cards/kvittering';
import { varselskjema } from './cards/varselskjema';
import { kortholdere } from './kortholdere';
import { PAMINNELSE_VERB } from './paminnelseVerbs';
import { SKOLEEIER_VERB } from './skoleeierVerbs';
import { ELEV_VERB_HANDLERE } from './elevVerbs';
import { botTekster } from '../src/i18n/aktiv';
import { VERB, type SakKortType } from './verbnavn';

export interface VerbKontekst {
  ktx: AppKontekst;
  samtaler: SamtaleRepo;
  /** The address of a tab page (src/http/faneLenker.ts). */
  fanelenke: (rute: string) => string;
  aktor: Aktor;
  /** The clicking person's Teams user id (29:…) and where the clicked card is. */
  teamsId: string;
  conversationId: string;
  /** The id of the message holding the clicked card (activity.replyToId). */
  kortId?: string;
}

export type VerbHandler = (k: VerbKontekst, data: Record<string, unknown>) => Promise<Kort>;

const streng = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const sakIdFra = (data: Record<string, unknown>): string | undefined => {
  const id = streng(data.sakId);
  return id && /^[\w-]{1,64}$/.test(id) ? id : undefined;
};
const ugyldigKlikk = () => feilkort(botTekster.feil.ukjentHandling);

async function refreshFor(k: VerbKontekst, sakId: string): Promise<string[]> {
  return [k.teamsId, ...(await kortholdere(k.ktx, k.samtaler, sakId)).teamsIds];
}

const visSkjema: VerbHandler = async (k) => {
  const skjema = hentVarselSkjema(k.ktx, k.aktor);
  if (!skjema.ok) return feilkort(skjema.feil.melding);
  return varselskjema(skjema.verdi, { skjemaId: k.ktx.nyId() });
};

const sendVarsel: VerbHandler = async (k, data) => {
  const { skjemaId, ...verdier } = data;
  if (typeof skjemaId !== 'string' || !/^[\w-]{8,64}$/.test(skjemaId)) return feilkort(botTekster.feil.ukjentHandling, { nyttSkjema: true });
  const kopi = k.kortId ? { conversationId: k.conversationId, activityId: k.kortId } : undefined;
  const r = await submitVarsel(k.ktx, k.aktor, verdier, { skjemaId, ...(kopi ? { kopi } : {}) });
  if (r.ok) {
    // Nobody else holds a card yet, so the reporter is the only one to refresh for (no store read).
    return kvitteringskort(r.verdi, [k.teamsId]);
  }
  if (r.feil.kode !== 'ugyldig' && r.feil.kode !== 'utilgjengelig') return feilkort(r.feil.melding, { nyttSkjema: r.feil.kode !== 'ukjent_person' });
  // The same form again, as the person filled it in, with each problem under its field.
  const skjema = hentVarselSkjema(k.ktx, k.aktor);
  if (!skjema.ok) return feilkort(skjema.feil.melding);
  return varselskjema(skjema.verdi, { skjemaId, verdier, feil: { melding: r.feil.melding, felt: r.feil.kode === 'ugyldig' ? r.feil.felt : {} } });
};

const visSakVerb: VerbHandler = async (k, data) => {
  const sakId = sakIdFra(data);
  if (!sakId) return ugyldigKlikk();
  const r = await visSak(k.ktx, k.aktor, sakId);
  if (!r.ok) return feilkort(r.feil.melding);
  const type: SakKortType = data.kort === 'kvittering' || data.kort === 'informasjon' ? data.kort : 'sak';
  return kortForSak(r.verdi, type, await sakValg(k, sakId));
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
      return kortForSak(r.verdi, 'sak', { ...(await sakValg(k, sakId)), ...(r.verdi.melding ? { bekreftelse: r.verdi.melding } : {}) });
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
  if (!r.ok && r.feil.kode !== 'ugyldig' && r.feil.kode !== 'ulovlig_overgang') return feilkort(r.feil.melding, r.feil.kode === 'ikke_tillatt' ? { sakId } : {});
  const naa = await visSak(k.ktx, k.aktor, sakId);
  if (!naa.ok) return feilkort(naa.feil.melding);
  const valg = await sakValg(k, sakId);
  if (r.ok) valg.bekreftelse = botTekster.sak.notatLagret;
  else {
    // The note panel is shown open with what was typed and each problem under its input.
    valg.melding = r.feil.melding;
    valg.notat = { verdier, ...(r.feil.kode === 'ugyldig' ? { feltFeil: r.feil.felt } : {}) };
  }
  return kortForSak(naa.verdi, 'sak', valg);
};

/**
 * A refused click shows the current case: a conflict with the reason on top; a missing or wrong
 * input with the error under that input, in the panel of the button that was pressed; a final step
 * with its confirmation.
 */
async function etterAvvist(k: VerbKontekst, sakId: string, handling: Handling, feil: Feil, verdier: SakskortValg['verdier']): Promise<Kort> {
  if (feil.kode === 'ikke_tillatt') return feilkort(feil.melding, { sakId });
  if (feil.kode !== 'konflikt' && feil.kode !== 'ulovlig_overgang' && feil.kode !== 'ugyldig' && feil.kode !== 'maa_bekreftes') return feilkort(feil.melding);
  const naa = await visSak(k.ktx, k.aktor, sakId);
  if (!naa.ok) return feilkort(feil.melding);
  const valg: SakskortValg = { ...(await sakValg(k, sakId)), verdier };
  if (feil.kode === 'konflikt') valg.melding = feil.melding;
  else {
    valg.handling = handling;
    if (feil.kode === 'maa_bekreftes') valg.bekreft = true;
    else if ('felt' in feil && feil.felt && Object.keys(feil.felt).length > 0) valg.feltFeil = feil.felt;
    else valg.melding = feil.melding;
  }
  return kortForSak(naa.verdi, 'sak', valg);
}

/** What every case card shown to the clicking person carries: who holds a copy, and the case's page in the tab. */
async function sakValg(k: VerbKontekst, sakId: string): Promise<SakskortValg> {
  return { refreshFor: await refreshFor(k, sakId), lenke: k.fanelenke(faneRuter.sak(sakId)), idag: osloDato(k.ktx.naa()) };
}

export const VERB_HANDLERE: Readonly<Record<string, VerbHandler>> = {
  [VERB.visSkjema]: visSkjema,
  [VERB.sendVarsel]: sendVarsel,
  [VERB.visSak]: visSakVerb,
  [VERB.loggfor]: loggforVerb,
  ...PAMINNELSE_VERB,
  ...SKOLEEIER_VERB,
  ...ELEV_VERB_HANDLERE,
  ...Object.fromEntries(HANDLINGER.map((h) => [h, handlingVerb(h)])),
};

export async function utforVerb(k: VerbKontekst, verb: string, data: Record<string, unknown>): Promise<Kort> {
  const handler = Object.hasOwn(VERB_HANDLERE, verb) ? VERB_HANDLERE[verb] : undefined;
  return handler ? handler(k, data) : ugyldigKlikk();
}

