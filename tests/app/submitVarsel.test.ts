/**
 * The routing edge cases by law, through the use cases on a real store with delivery running:
 * «vet ikke», classification on receipt, reclassification each way (with the leadership screen
 * after a move to kommunalsjef), no kommunalsjef registered, and «Meld til skoleeier».
 */
import { strict as assert } from 'node:assert';
import { lagDeliveryHandler } from '../../src/app/delivery';
import { utforHandling, visSak } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { OutboxDispatcher, drain } from '../../src/outbox/dispatcher';
import { getSak } from '../../src/store/sakRepo';
import { OpptakendeNotifier } from '../support/opptakendeNotifier';
import { DEMO, aktor, endreKommune, lagTestKontekst, varselSkjema, type TestKontekst } from '../support/appKontekst';
import { ord, ordPerFelt } from '../../src/i18n/avslag';

const BEGRUNNELSE = 'Eleven sa i samtalen hvem det gjelder.';

describe('routing edge cases', () => {
  let ktx: TestKontekst;
  let teams: OpptakendeNotifier;
  let dispatcher: OutboxDispatcher;
  beforeEach(async () => {
    ktx = await lagTestKontekst();
    teams = new OpptakendeNotifier();
    dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, teams) }, now: ktx.naa });
  });
  afterEach(async () => ktx.rydd());

  const send = async (kommerFra: string, fra: string = DEMO.vaktmester) => {
    const r = await submitVarsel(ktx, aktor(fra), varselSkjema({ kommerFra }), { skjemaId: ktx.nyId() });
    assert.ok(r.ok, JSON.stringify(r));
    await drain(dispatcher);
    return r.verdi.id;
  };
  const gjor = async (hvem: string, sakId: string, handling: string, verdier: Record<string, unknown> = {}) => {
    const r = await utforHandling(ktx, aktor(hvem), { sakId, handling, verdier });
    await drain(dispatcher);
    return r;
  };
  const kanSe = async (hvem: string, sakId: string) => (await visSak(ktx, aktor(hvem), sakId)).ok;

  describe('«vet ikke»', () => {
    it('goes to rektor only; the sosiallærer delegate never gets it or sees it', async () => {
      const sakId = await send('vet_ikke');
      assert.deepEqual(teams.sendt.map((s) => s.til), [DEMO.rektor]);
      assert.equal(await kanSe(DEMO.sosiallaerer, sakId), false);
      const v = await visSak(ktx, aktor(DEMO.rektor), sakId);
      assert.ok(v.ok);
      assert.equal(v.verdi.maaKlassifiseres, true);
      assert.equal(v.verdi.straks, true, 'handled as straks until classified');
      assert.deepEqual(v.verdi.klassifiseringValg, ['nei', 'ansatt', 'ledelse']);
    });

    it('passes to a leader among the receivers when rektor cannot be reached, never to the sosiallærer', async () => {
      teams.svar.set(DEMO.rektor, { ok: false, reason: 'unreachable' });
      await send('vet_ikke');
      assert.deepEqual(teams.sendt.map((s) => s.til), [DEMO.inspektor]);
    });

    it('is received only with rektor’s classification, which is kept in the history', async () => {
      const sakId = await send('vet_ikke');
      const uten = await gjor(DEMO.rektor, sakId, 'ta_imot');
      assert.equal(!uten.ok && uten.feil.kode, 'ulovlig_overgang');
      assert.deepEqual(!uten.ok && 'felt' in uten.feil && uten.feil.felt && ordPerFelt(uten.feil.felt), { klassifisering: 'Velg hvem som krenker eleven, etter din vurdering.' });
      assert.ok((await gjor(DEMO.rektor, sakId, 'ta_imot', { klassifisering: 'nei', begrunnelse: 'Samtalen viste at det gjelder andre elever.' })).ok);
      const sak = (await getSak(ktx.store, sakId))!.sak;
      assert.equal(sak.ruting.kanal, 'skole');
      assert.equal(sak.historikk.at(-1)?.klassifisering, 'nei');
      assert.equal(await kanSe(DEMO.sosiallaerer, sakId), true, 'classified «nei»: the school’s receivers may work it');
    });

    it('classified «ansatt» on receipt: straks, and skoleeier is told', async () => {
      const sakId = await send('vet_ikke');
      assert.ok((await gjor(DEMO.rektor, sakId, 'ta_imot', { klassifisering: 'ansatt' })).ok);
      const informert = teams.sendt.filter((s) => s.til === DEMO.kommunalsjef);
      assert.deepEqual(informert.map((s) => s.anledning), ['informert']);
      const v = await visSak(ktx, aktor(DEMO.rektor), sakId);
      assert.ok(v.ok);
      assert.equal(v.verdi.straks, true);
      assert.deepEqual(v.verdi.skoleeier, { hvorfor: 'paragraf12_5', status: 'varslet' });
    });
  });

  describe('reclassification after receipt', () => {
    it('to «ansatt»: §12-5 from then on, skoleeier told, the reason in the history, delegates outside the leadership lose the case', async () => {
      const sakId = await send('nei');
      assert.ok((await gjor(DEMO.sosiallaerer, sakId, 'ta_imot')).ok);
      const sosialKopi = teams.sendt.find((s) => s.til === DEMO.sosiallaerer)!;
      const r = await gjor(DEMO.rektor, sakId, 'omklassifiser', { klassifisering: 'ansatt', begrunnelse: BEGRUNNELSE });
      assert.ok(r.ok, JSON.stringify(r));
      const sak = (await getSak(ktx.store, sakId))!.sak;
      assert.equal(sak.ruting.kanal, 'rektor');
      assert.equal(sak.ruting.straks, true);
      assert.deepEqual(sak.historikk.find((h) => h.handling === 'omklassifiser'), { nr: sak.historikk.find((h) => h.handling === 'omklassifiser')!.nr, handling: 'omklassifiser', av: DEMO.rektor, tid: sak.historikk.find((h) => h.handling === 'omklassifiser')!.tid, klassifisering: 'ansatt', begrunnelse: BEGRUNNELSE });
      assert.deepEqual(teams.sendt.filter((s) => s.til === DEMO.kommunalsjef).map((s) => s.anledning), ['informert']);
      assert.equal(await kanSe(DEMO.sosiallaerer, sakId), false);
      assert.deepEqual(teams.skjult.map((s) => s.activityId), [sosialKopi.activityId], 'the sosiallærer’s copy is blanked');
    });

    it('to «ledelse» is confirmed first: nothing changes before the confirmation', async () => {
      const sakId = await send('nei');
      await gjor(DEMO.rektor, sakId, 'ta_imot');
      const for_ = (await getSak(ktx.store, sakId))!.versjon;
      const r = await gjor(DEMO.rektor, sakId, 'omklassifiser', { klassifisering: 'ledelse', begrunnelse: BEGRUNNELSE });
      assert.equal(!r.ok && r.feil.kode, 'maa_bekreftes');
      assert.equal((await getSak(ktx.store, sakId))!.versjon, for_);
    });

    it('to «ledelse»: the case moves to kommunalsjef and is gone from the whole leadership, the mover included', async () => {
      const sakId = await send('nei');
      await gjor(DEMO.rektor, sakId, 'ta_imot', { saksansvarlig: DEMO.laerer3 });
      const oppdatertFor = teams.oppdatert.length;
      const r = await gjor(DEMO.inspektor, sakId, 'omklassifiser', { klassifisering: 'ledelse', begrunnelse: BEGRUNNELSE, bekreftet: true });
      assert.ok(r.ok);
      assert.equal(r.verdi.tilgangMistet, true, 'the mover is told the case left their sight');
      assert.deepEqual(r.verdi.historikk, [], 'and is shown nothing of how it is handled');

      // The leadership screen: nobody in the leadership or among the delegates sees it, in any read.
      for (const oid of [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]) {
        assert.equal(await kanSe(oid, sakId), false, oid);
        const handling = await utforHandling(ktx, aktor(oid), { sakId, handling: 'start_undersokelse' });
        assert.equal(!handling.ok && handling.feil.kode, 'ikke_funnet');
      }
      const sak = (await getSak(ktx.store, sakId))!.sak;
      assert.equal(sak.ruting.kanal, 'skoleeier');
      assert.equal(sak.saksansvarlig, undefined, 'a teacher at the school does not keep a case about the leadership');
      assert.deepEqual(teams.sendt.filter((s) => s.til === DEMO.kommunalsjef).map((s) => s.anledning), ['ny']);
      // The mover's clicked card got the response; every other copy at the school is blanked.
      const kopi = (oid: string) => teams.sendt.find((s) => s.til === oid)!.activityId;
      assert.deepEqual(teams.skjult.map((s) => s.activityId).sort(), [kopi(DEMO.rektor), kopi(DEMO.sosiallaerer), kopi(DEMO.laerer3)].sort());
      assert.deepEqual(teams.oppdatert.slice(oppdatertFor), [], 'nobody at the school gets the moved case');
      assert.equal(await kanSe(DEMO.kommunalsjef, sakId), true);
    });

    it('may be assigned to the municipality’s own case workers after the move, never to the school’s leadership', async () => {
      const sakId = await send('nei');
      await gjor(DEMO.rektor, sakId, 'ta_imot');
      await gjor(DEMO.rektor, sakId, 'omklassifiser', { klassifisering: 'ledelse', begrunnelse: BEGRUNNELSE, bekreftet: true });
      const v = await visSak(ktx, aktor(DEMO.kommunalsjef), sakId);
      assert.ok(v.ok);
      assert.deepEqual(v.verdi.saksansvarligValg.map((p) => p.oid).sort(), [DEMO.kommunalsjef, DEMO.innsatsteam, DEMO.kommunalsjefHelse].sort());
      assert.ok((await gjor(DEMO.kommunalsjef, sakId, 'tildel', { saksansvarlig: DEMO.innsatsteam })).ok);
      const innsats = await visSak(ktx, aktor(DEMO.innsatsteam), sakId);
      assert.ok(innsats.ok && innsats.verdi.innsyn === 'full');
      assert.deepEqual(innsats.verdi.handlinger, ['start_undersokelse']);
      for (const oid of [DEMO.rektor, DEMO.inspektor]) {
        const r = await gjor(DEMO.kommunalsjef, sakId, 'tildel', { saksansvarlig: oid });
        assert.equal(!r.ok && r.feil.kode, 'ugyldig');
      }
    });

    it('a leadership case cannot be moved back to the school', async () => {
      const sakId = await send('ledelse');
      await gjor(DEMO.kommunalsjef, sakId, 'ta_imot');
      const r = await gjor(DEMO.kommunalsjef, sakId, 'omklassifiser', { klassifisering: 'nei', begrunnelse: BEGRUNNELSE, bekreftet: true });
      assert.equal(!r.ok && r.feil.kode, 'ulovlig_overgang');
    });
  });

  describe('no kommunalsjef registered', () => {
    beforeEach(async () => endreKommune(ktx, (k) => ({ ...k, kommunalsjefer: [] })));

    it('a §12-5 case says skoleeier could NOT be told, and why, and the administrator is told', async () => {
      const sakId = await send('ansatt');
      const v = await visSak(ktx, aktor(DEMO.rektor), sakId);
      assert.ok(v.ok);
      assert.deepEqual(v.verdi.skoleeier, { hvorfor: 'paragraf12_5', status: 'ikke_varslet', grunn: 'ingen_kommunalsjef' });
      assert.ok(v.verdi.historikk.some((h) => h.hendelse === 'skoleeier_ikke_informert'));
      assert.ok(!v.verdi.historikk.some((h) => h.hendelse === 'skoleeier_informert'));
      assert.deepEqual(teams.admin, [{ til: DEMO.administrator, melding: 'ingen_kommunalsjef' }]);
    });

    it('reclassified to «ansatt»: the same, never a claim that skoleeier knows', async () => {
      const sakId = await send('nei');
      await gjor(DEMO.rektor, sakId, 'ta_imot');
      assert.ok((await gjor(DEMO.rektor, sakId, 'omklassifiser', { klassifisering: 'ansatt', begrunnelse: BEGRUNNELSE })).ok);
      const v = await visSak(ktx, aktor(DEMO.rektor), sakId);
      assert.ok(v.ok);
      assert.equal(v.verdi.skoleeier?.status, 'ikke_varslet');
      assert.deepEqual(teams.admin.map((a) => a.til), [DEMO.administrator]);
    });

    it('refuses «Meld til skoleeier» and a move to «ledelse» with the reason, and changes nothing', async () => {
      const sakId = await send('nei');
      await gjor(DEMO.rektor, sakId, 'ta_imot');
      const for_ = (await getSak(ktx.store, sakId))!.versjon;
      for (const [handling, verdier] of [
        ['meld_skoleeier', { begrunnelse: BEGRUNNELSE, bekreftet: true }],
        ['omklassifiser', { klassifisering: 'ledelse', begrunnelse: BEGRUNNELSE, bekreftet: true }],
      ] as const) {
        const r = await gjor(DEMO.rektor, sakId, handling, verdier);
        assert.equal(!r.ok && r.feil.kode, 'utilgjengelig', handling);
        assert.match(!r.ok ? ord(r.feil.melding) : '', /ingen kommunalsjef registrert/);
      }
      assert.equal((await getSak(ktx.store, sakId))!.versjon, for_);
    });
  });

  describe('«Meld til skoleeier»', () => {
    it('needs rektor’s reason, then a confirmation, then sends kommunalsjef its own card with that reason', async () => {
      const sakId = await send('nei');
      await gjor(DEMO.rektor, sakId, 'ta_imot');
      const utenGrunn = await gjor(DEMO.rektor, sakId, 'meld_skoleeier', { bekreftet: true });
      assert.equal(!utenGrunn.ok && utenGrunn.feil.kode, 'ulovlig_overgang');
      assert.deepEqual(!utenGrunn.ok && 'felt' in utenGrunn.feil && utenGrunn.feil.felt && ordPerFelt(utenGrunn.feil.felt), { begrunnelse: 'En begrunnelse må fylles ut.' });
      const ubekreftet = await gjor(DEMO.rektor, sakId, 'meld_skoleeier', { begrunnelse: 'Alvorlig vold over tid.' });
      assert.equal(!ubekreftet.ok && ubekreftet.feil.kode, 'maa_bekreftes');
      assert.equal(teams.sendt.filter((s) => s.til === DEMO.kommunalsjef).length, 0);

      assert.ok((await gjor(DEMO.rektor, sakId, 'meld_skoleeier', { begrunnelse: 'Alvorlig vold over tid.', bekreftet: true })).ok);
      const card = teams.sendt.filter((s) => s.til === DEMO.kommunalsjef);
      assert.deepEqual(card.map((s) => s.anledning), ['meldt']);
      assert.deepEqual(card[0]!.visning.skoleeier, { hvorfor: 'meldt_av_rektor', status: 'varslet' });
      assert.equal(card[0]!.visning.meldtSkoleeier?.begrunnelse, 'Alvorlig vold over tid.');
      assert.equal(card[0]!.visning.meldtSkoleeier?.av, 'Hanne Solberg');
      assert.equal(card[0]!.visning.gjelder, 'nei', 'not a varsel about an employee');
    });
  });
});
