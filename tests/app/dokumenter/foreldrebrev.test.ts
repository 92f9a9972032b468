/**
 * The letters to the family say what is true: who really received the case and when (a delegate is
 * not rektor; in a case about the leadership the kommune), who writes and how to reach them, the
 * week before Statsforvalteren counted from when the matter was raised, and no other pupil named —
 * with the capitalised words that may still be names listed for rektor. Read back from the PDF.
 */
import { strict as assert } from 'node:assert';
import { lagForeldrebrev } from '../../../src/app/dokumenter/foreldrebrev';
import { aktiverPlan } from '../../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../../src/app/plan/lagreUtkast';
import { leggTilLoggforing } from '../../../src/app/sakslogg';
import { utforHandling } from '../../../src/app/sakHandlinger';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../../support/appKontekst';
import { tekstI } from '../../support/pdfLesing';
import { ELEVENS_OPPLEVELSE, fulltUtkast } from '../../support/saksgang';

describe('letters to the family: who received it, who writes, the week, no other pupil', function () {
  this.timeout(30_000);
  let ktx: TestKontekst;
  beforeEach(async () => (ktx = await lagTestKontekst()));
  afterEach(async () => ktx.rydd());

  const gjor = async (oid: string, sakId: string, handling: string, verdier: Record<string, unknown> = {}) => {
    const r = await utforHandling(ktx, aktor(oid), { sakId, handling, verdier });
    assert.ok(r.ok, `${handling}: ${JSON.stringify(r)}`);
  };
  const brev = async (oid: string, sakId: string, mottaker: 'foresatte' | 'elev' = 'foresatte') => {
    const r = await lagForeldrebrev(ktx, aktor(oid), sakId, { mottaker });
    assert.ok(r.ok, JSON.stringify(r));
    const { alt } = await tekstI(r.verdi.pdf);
    return { alt, tekst: r.verdi.tekst.replace(/\s+/g, ' '), ordAaSjekke: r.verdi.ordAaSjekke };
  };

  it('a delegate received it: the letter says so, counts the week from the varsel, and is signed by rektor with title and contact', async () => {
    ktx.settTid('2026-12-14T08:00:00Z');
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ involverte: 'Ola Berg' }), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    const sakId = sendt.verdi.id;
    // The inspektør, a receiver rektor delegated to, takes it two days later.
    ktx.settTid('2026-12-16T09:00:00Z');
    await gjor(DEMO.inspektor, sakId, 'ta_imot');
    await gjor(DEMO.rektor, sakId, 'start_undersokelse');
    assert.ok((await leggTilLoggforing(ktx, aktor(DEMO.rektor), sakId, { ...ELEVENS_OPPLEVELSE, dato: '2026-12-16' })).ok);
    await gjor(DEMO.rektor, sakId, 'opprett_plan');
    const utkast = fulltUtkast();
    utkast.tiltak[0]!.beskrivelse = 'Voksen i alle friminutt. Ola Berg og Sindre får egne lekegrupper, og Statsforvalteren veileder skolen.';
    assert.ok((await lagreUtkast(ktx, aktor(DEMO.rektor), sakId, utkast)).ok);
    assert.ok((await aktiverPlan(ktx, aktor(DEMO.rektor), sakId)).ok);

    const { alt, tekst, ordAaSjekke } = await brev(DEMO.rektor, sakId);
    for (const t of [alt, tekst]) {
      for (const ventet of [
        '16.12.2026: Jon Bakken (inspektør) tok imot saken på vegne av rektor.',
        'siden saken ble tatt opp med skolen (14.12.2026), det vil si fra 21.12.2026 (opplæringslova § 12-6)',
        'Ta gjerne kontakt med skolen først.',
        'Har dere spørsmål om saken, ta kontakt med Hanne Solberg (rektor), Bakkeløkka skole.',
        'Hanne Solberg rektor Bakkeløkka skole',
        '[en annen elev] og [en annen elev] får egne lekegrupper, og Statsforvalteren veileder skolen.',
      ]) {
        assert.ok(t.includes(ventet), `letter: ${ventet}\n${t}`);
      }
      assert.ok(!t.includes('Rektor tok imot') && !t.includes('Rektor Jon Bakken'), 'a delegate is not rektor');
      for (const annen of ['Ola', 'Berg', 'Sindre']) assert.ok(!t.includes(annen), `no other pupil: ${annen}\n${t}`);
    }
    // What the screening kept because it starts a sentence: rektor checks it before sending.
    assert.ok(ordAaSjekke.includes('Voksen'), JSON.stringify(ordAaSjekke));
    for (const ikke of ['Statsforvalteren', 'Ola', 'Sindre', 'Kari']) assert.ok(!ordAaSjekke.includes(ikke), ikke);

    const elev = await brev(DEMO.rektor, sakId, 'elev');
    assert.ok(elev.alt.includes('Rettighetene dine'), 'a child reads «Rettighetene dine»');
    assert.ok(!elev.alt.includes('Deres rettigheter'));
  });

  it('a case about the leadership: the letter comes from the kommune, signed by the kommunalsjef, and points the family there', async () => {
    ktx.settTid('2026-12-14T08:00:00Z');
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'ledelse' }), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    const sakId = sendt.verdi.id;
    ktx.settTid('2026-12-15T10:00:00Z');
    await gjor(DEMO.kommunalsjef, sakId, 'ta_imot');
    await gjor(DEMO.kommunalsjef, sakId, 'start_undersokelse');

    const { alt, tekst } = await brev(DEMO.kommunalsjef, sakId);
    for (const t of [alt, tekst]) {
      for (const ventet of [
        'Fra: Demo kommune',
        'Hva kommunen har gjort',
        '15.12.2026: Kommunen tok imot saken (Ingrid Haugland, kommunalsjef oppvekst).',
        '15.12.2026: Kommunen startet undersøkelsen.',
        'siden saken ble tatt opp med kommunen (14.12.2026), det vil si fra 21.12.2026',
        'Ta gjerne kontakt med kommunen først.',
        'ta kontakt med Ingrid Haugland (kommunalsjef oppvekst), Demo kommune.',
        'Ingrid Haugland kommunalsjef oppvekst Demo kommune',
      ]) {
        assert.ok(t.includes(ventet), `letter: ${ventet}\n${t}`);
      }
      for (const usant of ['Rektor', 'Hanne Solberg', 'Hva skolen har gjort', 'Skolen startet']) assert.ok(!t.includes(usant), `not from the school: ${usant}`);
    }
    const elev = await brev(DEMO.kommunalsjef, sakId, 'elev');
    assert.ok(elev.alt.includes('Til deg fra kommunen'));
    assert.ok(!elev.alt.includes('Hanne Solberg'), 'the pupil is never sent to the rektor the case is about');
  });

  it('a case the school received and then moved to the kommune says both, and names no school leader as receiver', async () => {
    ktx.settTid('2026-12-14T08:00:00Z');
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    const sakId = sendt.verdi.id;
    await gjor(DEMO.rektor, sakId, 'ta_imot');
    ktx.settTid('2026-12-15T10:00:00Z');
    await gjor(DEMO.rektor, sakId, 'omklassifiser', { klassifisering: 'ledelse', begrunnelse: 'Eleven fortalte at det gjelder inspektøren.', bekreftet: true });
    const { tekst } = await brev(DEMO.kommunalsjef, sakId);
    assert.ok(tekst.includes('14.12.2026: Skolen tok imot saken. 15.12.2026: Saken ble overført til kommunen, som skoleeier, fordi den kan gjelde noen i skolens ledelse.'), tekst);
    assert.ok(!tekst.includes('Hanne Solberg') && !tekst.includes('Kommunen tok imot'), tekst);
  });
});
