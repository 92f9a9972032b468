/**
 * Delivery decisions of the app (src/app/delivery.ts) through the real outbox dispatcher and
 * store: who gets the varsel when someone cannot be reached, throttling, and that nothing is
 * dropped silently. The Notifier here records and answers as told; the bot tests drive the
 * real connector path.
 */
import { strict as assert } from 'node:assert';
import { lagDeliveryHandler } from '../../src/app/delivery';
import { submitVarsel } from '../../src/app/submitVarsel';
import { utforHandling, visSak } from '../../src/app/sakHandlinger';
import { OutboxDispatcher, drain } from '../../src/outbox/dispatcher';
import { OpptakendeNotifier } from '../support/opptakendeNotifier';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../support/appKontekst';

describe('delivering a varsel', () => {
  let ktx: TestKontekst;
  let notifier: OpptakendeNotifier;
  let dispatcher: OutboxDispatcher;

  beforeEach(async () => {
    ktx = await lagTestKontekst();
    notifier = new OpptakendeNotifier();
    dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, notifier) }, now: ktx.naa });
  });
  afterEach(async () => ktx.rydd());

  const send = async (kommerFra: string) => {
    const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra }), { skjemaId: ktx.nyId(), kopi: { conversationId: 'c-varsler', activityId: 'kvittering' } });
    assert.ok(r.ok);
    return r.verdi.id;
  };

  it('delivers a varsel about pupils to every varselmottaker and records it in the case', async () => {
    const sakId = await send('nei');
    await drain(dispatcher);
    assert.deepEqual(notifier.sendt.map((s) => s.til).sort(), [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer].sort());
    const sak = await visSak(ktx, aktor(DEMO.rektor), sakId);
    assert.ok(sak.ok);
    assert.deepEqual(sak.verdi.leveringer.map((l) => l.status), ['levert', 'levert', 'levert']);
  });

  it('shows each receiver’s own delivery as done on the card they get', async () => {
    await send('nei');
    await drain(dispatcher);
    for (const { til, visning: view } of notifier.sendt) {
      const navn = ktx.org.skoler[0]!.ansatte.find((p) => p.oid === til)!.navn;
      assert.equal(view.leveringer.find((l) => l.navn === navn)?.status, 'levert', navn);
    }
  });

  it('delivers a §12-5 varsel to rektor and tells kommunalsjef, in the audit log too', async () => {
    const sakId = await send('ansatt');
    await drain(dispatcher);
    assert.deepEqual(notifier.sendt.map((s) => [s.til, s.anledning]), [[DEMO.rektor, 'ny'], [DEMO.kommunalsjef, 'informert']]);
    const logg = [];
    const itemId = (await ktx.store.getByKey('saker', `sak:${sakId}`))!.id;
    for await (const i of ktx.store.query<{ action: string }>('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: itemId }] })) logg.push(i.data.action);
    assert.ok(logg.includes('skoleeier_informeres') && logg.includes('skoleeier_informert'), logg.join());
  });

  it('sends a varsel about the leadership to kommunalsjef and to nobody at the school, ever', async () => {
    const sakId = await send('ledelse');
    await drain(dispatcher);
    await utforHandling(ktx, aktor(DEMO.kommunalsjef), { sakId, handling: 'ta_imot' });
    await drain(dispatcher);
    const skolensLedelse: string[] = [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer];
    assert.deepEqual(notifier.sendt.map((s) => s.til), [DEMO.kommunalsjef]);
    assert.ok(notifier.oppdatert.every((o) => !skolensLedelse.includes(o.til)));
  });

  it('passes the varsel on to the next in line when nobody at the school can be reached', async () => {
    for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]) notifier.svar.set(oid, { ok: false, reason: 'unreachable' });
    const sakId = await send('nei');
    await drain(dispatcher);
    assert.deepEqual(notifier.sendt.map((s) => s.til), [DEMO.kommunalsjef]);
    const sak = await visSak(ktx, aktor(DEMO.kommunalsjef), sakId);
    assert.ok(sak.ok);
    assert.deepEqual(
      sak.verdi.leveringer.map((l) => [l.navn, l.status]),
      [['Hanne Solberg', 'uoppnaelig'], ['Jon Bakken', 'uoppnaelig'], ['Marte Lie', 'uoppnaelig'], ['Ingrid Haugland', 'levert']],
    );
    assert.ok(sak.verdi.historikk.some((h) => h.hendelse === 'levering_feilet'));
  });

  it('does not pass it on while another receiver has it', async () => {
    notifier.svar.set(DEMO.rektor, { ok: false, reason: 'unreachable' });
    await send('nei');
    await drain(dispatcher);
    assert.deepEqual(notifier.sendt.map((s) => s.til).sort(), [DEMO.inspektor, DEMO.sosiallaerer].sort());
  });

  it('for a §12-5 varsel, passes it from an unreachable rektor to the inspektør, never to the sosiallærer', async () => {
    notifier.svar.set(DEMO.rektor, { ok: false, reason: 'unreachable' });
    await send('ansatt');
    await drain(dispatcher);
    assert.deepEqual(notifier.sendt.map((s) => s.til).sort(), [DEMO.inspektor, DEMO.kommunalsjef].sort());
  });

  it('waits for Retry-After when throttled, then delivers once', async () => {
    notifier.svar.set(DEMO.kommunalsjef, { ok: false, reason: 'throttled', retryAfterMs: 60_000 });
    await send('ledelse');
    await drain(dispatcher);
    assert.equal(notifier.sendt.length, 0);
    notifier.svar.delete(DEMO.kommunalsjef);
    ktx.settTid('2026-11-23T09:00:30Z');
    await drain(dispatcher);
    assert.equal(notifier.sendt.length, 0, 'not before Retry-After');
    ktx.settTid('2026-11-23T09:01:01Z');
    await drain(dispatcher);
    assert.deepEqual(notifier.sendt.map((s) => s.til), [DEMO.kommunalsjef]);
    await drain(dispatcher);
    assert.equal(notifier.sendt.length, 1);
  });

  it('stops waiting for a receiver Teams keeps failing for, and gives the varsel to the next in line', async () => {
    notifier.svar.set(DEMO.rektor, { ok: false, reason: 'failed', detail: 'http 502' });
    const sakId = await send('ansatt');
    const start = ktx.naa().getTime();
    for (let minutt = 0; minutt <= 30 && !notifier.sendt.some((s) => s.til === DEMO.inspektor); minutt++) {
      ktx.settTid(new Date(start + minutt * 60_000).toISOString());
      await drain(dispatcher);
    }
    assert.ok(notifier.sendt.some((s) => s.til === DEMO.inspektor), 'the inspektør got it within half an hour');
    const sak = await visSak(ktx, aktor(DEMO.inspektor), sakId);
    assert.ok(sak.ok);
    assert.equal(sak.verdi.leveringer.find((l) => l.navn === 'Hanne Solberg')?.status, 'uoppnaelig');
    const item = (await ktx.store.getByKey<{ outbox: { dead?: unknown }[] }>('saker', `sak:${sakId}`))!;
    assert.ok(item.data.outbox.every((e) => !e.dead), 'nothing left to die in the outbox');
  });

  it('updates every copy of the card after an action in the tab, the actor’s own and the reporter’s receipt included', async () => {
    const sakId = await send('nei');
    await drain(dispatcher);
    await utforHandling(ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot', via: 'fane' });
    await drain(dispatcher);
    assert.deepEqual(notifier.oppdatert.map((o) => o.til).sort(), [DEMO.rektor, DEMO.laerer, DEMO.inspektor, DEMO.sosiallaerer].sort());
    const kvittering = notifier.oppdatert.find((o) => o.til === DEMO.laerer)!;
    assert.equal(kvittering.activityId, 'kvittering');
    assert.equal(kvittering.visning.innsyn, 'varsler');
    assert.equal(kvittering.visning.statusTekst, 'Mottatt');
  });
});

describe('acting on a case at the same time', () => {
  let ktx: TestKontekst;
  beforeEach(async () => (ktx = await lagTestKontekst()));
  afterEach(async () => ktx.rydd());

  it('stores exactly one decision when two receivers act on the same card version', async () => {
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 's1' });
    assert.ok(sendt.ok);
    const sakId = sendt.verdi.id;
    const versjon = await visSak(ktx, aktor(DEMO.rektor), sakId);
    assert.ok(versjon.ok);
    const [a, b] = await Promise.all([
      utforHandling(ktx, aktor(DEMO.rektor), { sakId, handling: 'ta_imot', versjon: versjon.verdi.versjon }),
      utforHandling(ktx, aktor(DEMO.inspektor), { sakId, handling: 'tildel', versjon: versjon.verdi.versjon, verdier: { saksansvarlig: DEMO.laerer3 } }),
    ]);
    assert.equal([a, b].filter((r) => r.ok).length, 1);
    const taper = [a, b].find((r) => !r.ok)!;
    assert.equal(!taper.ok && taper.feil.kode, 'konflikt');
    const sak = await visSak(ktx, aktor(DEMO.rektor), sakId);
    assert.ok(sak.ok);
    assert.equal(sak.verdi.historikk.length, 2, 'sendt + one decision');
  });

  it('treats a retried invoke of an action that went through as success, storing it once', async () => {
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 's2' });
    assert.ok(sendt.ok);
    const forste = await visSak(ktx, aktor(DEMO.rektor), sendt.verdi.id);
    assert.ok(forste.ok);
    const f = { sakId: sendt.verdi.id, handling: 'ta_imot', versjon: forste.verdi.versjon };
    assert.ok((await utforHandling(ktx, aktor(DEMO.rektor), f)).ok);
    const igjen = await utforHandling(ktx, aktor(DEMO.rektor), f);
    assert.ok(igjen.ok);
    assert.equal(igjen.verdi.historikk.filter((h) => h.hendelse === 'ta_imot').length, 1);
  });

  it('stores one varsel when the same form is submitted twice, even at the same moment', async () => {
    const [a, b] = await Promise.all([
      submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 'dobbel' }),
      submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: 'dobbel' }),
    ]);
    assert.ok(a.ok && b.ok);
    assert.equal(a.verdi.id, b.verdi.id);
    let antall = 0;
    for await (const _ of ktx.store.query('saker', { where: [{ column: 'VarsletAv', op: 'eq', value: DEMO.laerer }] })) antall++;
    assert.equal(antall, 1);
  });

  it('refuses a bad form with every problem named and stores nothing', async () => {
    const r = await submitVarsel(ktx, aktor(DEMO.laerer), { skoleId: 'finnes-ikke', elevNavn: '', beskrivelse: 'x'.repeat(5000) }, { skjemaId: 's3' });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.feil.kode === 'ugyldig');
    assert.deepEqual(Object.keys(!r.ok && r.feil.kode === 'ugyldig' ? r.feil.felt : {}).sort(), ['beskrivelse', 'elevNavn', 'kommerFra']);
    let antall = 0;
    for await (const _ of ktx.store.query('saker', { where: [{ column: 'VarsletAv', op: 'eq', value: DEMO.laerer }] })) antall++;
    assert.equal(antall, 0);
  });

  it('refuses someone from another tenant', async () => {
    const annenTenant = await submitVarsel(ktx, { oid: DEMO.laerer, tenantId: '11111111-1111-4111-8111-111111111111' }, varselSkjema(), { skjemaId: 's5' });
    assert.equal(!annenTenant.ok && annenTenant.feil.kode, 'ukjent_person');
  });
});
