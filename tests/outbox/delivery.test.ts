/**
 * The delivery path (issue 14), as a receiver and the store see it: the card of a varsel reaches
 * its first receiver within two Graph requests of the submit and the whole outbox drains in five,
 * on the SharePoint adapter against the Graph stand-in; a kick never waits behind a timer pass; the
 * cards of one varsel go out at once; a timer pass with nothing pending asks Graph nothing; and a
 * restarted process sends at once what its crashed run had claimed. Requests are counted (they are
 * behaviour); no timing is asserted.
 */
import { strict as assert } from 'node:assert';
import { osloDato } from '../../src/domain/frister';
import { randomUUID } from 'node:crypto';
import { lagKontekst, type AppKontekst } from '../../src/app/kontekst';
import { lagDeliveryHandler } from '../../src/app/delivery';
import type { Anledning, NotifyResult } from '../../src/app/notifier';
import type { SakView } from '../../src/app/sakView';
import { utforHandling } from '../../src/app/sakHandlinger';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { submitVarsel } from '../../src/app/submitVarsel';
import { createLogger } from '../../src/logging';
import { OrgRegister } from '../../src/org/register';
import { OutboxDispatcher } from '../../src/outbox/dispatcher';
import { OutboxRunner } from '../../src/outbox/runner';
import type { Envelope } from '../../src/store/envelope';
import type { Store } from '../../src/store/port';
import { DEMO, aktor, demoOrg, varselSkjema } from '../support/appKontekst';
import { startHarness, type Harness } from '../support/graph/harness';
import { OpptakendeNotifier } from '../support/opptakendeNotifier';

/** Records each card with the Graph requests made until then, and can hold a person's cards back. */
class MaalendeNotifier extends OpptakendeNotifier {
  vedKort: (() => void) | undefined;
  underveis = 0;
  flestSamtidig = 0;
  readonly holdt = new Map<string, Promise<void>>();

  override async sendSak(til: string, view: SakView, anledning: Anledning, message?: string): Promise<NotifyResult> {
    this.underveis++;
    this.flestSamtidig = Math.max(this.flestSamtidig, this.underveis);
    try {
      // A turn of the event loop, as a real send takes: cards sent at once overlap here.
      await new Promise((r) => setImmediate(r));
      await this.holdt.get(til);
      const svar = await super.sendSak(til, view, anledning, message);
      this.vedKort?.();
      return svar;
    } finally {
      this.underveis--;
    }
  }
}

describe('the delivery path on SharePoint (Graph stand-in)', function () {
  this.timeout(60_000); // a bound for a hung run, not a speed check
  let h: Harness;
  let store: Store;
  let ktx: AppKontekst;
  let notifier: MaalendeNotifier;
  let dispatcher: OutboxDispatcher;
  let runner: OutboxRunner;

  before(async () => (h = await startHarness()));
  after(async () => h?.close());

  const prosess = async (run = randomUUID()) => {
    const log = createLogger('silent');
    const { register } = await OrgRegister.aapne(store, { frø: () => demoOrg(), naa: new Date() });
    const kjoring: { runner?: OutboxRunner } = {};
    ktx = lagKontekst({ store, register, naa: () => new Date(), nyId: randomUUID, log, startLevering: (s) => kjoring.runner?.kickSoon(s) });
    notifier = new MaalendeNotifier();
    dispatcher = new OutboxDispatcher({ store, handlers: { saker: lagDeliveryHandler(ktx, notifier) }, log, claimant: { instance: 'app-1', run } });
    runner = new OutboxRunner(dispatcher, log, 3_600_000);
    kjoring.runner = runner;
  };

  beforeEach(async () => {
    ({ store } = await h.warmStore());
    await prosess();
  });
  afterEach(async () => {
    await runner.stop();
    await store.close();
  });

  const send = async (kommerFra: string) => {
    const r = await submitVarsel(ktx, aktor(DEMO.vaktmester), varselSkjema({ kommerFra }), { skjemaId: randomUUID(), kopi: { conversationId: 'c-varsler', activityId: 'kvittering' } });
    assert.ok(r.ok);
    return r.verdi.id;
  };

  const pending = async () => {
    let n = 0;
    for await (const item of store.query<Envelope<unknown>>('saker', { where: [{ column: 'Ventende', op: 'gt', value: 0 }] })) n += item.data.outbox.length + item.data.audit.length;
    return n;
  };

  // A §12-5 varsel takes one round more: rektor's card, sent while skoleeier's notice was on its way,
  // is updated once skoleeier is told (a claim and an outcome write).
  for (const [hva, kommerFra, mottakere, tomIgjen] of [
    ['an ordinary varsel', 'nei', [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer], 5],
    ['a §12-5 varsel', 'ansatt', [DEMO.rektor, DEMO.kommunalsjef], 7],
    ['a varsel about the leadership', 'ledelse', [DEMO.kommunalsjef], 5],
  ] as const) {
    it(`gets ${hva} to its first receiver within 2 Graph requests of the submit, and drains in ${tomIgjen}`, async () => {
      // A running process: its audit chain head is known from an earlier delivery.
      await send('nei');
      await runner.idle();
      notifier.sendt = [];
      h.standIn.requests.reset();
      let forste: number | undefined;
      notifier.vedKort = () => (forste ??= h.standIn.requests.count());

      await send(kommerFra);
      const submit = h.standIn.requests.count();
      await runner.idle();
      const alt = h.standIn.requests.count();

      assert.deepEqual(notifier.sendt.map((s) => s.til).sort(), [...mottakere].sort());
      assert.equal(submit, 1, 'the submit is one write');
      assert.ok(forste !== undefined && forste - submit <= 2, `requests to the first card after the submit: ${forste! - submit}`);
      assert.ok(alt - submit <= tomIgjen, `requests to drain: ${alt - submit} (${JSON.stringify(h.standIn.requests.byRoute())})`);
      assert.equal(await pending(), 0, 'every card recorded and the audit in the chain');
    });
  }

  it('sends the cards of one varsel at once', async () => {
    await send('nei');
    await runner.idle();
    assert.equal(notifier.sendt.length, 3);
    assert.equal(notifier.flestSamtidig, 3);
  });

  it('delivers a kicked varsel while a timer pass is still busy with another', async () => {
    let slipp!: () => void;
    notifier.holdt.set(DEMO.rektor, new Promise<void>((r) => (slipp = r)));
    // The first varsel is left for the timer: its pass hangs on rektor's card.
    const ktxUtenKick = { ...ktx, startLevering: () => undefined };
    const r = await submitVarsel(ktxUtenKick as AppKontekst, aktor(DEMO.vaktmester), varselSkjema(), { skjemaId: randomUUID() });
    assert.ok(r.ok);
    const pass = dispatcher.runOnce({ idle: true });
    while (notifier.underveis === 0) await new Promise((res) => setImmediate(res));

    await send('ledelse');
    while (!notifier.sendt.some((s) => s.til === DEMO.kommunalsjef)) await new Promise((res) => setImmediate(res));
    assert.ok(!notifier.sendt.some((s) => s.til === DEMO.rektor), 'the pass is still waiting for rektor');
    slipp();
    assert.equal((await pass).delivered, 3);
    await runner.idle();
  });

  it('asks Graph nothing on a timer pass when nothing is pending', async () => {
    await send('nei');
    await runner.idle();
    await dispatcher.runOnce({ idle: true }); // the first since the start looks at every list
    h.standIn.requests.reset();
    assert.deepEqual(await dispatcher.runOnce({ idle: true }), { delivered: 0, projected: 0, retried: 0 });
    assert.equal(h.standIn.requests.count(), 0);

    // Work left for later is looked for: a card Teams throttled stays pending, and the next pass queries.
    notifier.svar.set(DEMO.kommunalsjef, { ok: false, reason: 'throttled', retryAfterMs: 60_000 });
    await send('ledelse');
    await runner.idle();
    h.standIn.requests.reset();
    await dispatcher.runOnce({ idle: true });
    assert.ok(h.standIn.requests.count('GET items') >= 1);
  });

  it('puts a log entry’s audit in the chain from the kick, with no query for pending work', async () => {
    const sakId = await send('nei');
    for (const handling of ['ta_imot', 'start_undersokelse'] as const) assert.ok((await utforHandling(ktx, aktor(DEMO.rektor), { sakId, handling })).ok);
    await runner.idle();

    const r = await leggTilLoggforing(ktx, aktor(DEMO.rektor), sakId, { type: 'observasjon', dato: osloDato(ktx.naa()), deltakere: '', tekst: 'Observert i storefri.' });
    assert.ok(r.ok);
    h.standIn.requests.reset(); // the kick runs after the use case has returned
    await runner.idle();

    assert.equal(h.standIn.requests.count('GET items'), 0, JSON.stringify(h.standIn.requests.byRoute()));
    let ventende = 0;
    for await (const item of store.query<Envelope<unknown>>('sakslogg', { where: [{ column: 'Ventende', op: 'gt', value: 0 }] })) ventende += item.data.audit.length;
    assert.equal(ventende, 0, 'the entry’s audit is in the chain');
  });

  it('sends at once, after a restart, what the crashed run had claimed', async () => {
    notifier.holdt.set(DEMO.kommunalsjef, new Promise<void>(() => undefined)); // the process dies in the send
    await send('ledelse');
    while (notifier.underveis === 0) await new Promise((res) => setImmediate(res));
    const claimed = (await store.query<Envelope<unknown>>('saker', { where: [{ column: 'Ventende', op: 'gt', value: 0 }] })[Symbol.asyncIterator]().next()).value!;
    assert.equal(claimed.data.outbox[0]!.claimedBy?.instance, 'app-1');

    await prosess(); // the same instance, a new run; the lease (2 minutes) has not run out
    runner.start();
    await runner.idle();
    assert.deepEqual(notifier.sendt.map((s) => s.til), [DEMO.kommunalsjef]);
    assert.equal(await pending(), 0);
  });
});
