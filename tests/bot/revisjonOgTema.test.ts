/**
 * Issue 23 in the bot, through the real connector path: the case card asks for the case's theme
 * beside «Ta imot» and stores the one chosen; the kommunalsjef's revision reaches each rektor as a
 * card (once, with a link to the tab), through the outbox.
 */
import { strict as assert } from 'node:assert';
import { sendRevisjon } from '../../src/app/revisjon/sendRevisjon';
import { DEMO, aktor } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';

describe('bot: the case theme at receipt and the revision card (issue 23)', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('offers the themes beside «Ta imot» and stores the one chosen', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const card = lastCard(h, DEMO.rektor);
    const valg = JSON.stringify(card);
    for (const tema of ['Utestenging', 'Digital krenking', 'Seksuell trakassering']) assert.ok(valg.includes(tema), tema);
    await h.bruker(DEMO.rektor).klikkKnapp(card, 'ta_imot', { tema: 'digital_krenking' });
    const { sak } = await h.sak(sakId);
    assert.equal(sak.status, 'mottatt');
    assert.equal(sak.tema?.id, 'digital_krenking');
    assert.equal(sak.tema?.av, DEMO.rektor);
  });

  it('sends the revision to each rektor once, as a card that opens the tab', async () => {
    const r = await sendRevisjon(h.ktx, aktor(DEMO.kommunalsjef));
    assert.ok(r.ok, JSON.stringify(r));
    await h.outboxFerdig();
    assert.ok((await sendRevisjon(h.ktx, aktor(DEMO.kommunalsjef))).ok);
    await h.outboxFerdig();
    for (const rektor of [DEMO.rektor, DEMO.annenRektor]) {
      const card = h.connector.cardsTo(rektor).filter((k) => cardText(k).includes('Revisjon av internkontrollen'));
      assert.equal(card.length, 1, rektor);
      assert.match(cardText(card[0]!), /ber deg svare på årets revisjon av internkontrollen/);
      const lenke = ((card[0]!.actions ?? []) as { type: string; url?: string; title?: string }[]).find((a) => a.type === 'Action.OpenUrl');
      assert.equal(lenke?.title, 'Svar i fanen');
      assert.match(lenke?.url ?? '', /revisjon/);
    }
  });
});
