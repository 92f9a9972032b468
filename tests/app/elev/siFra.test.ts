/**
 * Issue 25 on both stores (SQLite, and SharePoint through the Graph stand-in): a pupil's «Si fra»
 * becomes a case routed by the same law as a staff varsel, marked as the pupil's own with the day
 * (§12-6's week), the pupil's words first in «elevens egen opplevelse»; the chosen adult gets a card
 * when it is safe; the pupil gets a receipt and afterwards the status only; a kind daily limit.
 */
import { strict as assert } from 'node:assert';
import { getSiFraForm, mineMeldinger, siFra } from '../../../src/app/elev/siFra';
import type { AppKontekst } from '../../../src/app/kontekst';
import { medSprak } from '../../../src/app/sprakKontekst';
import { lagDeliveryHandler } from '../../../src/app/delivery';
import { utforHandling, visSak } from '../../../src/app/sakHandlinger';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { mineVarsler } from '../../../src/app/views/mineVarsler';
import { elevTekster } from '../../../src/i18n/elev';
import { elevStatus } from '../../../src/domain/fraEleven';
import { OutboxDispatcher, drain } from '../../../src/outbox/dispatcher';
import { getLogg } from '../../../src/store/loggRepo';
import { getSak } from '../../../src/store/sakRepo';
import { DEMO, aktor, endreKommune, kontekstPaa, varselSkjema } from '../../support/appKontekst';
import { elevTeksterNn } from '../../../src/i18n/elevNn';
import { OpptakendeNotifier } from '../../support/opptakendeNotifier';
import { tekstI } from '../../support/pdfLesing';
import { lagDokumentasjon } from '../../../src/app/dokumenter/dokumentasjon';
import { BOTH_STORES } from '../../support/bothStores';


const ELEV = aktor(DEMO.elev);
/** Monday 23.11.2026, 10:00 in Oslo. */
const MANDAG = '2026-11-23T09:00:00Z';

const omMeg = (o: Record<string, string> = {}) => ({ hvem: 'meg', hva: 'De andre sier stygge ting til meg hver dag i friminuttet.', hvordan: 'nei', voksen: 'nei', ...o });

for (const storeName of BOTH_STORES) {
  describe(`pupils tell an adult (issue 25) on ${storeName.navn}`, function () {
    this.timeout(60_000);
    let ktx: AppKontekst;
    let rydd: () => Promise<void>;
    let notifier: OpptakendeNotifier;
    let dispatcher: OutboxDispatcher;
    let naa = new Date(MANDAG);
    let n = 0;
    const skjemaId = () => `elev-skjema-${storeName.navn.length}-${++n}`;
    before(async () => {
      const l = await storeName.aapne();
      rydd = l.rydd;
      ktx = await kontekstPaa(l.store, () => naa);
      notifier = new OpptakendeNotifier();
      dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, notifier) }, now: ktx.naa });
    });
    after(async () => rydd());
    beforeEach(() => (naa = new Date(MANDAG)));

    it("offers the school's words for the pupil's age and the adults on the school's list, kontaktlærer first", () => {
      const s = getSiFraForm(ktx, ELEV);
      assert.ok(s.ok, JSON.stringify(s));
      assert.equal(s.verdi.trinn, 'barnetrinn');
      assert.deepEqual(s.verdi.voksne.map((v) => [v.oid, v.rolle]), [
        [DEMO.laerer, 'kontaktlæreren din'],
        [DEMO.sosiallaerer, 'sosiallærer'],
        [DEMO.rektor, 'rektor'],
      ]);
      const fjord = getSiFraForm(ktx, aktor(DEMO.elevFjord));
      assert.ok(fjord.ok && fjord.verdi.trinn === 'ungdomstrinn');
    });

    it("routes it like a staff varsel, records the pupil's day and words, tells the chosen adult, and answers in the pupil's words", async () => {
      const r = await siFra(ktx, ELEV, omMeg({ snakkeMed: DEMO.laerer }), { skjemaId: skjemaId() });
      assert.ok(r.ok, JSON.stringify(r));
      const { sak } = (await getSak(ktx.store, r.verdi.id))!;
      assert.equal(sak.ruting.kanal, 'skole');
      assert.deepEqual(sak.ruting.mottakere, [DEMO.rektor, DEMO.inspektor, DEMO.sosiallaerer]);
      assert.equal(sak.varsletAv, DEMO.elev);
      assert.deepEqual(sak.fraEleven, { tid: MANDAG.replace('Z', '.000Z'), gjelder: 'seg_selv', snakkeMed: DEMO.laerer, snakkeMedVarslet: true });
      assert.equal(sak.varsel.elevNavn, 'Ida Berg');
      assert.equal(sak.varsel.elevKlasse, '5A');
      assert.equal(sak.varsel.kilde, 'eleven');
      const logg = await getLogg(ktx.store, sak.id);
      assert.equal(logg.length, 1);
      assert.equal(logg[0]!.type, 'elevens_opplevelse');
      assert.equal(logg[0]!.tekst, omMeg().hva);
      assert.deepEqual(logg[0]!.elevensSvar, { svar: 'nei' });
      assert.equal(logg[0]!.dato, '2026-11-23');

      assert.equal(r.verdi.tittel, elevTekster.kvittering.tittel);
      assert.deepEqual(r.verdi.linjer, [
        elevTekster.kvittering.riktig,
        'Per Hansen skal snakke med deg senest 30.11.2026.',
        elevTekster.kvittering.haster,
        elevTekster.kvittering.rettigheter,
        elevTekster.kvittering.statsforvalteren('30.11.2026'),
      ]);
      assert.equal(r.verdi.statusTekst, 'Skolen har fått det du skrev.');

      await drain(dispatcher);
      const vilSnakke = notifier.paminnelser.filter((p) => p.visning.type === 'elev_vil_snakke');
      assert.deepEqual(vilSnakke, [{ til: DEMO.laerer, visning: { type: 'elev_vil_snakke', elevNavn: 'Ida Berg', klasse: '5A' } }]);
      const tilRektor = notifier.sendt.find((s) => s.til === DEMO.rektor && s.visning.id === sak.id);
      assert.equal(tilRektor?.visning.fraEleven?.tekst, 'Eleven har sagt fra selv, 23.11.2026.');
      assert.equal(tilRektor?.visning.fraEleven?.vilSnakke, 'Eleven vil gjerne snakke med Per Hansen.');
      assert.equal(tilRektor?.visning.varsletAv, 'Ida Berg');
      // The receivers' case page says it too.
      const side = await visSak(ktx, aktor(DEMO.rektor), sak.id);
      assert.ok(side.ok && side.verdi.fraEleven?.dato === '2026-11-23');
      // The documentation Statsforvalteren reads says it too.
      const dok = await lagDokumentasjon(ktx, aktor(DEMO.rektor), sak.id);
      assert.ok(dok.ok);
      const { alt } = await tekstI(dok.verdi.pdf);
      assert.ok(alt.includes('Eleven tok det opp selv') && alt.includes('Eleven har sagt fra selv, 23.11.2026.'), alt.slice(0, 600));
    });

    it('§12-5 and the leadership: routed by the same law, and the chosen adult is not told (it may be them)', async () => {
      const ansatt = await siFra(ktx, ELEV, omMeg({ voksen: 'ansatt', snakkeMed: DEMO.laerer }), { skjemaId: skjemaId() });
      assert.ok(ansatt.ok);
      const a = (await getSak(ktx.store, ansatt.verdi.id))!.sak;
      assert.equal(a.ruting.kanal, 'rektor');
      assert.equal(a.ruting.skoleeierInformeres, true);
      assert.equal(a.fraEleven?.snakkeMedVarslet, false);
      assert.equal(ansatt.verdi.linjer[1], 'En voksen på skolen skal snakke med deg senest 24.11.2026.');
      const ledelse = await siFra(ktx, aktor(DEMO.elev2), omMeg({ voksen: 'ledelse', snakkeMed: DEMO.rektor }), { skjemaId: skjemaId() });
      assert.ok(ledelse.ok);
      const l = (await getSak(ktx.store, ledelse.verdi.id))!.sak;
      assert.equal(l.ruting.kanal, 'skoleeier');
      assert.deepEqual(l.ruting.mottakere, [DEMO.kommunalsjef]);
      assert.ok(l.ruting.skjermetFor.includes(DEMO.rektor));
      notifier.paminnelser.length = 0;
      await drain(dispatcher);
      assert.deepEqual(notifier.paminnelser.filter((p) => p.visning.type === 'elev_vil_snakke'), []);
      assert.ok(!notifier.sendt.some((s) => s.visning.id === l.id && s.til === DEMO.rektor), 'rektor never gets a case about the leadership');
    });

    it('about another pupil: a varsel about them, not their experience; the name stays out of what the pupil sees', async () => {
      const r = await siFra(ktx, aktor(DEMO.elev2), { hvem: 'annen', annenNavn: 'Mia Sand', hva: 'Mia blir dyttet i garderoben.', voksen: 'vet_ikke' }, { skjemaId: skjemaId() });
      assert.ok(r.ok, JSON.stringify(r));
      const { sak } = (await getSak(ktx.store, r.verdi.id))!;
      assert.equal(sak.varsel.elevNavn, 'Mia Sand');
      assert.equal(sak.varsel.kilde, 'annen_elev');
      assert.equal(sak.fraEleven?.gjelder, 'annen');
      assert.deepEqual(await getLogg(ktx.store, sak.id), [], "a friend's words are not that pupil's own experience");
      const mine = await mineMeldinger(ktx, aktor(DEMO.elev2));
      assert.ok(mine.ok);
      assert.ok(!JSON.stringify(mine.verdi).includes('Mia'));
    });

    it('a double click makes one case and one entry', async () => {
      const id = skjemaId();
      const [a, b] = await Promise.all([siFra(ktx, aktor(DEMO.elevFjord), omMeg(), { skjemaId: id }), siFra(ktx, aktor(DEMO.elevFjord), omMeg(), { skjemaId: id })]);
      assert.ok(a.ok && b.ok);
      assert.equal(a.verdi.id, b.verdi.id);
      assert.equal((await getLogg(ktx.store, a.verdi.id)).length, 1);
    });

    it('afterwards: the status only — received, someone will talk with you, the school is working on it', async () => {
      naa = new Date('2026-11-24T09:00:00Z');
      const r = await siFra(ktx, ELEV, omMeg(), { skjemaId: skjemaId() });
      assert.ok(r.ok);
      const status = async () => {
        const m = await mineMeldinger(ktx, ELEV);
        assert.ok(m.ok);
        const denne = m.verdi.find((x) => x.id === r.verdi.id)!;
        assert.deepEqual(Object.keys(denne).sort(), ['id', 'sendt', 'status', 'statusTekst']);
        return denne.statusTekst;
      };
      assert.equal(await status(), 'Skolen har fått det du skrev.');
      assert.ok((await utforHandling(ktx, aktor(DEMO.rektor), { sakId: r.verdi.id, handling: 'ta_imot' })).ok);
      assert.equal(await status(), 'En voksen skal snakke med deg.');
      assert.ok((await utforHandling(ktx, aktor(DEMO.rektor), { sakId: r.verdi.id, handling: 'start_undersokelse' })).ok);
      assert.equal(await status(), 'Skolen jobber med det.');
      // A closed case is not «working on it»: the line says it is done (the outcome is told by an adult).
      assert.deepEqual((['avsluttet', 'avsluttet_uten_tiltak', 'tiltak'] as const).map(elevStatus), ['ferdig', 'ferdig', 'jobber']);
    });

    it('a kind limit: three a day, the fourth is met with a kind text and stores nothing; a resend of one already sent still answers', async () => {
      naa = new Date('2026-11-25T09:00:00Z');
      const sendt: string[] = [];
      for (let i = 0; i < 3; i++) {
        const id = skjemaId();
        assert.ok((await siFra(ktx, aktor(DEMO.elev2), omMeg(), { skjemaId: id })).ok);
        sendt.push(id);
      }
      const fjerde = await siFra(ktx, aktor(DEMO.elev2), omMeg(), { skjemaId: skjemaId() });
      assert.deepEqual(!fjerde.ok && fjerde.feil, { kode: 'konflikt', melding: elevTekster.feil.forMange });
      assert.ok((await siFra(ktx, aktor(DEMO.elev2), omMeg(), { skjemaId: sendt[2]! })).ok, 'a retry of the third is not a fourth');
      naa = new Date('2026-11-26T09:00:00Z');
      assert.ok((await siFra(ktx, aktor(DEMO.elev2), omMeg(), { skjemaId: skjemaId() })).ok, 'a new day');
    });

    it('refuses a pupil every staff use case, and staff the pupil use cases', async () => {
      const egen = await siFra(ktx, ELEV, omMeg(), { skjemaId: skjemaId() });
      assert.ok(egen.ok);
      const kode = (r: { ok: boolean; feil?: { kode: string } }) => (r.ok ? 'ok' : r.feil!.kode);
      assert.equal(kode(await visSak(ktx, ELEV, egen.verdi.id)), 'ikke_tillatt', 'not even their own case');
      assert.equal(kode(await mineVarsler(ktx, ELEV)), 'ikke_tillatt');
      assert.equal(kode(await submitVarsel(ktx, ELEV, varselSkjema(), { skjemaId: skjemaId() })), 'ikke_tillatt');
      assert.equal(kode(await siFra(ktx, aktor(DEMO.laerer), omMeg(), { skjemaId: skjemaId() })), 'ikke_tillatt');
      assert.equal(kode(await mineMeldinger(ktx, aktor(DEMO.ukjent))), 'ikke_tillatt');
      assert.equal(kode(getSiFraForm(ktx, { oid: DEMO.elev, tenantId: '11111111-1111-4111-8111-111111111111' })), 'ukjent_person');
    });

    it('speaks nynorsk to the pupil where the municipality writes nynorsk', async () => {
      await endreKommune(ktx, (k) => ({ ...k, malform: 'nn' }));
      try {
        const s = getSiFraForm(ktx, aktor(DEMO.elevFjord));
        assert.ok(s.ok && s.verdi.sprak === 'nn' && s.verdi.voksne[0]?.rolle === 'kontaktlæraren din', JSON.stringify(s));
        naa = new Date('2026-11-27T09:00:00Z');
        const r = await siFra(ktx, aktor(DEMO.elevFjord), omMeg(), { skjemaId: skjemaId() });
        assert.ok(r.ok);
        assert.equal(r.verdi.tittel, elevTeksterNn.kvittering.tittel);
        assert.equal(r.verdi.statusTekst, 'Skulen har fått det du skreiv.');
        const feil = await siFra(ktx, aktor(DEMO.elevFjord), { hvem: 'meg' }, { skjemaId: skjemaId() });
        assert.ok(!feil.ok && feil.feil.kode === 'ugyldig' && feil.feil.felt.hva === elevTeksterNn.feil.hva);
      } finally {
        await endreKommune(ktx, (k) => ({ ...k, malform: 'nb' }));
      }
    });

    it('speaks English to a pupil who reads English (their own choice or Teams in English), whatever the målform', async () => {
      await endreKommune(ktx, (k) => ({ ...k, malform: 'nn' }));
      try {
        const s = medSprak('en', () => getSiFraForm(ktx, aktor(DEMO.elevFjord)));
        assert.ok(s.ok && s.verdi.sprak === 'en' && s.verdi.voksne[0]?.rolle === 'your class teacher', JSON.stringify(s));
        naa = new Date('2026-11-27T09:00:00Z');
        const r = await medSprak('en', () => siFra(ktx, aktor(DEMO.elevFjord), omMeg(), { skjemaId: skjemaId() }));
        assert.ok(r.ok);
        assert.equal(r.verdi.tittel, 'Thank you for telling us');
        assert.equal(r.verdi.statusTekst, 'The school has got what you wrote.');
        const feil = await medSprak('en', () => siFra(ktx, aktor(DEMO.elevFjord), { hvem: 'meg' }, { skjemaId: skjemaId() }));
        assert.ok(!feil.ok && feil.feil.kode === 'ugyldig' && feil.feil.felt.hva === 'Write a little about what has happened.', JSON.stringify(feil));
      } finally {
        await endreKommune(ktx, (k) => ({ ...k, malform: 'nb' }));
      }
    });

    it('names the field for a missing answer or an adult not on the list, and stores nothing', async () => {
      const r = await siFra(ktx, ELEV, { hvem: 'meg', hva: '  ', voksen: '', snakkeMed: DEMO.vaktmester }, { skjemaId: skjemaId() });
      assert.ok(!r.ok && r.feil.kode === 'ugyldig');
      assert.deepEqual(r.feil.kode === 'ugyldig' && r.feil.felt, { hva: elevTekster.feil.hva, hvordan: elevTekster.feil.hvordan, voksen: elevTekster.feil.voksen });
      const feilVoksen = await siFra(ktx, ELEV, omMeg({ snakkeMed: DEMO.vaktmester }), { skjemaId: skjemaId() });
      assert.deepEqual(!feilVoksen.ok && feilVoksen.feil.kode === 'ugyldig' && feilVoksen.feil.felt, { snakkeMed: elevTekster.feil.snakkeMed });
    });
  });
}
