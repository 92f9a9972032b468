/**
 * What issue 18 stores and reads back, on both stores (SQLite and SharePoint through the Graph
 * stand-in): who was told, per person, survives the store and is what the documentation prints;
 * the innsyn export finds a case that names the pupil only in its log (a query by school and a
 * read of the log on each store).
 */
import { strict as assert } from 'node:assert';
import { lagDokumentasjon } from '../../src/app/dokumenter/dokumentasjon';
import { lagInnsynsuttrekk, type Innsynsuttrekk } from '../../src/app/innsyn/uttrekk';
import type { AppKontekst } from '../../src/app/kontekst';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { getSak } from '../../src/store/sakRepo';
import { BOTH_STORES } from '../support/bothStores';
import { DEMO, aktor, kontekstPaa, varselSkjema } from '../support/appKontekst';
import { tekstI } from '../support/pdfLesing';
import { ELEVENS_OPPLEVELSE_TRYGG } from '../support/saksgang';

const REKTOR = aktor(DEMO.rektor);

const STORES = BOTH_STORES;

for (const storeName of STORES) {
  describe(`true records on ${storeName.navn}`, function () {
    this.timeout(60_000);
    let ktx: AppKontekst;
    let rydd: () => Promise<void>;
    before(async () => {
      const l = await storeName.aapne();
      rydd = l.rydd;
      ktx = await kontekstPaa(l.store, () => new Date('2026-11-23T09:00:00Z'));
    });
    after(async () => rydd());

    it('keeps who was told per person, and the documentation prints each', async () => {
      const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: ktx.nyId() });
      assert.ok(sendt.ok);
      const sakId = sendt.verdi.id;
      for (const handling of ['ta_imot', 'start_undersokelse']) assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling })).ok);
      assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE_TRYGG)).ok);
      const verdier = {
        begrunnelse: 'Eleven og mor sier at det er bra nå.',
        informertElevHvordan: 'Samtale med kontaktlærer',
        informertForesatt1Navn: 'mor',
        informertForesatt1Hvordan: 'Telefon',
      };
      const r = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier });
      assert.ok(r.ok, JSON.stringify(r));
      const stored = (await getSak(ktx.store, sakId))!.sak;
      assert.deepEqual(
        stored.informert!.map((i) => [i.hvem, i.navn, i.hvordan, i.dato]),
        [
          ['elev', undefined, 'Samtale med kontaktlærer', '2026-11-23'],
          ['foresatt', 'mor', 'Telefon', '2026-11-23'],
        ],
      );
      const dok = await lagDokumentasjon(ktx, REKTOR, sakId);
      assert.ok(dok.ok);
      const { alt } = await tekstI(dok.verdi.pdf);
      assert.ok(alt.includes('Informert 23.11.2026: Eleven: Samtale med kontaktlærer'), alt);
      assert.ok(alt.includes('Informert 23.11.2026: Forelder/foresatt (mor): Telefon'), alt);
      assert.ok(!/Elev og foresatte informert|Eleven og foresatte/i.test(alt), 'never «eleven og foresatte» for one phone call');
      assert.ok(alt.includes('Begrunnelse: Eleven og mor sier at det er bra nå.'));
    });

    it('finds a case that names the pupil only in its log', async () => {
      const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Tuva Lien' }), { skjemaId: ktx.nyId() });
      assert.ok(sendt.ok);
      const sakId = sendt.verdi.id;
      for (const handling of ['ta_imot', 'start_undersokelse']) assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling })).ok);
      assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'samtale_andre_elever', dato: '2026-11-23', deltakere: 'Mina Dahl', tekst: 'Mina Dahl så det som skjedde.' })).ok);
      const r = await lagInnsynsuttrekk(ktx, REKTOR, { skoleId: DEMO.skole, elevNavn: 'Mina Dahl', format: 'json' });
      assert.ok(r.ok);
      const u = r.verdi.uttrekk as Innsynsuttrekk;
      assert.deepEqual(u.saker.map((s) => s.saksnummer), [sendt.verdi.saksnummer]);
      assert.equal(u.saker[0]!.varsel.elev, '[annen elev]');
    });
  });
}
