/**
 * The documentation export and the letter to parents/pupil, read back from the PDF with a text
 * extractor (unpdf, pdf.js): every section and value is there, Norwegian letters survive, the
 * archive marking is on the first page and in the file name, and the family's letter names no other pupil.
 */
import { strict as assert } from 'node:assert';
import { lagDokumentasjon } from '../../../src/app/dokumenter/dokumentasjon';
import { lagForeldrebrev } from '../../../src/app/dokumenter/foreldrebrev';
import { skjermAndreElever } from '../../../src/app/innsyn/skjerming';
import { aktiverPlan } from '../../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../../src/app/plan/lagreUtkast';
import { registrerEvaluering } from '../../../src/app/plan/registrerEvaluering';
import { leggTilLoggforing } from '../../../src/app/sakslogg';
import { utforHandling } from '../../../src/app/sakHandlinger';
import { submitVarsel } from '../../../src/app/submitVarsel';
import { DEMO, aktor, lagTestKontekst, varselSkjema, type TestKontekst } from '../../support/appKontekst';
import { sjekkPdfA, tekstI } from '../../support/pdfLesing';
import { ELEVENS_OPPLEVELSE, INFORMERT, TILTAKSANSVARLIG, evaluering, fulltUtkast } from '../../support/saksgang';

const REKTOR = aktor(DEMO.rektor);
const ANDRE_ELEVER = 'Ola Nordmann, Åsmund Ødegård';

describe('documents: the case export and the letter to the family', function () {
  this.timeout(60_000);
  let ktx: TestKontekst;
  let sakId: string;

  before(async () => {
    ktx = await lagTestKontekst();
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Kari Ærlig-Østby', involverte: ANDRE_ELEVER, sted: 'Klatrestativet' }), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    sakId = sendt.verdi.id;
    for (const handling of ['ta_imot', 'start_undersokelse', 'opprett_plan'] as const) assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling })).ok);
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, ELEVENS_OPPLEVELSE)).ok);
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, { type: 'samtale_andre_elever', dato: '2026-11-23', deltakere: 'Ola Nordmann', tekst: 'Ola sier at de bare tullet.' })).ok);
    const utkast = fulltUtkast(TILTAKSANSVARLIG);
    utkast.tiltak[0]!.beskrivelse = 'Voksen ved klatrestativet; Ola Nordmann og Åsmund får faste lekegrupper';
    assert.ok((await lagreUtkast(ktx, REKTOR, sakId, utkast)).ok);
    assert.ok((await aktiverPlan(ktx, REKTOR, sakId)).ok);
    assert.ok((await registrerEvaluering(ktx, REKTOR, sakId, await evaluering(ktx, sakId, DEMO.rektor, 'ikke_gjenopprettet', '2026-12-07'))).ok);
    assert.ok((await aktiverPlan(ktx, REKTOR, sakId)).ok);
    assert.ok((await registrerEvaluering(ktx, REKTOR, sakId, await evaluering(ktx, sakId, DEMO.rektor, 'gjenopprettet'))).ok);
    assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt', verdier: { begrunnelse: 'Kari og foreldrene sier at hun har det bra nå; kontaktlærer ser det samme.', informertElevHvordan: 'Samtale med Kari', informertForesatt1Navn: 'mor', informertForesatt1Hvordan: 'Møte med mor og far', informertForesatt2Navn: 'far', informertForesatt2Hvordan: 'Møte med mor og far' } })).ok);
  });
  after(async () => ktx.rydd());

  it('exports the whole case as a PDF with the archive marking in its file name and on its first page, and every section', async () => {
    const r = await lagDokumentasjon(ktx, REKTOR, sakId);
    assert.ok(r.ok, JSON.stringify(r));
    const { filnavn, pdf } = r.verdi;
    assert.match(filnavn, /^Skolemiljosak_2026-[A-Z0-9]{4}-[A-Z0-9]{4}_Bakkelokka-skole_2026-11-23_2026-11-23_Unntatt-offentlighet-offl-13\.pdf$/);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const { sider, alt } = await tekstI(pdf);
    const forside = sider[0]!;
    for (const ventet of ['Unntatt offentlighet, offl. §13 jf. fvl. §13', 'Saksnummer', 'Bakkeløkka skole', 'Demo kommune', 'Opprettet: 23.11.2026', 'Avsluttet: 23.11.2026']) {
      assert.ok(forside.includes(ventet), `first page: ${ventet}`);
    }
    for (const seksjon of ['1. Varselet', '2. Klassifisering og melding til skoleeier', '3. Dokumentasjon per delplikt', 'Følge med', 'Gripe inn', 'Melde fra', 'Undersøke', 'Sette inn tiltak', 'Evaluere', '4. Aktivitetsplan', 'Versjon 1', 'Versjon 2', '5. Evalueringer', '6. Avslutning', '7. Historikk']) {
      assert.ok(alt.includes(seksjon), `section: ${seksjon}`);
    }
    for (const verdi of [
      'Kari Ærlig-Østby',
      'Ola sier at de bare tullet.',
      '«Ingen vil være med meg i friminuttet. Jeg går bare rundt alene.»',
      'Elevens egen opplevelse',
      'Eleven ønsker en voksen i nærheten',
      'Elevens trygghet veier tyngst',
      'Knut Moen',
      'Informert 23.11.2026: Eleven: Samtale med Kari',
      'Informert 23.11.2026: Forelder/foresatt (mor): Møte med mor og far',
      'Informert 23.11.2026: Forelder/foresatt (far): Møte med mor og far',
      // Rektor's own reason at closing, as written (it used to be replaced by a fixed sentence).
      'Begrunnelse: Kari og foreldrene sier at hun har det bra nå; kontaktlærer ser det samme.',
      '3 – Ikke trygt og godt ennå',
      '1 – Eleven har et trygt og godt skolemiljø',
    ]) {
      assert.ok(alt.includes(verdi), `value: ${verdi}`);
    }
    assert.ok(sider.every((s) => s.includes('side ')), 'every page says which page it is');
  });

  it('writes the documentation and the letters as PDF/A-2a, tagged for screen readers', async () => {
    const dok = await lagDokumentasjon(ktx, REKTOR, sakId);
    assert.ok(dok.ok);
    await sjekkPdfA(dok.verdi.pdf);
    for (const mottaker of ['foresatte', 'elev'] as const) {
      const brev = await lagForeldrebrev(ktx, REKTOR, sakId, { mottaker });
      assert.ok(brev.ok);
      await sjekkPdfA(brev.verdi.pdf);
    }
  });

  it('writes the letter to the parents in bokmål, as PDF and as text, naming no other pupil and telling the §12-6 right', async () => {
    const r = await lagForeldrebrev(ktx, REKTOR, sakId, { malform: 'nb', mottaker: 'foresatte' });
    assert.ok(r.ok, JSON.stringify(r));
    const { alt } = await tekstI(r.verdi.pdf);
    for (const tekst of [alt, r.verdi.tekst.replace(/\s+/g, ' ')]) {
      for (const ventet of ['Informasjon om skolemiljøsaken', 'Foresatte til Kari Ærlig-Østby', 'Hva skolen har gjort', 'Rektor Hanne Solberg tok imot saken', 'samtale med andre elever (23.11.2026)', 'Aktivitetsplanen', 'Voksen ved klatrestativet; [en annen elev] og [en annen elev] får faste lekegrupper', 'Statsforvalteren', 'fra 30.11.2026 (opplæringslova § 12-6)', 'Hanne Solberg']) {
        assert.ok(tekst.includes(ventet), `letter: ${ventet}`);
      }
      for (const annen of ['Ola', 'Nordmann', 'Åsmund', 'Ødegård', 'tullet', 'holdt utenfor leken']) assert.ok(!tekst.includes(annen), `names no other pupil / shows no case text: ${annen}`);
      assert.ok(tekst.includes('[en annen elev]'));
    }
    assert.match(r.verdi.filnavn, /^Brev-til-foresatte_2026-/);
  });

  it('writes the letter in nynorsk, and an age-fitting text for the pupil', async () => {
    const nn = await lagForeldrebrev(ktx, REKTOR, sakId, { malform: 'nn' });
    assert.ok(nn.ok);
    const { alt } = await tekstI(nn.verdi.pdf);
    for (const ventet of ['Informasjon om skulemiljøsaka', 'Foreldra til Kari Ærlig-Østby', 'Statsforvaltaren', 'Kva skulen har gjort']) assert.ok(alt.includes(ventet), ventet);
    const elev = await lagForeldrebrev(ktx, REKTOR, sakId, { mottaker: 'elev' });
    assert.ok(elev.ok);
    assert.ok(elev.verdi.tekst.includes('Hei, Kari!'));
    assert.ok(!/Ola|Åsmund/.test(elev.verdi.tekst));
  });

  it('lets only those who work the case export it, and only rektor write the letter', async () => {
    for (const [oid, kode] of [
      [DEMO.laerer, 'ikke_tillatt'],
      [DEMO.laerer2, 'ikke_funnet'],
      [DEMO.annenRektor, 'ikke_funnet'],
      // To kommunalsjef a school's case does not exist until skoleeier is told (src/app/tilgang.ts).
      [DEMO.kommunalsjef, 'ikke_funnet'],
    ] as const) {
      const r = await lagDokumentasjon(ktx, aktor(oid), sakId);
      assert.equal(!r.ok && r.feil.kode, kode, oid);
    }
    assert.ok((await lagDokumentasjon(ktx, aktor(DEMO.inspektor), sakId)).ok);
    const delegat = await lagForeldrebrev(ktx, aktor(DEMO.inspektor), sakId, {});
    assert.equal(!delegat.ok && delegat.feil.kode, 'ikke_tillatt');
    const ugyldig = await lagForeldrebrev(ktx, REKTOR, sakId, { malform: 'latin' });
    assert.ok(!ugyldig.ok && ugyldig.feil.kode === 'ugyldig' && ugyldig.feil.felt.malform === 'Velg bokmål eller nynorsk.');
  });

  it('blanks each name written as «others involved», whole or by first name', () => {
    assert.equal(skjermAndreElever('Ola og Kari leker; ola nordmann også', 'Ola Nordmann og Per', 'X'), 'X og Kari leker; X også');
    assert.equal(skjermAndreElever('Olav kom', 'Ola', 'X'), 'Olav kom', 'a longer name is another name');
  });
});

describe('documents: a case closed against the pupil’s own experience', function () {
  this.timeout(60_000);
  let ktx: TestKontekst;
  let sakId: string;
  const MOT = 'Eleven savner en venn som flyttet; undersøkelsen fant ingen krenking.';

  before(async () => {
    ktx = await lagTestKontekst();
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn: 'Kari Ærlig-Østby', involverte: 'Ola Nordmann' }), { skjemaId: ktx.nyId() });
    assert.ok(sendt.ok);
    sakId = sendt.verdi.id;
    for (const handling of ['ta_imot', 'start_undersokelse'] as const) assert.ok((await utforHandling(ktx, REKTOR, { sakId, handling })).ok);
    assert.ok((await leggTilLoggforing(ktx, REKTOR, sakId, { ...ELEVENS_OPPLEVELSE, elevensSvar: 'delvis' })).ok);
    const verdier = { begrunnelse: 'Ingen krenking funnet.', begrunnelseMotEleven: MOT, ...INFORMERT };
    const lukket = await utforHandling(ktx, REKTOR, { sakId, handling: 'avslutt_uten_tiltak', verdier });
    assert.ok(lukket.ok, JSON.stringify(lukket));
  });
  after(async () => ktx.rydd());

  it('prints the pupil’s answer and rektor’s reason against it in the documentation', async () => {
    const r = await lagDokumentasjon(ktx, REKTOR, sakId);
    assert.ok(r.ok);
    const { alt } = await tekstI(r.verdi.pdf);
    for (const ventet of ['Opplever eleven skolemiljøet som trygt og godt?: Delvis', `Avsluttet mot elevens egen opplevelse – begrunnelse: ${MOT}`]) assert.ok(alt.includes(ventet), ventet);
  });

  it('tells the parents that rektor closed against the pupil’s experience, why, and that they may go to Statsforvalteren', async () => {
    const r = await lagForeldrebrev(ktx, REKTOR, sakId, { malform: 'nb', mottaker: 'foresatte' });
    assert.ok(r.ok);
    const { alt } = await tekstI(r.verdi.pdf);
    for (const tekst of [alt, r.verdi.tekst.replace(/\s+/g, ' ')]) {
      assert.ok(tekst.includes(`Eleven sa sist at skolemiljøet ikke er trygt og godt. Rektor avsluttet saken likevel, med denne begrunnelsen: «${MOT}»`), tekst);
      assert.ok(tekst.includes('Statsforvalteren'));
    }
  });
});
