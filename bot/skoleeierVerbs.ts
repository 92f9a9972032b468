/**
 * The kommunalsjef's buttons on a school's case (src/app/skoleeierSteg.ts): «Be rektor følge opp» and
 * «Ta over saken». As verbs.ts: one use-case call per click, the actor from the activity; the answer is
 * the case card as it is now, with what was done (or why not) on top.
 */
import { tabRoutes } from '../src/http/tabLinks';
import { beRektorFolgeOpp, taOverSaken } from '../src/app/skoleeierSteg';
import { visSak } from '../src/app/sakHandlinger';
import { osloDato } from '../src/domain/frister';
import { botTekster } from '../src/i18n/aktiv';
import { feilCard } from './cards/feilCard';
import { feilTekst, feilCardFor, onCard } from './feilSvar';
import { cardForSak } from './cards/cardForSak';
import type { SakskortValg } from './cards/sakCard';
import { cardHolders } from './cardHolders';
import { VERB, type Verb } from './verbnavn';
import type { VerbHandler, VerbKontekst } from './verbHandler';

type Steg = typeof beRektorFolgeOpp;


async function valg(k: VerbKontekst, sakId: string): Promise<SakskortValg> {
  const { teamsIds } = await cardHolders(k.ktx, k.samtaler, sakId);
  return { refreshFor: [k.teamsId, ...teamsIds], lenke: k.fanelenke(tabRoutes.sak(sakId)), idag: osloDato(k.ktx.naa()) };
}

function stegVerb(steg: Steg): VerbHandler {
  return async (k, data) => {
    const sakId = typeof data.sakId === 'string' && /^[\w-]{1,64}$/.test(data.sakId) ? data.sakId : undefined;
    if (!sakId) return feilCard(botTekster.feil.ukjentHandling);
    const r = await steg(k.ktx, k.aktor, sakId, k.kortId);
    if (r.ok) return cardForSak(r.verdi, 'sak', { ...(await valg(k, sakId)), ...(r.verdi.melding ? { bekreftelse: r.verdi.melding } : {}) });
    if (!onCard(r.feil)) return feilCardFor(r.feil, { sakId });
    // Refused by the case's state (closed, about the leadership, taken over by another): the case as it is, and why.
    const naa = await visSak(k.ktx, k.aktor, sakId);
    return naa.ok ? cardForSak(naa.verdi, 'sak', { ...(await valg(k, sakId)), melding: feilTekst(r.feil).melding }) : feilCardFor(r.feil);
  };
}

export const SKOLEEIER_VERB = {
  [VERB.beOmOppfolging]: stegVerb(beRektorFolgeOpp),
  [VERB.taOver]: stegVerb(taOverSaken),
} satisfies Partial<Record<Verb, VerbHandler>>;
