/** The kommunalsjef's escalation card («ikke tatt imot innen fristen») says the next step and lets her act (issue 26). */
import { strict as assert } from 'node:assert';
import { DEMO } from '../../support/appKontekst';
import { BotHarness, cardText } from '../../support/botHarness';
import { sendVarsel } from '../../bot/hjelpere';

const HEMMELIG = 'en-lang-delt-hemmelighet-for-tester';

describe('escalation to skoleeier', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start({ miljo: { JOBS_SECRET: HEMMELIG } })));
  afterEach(async () => h.stopp());

  const sweep = async () => {
    const res = await fetch(`${h.url}/api/jobs/sweep`, { method: 'POST', headers: { authorization: `Bearer ${HEMMELIG}` } });
    assert.equal(res.status, 200);
    await h.leverAlt();
  };

  it('names rektor as the next step and opens the case in the tab; nothing reaches the kommunalsjef once the school has received it', async () => {
    const { sakId } = await sendVarsel(h, DEMO.laerer); // Monday 23 November 2026, 10:00 in Oslo
    h.settTid('2026-11-25T09:00:00Z'); // two working days later
    await sweep();
    const card = h.connector.cardsTo(DEMO.kommunalsjef).at(-1);
    assert.equal((card?.refresh as { action: { data: { sakId: string } } } | undefined)?.action.data.sakId, sakId);
    const tekst = cardText(card);
    assert.match(tekst, /ikke tatt imot av skolen innen fristen/);
    assert.match(tekst, /Neste steg: kontakt rektor Hanne Solberg og sørg for at skolen tar imot saken nå/);
    assert.match(JSON.stringify(card), /"type":"Action.OpenUrl","title":"Åpne saken i fanen"/);

    // Another case, received before its escalation is due: the rule reads the case as it is then.
    const annen = await sendVarsel(h, DEMO.laerer);
    await h.bruker(DEMO.rektor).klikk('ta_imot', { sakId: annen.sakId });
    const for_ = h.connector.cardsTo(DEMO.kommunalsjef).length;
    h.settTid('2026-11-27T09:00:00Z');
    await sweep();
    const nye = h.connector.cardsTo(DEMO.kommunalsjef).slice(for_).map((k) => (k.refresh as { action: { data: { sakId: string } } } | undefined)?.action.data.sakId);
    assert.ok(!nye.includes(annen.sakId), 'the received case is never escalated');
  });
});
