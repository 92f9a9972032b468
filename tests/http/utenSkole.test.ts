/**
 * The tab's Meld fra for someone the organisation places at no school, over real HTTP: the form asks
 * which school (none chosen for them), a varsel without one is refused with the field named, and the
 * varsel goes to the chosen school's receivers by that school's rules.
 */
import { strict as assert } from 'node:assert';
import { botTekster } from '../../src/i18n/cards';
import { nb } from '../../src/i18n/nb';
import { BotHarness } from '../support/botHarness';
import { DEMO, varselSkjema } from '../support/appKontekst';

const VIKAR = '00000000-0000-4000-8000-0000000007b2';

describe('tab API: Meld fra from someone in no school', () => {
  let h: BotHarness;
  before(async () => (h = await BotHarness.start()));
  after(async () => h.stopp());

  const som = (oid: string) => ({ 'x-skolemiljo-person': oid, 'content-type': 'application/json' });
  const hent = (sti: string) => fetch(`${h.url}${sti}`, { headers: som(VIKAR) });
  const post = (kropp: unknown) => fetch(`${h.url}/api/varsler`, { method: 'POST', headers: som(VIKAR), body: JSON.stringify(kropp) });

  it('lets them in with no roles, and asks which school with none chosen', async () => {
    const meg = (await (await hent('/api/meg')).json()) as { skoler: unknown[] };
    assert.deepEqual(meg.skoler, []);
    const skjema = (await (await hent('/api/varsler/skjema')).json()) as { skoler: { id: string }[]; valgtSkoleId?: string; utenSkole?: boolean };
    assert.equal(skjema.valgtSkoleId, undefined);
    assert.equal(skjema.utenSkole, true);
    assert.deepEqual(skjema.skoler.map((s) => s.id).sort(), [DEMO.skole, DEMO.annenSkole].sort());
    assert.ok(botTekster.skjema.skoleUtenSkole.length > 0);
  });

  it('refuses a varsel without a school, naming the field, and stores nothing', async () => {
    const svar = await post({ ...varselSkjema({ skoleId: '' }), skjemaId: 'vikar-fane-0001' });
    assert.equal(svar.status, 400);
    const p = (await svar.json()) as { kode: string; felt: Record<string, string> };
    assert.equal(p.kode, 'ugyldig');
    assert.equal(p.felt.skoleId, nb.validering.skoleMangler);
    assert.deepEqual(await h.sakIder(), []);
  });

  it('sends it to the chosen school’s receivers, once for a double click; the reporter sees it in Mine varsler', async () => {
    const kropp = { ...varselSkjema({ skoleId: DEMO.annenSkole, kommerFra: 'ansatt' }), skjemaId: 'vikar-fane-0002' };
    const [a, b] = await Promise.all([post(kropp), post(kropp)]);
    assert.equal(a.status, 200);
    const kvittering = (await a.json()) as { id: string; sendtTil: string };
    assert.equal(((await b.json()) as { id: string }).id, kvittering.id);
    assert.equal(kvittering.sendtTil, 'rektor');
    await h.outboxFerdig();
    const { sak } = await h.sak(kvittering.id);
    assert.equal(sak.skoleId, DEMO.annenSkole);
    assert.deepEqual(sak.ruting.mottakere, [DEMO.annenRektor], '§12-5: straks to that school’s rektor');
    assert.equal(sak.ruting.skoleeierInformeres, true);
    assert.equal(h.connector.til(DEMO.annenRektor, 'melding').length, 1, 'one card (updated once skoleeier is told)');
    assert.equal(h.connector.cardsTo(DEMO.rektor).length, 0);
    const mine = (await (await hent('/api/mine-varsler')).json()) as { id: string; skolenavn: string }[];
    assert.deepEqual(mine.map((m) => [m.id, m.skolenavn]), [[kvittering.id, 'Fjordsiden ungdomsskole']]);
  });
});
