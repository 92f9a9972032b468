/**
 * The yearly revision and the report to the kommunestyre (issue 23), on both stores (SQLite and
 * SharePoint through the Graph stand-in), through the use cases and the real outbox dispatcher:
 * the figures are pre-filled from the stored cases (a rektor's never count a case about the school's
 * leadership; the kommunalsjef's do), the report's figures are Oversikt's, the cards reach every
 * rektor exactly once, answers keep the version they answered, and no pupil is named in the report.
 */
import { strict as assert } from 'node:assert';
import { getOversikt } from '../../../src/app/views/oversikt';
import type { AppKontekst } from '../../../src/app/kontekst';
import { lagDeliveryHandler } from '../../../src/app/delivery';
import { lagPaaminnelseHandler } from '../../../src/app/paaminnelser/delivery';
import { byggKommunestyrerapport, kommunestyrerapportTekst, lagKommunestyrerapport, tallLinjer } from '../../../src/app/revisjon/rapport';
import { getRevisjonSide } from '../../../src/app/revisjon/revisjonSide';
import { lagreRevisjonsSporsmal, sendRevisjon } from '../../../src/app/revisjon/sendRevisjon';
import { svarRevisjon } from '../../../src/app/revisjon/svarRevisjon';
import { settSakstema, visSakstema } from '../../../src/app/sakstema';
import { utforHandling } from '../../../src/app/sakHandlinger';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { OutboxDispatcher, drain } from '../../../src/outbox/dispatcher';
import { getSak } from '../../../src/store/sakRepo';
import { BOTH_STORES } from '../../support/bothStores';
import { DEMO, aktor, endreKommune, kontekstPaa, varselSkjema } from '../../support/appKontekst';
import { OpptakendeNotifier } from '../../support/opptakendeNotifier';
import { sjekkPdfA, tekstI } from '../../support/pdfLesing';
import { sakMedAktivPlan } from '../../support/saksgang';

const REKTOR = aktor(DEMO.rektor);
const ANNEN_REKTOR = aktor(DEMO.annenRektor);
const KOMMUNALSJEF = aktor(DEMO.kommunalsjef);
const NAA = new Date('2026-11-23T09:00:00Z');

const STORES = BOTH_STORES;

for (const storeName of STORES) {
  describe(`the yearly revision and the report to the kommunestyre (${storeName.navn})`, function () {
    this.timeout(90_000);
    let ktx: AppKontekst;
    let rydd: () => Promise<void>;
    let notifier: OpptakendeNotifier;
    let dispatcher: OutboxDispatcher;
    let planSak = '';
    let ansattSak = '';

    before(async () => {
      const l = await storeName.aapne();
      rydd = l.rydd;
      ktx = await kontekstPaa(l.store, () => NAA);
      notifier = new OpptakendeNotifier();
      dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, notifier), paminnelser: lagPaaminnelseHandler(ktx, notifier) }, now: ktx.naa });
      // Bakkeløkka: a case with an active plan (Kari Nordmann), a §12-5 case received with a theme at
      // receipt (Ola Hansen), a case about the leadership (Lea Holm, the kommunalsjef's only).
      planSak = await sakMedAktivPlan(ktx);
      const ansatt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Ola Hansen', kommerFra: 'ansatt' }), { skjemaId: ktx.nyId() });
      assert.ok(ansatt.ok);
      ansattSak = ansatt.verdi.id;
      const mottatt = await utforHandling(ktx, REKTOR, { sakId: ansatt.verdi.id, handling: 'ta_imot', verdier: { tema: 'vold' } });
      assert.ok(mottatt.ok, JSON.stringify(mottatt));
      const ledelse = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Lea Holm', kommerFra: 'ledelse' }), { skjemaId: ktx.nyId() });
      assert.ok(ledelse.ok);
      await drain(dispatcher);
    });
    after(async () => rydd());

    it('stores a case theme chosen at receipt or later, and only those who work the case may set it', async () => {
      assert.equal((await getSak(ktx.store, ansattSak))!.sak.tema?.id, 'vold', 'chosen at receipt');
      assert.equal((await settSakstema(ktx, aktor(DEMO.laerer2), planSak, 'utestenging')).ok, false, 'staff who do not work the case');
      assert.equal((await settSakstema(ktx, REKTOR, planSak, 'ikke-et-tema')).ok, false, 'a theme outside the list');
      const satt = await settSakstema(ktx, REKTOR, planSak, 'utestenging');
      assert.ok(satt.ok, JSON.stringify(satt));
      assert.deepEqual(satt.verdi.tema, { id: 'utestenging', navn: 'Utestenging' });
      assert.equal((await getSak(ktx.store, planSak))!.sak.tema?.id, 'utestenging');
      const sett = await visSakstema(ktx, REKTOR, planSak);
      assert.ok(sett.ok && sett.verdi.kanEndre && sett.verdi.valg.length === 7);
    });

    it("offers the municipality's own list of themes when it has one", async () => {
      await endreKommune(ktx, (k) => ({ ...k, sakstemaer: [{ id: 'utestenging' }, { id: 'kroppspress', navn: 'Kroppspress' }] }));
      try {
        const sett = await visSakstema(ktx, REKTOR, planSak);
        assert.ok(sett.ok);
        assert.deepEqual(sett.verdi.valg, [{ id: 'utestenging', navn: 'Utestenging' }, { id: 'kroppspress', navn: 'Kroppspress' }]);
        assert.equal((await settSakstema(ktx, REKTOR, planSak, 'vold')).ok, false, 'not on this municipality\'s list');
      } finally {
        await endreKommune(ktx, ({ sakstemaer: _, ...k }) => k);
      }
    });

    it('is not there to answer before it is sent; sending reaches every rektor once, through the outbox', async () => {
      const for_ = await visRektor();
      assert.equal(for_.sendt, undefined);
      assert.deepEqual(for_.sporsmal.sporsmal, []);
      assert.equal((await svarRevisjon(ktx, REKTOR, { skoleId: DEMO.skole, svar: {} })).ok, false);
      assert.equal((await sendRevisjon(ktx, REKTOR)).ok, false, 'a rektor may not send it');
      const sendt = await sendRevisjon(ktx, KOMMUNALSJEF);
      assert.ok(sendt.ok, JSON.stringify(sendt));
      assert.equal(sendt.verdi.antall, 2);
      assert.ok((await sendRevisjon(ktx, KOMMUNALSJEF)).ok, 'a second click');
      await drain(dispatcher);
      const card = notifier.paminnelser.filter((p) => p.visning.type === 'revisjon');
      assert.deepEqual(card.map((k) => k.til).sort(), [DEMO.rektor, DEMO.annenRektor].sort(), 'one card to each rektor, once');
      assert.match((card[0]!.visning as { melding: string }).melding, /Ingrid Haugland ber deg svare på årets revisjon/);
    });

    it("pre-fills rektor's figures from the stored cases, never counting the case about the leadership", async () => {
      const side = await visRektor();
      assert.equal(side.sporsmal.sporsmal.length, 10);
      const tall = side.mineSkoler[0]!.tall;
      assert.equal(tall.varsler, 2, 'the plan case and the §12-5 case; not the leadership case');
      assert.equal(tall.aktivitetsplaner, 1);
      assert.deepEqual(tall.temaer, { utestenging: 1, vold: 1 });
      assert.deepEqual(tall.planTemaer, { utestenging: 1 });
      assert.equal(tall.paragraf125, 1);
      assert.equal(tall.avsluttetUtenTiltak, 0);
      assert.equal(tall.planerUtenBarnetsBeste, 0);
      assert.equal(tall.medianTimerTilMottak, 0);
      assert.equal(tall.medianTimerTilUndersokelse, 0);
      const kommunalsjef = await getRevisjonSide(ktx, KOMMUNALSJEF);
      assert.ok(kommunalsjef.ok);
      assert.equal(kommunalsjef.verdi.skoler.find((s) => s.skoleId === DEMO.skole)!.tall.varsler, 3, 'the kommunalsjef counts the leadership case');
      assert.equal((await getRevisjonSide(ktx, aktor(DEMO.laerer))).ok, false);
    });

    it('keeps the answers with the version they answered, and refuses an answer naming a pupil', async () => {
      const navngitt = await svarRevisjon(ktx, REKTOR, { skoleId: DEMO.skole, svar: { risiko: 'Friminuttene, særlig for Kari.' } });
      assert.ok(!navngitt.ok && navngitt.feil.kode === 'ugyldig' && 'felt' in navngitt.feil && navngitt.feil.felt.risiko);
      assert.equal((await svarRevisjon(ktx, ANNEN_REKTOR, { skoleId: DEMO.skole, svar: {} })).ok, false, "another school's rektor");
      const svar = { tall: 'Tallene stemmer med vår erfaring.', risiko: 'Friminuttene og garderobene.', kompetanse: 'Observasjon og samtaler med elever.' };
      const r = await svarRevisjon(ktx, REKTOR, { skoleId: DEMO.skole, svar });
      assert.ok(r.ok, JSON.stringify(r));
      assert.ok((await svarRevisjon(ktx, ANNEN_REKTOR, { skoleId: DEMO.annenSkole, svar: { risiko: 'Digitale krenkelser på kveldstid.', kompetanse: 'Digital dømmekraft.' } })).ok);
      const ny = await lagreRevisjonsSporsmal(ktx, KOMMUNALSJEF, { sporsmal: [{ id: 'risiko', tekst: 'Hvilke risikoområder?' }, { tekst: 'Noe annet?' }] });
      assert.ok(ny.ok && ny.verdi.versjon === 2, JSON.stringify(ny));
      assert.equal((await lagreRevisjonsSporsmal(ktx, REKTOR, { sporsmal: [{ tekst: 'x' }] })).ok, false);
      const side = await getRevisjonSide(ktx, KOMMUNALSJEF);
      assert.ok(side.ok);
      assert.equal(side.verdi.sporsmal.nr, 2);
      const bakkelokka = side.verdi.skoler.find((s) => s.skoleId === DEMO.skole)!.svar!;
      assert.equal(bakkelokka.versjon, 1);
      assert.equal(bakkelokka.svar.find((x) => x.id === 'kompetanse')?.svar, svar.kompetanse);
      assert.equal((await visRektor()).sporsmal.nr, 2, 'rektor answers the version now in force');
    });

    it("gives the report Oversikt's figures per school, the risk areas and competence needs, and names no pupil", async () => {
      const oversikt = await getOversikt(ktx, KOMMUNALSJEF);
      assert.ok(oversikt.ok);
      const d = await byggKommunestyrerapport(ktx, KOMMUNALSJEF);
      assert.ok(d.ok);
      const perSkole = d.verdi.seksjoner[1]!.avsnitt;
      for (const skole of oversikt.verdi.skoler) {
        const i = perSkole.findIndex((a) => a.type === 'underoverskrift' && a.tekst === skole.navn);
        const linjer = perSkole.slice(i + 1, i + 12).map((a) => (a.type === 'felt' ? `${a.etikett}: ${a.verdi}` : ''));
        assert.ok(linjer.includes(`Varsler: ${skole.varslerPerMåned.reduce((a, b) => a + b, 0)}`), `${skole.navn}: ${linjer.join(' | ')}`);
        assert.ok(linjer.includes(`Planer uten barnets beste-vurdering: ${skole.planerUtenBarnetsBeste}`));
        assert.ok(linjer.includes(`Evalueringer som har passert fristen: ${skole.forfalteEvalueringer}`));
        const mottak = tallLinjer(ktx.org.kommune, { varsler: 0, aktivitetsplaner: 0, temaer: {}, planTemaer: {}, planerUtenBarnetsBeste: 0, forfalteEvalueringer: 0, avsluttetUtenTiltak: 0, paragraf125: 0, ansatte: skole.ansatte, bekreftet: skole.bekreftet, ...(skole.medianTimerTilMottak !== undefined ? { medianTimerTilMottak: skole.medianTimerTilMottak } : {}) });
        for (const l of [mottak[4]!, mottak[10]!]) assert.ok(linjer.includes(`${l.etikett}: ${l.verdi}`), `${skole.navn}: ${l.etikett}`);
      }
      assert.equal((await lagKommunestyrerapport(ktx, REKTOR)).ok, false, 'only the kommunalsjef makes the report');
      const pdf = await lagKommunestyrerapport(ktx, KOMMUNALSJEF);
      assert.ok(pdf.ok);
      await sjekkPdfA(pdf.verdi.pdf);
      const { alt } = await tekstI(pdf.verdi.pdf);
      const tekst = await kommunestyrerapportTekst(ktx, KOMMUNALSJEF);
      assert.ok(tekst.ok);
      for (const innhold of [alt, tekst.verdi.tekst.replace(/\s+/g, ' ')]) {
        assert.match(innhold, /Rapport til kommunestyret/);
        assert.match(innhold, /Friminuttene og garderobene\./);
        assert.match(innhold, /Digital dømmekraft\./);
        assert.match(innhold, /Bakkeløkka skole/);
        assert.match(innhold, /Varsler: 3/);
        for (const elev of ['Kari', 'Nordmann', 'Ola Hansen', 'Lea Holm']) assert.ok(!innhold.includes(elev), `names ${elev}`);
      }
    });

    async function visRektor() {
      const r = await getRevisjonSide(ktx, REKTOR);
      assert.ok(r.ok, JSON.stringify(r));
      return r.verdi;
    }
  });
}
