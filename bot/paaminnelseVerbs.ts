/**
 * The reminder cards' buttons: confirming the duties (the tab's use case, fane/plikter.ts) and
 * recording an evaluation (paminnelser/evaluering.ts), each with its refresh. As verbs.ts: one
 * use-case call per click, the actor from the activity, the answer the card the person sees next.
 */
import { tabRoutes } from '../src/http/tabLinks';
import { bekreftPlikter, getPlikter } from '../src/app/views/plikter';
import { registrerEvalueringFraCard, visEvalueringCard } from '../src/app/paaminnelser/evaluering';
import { erGyldigDato } from '../src/domain/frister';
import { plikter, botTekster } from '../src/i18n/aktiv';
import { erSprak } from '../src/i18n/sprak';
import { evalueringCard, vurderingId } from './cards/evalueringCard';
import { feilCard } from './cards/feilCard';
import { feilTekst, feilCardFor, onCard } from './feilSvar';
import type { Card } from './cards/felles';
import { plikterBekreftetCard, plikterCard } from './cards/plikterCard';
import type { VerbHandler, VerbKontekst } from './verbHandler';
import { VERB, type Verb } from './verbnavn';

const streng = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The duties card as this person's state is now: confirmed (no buttons) or still to confirm. */
async function plikterNaa(k: VerbKontekst, feil?: string): Promise<Card> {
  const r = await getPlikter(k.ktx, k.aktor);
  if (!r.ok) return feilCardFor(r.feil);
  if (r.verdi.bekreftelse) return plikterBekreftetCard({ tid: r.verdi.bekreftelse.tid, skoleår: r.verdi.skoleår });
  return plikterCard({ type: 'plikter', versjon: plikter.versjon, skoleår: r.verdi.skoleår, melding: '' }, k.teamsId, feil ? { feil } : {});
}

const bekreftPlikterVerb: VerbHandler = async (k, data) => {
  const r = await bekreftPlikter(k.ktx, k.aktor, streng(data.versjon) ?? '', erSprak(data.sprak) ? data.sprak : undefined);
  if (r.ok) return plikterNaa(k);
  // A text changed since the card was sent: the new text, to read and confirm.
  if (r.feil.kode === 'konflikt') return plikterNaa(k, botTekster.plikter.nyTekst);
  return feilCardFor(r.feil);
};

const visPlikterVerb: VerbHandler = async (k) => plikterNaa(k);

const evalueringFra = (data: Record<string, unknown>) => {
  const sakId = streng(data.sakId);
  const evalueringsdato = streng(data.evalueringsdato);
  if (!sakId || !/^[\w-]{1,64}$/.test(sakId) || !evalueringsdato || !erGyldigDato(evalueringsdato)) return undefined;
  return { sakId, evalueringsdato };
};

const registrerEvalueringVerb: VerbHandler = async (k, data) => {
  const card = evalueringFra(data);
  const tiltak = Array.isArray(data.tiltak) ? data.tiltak.filter((x): x is string => typeof x === 'string').slice(0, 50) : [];
  if (!card) return feilCard(botTekster.feil.ukjentHandling);
  const input = {
    dato: streng(data.dato),
    deltakere: streng(data.deltakere),
    vurderinger: tiltak.map((tiltakId, i) => ({ tiltakId, vurdering: streng(data[vurderingId(i)]) ?? '' })),
    elevensOpplevelse: streng(data.elevensOpplevelse),
    elevensSvar: streng(data.elevensSvar),
    elevensSvarHvorfor: streng(data.elevensSvarHvorfor),
    utfall: streng(data.utfall),
    begrunnelseMotEleven: streng(data.begrunnelseMotEleven),
    nesteEvalueringsdato: streng(data.nesteEvalueringsdato),
  };
  const r = await registrerEvalueringFraCard(k.ktx, k.aktor, card.sakId, card.evalueringsdato, input);
  if (r.ok) return evalueringCard(r.verdi, { teamsId: k.teamsId, lenke: k.fanelenke(tabRoutes.plan(card.sakId)) });
  if (!onCard(r.feil)) return feilCardFor(r.feil);
  // The same form, with what was typed and each problem under its field; nothing is lost.
  const naa = await visEvalueringCard(k.ktx, k.aktor, card.sakId, card.evalueringsdato);
  if (!naa.ok) return feilCardFor(r.feil);
  return evalueringCard(naa.verdi, { teamsId: k.teamsId, lenke: k.fanelenke(tabRoutes.plan(card.sakId)), verdier: data, feil: feilTekst(r.feil) });
};

const visEvalueringVerb: VerbHandler = async (k, data) => {
  const card = evalueringFra(data);
  if (!card) return feilCard(botTekster.feil.ukjentHandling);
  const r = await visEvalueringCard(k.ktx, k.aktor, card.sakId, card.evalueringsdato);
  return r.ok ? evalueringCard(r.verdi, { teamsId: k.teamsId, lenke: k.fanelenke(tabRoutes.plan(card.sakId)) }) : feilCardFor(r.feil);
};

export const PAAMINNELSE_VERB = {
  [VERB.bekreftPlikter]: bekreftPlikterVerb,
  [VERB.visPlikter]: visPlikterVerb,
  [VERB.registrerEvaluering]: registrerEvalueringVerb,
  [VERB.visEvaluering]: visEvalueringVerb,
} satisfies Partial<Record<Verb, VerbHandler>>;
