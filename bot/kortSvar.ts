/** A card as the answer to an Action.Execute invoke (Universal Actions): always HTTP 200 with a card. */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Kort } from './cards/felles';

export function kortSvar(kort: Kort): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: kort };
}
