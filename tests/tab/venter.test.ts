/**
 * Issue 20 in a real browser: «Venter på deg» as the first page of rektor, a saksansvarlig, a
 * tiltak's owner and the kommunalsjef, with the menu's count; rektor takes a new varsel from it to
 * an investigation started (received and assigned in one click); and Saker's search, sort and
 * pages, done by the server. The cases are set up through the use cases first (22 more varsler at
 * Bakkeløkka later, for two pages of Saker): a case for Ahmed Ali as saksansvarlig with no plan yet, a plan
 * with a tiltak for the vaktmester, and an unreceived varsel about the school's leadership that
 * only the kommunalsjef may see. axe and 320 px on every page; the steps build on each other.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import type { AppKontekst } from '../../src/app/kontekst';
import { aktiverPlan } from '../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../src/app/plan/lagreUtkast';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import type { Handling } from '../../src/domain/sak';
import type { KommerFra } from '../../src/domain/varsel';
import { leggTilVirkedager, osloDato } from '../../src/domain/frister';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { type Tab, lastet, meny, sjekkOgFotografer, skjermbilde, somPerson, startTab, aapneFraMeny as åpne } from '../support/nettleser';
import { ELEVENS_OPPLEVELSE, fulltUtkast } from '../support/saksgang';

const HANNE = 'Hanne Solberg'; // rektor at Bakkeløkka
const AHMED = 'Ahmed Ali'; // lærer, saksansvarlig
const KNUT = 'Knut Moen'; // vaktmester, owns a tiltak
const INGRID = 'Ingrid Haugland'; // kommunalsjef

async function varsel(ktx: AppKontekst, elevNavn: string, kommerFra: KommerFra = 'nei'): Promise<{ id: string; saksnummer: string }> {
  const r = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn, kommerFra }), { skjemaId: ktx.nyId() });
  assert.ok(r.ok, JSON.stringify(r));
  return r.verdi;
}

async function gjor(ktx: AppKontekst, hvem: string, sakId: string, steg: [Handling, Record<string, unknown>][]): Promise<void> {
  for (const [handling, verdier] of steg) {
    const r = await utforHandling(ktx, aktor(hvem), { sakId, handling, verdier });
    assert.ok(r.ok, `${handling}: ${JSON.stringify(r)}`);
  }
}

describe('«Venter på deg» and Saker in a browser (issue 20)', function () {
  this.timeout(90_000);
  let tab: Tab;
  const sider = new Map<string, Page>();
  const som = (navn: string) => somPerson(tab, sider, navn);
  let ny = { id: '', saksnummer: '' };
  let ahmeds = { id: '', saksnummer: '' };
  let ledelse = { id: '', saksnummer: '' };
  let medPlan = { id: '', saksnummer: '' };
  let nils = { id: '', saksnummer: '' };

  before(async function () {
    this.timeout(180_000);
    tab = await startTab();
    const ktx = tab.app.ktx;
    ahmeds = await varsel(ktx, 'Jonas Vik');
    await gjor(ktx, DEMO.rektor, ahmeds.id, [['ta_imot', { saksansvarlig: DEMO.laerer3 }]]);
    // Rektor's own case: a plan in force, evaluated in two working days (after a new varsel's frist of
    // one working day, whatever day the suite runs: «tomorrow» is before it on a Friday), with a tiltak for the vaktmester.
    medPlan = await varsel(ktx, 'Sara Berg');
    await gjor(ktx, DEMO.rektor, medPlan.id, [['ta_imot', { saksansvarlig: DEMO.rektor }], ['start_undersokelse', {}], ['opprett_plan', {}]]);
    assert.ok((await leggTilLoggforing(ktx, aktor(DEMO.rektor), medPlan.id, { ...ELEVENS_OPPLEVELSE, dato: osloDato(new Date()) })).ok);
    const evalueringsdato = leggTilVirkedager(osloDato(new Date()), 2);
    assert.ok((await lagreUtkast(ktx, aktor(DEMO.rektor), medPlan.id, { ...fulltUtkast(DEMO.vaktmester), evalueringsdato })).ok);
    assert.ok((await aktiverPlan(ktx, aktor(DEMO.rektor), medPlan.id)).ok);
    ledelse = await varsel(ktx, 'Lea Holm', 'ledelse');
    nils = await varsel(ktx, 'Nils Brekke', 'ansatt');
    ny = await varsel(ktx, 'Mia Solheim');
  });
  after(async () => {
    await tab?.stopp();
  });

  const oppgave = (side: Page, tekst: string) => side.getByRole('list', { name: 'Oppgaver som venter på deg' }).getByRole('listitem').filter({ hasText: tekst });

  it('gives rektor «Venter på deg» first, with the count in the menu — never the varsel about the leadership', async () => {
    const side = await som(HANNE);
    await lastet(side, 'Venter på deg');
    await side.getByRole('navigation').getByRole('link', { name: /^Venter på deg \(\d+ oppgaver\)$/ }).waitFor();
    // Nils's varsel (an employee: straks) first, then Mia's (due in one working day); Sara's plan is evaluated after that.
    assert.deepEqual(await side.getByRole('list', { name: 'Oppgaver som venter på deg' }).getByRole('link').allInnerTexts(), [
      'Ta imot varselet',
      'Ta imot varselet',
      'Evaluer planen',
      'Bekreft at du kjenner pliktene dine',
    ]);
    await oppgave(side, 'Nils Brekke').getByText('Straks').waitFor();
    await oppgave(side, 'Sara Berg').getByText(/^Frist /).waitFor();
    assert.equal(await side.getByText(ledelse.saksnummer).count(), 0);
    assert.equal(await side.getByText('Lea Holm').count(), 0);
    const [forste] = await meny(side);
    assert.match(forste ?? '', /^Venter på deg\s*\d+/);
    await sjekkOgFotografer(side, 'venter-rektor');
  });

  it('lets rektor receive and assign a new varsel in one click, then start its investigation from «Venter på deg»', async () => {
    const side = await som(HANNE);
    await oppgave(side, 'Mia Solheim').getByRole('link', { name: 'Ta imot varselet' }).click();
    await lastet(side, `Sak ${ny.saksnummer}`);
    await side.getByLabel('Saksansvarlig').selectOption({ label: HANNE });
    await side.getByRole('button', { name: 'Ta imot', exact: true }).click();
    // Received and assigned by one click: she is now its saksansvarlig.
    await side.getByText('Mottatt', { exact: true }).first().waitFor();
    await side.getByRole('definition').filter({ hasText: HANNE }).waitFor();
    await åpne(side, 'Venter på deg');
    await oppgave(side, 'Mia Solheim').getByRole('link', { name: 'Start undersøkelsen' }).click();
    await lastet(side, `Sak ${ny.saksnummer}`);
    await side.getByRole('button', { name: 'Start undersøkelse' }).click();
    await side.getByText('Undersøkes', { exact: true }).first().waitFor();
    await åpne(side, 'Venter på deg');
    await oppgave(side, 'Mia Solheim').getByRole('link', { name: 'Skriv aktivitetsplanen' }).waitFor();
    assert.equal(await oppgave(side, 'Ta imot varselet').count(), 1);
    await sjekkOgFotografer(side, 'venter-rektor-etter');
    await side.setViewportSize({ width: 1024, height: 900 });
    await skjermbilde(side, 'venter-rektor-bred');
    await side.setViewportSize({ width: 320, height: 900 });
  });

  it('finds a case in Saker by pupil or case number, sorts by a column and pages on the server', async () => {
    const side = await som(HANNE);
    await åpne(side, 'Saker');
    // Jonas, Sara, Nils and Mia: the leadership case is not among them.
    await side.getByRole('table', { name: '4 saker, side 1 av 1' }).waitFor();
    assert.equal(await side.getByText(ledelse.saksnummer).count(), 0);
    await side.getByRole('button', { name: 'Elev' }).click();
    await side.waitForURL(/sorter=elev/);
    // The route changes first, then the sorted page arrives from the server.
    await side.getByRole('row').nth(1).getByText('Jonas Vik').waitFor();
    assert.equal(await side.getByRole('columnheader', { name: 'Elev' }).getAttribute('aria-sort'), 'ascending');
    await side.getByRole('button', { name: 'Elev' }).click();
    await side.waitForURL(/retning=synkende/);
    await side.getByRole('row').nth(1).getByText('Sara Berg').waitFor();
    assert.equal(await side.getByRole('columnheader', { name: 'Elev' }).getAttribute('aria-sort'), 'descending');

    await side.getByLabel('Søk etter elev eller saksnummer').fill('mia');
    await side.getByRole('button', { name: 'Søk', exact: true }).click();
    await side.getByRole('table', { name: '1 sak, side 1 av 1' }).getByText('Mia Solheim').waitFor();
    await side.getByLabel('Søk etter elev eller saksnummer').fill(ahmeds.saksnummer.toLowerCase());
    await side.getByRole('button', { name: 'Søk', exact: true }).click();
    await side.getByRole('table', { name: '1 sak, side 1 av 1' }).getByRole('link', { name: ahmeds.saksnummer }).waitFor();
    await sjekkOgFotografer(side, 'saker-sok');
  });

  it('pages Saker 25 at a time', async () => {
    const ktx = tab.app.ktx;
    for (let i = 1; i <= 22; i++) await varsel(ktx, `Elev ${String(i).padStart(2, '0')} Hagen`);
    const side = await som(HANNE);
    await side.goto(`${tab.url}/#/saker?sorter=elev`);
    await side.getByRole('table', { name: '26 saker, side 1 av 2' }).waitFor();
    assert.equal(await side.getByRole('table').getByRole('row').count(), 26, 'a header and 25 rows');
    const sidenav = side.getByRole('navigation', { name: 'Sider i listen over saker' });
    await sidenav.getByRole('link', { name: 'Neste side' }).click();
    await side.getByRole('table', { name: '26 saker, side 2 av 2' }).waitFor();
    assert.equal(await side.getByRole('table').getByRole('row').count(), 2);
    await side.getByRole('table').getByText('Sara Berg').waitFor();
    assert.match(side.url(), /side=2/);
    await sjekkOgFotografer(side, 'saker-side-2');
    await sidenav.getByRole('link', { name: 'Forrige side' }).click();
    await side.getByRole('table', { name: '26 saker, side 1 av 2' }).waitFor();
    // A search starts again at page 1.
    await side.getByLabel('Søk etter elev eller saksnummer').fill('hagen');
    await side.getByRole('button', { name: 'Søk', exact: true }).click();
    await side.getByRole('table', { name: '22 saker, side 1 av 1' }).waitFor();
  });

  it('gives a saksansvarlig who is a plain teacher his case in «Venter på deg» and in Saker', async () => {
    const side = await som(AHMED);
    await lastet(side, 'Venter på deg');
    await oppgave(side, 'Jonas Vik').getByRole('link', { name: 'Start undersøkelsen' }).waitFor();
    await oppgave(side, 'Bekreft at du kjenner pliktene dine').waitFor();
    await sjekkOgFotografer(side, 'venter-saksansvarlig');
    await åpne(side, 'Saker');
    await side.getByRole('table', { name: '1 sak, side 1 av 1' }).getByRole('link', { name: ahmeds.saksnummer }).waitFor();
    await sjekkOgFotografer(side, 'saker-saksansvarlig');
  });

  it('gives the tiltak’s owner his tiltak, one click from the plan', async () => {
    const side = await som(KNUT);
    await lastet(side, 'Venter på deg');
    const tiltak = oppgave(side, 'Sara Berg');
    await tiltak.getByRole('link', { name: 'Tiltak: Voksen ved klatrestativet i alle friminutt' }).waitFor();
    assert.equal(await oppgave(side, 'Ta imot varselet').count(), 0);
    await sjekkOgFotografer(side, 'venter-tiltak');
    await tiltak.getByRole('link').click();
    await side.waitForURL(new RegExp(`#/sak/${medPlan.id}/plan$`));
  });

  it('gives the kommunalsjef the varsel about the leadership to receive', async () => {
    const side = await som(INGRID);
    await lastet(side, 'Venter på deg');
    await oppgave(side, 'Lea Holm').getByRole('link', { name: 'Ta imot varselet' }).waitFor();
    assert.equal(await oppgave(side, 'Ta imot varselet').count(), 1, 'the school’s own varsler are rektor’s to receive');
    assert.equal(await side.getByText('Nils Brekke').count(), 0);
    await sjekkOgFotografer(side, 'venter-kommunalsjef');
  });

  it('shows the kommunalsjef what needs action first in Oversikt, naming no pupil, then the school year’s figures', async () => {
    const side = await som(INGRID);
    await åpne(side, 'Oversikt');
    const handling = side.getByRole('table', { name: 'Trenger handling nå' });
    // The leadership case and the §12-5 case (skoleeier is told) are the kommunalsjef's to open; the school's
    // own unreceived varsler are shown by number only.
    const ikkeMottatt = handling.getByRole('row').filter({ hasText: 'Varselet er ikke tatt imot' });
    await ikkeMottatt.getByRole('link', { name: ledelse.saksnummer }).waitFor();
    await ikkeMottatt.getByRole('link', { name: nils.saksnummer }).waitFor();
    const hagen = ikkeMottatt.filter({ hasNotText: ledelse.saksnummer }).filter({ hasNotText: nils.saksnummer });
    assert.ok((await hagen.count()) >= 22);
    assert.equal(await hagen.getByRole('link').count(), 0, 'a case not reported to skoleeier is not the kommunalsjef’s to read');
    for (const elev of ['Lea Holm', 'Hagen', 'Mia Solheim']) assert.equal(await handling.getByText(elev).count(), 0, elev);
    const skoleaar = await side.getByRole('heading', { level: 2, name: /^Tall for skoleåret \d{4}–\d{4}$/ }).boundingBox();
    const forstHandling = await side.getByRole('heading', { level: 2, name: 'Trenger handling nå' }).boundingBox();
    assert.ok(forstHandling && skoleaar && forstHandling.y < skoleaar.y, 'what needs action comes before the figures');
    await sjekkOgFotografer(side, 'oversikt-trenger-handling');
  });
});
