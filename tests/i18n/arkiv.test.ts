/**
 * The record is written in the municipality's målform (issue 24), whoever exports it and whatever
 * language they read: the documentation PDF in bokmål while the målform is bokmål (a nynorsk reader
 * exporting it too), and in nynorsk once the administrator sets nynorsk.
 */
import { strict as assert } from 'node:assert';
import { lagDokumentasjon } from '../../src/app/dokumenter/dokumentasjon';
import { settKommunensFolk } from '../../src/app/org/skoleoppsett';
import { utforHandling } from '../../src/app/sakHandlinger';
import { medSprak } from '../../src/app/sprakKontekst';
import { submitVarsel } from '../../src/app/submitVarsel';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../support/appKontekst';
import { sjekkPdfA, tekstI } from '../support/pdfLesing';

describe('i18n: the record in the målform', function () {
  this.timeout(60_000);
  let ktx: TestKontekst;
  let sakId: string;
  const REKTOR = aktor(DEMO.rektor);

  before(async () => {
    ktx = await lagTestKontekst();
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    sakId = sendt.verdi.id;
    assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling: 'ta_imot' })).ok);
  });
  after(async () => ktx.rydd());

  /** The exported text, having checked what a screen reader reads it as (`lang`: the målform's). */
  const eksport = async (sprak: 'nb' | 'nn' | 'en', lang: 'nb-NO' | 'nn-NO') => {
    const r = await medSprak(sprak, () => lagDokumentasjon(ktx, REKTOR, sakId));
    assert.ok(r.ok, JSON.stringify(r));
    await sjekkPdfA(r.verdi.pdf, lang);
    return (await tekstI(r.verdi.pdf)).alt;
  };

  it('writes bokmål while the målform is bokmål, though the one exporting reads nynorsk', async () => {
    const tekst = await eksport('nn', 'nb-NO');
    for (const ventet of ['Unntatt offentlighet', '1. Varselet', 'Følge med', 'Melde fra', '4. Aktivitetsplan', 'Saken har ingen aktivitetsplan.']) assert.ok(tekst.includes(ventet), ventet);
    assert.ok(!tekst.includes('Følgje med'));
  });

  it('writes nynorsk once the administrator sets nynorsk as the målform, for an English reader too', async () => {
    const k = ktx.org.kommune;
    assert.ok((await settKommunensFolk(ktx, aktor(DEMO.administrator), { kommunalsjefer: k.kommunalsjefer, saksbehandlere: k.saksbehandlere, malform: 'nn' })).ok);
    const tekst = await eksport('en', 'nn-NO');
    for (const ventet of ['Unnateke offentlegheit', 'Skulemiljøsak', 'Følgje med', 'Melde frå', 'Undersøkje', 'Saka har ingen aktivitetsplan.', 'Heimel', 'Teken imot']) assert.ok(tekst.includes(ventet), ventet);
    assert.ok(!tekst.includes('Følge med'));
  });
});
