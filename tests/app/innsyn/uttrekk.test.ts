/**
 * The innsyn export is a record (issue 24): written in the municipality's målform, whoever takes it
 * out and whatever language they read — bokmål while the målform is bokmål (a nynorsk reader taking
 * it out too), nynorsk once the administrator sets nynorsk (an English reader taking it out too),
 * the PDF and the JSON alike. The målform is bokmål or nynorsk only, so there is no English export.
 */
import { strict as assert } from 'node:assert';
import { lagInnsynsuttrekk, type Innsynsuttrekk } from '../../../src/app/innsyn/uttrekk';
import { settKommunensFolk } from '../../../src/app/org/skoleoppsett';
import { utforHandling } from '../../../src/app/sakHandlinger';
import { medSprak } from '../../../src/app/sprakKontekst';
import { submitVarsel } from '../../../src/app/submitVarsel';
import type { Sprak } from '../../../src/i18n/sprak';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../../support/appKontekst';
import { sjekkPdfA, tekstI } from '../../support/pdfLesing';

describe('innsyn export in the målform', function () {
  this.timeout(60_000);
  let ktx: TestKontekst;
  const REKTOR = aktor(DEMO.rektor);
  const ELEV = { skoleId: DEMO.skole, elevNavn: 'Kari Nordmann', elevKlasse: '5B' };

  before(async () => {
    ktx = await lagTestKontekst();
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ involverte: 'Ola Hansen', beskrivelse: 'Ola Hansen dytta Kari i garderoben.' }), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    assert.ok((await utforHandling(ktx, REKTOR, { sakId: sendt.verdi.id, handling: 'ta_imot' })).ok);
  });
  after(async () => ktx.rydd());

  const taUt = async (sprak: Sprak) => {
    const pdf = await medSprak(sprak, () => lagInnsynsuttrekk(ktx, REKTOR, { ...ELEV, format: 'pdf' }));
    assert.ok(pdf.ok && pdf.verdi.format === 'pdf', JSON.stringify(pdf));
    const json = await medSprak(sprak, () => lagInnsynsuttrekk(ktx, REKTOR, { ...ELEV, format: 'json' }));
    assert.ok(json.ok, JSON.stringify(json));
    return { pdf: pdf.verdi.pdf, tekst: (await tekstI(pdf.verdi.pdf)).alt, uttrekk: json.verdi.uttrekk as Innsynsuttrekk };
  };

  it('is bokmål while the målform is bokmål, though the one taking it out reads nynorsk', async () => {
    const { pdf, tekst, uttrekk } = await taUt('nn');
    await sjekkPdfA(pdf, 'nb-NO');
    for (const ventet of ['Unntatt offentlighet', 'Hjemmel', 'Om uttrekket', 'Kommer krenkingen fra noen som jobber på skolen', 'Saken har ingen aktivitetsplan.', 'Hvem saken er sendt til', '[annen elev] dytta Kari'])
      assert.ok(tekst.includes(ventet), `«${ventet}» in:\n${tekst}`);
    assert.equal(uttrekk.saker[0]!.elevensRolle, 'Saken gjelder eleven.');
    assert.equal(uttrekk.saker[0]!.status, 'Mottatt');
  });

  it('is nynorsk once the administrator sets nynorsk, for an English reader too: labels, notes, states, blanked names', async () => {
    const k = ktx.org.kommune;
    assert.ok((await settKommunensFolk(ktx, aktor(DEMO.administrator), { kommunalsjefer: k.kommunalsjefer, saksbehandlere: k.saksbehandlere, malform: 'nn' })).ok);
    const { pdf, tekst, uttrekk } = await taUt('en');
    await sjekkPdfA(pdf, 'nn-NO'); // a screen reader reads it as nynorsk
    for (const ventet of [
      'Unnateke offentlegheit',
      'Heimel',
      'Personvernforordninga art. 15 og forvaltningslova § 18',
      'Teke ut',
      'Kjem krenkinga frå nokon som arbeider på skulen',
      'Kva som vart sett eller høyrt',
      'Saka har ingen aktivitetsplan.',
      'Ikkje meldt vidare, ikkje avslutta.',
      'Kven saka er send til',
      'Kven som har lese eller teke ut saka',
      'Teken imot',
      '[annan elev] dytta Kari',
      'Uttrekket viser det Skulemiljø for Teams har lagra om eleven på Bakkeløkka skole: éi sak.',
    ])
      assert.ok(tekst.includes(ventet), `«${ventet}» in:\n${tekst}`);
    for (const bokmal of ['Unntatt offentlighet', 'Saken gjelder', 'Hvem saken', 'Ingen ennå', '[annen elev]', 'Kommer krenkingen', 'Received', 'Case'])
      assert.ok(!tekst.includes(bokmal), `no «${bokmal}» in:\n${tekst}`);
    const sak = uttrekk.saker[0]!;
    assert.equal(sak.elevensRolle, 'Saka gjeld eleven.');
    assert.equal(sak.varsel.kommerFra, 'Nei');
    assert.equal(sak.varsel.involverte, '[annan elev]');
    assert.ok(uttrekk.merknader.some((m) => m.startsWith('Namna til andre elevar er bytte ut med «[annan elev]»')), uttrekk.merknader.join('\n'));
    assert.ok(uttrekk.merknader.some((m) => m.startsWith('Saker som skuleeigaren (kommunalsjefen) handsamar, er ikkje med')), uttrekk.merknader.join('\n'));
  });

  it('still refuses in the reader’s own language: a refusal is not a record', async () => {
    const r = await medSprak('en', () => lagInnsynsuttrekk(ktx, REKTOR, { skoleId: DEMO.skole, elevNavn: 'K' }));
    assert.ok(!r.ok);
    assert.doesNotMatch(String(r.feil.melding), /ikkje|ikke/);
  });
});
