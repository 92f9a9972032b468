/**
 * The tab as people use it, in real Chromium against the real app (SQLite in a temp folder, the
 * demo organisation, the local person picker): a vaktmester confirms the duties and sends a
 * varsel, rektor opens the case and sees who has confirmed, the kommunalsjef reads the figures.
 * Every page is checked with axe-core at Teams' narrowest width (320 px) and photographed to
 * tests/.tmp/skjermbilder. The steps build on each other, in order.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { alvorligeAxeBrudd, skjermbilde, startFane, type Fane } from '../support/nettleser';

const SMAL = 320;

describe('the tab in a browser', function () {
  this.timeout(120_000);
  let fane: Fane;
  let saksnummer = '';

  before(async () => {
    fane = await startFane();
  });
  after(async () => {
    await fane?.stopp();
  });

  /** A new browser (own storage) that picks `navn` in the local person picker. */
  async function somPerson(navn: string, bredde = SMAL): Promise<Page> {
    const side = await fane.nySide(bredde);
    await side.goto(`${fane.url}/`);
    const velger = side.getByLabel('Person');
    const verdi = await velger.locator('option', { hasText: navn }).first().getAttribute('value');
    await velger.selectOption(verdi ?? '');
    await side.getByRole('button', { name: 'Bruk appen som denne personen' }).click();
    await side.getByText(`Du er ${navn}`).waitFor();
    return side;
  }

  async function gåTil(side: Page, rute: string, tittel: string | RegExp): Promise<void> {
    await side.goto(`${fane.url}/#${rute}`);
    await side.getByRole('heading', { level: 1, name: tittel }).waitFor();
    await side.getByText('Laster …').waitFor({ state: 'detached' });
  }

  async function sjekkOgFotografer(side: Page, navn: string): Promise<void> {
    const brudd = await alvorligeAxeBrudd(side);
    assert.deepEqual(brudd, [], `axe: ${JSON.stringify(brudd, null, 1)}`);
    const bredde = await side.evaluate<number>('document.documentElement.scrollWidth');
    const vindu = side.viewportSize()?.width ?? 0;
    assert.ok(bredde <= vindu, `${navn}: siden er ${bredde} px bred i et vindu på ${vindu} px`);
    await skjermbilde(side, navn);
  }

  it('offers the local person picker when no Microsoft app id is configured', async () => {
    const side = await fane.nySide(SMAL);
    await side.goto(`${fane.url}/`);
    await side.getByRole('heading', { level: 1, name: 'Velg hvem du vil være' }).waitFor();
    await sjekkOgFotografer(side, '0-personvelger');
    await side.context().close();
  });

  it('lets a vaktmester read the duties and confirm «Jeg er kjent med pliktene», showing when', async () => {
    const side = await somPerson('Knut Moen');
    await gåTil(side, '/plikter', /Pliktene dine/);
    for (const delplikt of ['Følge med', 'Gripe inn', 'Melde fra', 'Undersøke', 'Sette inn tiltak']) {
      await side.getByRole('heading', { level: 2, name: new RegExp(delplikt) }).waitFor();
    }
    await side.getByText(/Ved Bakkeløkka skole går varsler til/).waitFor();
    await side.getByText(/Du har ikke bekreftet/).waitFor();
    await sjekkOgFotografer(side, '1-mine-plikter');
    // Keyboard only: the button is reached with Tab and pressed with Enter.
    const knapp = side.getByRole('button', { name: 'Jeg er kjent med pliktene' });
    await knapp.focus();
    await side.keyboard.press('Enter');
    await side.getByText(/Du bekreftet at du er kjent med pliktene/).waitFor();
    await side.reload();
    await side.getByText(/Du bekreftet at du er kjent med pliktene/).waitFor();
    assert.equal(await side.getByRole('button', { name: 'Jeg er kjent med pliktene' }).count(), 0);
    await sjekkOgFotografer(side, '1-mine-plikter-bekreftet');
    await side.context().close();
  });

  it('sends a varsel from Meld fra: missing fields are named and nothing typed is lost; a double click sends one', async () => {
    const side = await somPerson('Knut Moen');
    await gåTil(side, '/meld-fra', 'Meld fra om en elev');
    await side.getByLabel('Elevens navn').fill('Ola Nordmann');
    await side.getByRole('button', { name: 'Send varsel' }).click();
    await side.getByText('Skriv hva du så eller hørte.').or(side.getByText(/Hva du så eller hørte mangler/)).first().waitFor();
    assert.equal(await side.getByLabel('Elevens navn').inputValue(), 'Ola Nordmann');
    await sjekkOgFotografer(side, '2-meld-fra-feil');
    await side.getByLabel(/Hva så eller hørte du/).fill('Ble holdt utenfor i friminuttet og gråt etterpå.');
    await side.getByRole('radio', { name: 'Nei, eller jeg vet ikke' }).check();
    await side.getByRole('button', { name: 'Send varsel' }).dblclick();
    await side.getByRole('heading', { level: 1, name: 'Takk – varselet er sendt' }).waitFor();
    saksnummer = ((await side.getByText(/^Saksnummer: /).innerText()).split(': ')[1] ?? '').trim();
    assert.match(saksnummer, /^\d{4}-/);
    await side.getByText('rektor', { exact: true }).waitFor();
    await sjekkOgFotografer(side, '2-meld-fra-kvittering');

    await gåTil(side, '/varsler', 'Mine varsler');
    const rader = side.getByRole('row').filter({ hasText: 'Ola Nordmann' });
    assert.equal(await rader.count(), 1, 'one varsel for a double click');
    await rader.getByText(saksnummer).waitFor();
    await sjekkOgFotografer(side, '3-mine-varsler');
    await gåTil(side, '/oppgaver', 'Mine oppgaver');
    await side.getByText('Du har ingen oppgaver nå.').waitFor();
    await sjekkOgFotografer(side, '4-mine-oppgaver');
    await side.context().close();
  });

  it('lets rektor find the case in Saker, filter it and open its timeline per delplikt', async () => {
    const side = await somPerson('Hanne Solberg');
    await gåTil(side, '/saker', 'Saker');
    await side.getByRole('link', { name: saksnummer }).waitFor();
    await sjekkOgFotografer(side, '5-saker');
    await side.getByRole('checkbox', { name: 'Straks-saker' }).check();
    await side.getByText('Ingen saker passer filteret.').waitFor();
    assert.match(side.url(), /#\/saker\?straks=1$/);
    await side.getByRole('checkbox', { name: 'Straks-saker' }).uncheck();
    await side.getByRole('link', { name: saksnummer }).click();
    await side.getByRole('heading', { level: 1, name: `Sak ${saksnummer}` }).waitFor();
    await side.getByText('Ola Nordmann').waitFor();
    await side.getByRole('heading', { level: 3, name: 'Melde fra' }).waitFor();
    await side.getByText(/Varsel sendt av Knut Moen/).waitFor();
    await sjekkOgFotografer(side, '6-sak');
    await side.context().close();
  });

  it('shows rektor the share of staff who confirmed, who has not, and sends them a reminder', async () => {
    const side = await somPerson('Hanne Solberg');
    await gåTil(side, '/bekreftelser', 'Bekreftelser');
    await side.getByText(/1 av 11 ansatte har bekreftet \(9 %\)/).waitFor();
    const ikke = side.getByRole('region', { name: /Har ikke bekreftet \(10\)/ });
    await ikke.getByText('Tor Eriksen').waitFor();
    assert.equal(await ikke.getByText('Knut Moen').count(), 0);
    await sjekkOgFotografer(side, '7-bekreftelser');
    await side.getByRole('button', { name: /Send påminnelse til 10/ }).click();
    await side.getByText(/Påminnelsen sendes til 10 personer/).waitFor();
    await side.context().close();
  });

  it('shows the kommunalsjef every figure as a chart and a table', async () => {
    const side = await somPerson('Ingrid Haugland', 1024);
    await gåTil(side, '/oversikt', 'Oversikt');
    for (const figur of [
      'Varsler per skole og måned',
      'Tid fra varsel til mottak (median, timer)',
      'Åpne saker og aktivitetsplaner',
      'Evalueringer som har passert fristen',
      'Planer uten barnets beste-vurdering',
      'Andel ansatte som har bekreftet pliktene',
    ]) {
      await side.getByRole('img', { name: new RegExp(`Stolpediagram: ${figur.replace(/[()]/g, '\\$&')}`) }).waitFor();
      await side.getByRole('region', { name: figur }).waitFor();
    }
    const varsler = side.getByRole('region', { name: 'Varsler per skole og måned' });
    const bakkeløkka = varsler.getByRole('row').filter({ hasText: 'Bakkeløkka skole' });
    assert.match(await bakkeløkka.innerText(), /\b1\b/, 'the varsel sent above counts for Bakkeløkka');
    await sjekkOgFotografer(side, '8-oversikt');
    await side.setViewportSize({ width: SMAL, height: 900 });
    await sjekkOgFotografer(side, '8-oversikt-smal');
    await side.context().close();
  });
});
