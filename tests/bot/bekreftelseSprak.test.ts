/**
 * «Jeg er kjent med pliktene» from the chat records the language the card showed the duties in
 * (issue 24), as the tab's confirmation does: an English Teams reads them in English, and the
 * bekreftelse says 'en'; a card from before languages (no sprak on its button) records none.
 */
import { strict as assert } from 'node:assert';
import { skolearFor } from '../../src/domain/bekreftelse';
import { fristerFor } from '../../src/domain/fristinnstillinger';
import { en } from '../../src/i18n/en';
import { plikter } from '../../src/i18n/plikter';
import { mineBekreftelser } from '../../src/store/bekreftelseRepo';
import { DEMO } from '../support/appKontekst';
import { BotHarness, cardText } from '../support/botHarness';
import { VERB } from '../../bot/verbnavn';

describe('bot: the duties confirmed in the language they were read in', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  const stored = async (oid: string) => mineBekreftelser(h.ktx.store, oid, skolearFor(h.naa(), fristerFor(h.ktx.org.kommune)).navn);

  it('records English for the card an English Teams showed', async () => {
    const u = h.bruker(DEMO.vaktmester, { locale: 'en-GB' });
    const card = (await u.klikk(VERB.visPlikter, {})).kort;
    assert.ok(card);
    assert.match(cardText(card), new RegExp(en.plikter.tittel));
    await u.klikkKnapp(card, VERB.bekreftPlikter);
    const b = await stored(DEMO.vaktmester);
    assert.equal(b.length, 1);
    assert.equal(b[0]?.sprak, 'en');
  });

  it('records no language for a card from before languages (its button carries none), and refuses none', async () => {
    const u = h.bruker(DEMO.laerer, { locale: 'nb-NO' });
    await u.klikk(VERB.bekreftPlikter, { versjon: plikter.versjon });
    const b = await stored(DEMO.laerer);
    assert.equal(b.length, 1);
    assert.equal(b[0]?.sprak, undefined);
  });
});
