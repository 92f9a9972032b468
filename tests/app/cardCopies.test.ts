/**
 * Copies of the card and who gets one: the assigned saksansvarlig, a reporter who is also a
 * receiver, a receiver who no longer may see the case, and kommunalsjef as the last in line.
 */
import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { lagDeliveryHandler } from '../../src/app/delivery';
import { utforHandling, visSak } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { OutboxDispatcher, drain } from '../../src/outbox/dispatcher';
import type { Envelope } from '../../src/store/envelope';
import type { SakData } from '../../src/store/sakRepo';
import { OpptakendeNotifier } from '../support/opptakendeNotifier';
import { DEMO, aktor, endreKommune, lagTestKontekst, varselSkjema, type TestKontekst } from '../support/appKontekst';

describe('copies of the case card', () => {
  let ktx: TestKontekst;
  let teams: OpptakendeNotifier;
  let dispatcher: OutboxDispatcher;
  beforeEach(async () => {
    ktx = await lagTestKontekst();
    teams = new OpptakendeNotifier();
    dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, teams) }, now: ktx.naa });
  });
  afterEach(async () => {
    sinon.restore();
    await ktx.rydd();
  });

  const send = async (fra: string, kommerFra = 'nei') => {
    const r = await submitVarsel(ktx, aktor(fra), varselSkjema({ kommerFra }), { skjemaId: ktx.nyId(), kopi: { conversationId: `samtale-${fra}`, activityId: `kvittering-${fra}` } });
    assert.ok(r.ok);
    await drain(dispatcher);
    return r.verdi.id;
  };

  it('gives the reporter a case card to work from when the case is assigned to them', async () => {
    const sakId = await send(DEMO.laerer);
    assert.ok((await utforHandling(ktx, aktor(DEMO.rektor), { sakId, handling: 'tildel', verdier: { saksansvarlig: DEMO.laerer } })).ok);
    await drain(dispatcher);
    const tildelt = teams.sendt.filter((s) => s.til === DEMO.laerer);
    assert.deepEqual(tildelt.map((s) => s.anledning), ['tildelt']);
    assert.equal(tildelt[0]!.visning.innsyn, 'full');
    assert.deepEqual(tildelt[0]!.visning.handlinger, ['start_undersokelse']);
    const kvittering = teams.oppdatert.find((o) => o.activityId === `kvittering-${DEMO.laerer}`);
    assert.ok(kvittering, 'the receipt is still updated as a receipt');
  });

  it('keeps rektor’s receipt and rektor’s case card apart when rektor reports, and updates the receipt', async () => {
    const sakId = await send(DEMO.rektor);
    const card = teams.sendt.find((s) => s.til === DEMO.rektor)!;
    assert.ok((await utforHandling(ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot', kortId: card.activityId })).ok);
    await drain(dispatcher);
    const tilRektor = teams.oppdatert.filter((o) => o.til === DEMO.rektor).map((o) => o.activityId);
    assert.deepEqual(tilRektor, [`kvittering-${DEMO.rektor}`], 'the receipt is updated once; the clicked card got the response');
  });

  it('passes a varsel on when its receiver may no longer see it (kommunalsjef replaced before delivery)', async () => {
    const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'ledelse' }), { skjemaId: 'bytte' });
    assert.ok(r.ok);
    const ny = { oid: '00000000-0000-4000-8000-000000000003', navn: 'Ole Ny', stilling: 'kommunalsjef' };
    await endreKommune(ktx, (k) => ({ ...k, kommunalsjefer: [ny] }));
    await drain(dispatcher);
    assert.deepEqual(teams.sendt.map((s) => s.til), [ny.oid]);
    assert.ok((await utforHandling(ktx, aktor(ny.oid), { sakId: r.verdi.id, handling: 'ta_imot' })).ok);
  });

  it('lets kommunalsjef act on a varsel that reached them because nobody at the school could be reached', async () => {
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]) teams.svar.set(oid, { ok: false, reason: 'unreachable' });
    const sakId = await send(DEMO.laerer);
    assert.deepEqual(teams.sendt.map((s) => s.til), [DEMO.kommunalsjef]);
    assert.deepEqual(teams.sendt[0]!.visning.handlinger, ['ta_imot', 'tildel', 'meld_skoleeier']);
    assert.ok((await utforHandling(ktx, aktor(DEMO.kommunalsjef), { sakId, handling: 'ta_imot' })).ok);
  });

  it('treats a retried click as done even when deliveries were recorded after it', async () => {
    const sakId = await send(DEMO.laerer);
    const v = await visSak(ktx, aktor(DEMO.rektor), sakId);
    assert.ok(v.ok);
    const f = { sakId, handling: 'tildel', versjon: v.verdi.versjon, verdier: { saksansvarlig: DEMO.laerer3 } };
    assert.ok((await utforHandling(ktx, aktor(DEMO.rektor), f)).ok);
    await drain(dispatcher); // the assignee's card is delivered and recorded in the history
    const igjen = await utforHandling(ktx, aktor(DEMO.rektor), f);
    assert.ok(igjen.ok, JSON.stringify(igjen));
    assert.equal(igjen.verdi.historikk.filter((h) => h.hendelse === 'tildel').length, 1);
  });

  it('stores a decision whose write lost only to the outbox’s bookkeeping, once', async () => {
    const sakId = await send(DEMO.laerer);
    const v = await visSak(ktx, aktor(DEMO.rektor), sakId);
    assert.ok(v.ok);
    const update = ktx.store.update.bind(ktx.store);
    let forstyrret = false;
    sinon.stub(ktx.store, 'update').callsFake(async (list, u) => {
      if (list === 'saker' && !forstyrret) {
        // The dispatcher records something on the case between the use case's read and its write.
        forstyrret = true;
        const naa = (await ktx.store.get<Envelope<SakData>>('saker', u.id))!;
        await update('saker', { id: naa.id, version: naa.version, columns: naa.columns, data: { ...naa.data, audit: [] } });
      }
      return update(list, u as never);
    });
    const r = await utforHandling(ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot', versjon: v.verdi.versjon });
    assert.ok(r.ok, JSON.stringify(r));
    assert.ok(forstyrret);
    assert.equal(r.verdi.historikk.filter((h) => h.hendelse === 'ta_imot').length, 1);
  });

  it('gives cases ids and numbers that reveal nothing about how many cases exist', async () => {
    const ider: string[] = [];
    const numre: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: `telling-${i}` });
      assert.ok(r.ok);
      ider.push(r.verdi.id);
      numre.push(r.verdi.saksnummer);
    }
    for (const nr of numre) assert.match(nr, /^2026-[ACDEFGHJKMNPQRTUVWXY3467]{4}-[ACDEFGHJKMNPQRTUVWXY3467]{4}$/);
    for (const id of ider) assert.match(id, /^[\w-]{22}$/);
    // The store's own item ids (a municipality-wide sequence) appear nowhere a person can see.
    for (const id of ider) {
      const item = (await ktx.store.getByKey('saker', `sak:${id}`))!;
      assert.notEqual(id, item.id);
    }
    assert.equal(new Set(numre).size, 5);
  });
});
