/**
 * The tab as people use it, in real Chromium against the real app (SQLite in a temp folder, the
 * demo organisation, the local person picker): a vaktmester confirms the duties and sends a varsel,
 * rektor finds the case and sees who has confirmed, the kommunalsjef reads the figures. Two cases
 * with plans are set up through the use cases first (no page writes plans yet): one at Bakkeløkka
 * with a tiltak for rektor, and one about Bakkeløkka's leadership with a tiltak for the vaktmester —
 * which rektor must never see or count. Every page is checked with axe-core and for sideways scrolling at Teams' narrowest width
 * (320 px), and photographed to tests/.tmp/skjermbilder. The steps build on each other, in order.
 */
import { strict as assert } from 'node:assert';
import { osloDato } from '../../src/domain/frister';
import type { Page } from 'playwright-core';
import type { AppKontekst } from '../../src/app/kontekst';
import { aktiverPlan } from '../../src/app/plan/aktiverPlan';
import { lagreUtkast } from '../../src/app/plan/lagreUtkast';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import type { KommerFra } from '../../src/domain/varsel';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { SMAL, type Tab, alvorligeAxeBrudd, lastet, meny, sjekkOgFotografer, skjermbilde, somPerson, startTab, utenAntall, aapneFraMeny as åpne, ventPaa } from '../support/nettleser';
import { BEHANDLER, ELEVENS_OPPLEVELSE, SAKSANSVARLIG, fulltUtkast } from '../support/saksgang';

const KNUT = 'Knut Moen'; // vaktmester at Bakkeløkka
const HANNE = 'Hanne Solberg'; // rektor at Bakkeløkka
const INGRID = 'Ingrid Haugland'; // kommunalsjef

/** A case at Bakkeløkka with an active plan whose one tiltak is `tiltaksansvarlig`'s. */
async function sakMedPlan(ktx: AppKontekst, elevNavn: string, kommerFra: KommerFra, tiltaksansvarlig: string): Promise<string> {
  const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema({ elevNavn, kommerFra }), { skjemaId: ktx.nyId() });
  assert.ok(sendt.ok, JSON.stringify(sendt));
  const sakId = sendt.verdi.id;
  const b = aktor(BEHANDLER[kommerFra]);
  for (const [handling, verdier] of [
    ['ta_imot', {}],
    ['tildel', { saksansvarlig: SAKSANSVARLIG[kommerFra] }],
    ['start_undersokelse', {}],
    ['opprett_plan', {}],
  ] as const) {
    const r = await utforHandling(ktx, b, { sakId, handling, verdier });
    assert.ok(r.ok, `${handling}: ${JSON.stringify(r)}`);
  }
  const logg = await leggTilLoggforing(ktx, b, sakId, { ...ELEVENS_OPPLEVELSE, dato: osloDato(ktx.naa()) });
  assert.ok(logg.ok, JSON.stringify(logg));
  const utkast = await lagreUtkast(ktx, b, sakId, fulltUtkast(tiltaksansvarlig));
  assert.ok(utkast.ok, JSON.stringify(utkast));
  const aktivert = await aktiverPlan(ktx, b, sakId);
  assert.ok(aktivert.ok, JSON.stringify(aktivert));
  return sendt.verdi.saksnummer;
}

/** The POSTs `side` makes from now on to a path ending in `slutt` (filled as they are sent). */
function posterTil(side: Page, slutt: string): string[] {
  const sendt: string[] = [];
  side.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname.endsWith(slutt)) sendt.push(r.url());
  });
  return sendt;
}

describe('the tab in a browser', function () {
  this.timeout(60_000);
  let tab: Tab;
  /** One page per person, reused from test to test (as someone keeps the tab open). */
  const sider = new Map<string, Page>();
  const som = (navn: string) => somPerson(tab, sider, navn);
  let varselNr = '';
  let planNr = '';
  let ledelseNr = '';

  before(async function () {
    this.timeout(180_000); // builds the tab first when its build is missing or stale
    tab = await startTab();
    planNr = await sakMedPlan(tab.app.ktx, 'Sara Berg', 'nei', DEMO.rektor);
    // A case about the leadership may give no tiltak to the leadership: here the vaktmester has it.
    ledelseNr = await sakMedPlan(tab.app.ktx, 'Lea Holm', 'ledelse', DEMO.vaktmester);
  });
  after(async () => {
    await tab?.stopp();
  });






  /** A wide photograph too (for the README), the page as it is, then back to the narrow width. */
  async function fotograferBredt(side: Page, navn: string): Promise<void> {
    await side.setViewportSize({ width: 1024, height: 900 });
    await skjermbilde(side, navn);
    await side.setViewportSize({ width: SMAL, height: 900 });
  }

  it('offers the local person picker when no Microsoft app id is configured', async () => {
    const side = await tab.nySide(SMAL);
    await side.goto(`${tab.url}/`);
    await side.getByRole('heading', { level: 1, name: 'Velg hvem du vil være' }).waitFor();
    await sjekkOgFotografer(side, 'fane-personvelger');
    await side.context().close();
  });

  it('lets a vaktmester confirm «Jeg er kjent med pliktene» by keyboard, and it is still confirmed after a reload', async () => {
    const side = await som(KNUT);
    await lastet(side, 'Venter på deg');
    assert.deepEqual(utenAntall(await meny(side)), ['Venter på deg', 'Mine plikter', 'Meld fra', 'Mine varsler', 'Mine oppgaver', 'Saker']);
    await åpne(side, 'Mine plikter', /Pliktene dine/);
    for (const delplikt of ['Følge med', 'Gripe inn', 'Melde fra', 'Undersøke', 'Sette inn tiltak']) {
      await side.getByRole('heading', { level: 2, name: new RegExp(delplikt) }).waitFor();
    }
    await side.getByText(/Ved Bakkeløkka skole går varsler til/).waitFor();
    await side.getByText(/Du har ikke bekreftet/).waitFor();
    await sjekkOgFotografer(side, 'fane-mine-plikter');
    // Keyboard only: Tab until the button has focus, then Enter.
    const knapp = side.getByRole('button', { name: 'Jeg er kjent med pliktene' });
    for (let i = 0; i < 40 && !(await knapp.evaluate((k) => k === k.ownerDocument.activeElement)); i++) await side.keyboard.press('Tab');
    // Enter pressed twice in a row (an impatient press) confirms once: one request.
    const bekreftelser = posterTil(side, '/api/plikter/bekreftelse');
    await side.keyboard.press('Enter');
    await side.keyboard.press('Enter');
    await side.getByRole('main').getByText(/Du bekreftet at du er kjent med pliktene/).waitFor();
    assert.equal(bekreftelser.length, 1);
    // The button is gone: focus is on the receipt, not fallen to the page, and it was said politely.
    await ventPaa(side, "/Du bekreftet/.test(document.querySelector('[aria-live=polite]')?.textContent ?? '')");
    assert.notEqual(await side.evaluate('document.activeElement?.tagName'), 'BODY');
    await side.reload();
    await lastet(side, /Pliktene dine/);
    await side.getByRole('main').getByText(/Du bekreftet at du er kjent med pliktene/).waitFor();
    assert.equal(await side.getByRole('button', { name: 'Jeg er kjent med pliktene' }).count(), 0);
    await sjekkOgFotografer(side, 'fane-mine-plikter-bekreftet');
  });

  it('names the missing fields in Meld fra in bokmål, keeps what was typed, and a double click sends one varsel', async () => {
    const side = await som(KNUT);
    await åpne(side, 'Meld fra', 'Meld fra om en elev');
    await side.getByLabel('Elevens navn').fill('Ola Nordmann');
    await side.getByRole('button', { name: 'Send varsel' }).click();
    // The server's messages, at the field they belong to.
    await side.getByText('Skriv hva du så eller hørte.').waitFor();
    await side.getByText('Svar på om krenkingen kommer fra noen som jobber på skolen. Velg «Vet ikke» hvis du ikke vet.').waitFor();
    assert.equal(await side.getByLabel(/Hva så eller hørte du/).getAttribute('aria-invalid'), 'true');
    assert.equal(await side.getByLabel('Elevens navn').inputValue(), 'Ola Nordmann');
    await sjekkOgFotografer(side, 'fane-meld-fra-feil');
    await side.getByLabel(/Hva så eller hørte du/).fill('Ble holdt utenfor i friminuttet og gråt etterpå.');
    await side.getByRole('radiogroup', { name: /Er det noen som jobber på skolen/ }).getByRole('radio', { name: 'Nei', exact: true }).check();
    await side.getByRole('button', { name: 'Send varsel' }).dblclick();
    await lastet(side, 'Takk – varselet er sendt');
    varselNr = ((await side.getByText(/^Saksnummer: /).innerText()).split(': ')[1] ?? '').trim();
    assert.match(varselNr, /^\d{4}-/);
    // The receipt names who got it, every receiver in order — not «rektor» when three people did.
    await side.getByText('Hanne Solberg (rektor), Jon Bakken (inspektør), Marte Lie (sosiallærer)', { exact: true }).waitFor();
    await sjekkOgFotografer(side, 'fane-meld-fra-kvittering');

    await åpne(side, 'Mine varsler');
    const rader = side.getByRole('row').filter({ hasText: 'Ola Nordmann' });
    assert.equal(await rader.count(), 1, 'one varsel for a double click');
    await rader.getByText(varselNr).waitFor();
    await sjekkOgFotografer(side, 'fane-mine-varsler');

    // His tiltak in the case about the leadership is his to do, though the case itself is not his to read.
    await åpne(side, 'Mine oppgaver');
    const oppgaver = side.getByRole('row').filter({ hasText: 'Voksen ved klatrestativet' });
    assert.equal(await oppgaver.count(), 1);
    await oppgaver.getByRole('link', { name: ledelseNr }).waitFor();
    await sjekkOgFotografer(side, 'fane-mine-oppgaver');
  });

  it("lets rektor find the school's cases in Saker, filter them and open one — never the case about the leadership", async () => {
    const side = await som(HANNE);
    await lastet(side, 'Venter på deg');
    assert.deepEqual(utenAntall(await meny(side)), ['Venter på deg', 'Mine plikter', 'Meld fra', 'Mine varsler', 'Mine oppgaver', 'Saker', 'Bekreftelser', 'Revisjon av internkontrollen', 'Varslingsliste', 'Skolerute', 'Årshjul']);
    await åpne(side, 'Saker');
    await side.getByRole('table', { name: '2 saker, side 1 av 1' }).waitFor();
    await side.getByRole('link', { name: varselNr }).waitFor();
    await side.getByRole('link', { name: planNr }).waitFor();
    assert.equal(await side.getByText(ledelseNr).count(), 0, 'the case about the leadership is not listed for rektor');
    await sjekkOgFotografer(side, 'fane-saker');
    await fotograferBredt(side, 'fane-saker-bred');

    // A filter is a link in the route: the box follows the route once the page has gone there.
    const boks = (navn: string) => side.getByRole('checkbox', { name: navn });
    await boks('Uten aktivitetsplan').click();
    await side.getByRole('table', { name: '1 sak, side 1 av 1' }).waitFor();
    assert.match(side.url(), /#\/saker\?utenPlan=1$/);
    assert.equal(await boks('Uten aktivitetsplan').isChecked(), true);
    assert.equal(await side.getByRole('link', { name: planNr }).count(), 0);
    await boks('Straks-saker').click();
    await side.getByText('Ingen saker passer filteret.').waitFor();
    await boks('Straks-saker').click();
    await side.getByRole('table', { name: '1 sak, side 1 av 1' }).waitFor();
    await side.getByRole('link', { name: varselNr }).click();
    await lastet(side, `Sak ${varselNr}`);
    await side.getByText('Ola Nordmann').waitFor();
    await side.getByRole('heading', { level: 3, name: 'Melde fra' }).waitFor();
    await side.getByText(`Varsel sendt (${KNUT})`).waitFor();
    await sjekkOgFotografer(side, 'fane-sak');
  });

  it("shows rektor her tiltak in Mine oppgaver, not the leadership case's, and no Oversikt", async () => {
    const side = await som(HANNE);
    await åpne(side, 'Mine oppgaver');
    const rader = side.getByRole('row').filter({ hasText: 'Voksen ved klatrestativet' });
    assert.equal(await rader.count(), 1, "rektor's tiltak in her school's case, and not the one in the case about the leadership");
    await rader.getByRole('link', { name: planNr }).waitFor();
    assert.equal(await side.getByText(ledelseNr).count(), 0);
    await sjekkOgFotografer(side, 'fane-mine-oppgaver-rektor');
    await fotograferBredt(side, 'fane-mine-oppgaver-rektor-bred');

    await side.goto(`${tab.url}/#/oversikt`);
    await lastet(side, 'Oversikt');
    await side.getByRole('alert').filter({ hasText: 'Du har ikke tilgang til denne siden.' }).waitFor();
    assert.equal(await side.getByRole('table').count(), 0, 'no figures for rektor');
  });

  it('shows rektor the true share of staff who confirmed, and who has not', async () => {
    const side = await som(HANNE);
    await åpne(side, 'Bekreftelser');
    await side.getByText('1 av 11 ansatte har bekreftet (9 %)').waitFor();
    const ikke = side.getByRole('table', { name: /Har ikke bekreftet \(10\)/ });
    await ikke.getByText('Tor Eriksen').waitFor();
    assert.equal(await ikke.getByText(KNUT).count(), 0, 'the vaktmester confirmed above');
    await sjekkOgFotografer(side, 'fane-bekreftelser');
  });

  it('lets rektor send those a reminder once a day, and says when it went on a second click', async () => {
    const side = await som(HANNE);
    const knapp = side.getByRole('button', { name: 'Send påminnelse' });
    // A double click sends one reminder request (a second one would answer «already sent»).
    const paaminnelser = posterTil(side, '/paminnelse');
    await knapp.dblclick();
    await side.getByText('Påminnelsen er sendt til 10 ansatte som ikke har bekreftet.').waitFor();
    assert.equal(paaminnelser.length, 1);
    await knapp.click();
    await side.getByText(new RegExp(`Påminnelsen ble allerede sendt .* av ${HANNE}, til 10 ansatte\\. Du kan sende en ny i morgen\\.`)).waitFor();
    const brudd = await alvorligeAxeBrudd(side);
    assert.deepEqual(brudd, [], `axe: ${JSON.stringify(brudd, null, 1)}`);
  });

  it("shows the kommunalsjef every school's figures as a chart and a table, counting the leadership case, in the dark theme too", async () => {
    const side = await tab.nySide(1024, 'dark');
    sider.set(INGRID, side);
    await side.goto(`${tab.url}/`);
    const verdi = await side.getByLabel('Person').locator('option', { hasText: INGRID }).first().getAttribute('value');
    await side.getByLabel('Person').selectOption(verdi ?? '');
    await side.getByRole('button', { name: 'Bruk appen som denne personen' }).click();
    await side.getByText(`Du er ${INGRID}`).waitFor();
    assert.deepEqual(utenAntall(await meny(side)), ['Venter på deg', 'Mine plikter', 'Meld fra', 'Mine varsler', 'Mine oppgaver', 'Saker', 'Oversikt', 'Revisjon av internkontrollen', 'Organisasjon', 'Skolerute', 'Årshjul']);
    await åpne(side, 'Oversikt');
    for (const figur of [
      'Varsler per skole og måned',
      'Tid fra varsel til mottak (median, timer)',
      'Åpne saker og aktivitetsplaner',
      'Evalueringer som har passert fristen',
      'Planer uten barnets beste-vurdering',
      'Andel ansatte som har bekreftet pliktene',
    ]) {
      await side.getByRole('img', { name: `Stolpediagram: ${figur}. Tallene står i tabellen under.` }).waitFor();
      await side.getByRole('table', { name: figur }).waitFor();
    }
    const rad = (figur: string) => side.getByRole('table', { name: figur }).getByRole('row').filter({ hasText: 'Bakkeløkka skole' });
    const celler = async (figur: string) => (await rad(figur).getByRole('cell').allInnerTexts()).map((c) => c.trim());
    // This month: the vaktmester's varsel and the two set up with plans, the leadership case included.
    assert.equal((await celler('Varsler per skole og måned')).at(-1), '3');
    assert.deepEqual((await celler('Åpne saker og aktivitetsplaner')).slice(1), ['3', '2']);
    assert.deepEqual((await celler('Andel ansatte som har bekreftet pliktene')).slice(1), ['9', '1 / 11']);
    await side.getByRole('table', { name: 'Saker sendt eller meldt til skoleeier' }).getByText(ledelseNr).waitFor();
    await sjekkOgFotografer(side, 'fane-oversikt-mørk');
    await side.setViewportSize({ width: SMAL, height: 900 });
    await sjekkOgFotografer(side, 'fane-oversikt-smal-mørk');

    await åpne(side, 'Saker');
    await side.getByRole('link', { name: ledelseNr }).waitFor();
    await sjekkOgFotografer(side, 'fane-saker-kommunalsjef-mørk');
  });
});
