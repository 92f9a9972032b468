/**
 * Mine plikter and Bekreftelser as a person sees them: the duties, who receives varsler, the
 * yearly confirmation (one record per person, school, school year and text version), and rektor's
 * view of who has not confirmed. Use cases on a real SQLite store.
 */
import { strict as assert } from 'node:assert';
import { getBekreftelser } from '../../../src/app/views/bekreftelser';
import { bekreftPlikter, getPlikter } from '../../../src/app/views/plikter';
import { skolearFor } from '../../../src/domain/bekreftelse';
import { plikter } from '../../../src/i18n/plikter';
import { bekreftelserVed } from '../../../src/store/bekreftelseRepo';
import { DEMO, aktor, lagTestKontekst, type TestKontekst } from '../../support/appKontekst';

describe('Mine plikter and Bekreftelser', () => {
  let ktx: TestKontekst;
  beforeEach(async () => (ktx = await lagTestKontekst()));
  afterEach(async () => ktx.rydd());

  it('shows the duties version, the school year, my school’s receivers and the kommunalsjef, and no confirmation yet', async () => {
    const r = await getPlikter(ktx, aktor(DEMO.vaktmester));
    assert.ok(r.ok);
    assert.equal(r.verdi.versjon, plikter.versjon);
    assert.equal(r.verdi.skoleår, '2026-2027');
    assert.equal(r.verdi.mottakere[0]?.skoleId, DEMO.skole);
    assert.equal(r.verdi.mottakere[0]?.personer[0]?.navn, 'Hanne Solberg', 'rektor first');
    assert.deepEqual(r.verdi.kommunalsjefer.map((k) => k.navn), ['Ingrid Haugland']);
    assert.equal(r.verdi.bekreftelse, undefined);
  });

  it('stores one confirmation for a double submit, and shows when I confirmed', async () => {
    const [a, b] = await Promise.all([bekreftPlikter(ktx, aktor(DEMO.vaktmester), plikter.versjon), bekreftPlikter(ktx, aktor(DEMO.vaktmester), plikter.versjon)]);
    assert.ok(a.ok && b.ok);
    ktx.settTid('2026-11-24T10:00:00Z');
    const igjen = await bekreftPlikter(ktx, aktor(DEMO.vaktmester), plikter.versjon);
    assert.ok(igjen.ok);
    assert.equal(igjen.verdi.tid, '2026-11-23T09:00:00.000Z', 'the first confirmation stands');
    const stored = (await bekreftelserVed(ktx.store, DEMO.skole, '2026-2027')).filter((x) => x.oid === DEMO.vaktmester);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.tekstversjon, plikter.versjon);
    const side = await getPlikter(ktx, aktor(DEMO.vaktmester));
    assert.ok(side.ok);
    assert.deepEqual(side.verdi.bekreftelse, { tid: '2026-11-23T09:00:00.000Z', versjon: plikter.versjon });
  });

  it('refuses a confirmation of a text version the page no longer shows, and stores nothing', async () => {
    const r = await bekreftPlikter(ktx, aktor(DEMO.vaktmester), '2025-1');
    assert.ok(!r.ok);
    assert.equal(r.feil.kode, 'konflikt');
    assert.deepEqual(await bekreftelserVed(ktx.store, DEMO.skole, '2026-2027'), []);
  });

  it('asks again in a new school year', async () => {
    assert.ok((await bekreftPlikter(ktx, aktor(DEMO.vaktmester), plikter.versjon)).ok);
    ktx.settTid('2027-08-15T08:00:00Z');
    const side = await getPlikter(ktx, aktor(DEMO.vaktmester));
    assert.ok(side.ok);
    assert.equal(side.verdi.skoleår, '2027-2028');
    assert.equal(side.verdi.bekreftelse, undefined);
  });

  it('starts the school year at Oslo midnight on the municipality’s first day, the same day the reminders count from', () => {
    const start = { skolearStart: '08-01' };
    assert.equal(skolearFor(new Date('2027-07-31T21:59:00Z'), start).navn, '2026-2027');
    assert.equal(skolearFor(new Date('2027-07-31T22:00:00Z'), start).navn, '2027-2028');
  });

  it('shows rektor how many of the staff confirmed and who has not; nobody else sees it', async () => {
    assert.ok((await bekreftPlikter(ktx, aktor(DEMO.vaktmester), plikter.versjon)).ok);
    assert.ok((await bekreftPlikter(ktx, aktor(DEMO.laerer), plikter.versjon)).ok);
    const r = await getBekreftelser(ktx, aktor(DEMO.rektor));
    assert.ok(r.ok);
    const skole = r.verdi.skoler[0]!;
    assert.equal(skole.skoleId, DEMO.skole);
    assert.equal(skole.bekreftet, 2);
    assert.equal(skole.ikkeBekreftet.length, skole.ansatte - 2);
    assert.ok(!skole.ikkeBekreftet.some((p) => p.oid === DEMO.vaktmester || p.oid === DEMO.laerer));
    for (const oid of [DEMO.inspektor, DEMO.laerer, DEMO.kommunalsjef]) {
      const nei = await getBekreftelser(ktx, aktor(oid));
      assert.ok(!nei.ok);
      assert.equal(nei.feil.kode, 'ikke_tillatt');
    }
  });
});
