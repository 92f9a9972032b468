/** Steps many bot tests share: a person sends a varsel through the chat, a receiver finds their card. */
import { strict as assert } from 'node:assert';
import { DEMO, varselSkjema } from '../support/appKontekst';
import { type BotHarness, type InvokeSvar, type TeamsKlient } from '../support/botHarness';

export interface SendtVarsel {
  sakId: string;
  kvittering: InvokeSvar;
  varsler: TeamsKlient;
}

/** The case id a case card (or receipt) is about: carried by its refresh action. */
export function sakIdPaa(card: Record<string, unknown>): string {
  const id = ((card.refresh as { action?: { data?: { sakId?: unknown } } } | undefined)?.action?.data?.sakId);
  assert.equal(typeof id, 'string', 'kortet har ingen refresh med sakId');
  return id as string;
}

/** Opens the form in the chat, fills it in and sends it; waits for delivery. */
export async function sendVarsel(h: BotHarness, varslerOid: string = DEMO.laerer, felt: Record<string, string> = {}): Promise<SendtVarsel> {
  const varsler = h.bruker(varslerOid);
  await varsler.skriv('varsel');
  const kvittering = await varsler.klikk('send_varsel', { skjemaId: h.ktx.nyId(), ...varselSkjema(felt) });
  await h.outboxFerdig();
  return { sakId: sakIdPaa(kvittering.kort), kvittering, varsler };
}

/** The last card the bot posted (or updated) in this person's chats. */
export function lastCard(h: BotHarness, oid: string): Record<string, unknown> {
  const card = h.connector.cardsTo(oid);
  assert.ok(card.length > 0, `ingen kort til ${oid}`);
  return card[card.length - 1]!;
}

/** Where this person's copy of the case card is (the first card posted to them). */
export function kopiAv(h: BotHarness, oid: string): { conversationId: string; activityId: string } {
  const post = h.connector.til(oid, 'melding').find((o) => o.kort);
  assert.ok(post?.samtaleId && post.aktivitetId, `ingen kopi hos ${oid}`);
  return { conversationId: post.samtaleId, activityId: post.aktivitetId };
}
