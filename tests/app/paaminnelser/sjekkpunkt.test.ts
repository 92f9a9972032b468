/**
 * The årshjul's reminder as rektor gets it (issue 23): the whole app (sweep, outbox, botbuilder to
 * the connector stand-in), a clock the test moves. Ten working days before a checkpoint, each rektor
 * whose school has not marked it done gets one card with a link to the tab's Årshjul — once.
 */
import { strict as assert } from 'node:assert';
import { markerSjekkpunkt } from '../../../src/app/skolear/aarshjul';
import { DEMO, aktor } from '../../support/appKontekst';
import { BotHarness, cardText } from '../../support/botHarness';

const vinter = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+01:00`;
const erSjekkpunkt = (k: Record<string, unknown>) => /^Årshjul: sjekkpunkt for /m.test(cardText(k));

describe('årshjul checkpoint reminders through Teams', () => {
  let h: BotHarness;
  beforeEach(async () => (h = await BotHarness.start()));
  afterEach(async () => h.stopp());

  const sweepKl = async (tid: string) => {
    h.settTid(tid);
    await h.app.sweep.runOnce();
    await h.leverAlt();
  };

  it('sends each rektor one card before Elevundersøkelsen’s date, none to a school that marked it done', async () => {
    h.settTid(vinter('2026-11-30'));
    assert.ok((await markerSjekkpunkt(h.ktx, aktor(DEMO.annenRektor), { skolear: '2026-2027', skoleId: DEMO.annenSkole, sjekkpunktId: 'elevundersokelsen', notat: 'Gjennomført i uke 48' })).ok);
    await sweepKl(vinter('2026-12-01'));
    await sweepKl(vinter('2026-12-02'));
    const card = h.connector.cardsTo(DEMO.rektor).filter(erSjekkpunkt);
    assert.equal(card.length, 1, 'one card to Bakkeløkka’s rektor');
    const tekst = cardText(card[0]!);
    assert.match(tekst, /Årshjul: sjekkpunkt for Bakkeløkka skole/);
    assert.match(tekst, /Elevundersøkelsen gjennomført/);
    assert.match(tekst, /Frist 15\.12\.2026\./);
    assert.match(JSON.stringify(card[0]), /aarshjul/, 'links to the Årshjul page');
    assert.equal(h.connector.cardsTo(DEMO.annenRektor).filter(erSjekkpunkt).length, 0, 'Fjordsiden marked it done');
  });
});
