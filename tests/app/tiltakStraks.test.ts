/**
 * §12-5: tiltak run on working hours too (issue 18). From the moment the investigation starts until an
 * aktivitetsplan is in force, rektor is reminded after the municipality's working hours and the
 * kommunalsjef told after more; nights and days off never count. The real sweep and outbox on both
 * stores (SQLite, and SharePoint through the Graph stand-in), with a clock the test moves. Also on both
 * stores (issue 26): the kommunalsjef's «Be rektor følge opp», and reminder cards kept as tracked copies
 * that turn into what was done once the plan is activated.
 */
import { strict as assert } from 'node:assert';
import type { AppKontekst } from '../../src/app/kontekst';
import { lagDeliveryHandler } from '../../src/app/delivery';
import { lagPaaminnelseHandler } from '../../src/app/paaminnelser/delivery';
import { KjenteKrav, sweep } from '../../src/app/paaminnelser/sweep';
import { aktiverPlan } from '../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../src/app/plan/lagreUtkast';
import { utforHandling } from '../../src/app/sakHandlinger';
import { beRektorFolgeOpp } from '../../src/app/skoleeierSteg';
import { getSak } from '../../src/store/sakRepo';
import { OutboxDispatcher, drain } from '../../src/outbox/dispatcher';
import { DEMO, aktor, kontekstPaa } from '../support/appKontekst';
import { OpptakendeNotifier } from '../support/opptakendeNotifier';
import { fulltUtkast, sakUnderUndersokelse } from '../support/saksgang';
import { BOTH_STORES } from '../support/bothStores';

/** Oslo wall clock in winter (+01:00). */
const kl = (dato: string, klokka: string) => `${dato}T${klokka}:00+01:00`;


for (const storeName of BOTH_STORES) {
  describe(`§12-5 tiltak on working hours, on ${storeName.navn}`, function () {
    this.timeout(60_000);
    let ktx: AppKontekst;
    let rydd: () => Promise<void>;
    let naa = new Date(kl('2026-03-09', '10:00'));
    let notifier: OpptakendeNotifier;
    let dispatcher: OutboxDispatcher;

    beforeEach(async () => {
      const l = await storeName.aapne();
      rydd = l.rydd;
      ktx = await kontekstPaa(l.store, () => naa);
      notifier = new OpptakendeNotifier();
      dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, notifier), paminnelser: lagPaaminnelseHandler(ktx, notifier) }, now: () => naa });
    });
    afterEach(async () => rydd());

    /** Sweeps and delivers at `tid`: the reminder cards sent, as [to, notice]. */
    const sweepKl = async (tid: string) => {
      naa = new Date(tid);
      const for_ = notifier.sendt.length;
      await sweep(ktx, new KjenteKrav());
      await drain(dispatcher);
      return notifier.sendt.slice(for_).filter((s) => s.anledning === 'paminnelse').map((s) => [s.til, s.melding ?? ''] as const);
    };
    /** A §12-5 case whose investigation started Monday 09.03.2026 at 10:00. */
    const startet = async () => {
      naa = new Date(kl('2026-03-09', '10:00'));
      const sakId = await sakUnderUndersokelse(ktx, 'ansatt');
      await drain(dispatcher);
      return sakId;
    };
    const rektor = aktor(DEMO.rektor);

    it('reminds rektor after 8 working hours and tells the kommunalsjef after 16, never counting the night; stops when the plan is activated', async () => {
      const sakId = await startet();
      // Monday 10:00–16:30 is 6.5 working hours; the night is none; Tuesday 07:30 + 1.5 gives 09:00.
      assert.deepEqual(await sweepKl(kl('2026-03-09', '23:00')), [], 'the night is not working time');
      assert.deepEqual(await sweepKl(kl('2026-03-10', '08:59')), []);
      const tilRektor = await sweepKl(kl('2026-03-10', '09:00'));
      assert.deepEqual(tilRektor.map(([til]) => til), [DEMO.rektor]);
      assert.match(tilRektor[0]![1], /^Straks: saken gjelder en som jobber på skolen, og ingen aktivitetsplan er satt i verk 8 arbeidstimer etter at undersøkelsen ble startet/);
      assert.deepEqual(await sweepKl(kl('2026-03-10', '12:00')), [], 'once');

      // A draft is not a plan in force: the duty to put in tiltak still stands.
      assert.ok((await utforHandling(ktx, rektor, { sakId, handling: 'opprett_plan' })).ok);
      assert.ok((await lagreUtkast(ktx, rektor, sakId, fulltUtkast())).ok);
      await drain(dispatcher);
      // 6.5 + 9 (all of Tuesday) = 15.5; Wednesday 07:30 + 0.5 gives 08:00.
      assert.deepEqual(await sweepKl(kl('2026-03-11', '07:59')), []);
      const tilKommunalsjef = await sweepKl(kl('2026-03-11', '08:00'));
      assert.deepEqual(tilKommunalsjef.map(([til]) => til), [DEMO.kommunalsjef]);
      assert.match(tilKommunalsjef[0]![1], /^Til skoleeier: .*ikke satt i verk en aktivitetsplan 16 arbeidstimer etter at undersøkelsen ble startet/);

      // The kommunalsjef asks rektor from her card (issue 26): one card to rektor, one history line, however often asked.
      naa = new Date(kl('2026-03-11', '08:30'));
      const for_ = notifier.sendt.length;
      assert.ok((await beRektorFolgeOpp(ktx, aktor(DEMO.kommunalsjef), sakId)).ok);
      assert.ok((await beRektorFolgeOpp(ktx, aktor(DEMO.kommunalsjef), sakId)).ok);
      await drain(dispatcher);
      const bedt = notifier.sendt.slice(for_);
      assert.deepEqual(bedt.map((s) => s.til), [DEMO.rektor]);
      assert.match(bedt[0]!.melding ?? '', /Ingrid Haugland \(kommunalsjef, skoleeier\) ba deg 11\.03\.2026 kl\. 08:30 om å følge opp/);
      const stored = (await getSak(ktx.store, sakId))!.sak;
      assert.equal(stored.historikk.filter((h) => h.handling === 'be_om_oppfolging').length, 1);

      // Every reminder card rektor and the kommunalsjef hold is a tracked copy, stored on the case …
      const kopier = stored.leveringer.filter((l) => l.rolle === 'paminnelse');
      assert.deepEqual(kopier.map((l) => [l.oid, l.grunn?.type]).sort(), [[DEMO.kommunalsjef, 'tiltak_straks_kommunalsjef'], [DEMO.rektor, 'oppfolging'], [DEMO.rektor, 'tiltak_straks_rektor']].sort());

      naa = new Date(kl('2026-03-11', '09:00'));
      const a = await aktiverPlan(ktx, rektor, sakId);
      assert.ok(a.ok, JSON.stringify(a));
      await drain(dispatcher);
      // … and follows the case: activating the plan turns each reminder into what was done, by whom, when.
      for (const k of kopier.filter((l) => l.grunn?.type !== 'oppfolging')) {
        const siste = notifier.oppdatert.filter((o) => o.activityId === k.activityId).at(-1);
        assert.match(siste?.melding ?? '', /^Aktivitetsplanen er satt i verk av Hanne Solberg 11\.03\.2026 kl\. 09:00\. Påminnelsen gjelder ikke lenger\.$/, k.oid);
      }
      assert.deepEqual(await sweepKl(kl('2026-03-12', '10:00')), [], 'a plan in force ends the reminders');
    });

    it('counts from the investigation’s start across a weekend; an ordinary case has no tiltak clock', async () => {
      naa = new Date(kl('2026-03-13', '15:00')); // Friday
      const sakId = await sakUnderUndersokelse(ktx, 'ansatt');
      await drain(dispatcher);
      // Friday 15:00–16:30 is 1.5; the weekend is none; Monday 07:30 + 6.5 gives 14:00.
      assert.deepEqual(await sweepKl(kl('2026-03-16', '13:59')), []);
      assert.deepEqual((await sweepKl(kl('2026-03-16', '14:00'))).map(([til]) => til), [DEMO.rektor]);

      // An ordinary case under investigation just as long: nothing. The §12-5 case reaches the kommunalsjef, once.
      naa = new Date(kl('2026-03-16', '15:00'));
      const vanlig = await sakUnderUndersokelse(ktx, 'nei');
      await drain(dispatcher);
      const senere = await sweepKl(kl('2026-03-20', '15:00'));
      assert.deepEqual(senere.map(([til]) => til), [DEMO.kommunalsjef]);
      assert.deepEqual(notifier.sendt.filter((s) => s.anledning === 'paminnelse').map((s) => s.visning.id).sort(), [sakId, sakId], `never ${vanlig}`);
    });
  });
}
