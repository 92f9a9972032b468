/**
 * Contact details in the letters (issue 18), on both stores: rektor (or an administrator) keeps the
 * school's phone, e-mail and postal address, an administrator the kommune's; bad formats are refused
 * at their field in Norwegian; the letters print the school's contact (the kommune's in a case about
 * the leadership) with the signer's title — and a school without any says nothing untrue (no empty
 * «Telefon:» line) while the letter page is told they are missing. Read back from the PDF.
 */
import { strict as assert } from 'node:assert';
import { lagForeldrebrev } from '../../../src/app/dokumenter/foreldrebrev';
import type { AppKontekst } from '../../../src/app/kontekst';
import { settKommunensKontakt, settSkolensKontakt } from '../../../src/app/org/kontaktinfo';
import { visOppsett } from '../../../src/app/org/skoleoppsett';
import { visVarslingsliste } from '../../../src/app/org/varslingsliste';
import { utforHandling } from '../../../src/app/sakHandlinger';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { nb } from '../../../src/i18n/nb';
import type { Store } from '../../../src/store/port';
import { DEMO, aktor, kontekstPaa, varselSkjema } from '../../support/appKontekst';
import { tekstI } from '../../support/pdfLesing';
import { BOTH_STORES } from '../../support/bothStores';


for (const storeName of BOTH_STORES) {
  describe(`contact details in the letters (${storeName.navn})`, function () {
    this.timeout(60_000);
    let ktx: AppKontekst;
    let store: Store;
    let rydd: () => Promise<void>;
    const naa = () => new Date('2026-12-07T09:00:00Z');
    before(async () => {
      const l = await storeName.aapne();
      ({ store, rydd } = l);
      ktx = await kontekstPaa(store, naa);
    });
    after(async () => rydd());

    const gjor = async (oid: string, sakId: string, handling: string) => {
      const r = await utforHandling(ktx, aktor(oid), { sakId, handling, verdier: {} });
      assert.ok(r.ok, `${handling}: ${JSON.stringify(r)}`);
    };
    const sak = async (kommerFra = 'nei') => {
      const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra }), { skjemaId: ktx.nyId() });
      assert.ok(sendt.ok, JSON.stringify(sendt));
      return sendt.verdi.id;
    };
    const brev = async (oid: string, sakId: string, mottaker: 'foresatte' | 'elev' = 'foresatte') => {
      const r = await lagForeldrebrev(ktx, aktor(oid), sakId, { mottaker });
      assert.ok(r.ok, JSON.stringify(r));
      const { alt } = await tekstI(r.verdi.pdf);
      return { alt, tekst: r.verdi.tekst.replace(/\s+/g, ' '), mangler: r.verdi.kontaktMangler };
    };

    it('a school without contact details: the letter has no empty «Telefon:» line, and the letter page is told', async () => {
      const sakId = await sak();
      await gjor(DEMO.rektor, sakId, 'ta_imot');
      const { alt, tekst, mangler } = await brev(DEMO.rektor, sakId);
      assert.equal(mangler, true);
      for (const t of [alt, tekst]) {
        assert.doesNotMatch(t, /Telefon|E-post|Postadresse/);
        assert.match(t, /ta kontakt med Hanne Solberg \(rektor\), Bakkeløkka skole\./);
      }
    });

    it('refuses a phone number and an e-mail address that are not real, at their fields, and stores nothing', async () => {
      const r = await settSkolensKontakt(ktx, aktor(DEMO.rektor), DEMO.skole, { telefon: '123', epost: 'post@skolen', postadresse: 'Postboks 1' });
      assert.ok(!r.ok && r.feil.kode === 'ugyldig');
      assert.deepEqual([r.feil.felt.telefon, r.feil.felt.epost], [nb.org.kontakt.telefonUgyldig, nb.org.kontakt.epostUgyldig]);
      for (const telefon of ['22 33 44', '+47 2233445', 'ring meg', '+0 123 456 789']) {
        const f = await settSkolensKontakt(ktx, aktor(DEMO.rektor), DEMO.skole, { telefon });
        assert.equal(!f.ok && f.feil.kode === 'ugyldig' && f.feil.felt.telefon, nb.org.kontakt.telefonUgyldig, telefon);
      }
      for (const epost of ['post skolen@x.no', 'post@@x.no', '@x.no', 'post@x.n']) {
        const f = await settSkolensKontakt(ktx, aktor(DEMO.rektor), DEMO.skole, { epost });
        assert.equal(!f.ok && f.feil.kode === 'ugyldig' && f.feil.felt.epost, nb.org.kontakt.epostUgyldig, epost);
      }
      const liste = await visVarslingsliste(ktx, aktor(DEMO.rektor), DEMO.skole);
      assert.ok(liste.ok);
      assert.deepEqual(liste.verdi.kontakt, {}, 'nothing stored');
    });

    it('only the school’s rektor or an administrator keeps the school’s; only an administrator the kommune’s', async () => {
      for (const oid of [DEMO.inspektor, DEMO.laerer, DEMO.elev, DEMO.annenRektor, DEMO.kommunalsjef, DEMO.ukjent]) {
        const r = await settSkolensKontakt(ktx, aktor(oid), DEMO.skole, { telefon: '22 33 44 55' });
        assert.ok(!r.ok && ['ikke_tillatt', 'ukjent_person'].includes(r.feil.kode), oid);
      }
      for (const oid of [DEMO.rektor, DEMO.kommunalsjef, DEMO.elev]) {
        const r = await settKommunensKontakt(ktx, aktor(oid), { telefon: '22 33 44 55' });
        assert.ok(!r.ok && r.feil.kode === 'ikke_tillatt', oid);
      }
    });

    it('the letters print the school’s contact and the signer’s title; a leadership case’s the kommune’s', async () => {
      const skolen = await settSkolensKontakt(ktx, aktor(DEMO.rektor), DEMO.skole, { telefon: '+47 22 33 44 55', epost: 'post@bakkelokka.demo.kommune.no', postadresse: 'Postboks 12\n1234 Demostad' });
      assert.ok(skolen.ok, JSON.stringify(skolen));
      const kommunen = await settKommunensKontakt(ktx, aktor(DEMO.administrator), { telefon: '99 88 77 66', epost: 'oppvekst@demo.kommune.no', postadresse: '' });
      assert.ok(kommunen.ok, JSON.stringify(kommunen));
      assert.ok((await settKommunensKontakt(ktx, aktor(DEMO.administrator), { telefon: '99 88 77 66', epost: 'oppvekst@demo.kommune.no' })).ok, 'the same again is fine');

      // Stored, not only in memory: a fresh context on the same store reads it back.
      const igjen = await kontekstPaa(store, naa);
      const oppsett = await visOppsett(igjen, aktor(DEMO.administrator));
      assert.ok(oppsett.ok);
      assert.deepEqual(oppsett.verdi.skoler.find((s) => s.id === DEMO.skole)?.kontakt, { telefon: '+47 22 33 44 55', epost: 'post@bakkelokka.demo.kommune.no', postadresse: 'Postboks 12, 1234 Demostad' });
      assert.deepEqual(oppsett.verdi.kommune.kontakt, { telefon: '99 88 77 66', epost: 'oppvekst@demo.kommune.no' });

      const sakId = await sak();
      await gjor(DEMO.rektor, sakId, 'ta_imot');
      const foresatte = await brev(DEMO.rektor, sakId);
      assert.equal(foresatte.mangler, false);
      const elev = await brev(DEMO.rektor, sakId, 'elev');
      for (const t of [foresatte.alt, foresatte.tekst, elev.alt, elev.tekst]) {
        assert.match(t, /Telefon:?\s*\+47 22 33 44 55/);
        assert.match(t, /E-post:?\s*post@bakkelokka\.demo\.kommune\.no/);
        assert.match(t, /Postadresse:?\s*Postboks 12, 1234 Demostad/);
        assert.doesNotMatch(t, /99 88 77 66/, 'not the kommune’s');
      }
      assert.match(foresatte.tekst, /Hanne Solberg rektor Bakkeløkka skole/, 'signed with name and title');

      const ledelse = await sak('ledelse');
      await gjor(DEMO.kommunalsjef, ledelse, 'ta_imot');
      const kommune = await brev(DEMO.kommunalsjef, ledelse);
      assert.equal(kommune.mangler, false);
      for (const t of [kommune.alt, kommune.tekst]) {
        assert.match(t, /Telefon:?\s*99 88 77 66/);
        assert.match(t, /E-post:?\s*oppvekst@demo\.kommune\.no/);
        assert.doesNotMatch(t, /Postadresse|22 33 44 55|bakkelokka\.demo/, 'neither the school’s nor an empty line');
        assert.match(t, /Ingrid Haugland kommunalsjef oppvekst Demo kommune/);
      }
    });
  });
}
