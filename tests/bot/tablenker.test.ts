/**
 * Cards link to the tab: the case card opens the case's page, locally as the app's own address and
 * in Teams as a deep link to the personal tab with the route as subPageId (src/http/tabLinks.ts).
 */
import { strict as assert } from 'node:assert';
import { DEMO } from '../support/appKontekst';
import { BotHarness } from '../support/botHarness';
import { sendVarsel, lastCard } from './hjelpere';

const TEAMS_APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** The «open» links of a card: title → address. */
function lenker(card: unknown, funnet: Record<string, string> = {}): Record<string, string> {
  if (Array.isArray(card)) card.forEach((k) => lenker(k, funnet));
  else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (o.type === 'Action.OpenUrl') funnet[String(o.title)] = String(o.url);
    Object.values(o).forEach((v) => lenker(v, funnet));
  }
  return funnet;
}

describe('bot: cards link to the tab', () => {
  let h: BotHarness;
  afterEach(async () => h?.stopp());

  it('locally: rektor’s case card opens the case page at the app’s address, before and after a click; the reporter’s receipt has no link to the case', async () => {
    h = await BotHarness.start();
    const { sakId, kvittering } = await sendVarsel(h, DEMO.vaktmester);
    const side = `${h.url}/#/sak/${sakId}`;
    assert.deepEqual(lenker(lastCard(h, DEMO.rektor)), { 'Åpne saken i fanen': side });

    const svar = await h.bruker(DEMO.rektor).klikkKnapp(lastCard(h, DEMO.rektor), 'ta_imot');
    assert.deepEqual(lenker(svar.kort), { 'Åpne saken i fanen': side });
    assert.deepEqual(lenker(kvittering.kort), {});
  });

  it('in Teams: the link is a deep link to the app’s tab carrying the case’s route', async () => {
    h = await BotHarness.start({ miljo: { TEAMS_APP_ID } });
    const { sakId } = await sendVarsel(h, DEMO.vaktmester);
    const url = new URL(lenker(lastCard(h, DEMO.rektor))['Åpne saken i fanen']!);
    assert.equal(`${url.origin}${url.pathname}`, `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/skolemiljo`);
    assert.deepEqual(JSON.parse(url.searchParams.get('context')!), { subEntityId: `sak/${sakId}` });
  });
});
