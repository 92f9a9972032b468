/**
 * The documentation export tells who decided what the case is and who was told, read back from the
 * PDF: the classification at receipt, every reclassification with its reason, skoleeier told (who,
 * when), the history in words (never a code), Norwegian dates only, and § 12-5 as the legal basis in
 * a § 12-5 case. Cards are delivered through the real outbox, so «skoleeier varslet» is a delivery.
 */
import { strict as assert } from 'node:assert';
import { lagDokumentasjon } from '../../../src/app/dokumenter/dokumentasjon';
import { lagDeliveryHandler } from '../../../src/app/delivery';
import { utforHandling } from '../../../src/app/sakHandlinger';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { OutboxDispatcher, drain } from '../../../src/outbox/dispatcher';
import { OpptakendeNotifier } from '../../support/opptakendeNotifier';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../../support/appKontekst';
import { sjekkPdfA, tekstI } from '../../support/pdfLesing';

const REKTOR = aktor(DEMO.rektor);

describe('the documentation export: classification, skoleeier told, history in words', function () {
  this.timeout(30_000);
  let ktx: TestKontekst;
  let dispatcher: OutboxDispatcher;
  beforeEach(async () => {
    ktx = await lagTestKontekst();
    dispatcher = new OutboxDispatcher({ store: ktx.store, handlers: { saker: lagDeliveryHandler(ktx, new OpptakendeNotifier()) }, now: ktx.naa });
  });
  afterEach(async () => ktx.rydd());

  const gjor = async (sakId: string, handling: string, verdier: Record<string, unknown> = {}) => {
    const r = await utforHandling(ktx, REKTOR, { sakId, handling, verdier });
    assert.ok(r.ok, JSON.stringify(r));
    await drain(dispatcher);
  };

  it('a «vet ikke» varsel classified at receipt, then reclassified to an employee with a reason: all of it, with skoleeier told, under § 12-5', async () => {
    ktx.settTid('2026-12-21T08:15:00Z');
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ kommerFra: 'vet_ikke' }), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    const sakId = sendt.verdi.id;
    await drain(dispatcher);
    ktx.settTid('2026-12-21T09:00:00Z');
    await gjor(sakId, 'ta_imot', { klassifisering: 'nei', begrunnelse: 'Samtalen viste at det gjelder andre elever.' });
    ktx.settTid('2026-12-22T13:30:00Z');
    await gjor(sakId, 'omklassifiser', { klassifisering: 'ansatt', begrunnelse: 'Eleven fortalte i samtalen at det var en assistent.' });

    const r = await lagDokumentasjon(ktx, REKTOR, sakId);
    assert.ok(r.ok);
    await sjekkPdfA(r.verdi.pdf);
    const { alt } = await tekstI(r.verdi.pdf);
    for (const ventet of [
      '2. Klassifisering og melding til skoleeier',
      'Varsleren svarte: Vet ikke',
      'Ved mottak: Ikke noen som jobber på skolen (vurdert av Hanne Solberg) – tatt imot 21.12.2026 kl. 10:00 av Hanne Solberg',
      'Endret 22.12.2026 kl. 14:30 av Hanne Solberg: Fra «Ikke noen som jobber på skolen» til «En ansatt ved skolen (§ 12-5)»',
      'Begrunnelse: Eleven fortalte i samtalen at det var en assistent.',
      'Skoleeier varslet: Ingrid Haugland, 22.12.2026 kl. 14:30',
      'Hjemmel: Opplæringslova kapittel 12 (§ 12-4 aktivitetsplikt og dokumentasjonsplikt, § 12-5',
      '7. Historikk',
      'Varsel sendt',
      'Tatt imot – Ikke noen som jobber på skolen (Hanne Solberg)',
      'Klassifisering endret – En ansatt ved skolen (§ 12-5) (Hanne Solberg)',
      'Skoleeier varslet – Ingrid Haugland (Systemet)',
    ]) {
      assert.ok(alt.includes(ventet), `PDF: ${ventet}\n${alt}`);
    }
    for (const kode of ['ta_imot', 'omklassifiser', 'skoleeier_informert', 'start_undersokelse', 'vet_ikke', 'levering_feilet']) assert.ok(!alt.includes(kode), `no code: ${kode}`);
    assert.ok(!/\d{4}-\d{2}-\d{2}/.test(alt.replace(/Skolemiljøsak \S+|Saksnummer: \S+/g, '')), 'every date as 21.12.2026');
  });

  it('a case about pupils only cites § 12-4, says skoleeier was not needed, and the reporter’s answer stood at receipt', async () => {
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    await gjor(sendt.verdi.id, 'ta_imot');
    const r = await lagDokumentasjon(ktx, REKTOR, sendt.verdi.id);
    assert.ok(r.ok);
    const { alt } = await tekstI(r.verdi.pdf);
    assert.ok(alt.includes('Hjemmel: Opplæringslova kapittel 12 (§ 12-4 aktivitetsplikt og dokumentasjonsplikt)'));
    assert.ok(!alt.includes('§ 12-5'));
    assert.ok(alt.includes('Ved mottak: Ikke noen som jobber på skolen (varslerens svar ble stående)'), alt);
    assert.ok(alt.includes('Skoleeier varslet: Nei (saken krever det ikke)'));
  });
});
