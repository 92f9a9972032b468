/**
 * Every verb the bot takes (bot/verbs.ts VERB_HANDLERE), clicked by each kind of person with data a
 * tampered or stale card could carry: the invoke answers with a card (a refusal, a form with its
 * errors, or the case as it is), never an HTTP error or an empty answer, and the process goes on.
 * The verb table is read whole, so a new verb is covered the day it is added.
 */
import { strict as assert } from 'node:assert';
import { VERB_HANDLERE } from '../../bot/verbs';
import { BotHarness } from '../support/botHarness';
import { DEMO } from '../support/appKontekst';

const LANG = 'x'.repeat(20_000);
const GALE_DATA: { navn: string; data: Record<string, unknown> }[] = [
  { navn: 'nothing', data: {} },
  { navn: 'a case that does not exist', data: { sakId: 'finnes-ikke', versjon: 1, skjemaId: 'tuklet-000001' } },
  { navn: 'wrong types', data: { sakId: 7, versjon: 'to', skjemaId: [], skoleId: {}, verdier: 'x', dato: 12, sprak: 3, hvem: [], tiltak: 'x' } },
  { navn: 'too long', data: { sakId: LANG, skjemaId: LANG, begrunnelse: LANG, hva: LANG, beskrivelse: LANG } },
];

describe('every bot verb takes any data without an error', function () {
  this.timeout(120_000);
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  const verbene = Object.keys(VERB_HANDLERE);
  for (const oid of [DEMO.rektor, DEMO.kommunalsjef, DEMO.vaktmester, DEMO.elev, DEMO.ukjent]) {
    it(`as ${oid}: ${verbene.length} verbs × ${GALE_DATA.length} kinds of data answer with a card`, async () => {
      const klient = h.bruker(oid);
      const galt: string[] = [];
      for (const verb of verbene) {
        for (const { navn, data } of GALE_DATA) {
          try {
            const svar = await klient.klikk(verb, data);
            if (!svar.kort || typeof svar.kort !== 'object') galt.push(`${verb} (${navn}): no card`);
          } catch (e) {
            galt.push(`${verb} (${navn}): ${(e as Error).message.slice(0, 160)}`);
          }
        }
      }
      assert.deepEqual(galt, []);
    });
  }
});
