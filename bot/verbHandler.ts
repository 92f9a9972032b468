/**
 * What a card's verb is handled with (docs/ordliste.md: verb, VerbHandler): the click's context and
 * the handler's shape, shared by the handler tables (verbs.ts, paminnelseVerbs.ts, skoleeierVerbs.ts)
 * so none of them imports another's.
 */
import type { Aktor, AppKontekst } from '../src/app/kontekst';
import type { SamtaleRepo } from '../src/store/samtaleRepo';
import type { Card } from './cards/felles';

export interface VerbKontekst {
  ktx: AppKontekst;
  samtaler: SamtaleRepo;
  /** The address of a tab page (src/http/tabLinks.ts). */
  fanelenke: (route: string) => string;
  aktor: Aktor;
  /** The clicking person's Teams user id (29:…) and where the clicked card is. */
  teamsId: string;
  conversationId: string;
  /** The id of the message holding the clicked card (activity.replyToId). */
  kortId?: string;
}

export type VerbHandler = (k: VerbKontekst, data: Record<string, unknown>) => Promise<Card>;
