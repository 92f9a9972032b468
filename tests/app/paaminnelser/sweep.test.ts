/**
 * Reminders and escalations as people get them: the real sweep, the real outbox dispatcher and
 * the SQLite store, with a clock the test moves (never waits for). The Notifier records the cards;
 * the bot tests drive the connector path.
 */
import { strict as assert } from 'node:assert';
import { lagDeliveryHandler } from '../../../src/app/delivery';
import { lagPaaminnelseHandler } from '../../../src/app/paaminnelser/delivery';
import { KjenteKrav, sweep } from '../../../src/app/paaminnelser/sweep';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { utforHandling } from '../../../src/app/sakHandlinger';
import type { Aktivitetsplan } from '../../../src/domain/aktivitetsplan';
import { OutboxDispatcher, drain } from '../../../src/outbox/dispatcher';
import type { Envelope } from '../../../src/store/envelope';
import { planKolonner } from '../../../src/store/planRepo';
import { withPending } from '../../../src/store/envelope';
import { OpptakendeNotifier } from '../../support/opptakendeNotifier';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../../support/appKontekst';

/** An Oslo wall-clock time in winter (+01:00) or summer (+02:00). */
const vinter = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+01:00`;
const sommer = (dato: string, klokka = '10:00') => `${dato}T${klokka}:00+02:00`;

describe('reminders and escalations', () => {
  let ktx: TestKontekst;
  let notifier: OpptakendeNotifier;
  let dispatcher: OutboxDispatcher;

  beforeEach(async () => {
    ktx = await lagTestKontekst();
    notifier = new OpptakendeNotifier();
    dispatcher = new OutboxDispatcher({
      store: ktx.store,
      handlers: { saker: lagDeliveryHandler(ktx, notifier), paminnelser: lagPaaminnelseHandler(ktx, notifier) },
      now: ktx.naa,
    });
  });
  afterEach(async () => ktx.rydd());

  /** Sweeps and delivers at `tid`; returns the reminder cards sent, as [to, notice]. */
  const sweepKl = async (tid: string, kjente = new KjenteKrav()) => {
    ktx.settTid(tid);
    const for_ = notifier.sendt.length;
    const forSkjema = notifier.paminnelser.length;
    await sweep(ktx, kjente);
    await drain(dispatcher);
    const saker = notifier.sendt.slice(for_).filter((s) => s.anledning === 'paminnelse').map((s) => [s.til, s.melding ?? ''] as const);
    // The evaluation owner's reminder is the evaluation's form; the bekreftelse round (its own tests) is left out here.
    const skjema = notifier.paminnelser.slice(forSkjema).flatMap((p) => (p.visning.type === 'evaluering' ? [[p.til, p.visning.melding] as const] : []));
    return [...saker, ...skjema];
  };
  const mottakere = (card: readonly (readonly [string, string])[]) => card.map(([til]) => til).sort();

  const sendVarsel = async (tid: string, kommerFra = 'nei') => {
    ktx.settTid(tid);
    const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra }), { skjemaId: ktx.nyId(), kopi: { conversationId: 'c', activityId: 'k' } });
    assert.ok(r.ok);
    await drain(dispatcher);
    return r.verdi.id;
  };
  const handling = async (oid: string, sakId: string, h: string, verdier?: Record<string, unknown>) => {
    const r = await utforHandling(ktx, aktor(oid), { sakId, handling: h, ...(verdier ? { verdier } : {}) });
    assert.ok(r.ok, JSON.stringify(r));
    await drain(dispatcher);
  };

  describe('a varsel nobody has received', () => {
    it('goes to its receivers again after one working day, and to the kommunalsjef after two, once each', async () => {
      const sakId = await sendVarsel(vinter('2026-03-09', '10:00'));
      assert.deepEqual(await sweepKl(vinter('2026-03-10', '09:59')), []);
      const igjen = await sweepKl(vinter('2026-03-10', '10:00'));
      assert.deepEqual(mottakere(igjen), [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer].sort());
      assert.match(igjen[0]![1], /ikke tatt imot/);
      assert.deepEqual(await sweepKl(vinter('2026-03-10', '14:00')), [], 'not twice');
      const kommunalsjef = await sweepKl(vinter('2026-03-11', '10:00'));
      assert.deepEqual(kommunalsjef.map(([til, m]) => [til, /skoleeier/.test(m)]), [[DEMO.kommunalsjef, true]]);
      assert.equal(notifier.sendt.at(-1)!.visning.id, sakId);
      assert.deepEqual(await sweepKl(vinter('2026-03-12', '10:00')), []);
    });

    it('waits over the weekend and for working hours', async () => {
      await sendVarsel(vinter('2026-03-13', '16:25')); // Friday afternoon
      assert.deepEqual(await sweepKl(vinter('2026-03-14', '16:25')), [], 'Saturday');
      assert.deepEqual(await sweepKl(vinter('2026-03-16', '16:24')), [], 'Monday before the frist');
      assert.deepEqual(await sweepKl(vinter('2026-03-16', '16:30')), [], 'after working hours');
      assert.equal((await sweepKl(vinter('2026-03-17', '07:30'))).length, 3, 'next morning');
    });

    it('marked «straks» (§12-5) escalates by the hour, at night and on Sundays', async () => {
      await sendVarsel(vinter('2026-03-14', '22:00'), 'ansatt');
      assert.deepEqual(await sweepKl(vinter('2026-03-14', '22:59')), []);
      const igjen = await sweepKl(vinter('2026-03-14', '23:00'));
      assert.deepEqual(igjen.map(([til, m]) => [til, /straks/.test(m)]), [[DEMO.rektor, true]]);
      assert.deepEqual(mottakere(await sweepKl(vinter('2026-03-15', '00:00'))), [DEMO.kommunalsjef]);
    });

    it('stops once the varsel is received, and a reminder queued before that is not sent', async () => {
      const sakId = await sendVarsel(vinter('2026-03-09', '10:00'));
      ktx.settTid(vinter('2026-03-10', '10:00'));
      await sweep(ktx, new KjenteKrav());
      await handling(DEMO.rektor, sakId, 'ta_imot'); // before the outbox delivered the reminder
      assert.deepEqual(notifier.sendt.filter((s) => s.anledning === 'paminnelse'), []);
      assert.deepEqual(await sweepKl(vinter('2026-03-11', '10:00')), []);
    });

    it('about the school’s leadership reminds only the kommunalsjef, who is its receiver, once', async () => {
      await sendVarsel(vinter('2026-03-09', '10:00'), 'ledelse');
      assert.deepEqual(mottakere(await sweepKl(vinter('2026-03-09', '12:00'))), [DEMO.kommunalsjef]);
      assert.deepEqual(await sweepKl(vinter('2026-03-11', '12:00')), []);
      assert.ok(notifier.sendt.every((s) => s.til === DEMO.kommunalsjef));
    });
  });

  describe('an investigation not started', () => {
    it('reminds the saksansvarlig and rektor five working days after receipt, once, and not after it starts', async () => {
      const sakId = await sendVarsel(vinter('2026-03-09', '09:00'));
      ktx.settTid(vinter('2026-03-09', '10:00'));
      await handling(DEMO.rektor, sakId, 'tildel', { saksansvarlig: DEMO.laerer2 });
      assert.deepEqual(await sweepKl(vinter('2026-03-16', '09:59')), []);
      const card = await sweepKl(vinter('2026-03-16', '10:00'));
      assert.deepEqual(mottakere(card), [DEMO.rektor, DEMO.laerer2].sort());
      assert.match(card[0]![1], /undersøkelsen er ikke startet 5 virkedager/);
      assert.deepEqual(await sweepKl(vinter('2026-03-17', '10:00')), []);
    });

    it('in a §12-5 case runs on working hours: rektor after 4, the kommunalsjef after 8, never counting the night', async () => {
      const sakId = await sendVarsel(vinter('2026-03-09', '08:00'), 'ansatt');
      ktx.settTid(vinter('2026-03-09', '09:00'));
      await handling(DEMO.rektor, sakId, 'ta_imot', { saksansvarlig: DEMO.laerer2 });
      assert.deepEqual(await sweepKl(vinter('2026-03-09', '12:59')), []);
      const rektor = await sweepKl(vinter('2026-03-09', '13:00'));
      assert.deepEqual(rektor.map(([til]) => til), [DEMO.rektor]);
      assert.match(rektor[0]![1], /Straks: saken gjelder en som jobber på skolen, og undersøkelsen er ikke startet 4 arbeidstimer etter/);
      assert.deepEqual(await sweepKl(vinter('2026-03-09', '23:00')), [], 'the night is not working time');
      const kommunalsjef = await sweepKl(vinter('2026-03-10', '08:00'));
      assert.deepEqual(kommunalsjef.map(([til]) => til), [DEMO.kommunalsjef]);
      assert.match(kommunalsjef[0]![1], /Til skoleeier: .* 8 arbeidstimer/);
      const dagen = await sweepKl(vinter('2026-03-10', '09:00'));
      assert.deepEqual(mottakere(dagen), [DEMO.rektor, DEMO.laerer2].sort());
      assert.match(dagen[0]![1], /skulle vært startet innen 1 virkedag/);
      await handling(DEMO.rektor, sakId, 'start_undersokelse');
      // The investigation's reminders stop; from its start, tiltak run on hours (tests/app/tiltakStraks.test.ts).
      assert.deepEqual(await sweepKl(vinter('2026-03-11', '07:59')), []);
      const tiltak = await sweepKl(vinter('2026-03-11', '09:00'));
      assert.deepEqual(tiltak.map(([til, m]) => [til, /ingen aktivitetsplan er satt i verk 8 arbeidstimer/.test(m)]), [[DEMO.rektor, true]]);
    });

    it('does not remind once the investigation has started', async () => {
      const sakId = await sendVarsel(vinter('2026-03-09', '09:00'));
      await handling(DEMO.rektor, sakId, 'ta_imot');
      await handling(DEMO.rektor, sakId, 'start_undersokelse');
      assert.deepEqual(await sweepKl(vinter('2026-03-20', '10:00')), []);
    });
  });

  describe('an evaluation date', () => {
    /** A case with an active plan owned by laerer2, evaluated on `dato`. */
    const medPlan = async (dato: string, kommerFra = 'nei') => {
      const sakId = await sendVarsel(vinter('2026-02-02', '09:00'), kommerFra);
      const behandler = kommerFra === 'ledelse' ? DEMO.kommunalsjef : DEMO.rektor;
      const ansvarlig = kommerFra === 'ledelse' ? DEMO.kommunalsjef : DEMO.laerer2;
      await handling(behandler, sakId, 'tildel', { saksansvarlig: ansvarlig });
      await handling(behandler, sakId, 'start_undersokelse');
      await handling(behandler, sakId, 'opprett_plan');
      await settPlan(sakId, (p) => ({ ...p, status: 'aktiv', nesteEvaluering: dato }));
      return sakId;
    };
    /**
     * Writes the plan as issue 10's plan use cases will (activate it, record an evaluation): the
     * reminders only read the plan's status and next evaluation date.
     */
    const settPlan = async (planId: string, endre: (p: Aktivitetsplan) => Aktivitetsplan) => {
      const item = (await ktx.store.getByKey<Envelope<Aktivitetsplan>>('aktivitetsplaner', `plan:${planId}`))!;
      const env = { ...item.data, value: endre(item.data.value) };
      await ktx.store.update('aktivitetsplaner', { id: item.id, version: item.version, columns: withPending(planKolonner(env.value), env), data: env });
    };

    it('reminds the owner three working days before, on the day, and each working day overdue; rektor at five', async () => {
      await medPlan('2026-03-10');
      assert.deepEqual(await sweepKl(vinter('2026-03-04', '08:00')), []);
      const snart = await sweepKl(vinter('2026-03-05', '08:00'));
      assert.deepEqual(snart, [[DEMO.laerer2, 'Påminnelse: aktivitetsplanen i denne saken skal evalueres 10.03.2026.']]);
      assert.deepEqual(await sweepKl(vinter('2026-03-06', '08:00')), [], 'three days before is one reminder');
      assert.deepEqual(mottakere(await sweepKl(vinter('2026-03-10', '08:00'))), [DEMO.laerer2]);
      for (const dag of ['2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16']) {
        assert.deepEqual(mottakere(await sweepKl(vinter(dag, '08:00'))), [DEMO.laerer2], dag);
        assert.deepEqual(await sweepKl(vinter(dag, '15:00')), [], `${dag}: once a day`);
      }
      assert.deepEqual(await sweepKl(vinter('2026-03-14', '08:00')), [], 'Saturday');
      const femte = await sweepKl(vinter('2026-03-17', '08:00'));
      assert.deepEqual(mottakere(femte), [DEMO.rektor, DEMO.laerer2].sort());
      assert.match(femte.find(([til]) => til === DEMO.rektor)![1], /5 virkedager forsinket/);
      assert.deepEqual(mottakere(await sweepKl(vinter('2026-03-18', '08:00'))), [DEMO.laerer2], 'rektor once');
    });

    it('is quiet in påske, on 17. mai and in jul', async () => {
      const sakId = await medPlan('2026-04-01');
      for (const fri of ['2026-04-02', '2026-04-03', '2026-04-06']) assert.deepEqual(await sweepKl(sommer(fri, '09:00')), [], fri);
      assert.deepEqual(mottakere(await sweepKl(sommer('2026-04-07', '09:00'))), [DEMO.laerer2]);
      await settPlan(sakId, (p) => ({ ...p, nesteEvaluering: '2027-05-14' }));
      assert.deepEqual(await sweepKl(sommer('2027-05-17', '09:00')), [], '17. mai');
      assert.deepEqual(mottakere(await sweepKl(sommer('2027-05-18', '09:00'))), [DEMO.laerer2]);
      await settPlan(sakId, (p) => ({ ...p, nesteEvaluering: '2026-12-23' }));
      for (const fri of ['2026-12-25', '2026-12-26']) assert.deepEqual(await sweepKl(vinter(fri, '09:00')), [], fri);
      assert.deepEqual(mottakere(await sweepKl(vinter('2026-12-28', '09:00'))), [DEMO.laerer2]);
    });

    it('stops once the evaluation is recorded with a new date, and when the plan is closed', async () => {
      const sakId = await medPlan('2026-03-10');
      assert.equal((await sweepKl(vinter('2026-03-11', '08:00'))).length, 1);
      await settPlan(sakId, (p) => ({ ...p, nesteEvaluering: '2026-04-21' }));
      assert.deepEqual(await sweepKl(vinter('2026-03-12', '08:00')), []);
      await settPlan(sakId, (p) => ({ ...p, status: 'avsluttet' }));
      assert.deepEqual(await sweepKl(vinter('2026-04-22', '08:00')), []);
    });

    it('of a case about the leadership tells the kommunalsjef, never rektor', async () => {
      await medPlan('2026-03-10', 'ledelse');
      for (const dag of ['2026-03-05', '2026-03-10', '2026-03-17']) {
        for (const [til] of await sweepKl(vinter(dag, '08:00'))) assert.equal(til, DEMO.kommunalsjef, dag);
      }
      assert.ok(!notifier.sendt.some((s) => [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer].includes(s.til as never)));
    });
  });

  describe('claimed once', () => {
    it('two sweeps at the same moment send each reminder once', async () => {
      await sendVarsel(vinter('2026-03-09', '10:00'));
      ktx.settTid(vinter('2026-03-10', '10:00'));
      const [a, b] = await Promise.all([sweep(ktx, new KjenteKrav()), sweep(ktx, new KjenteKrav())]);
      assert.equal(a.sendt + b.sendt, 1);
      await drain(dispatcher);
      assert.equal(notifier.sendt.filter((s) => s.anledning === 'paminnelse').length, 3);
    });

    it('a restarted process (a fresh memory) does not send again', async () => {
      await sendVarsel(vinter('2026-03-09', '10:00'));
      assert.equal((await sweepKl(vinter('2026-03-10', '10:00'))).length, 3);
      ktx.settTid(vinter('2026-03-11', '09:00'));
      const r = await sweep(ktx, new KjenteKrav());
      assert.deepEqual([r.sendt, r.alleredeSendt], [0, 1]);
    });
  });
});
