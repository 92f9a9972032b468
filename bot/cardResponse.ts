/** A card as the answer to an Action.Execute invoke (Universal Actions): always HTTP 200 with a card. */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Card } from './cards/felles';

export function cardResponse(card: Card): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}
