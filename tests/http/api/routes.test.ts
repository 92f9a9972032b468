/**
 * Every write route of the tab API, called by each role that may write something, with bodies that
 * are wrong in every way a client can make them wrong: the answer is a 4xx with a message, never a
 * 5xx, and the server goes on answering. The route table is read whole, so a new route is covered
 * the day it is added (issue 23's, 24's and 25's were).
 */
import { strict as assert } from 'node:assert';
import { ROUTES, stiMed } from '../../../src/http/api/routes';
import { BotHarness } from '../../support/botHarness';
import { DEMO } from '../../support/appKontekst';

const GALE_KROPPER: { navn: string; kropp: string }[] = [
  { navn: 'cut-off JSON', kropp: '{"sprak":' },
  { navn: 'null', kropp: 'null' },
  { navn: 'an array', kropp: '[1,2,3]' },
  { navn: 'a string', kropp: '"hei"' },
  { navn: 'wrong types everywhere', kropp: JSON.stringify({ sprak: 7, skoleId: [], versjon: 'x', svar: 'x', sporsmal: {}, telefon: 5, hvem: {}, skjemaId: 1 }) },
  { navn: 'deep nesting', kropp: '['.repeat(5000) + ']'.repeat(5000) },
  { navn: 'a prototype key', kropp: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
];

describe('every write route of the tab API takes any body without a 5xx', function () {
  this.timeout(120_000);
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  // Routes that take no body (a button: «send påminnelse») answer as they would without one.
  const UTEN_KROPP = new Set(['bekreftelsePaminnelse']);
  const skriveRuter = Object.entries(ROUTES).filter(([navn, r]) => r.metode !== 'GET' && !UTEN_KROPP.has(navn));

  for (const oid of [DEMO.administrator, DEMO.kommunalsjef, DEMO.rektor, DEMO.elev]) {
    it(`as ${oid}: ${skriveRuter.length} routes × ${GALE_KROPPER.length} bodies answer 4xx`, async () => {
      const galt: string[] = [];
      for (const [navn, r] of skriveRuter) {
        const sti = stiMed(r.sti, { sakId: 'finnes-ikke', skoleId: DEMO.skole, tiltakId: 'x' });
        for (const { navn: hva, kropp } of GALE_KROPPER) {
          const svar = await fetch(`${h.url}${sti}`, { method: r.metode, headers: { 'x-skolemiljo-person': oid, 'content-type': 'application/json' }, body: kropp });
          const tekst = await svar.text();
          if (svar.status < 400 || svar.status >= 500) galt.push(`${navn} ${r.metode} ${r.sti} (${hva}): ${svar.status} ${tekst.slice(0, 120)}`);
        }
      }
      assert.deepEqual(galt, []);
      assert.equal((await fetch(`${h.url}${ROUTES.oppsett.sti}`)).status, 200, 'the server still answers');
    });
  }
});
