/** A click on an older copy of the case card answers with the truth, and does what still makes sense (issue 26). */
import { strict as assert } from 'node:assert';
import { utforHandling } from '../../src/app/sakHandlinger';
import { DEMO, aktor } from '../support/appKontekst';
import { BotHarness, knapper, cardText } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';

describe('bot: a click on an older copy of the case card', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  it('«Ta imot» with a person chosen, after rektor received the case in the tab: says so, and assigns the person', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const gammelt = lastCard(h, DEMO.rektor);
    assert.ok((await utforHandling(h.ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot', via: 'fane' })).ok);

    const svar = await h.bruker(DEMO.rektor).klikkKnapp(gammelt, 'ta_imot', { saksansvarlig: DEMO.laerer });
    const tekst = cardText(svar.kort);
    assert.match(tekst, /Du tok allerede imot saken i fanen 23\.11\.2026 kl\. 10:00\./);
    assert.match(tekst, /Saken er nå tildelt Per Hansen, som du valgte\./);
    assert.match(tekst, /Saksansvarlig: \n?Per Hansen/);
    assert.equal((await h.sak(sakId)).sak.saksansvarlig, DEMO.laerer);
    await h.outboxFerdig();
    assert.match(cardText(lastCard(h, DEMO.laerer)), /Du er satt som saksansvarlig/);
  });

  it('«Ta imot» with nobody chosen after receiving in the tab is not silent', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const gammelt = lastCard(h, DEMO.rektor);
    assert.ok((await utforHandling(h.ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot', via: 'fane' })).ok);
    const svar = await h.bruker(DEMO.rektor).klikkKnapp(gammelt, 'ta_imot');
    assert.match(cardText(svar.kort), /Du tok allerede imot saken i fanen 23\.11\.2026 kl\. 10:00\. Ingenting er endret/);
    assert.ok(!knapper(svar.kort).includes('ta_imot'));
  });

  it('«Ta imot» after a colleague received and assigned it: names who did what and when, changes nothing', async () => {
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const gammelt = lastCard(h, DEMO.rektor);
    await h.bruker(DEMO.inspektor).klikkKnapp(lastCard(h, DEMO.inspektor), 'ta_imot', { saksansvarlig: DEMO.laerer2 });
    const svar = await h.bruker(DEMO.rektor).klikkKnapp(gammelt, 'ta_imot', { saksansvarlig: DEMO.laerer });
    assert.match(cardText(svar.kort), /Saken er allerede tatt imot: Jon Bakken tok den imot 23\.11\.2026 kl\. 10:00\. Saksansvarlig: Sofie Johansen\. Ingenting er endret/);
    assert.equal((await h.sak(sakId)).sak.saksansvarlig, DEMO.laerer2);
  });
});
