/**
 * The organisation's pages in real Chromium against the real app (SQLite, the demo organisation,
 * the local person picker): rektor changes who receives varsler by keyboard alone and a varsel then
 * reaches the new receiver (she finds it in Saker); the administrator sees the schools' setup and is
 * told, field by field in bokmål, what is wrong in a form; the kommunalsjef sees it all read-only.
 * Every page is checked with axe-core and for sideways scrolling at Teams' narrowest width (320 px).
 * The steps build on each other, in order.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { getSak } from '../../src/store/sakRepo';
import { DEMO } from '../support/appKontekst';
import { type Tab, lastet, meny, sjekkOgFotografer, somPerson, startTab, aapneFraMeny as åpne, ventPaa } from '../support/nettleser';

const HANNE = 'Hanne Solberg'; // rektor at Bakkeløkka
const LISE = 'Lise Dahl'; // lærer at Bakkeløkka, not yet a receiver
const KNUT = 'Knut Moen'; // vaktmester at Bakkeløkka
const OLA = 'Ola Berge'; // the municipality's administrator
const INGRID = 'Ingrid Haugland'; // kommunalsjef
const LISE_OID = '00000000-0000-4000-8000-000000000107';

describe('the organisation’s pages in a browser', function () {
  this.timeout(60_000);
  let tab: Tab;
  const sider = new Map<string, Page>();
  const som = (navn: string) => somPerson(tab, sider, navn);

  before(async function () {
    this.timeout(180_000); // builds the tab first when its build is missing or stale
    tab = await startTab();
  });
  after(async () => tab?.stopp());






  /** Presses Tab (or Shift+Tab) until the element has focus: what a keyboard user does. */
  async function tabTil(side: Page, navn: string | RegExp, rolle: 'button' | 'combobox' = 'button', bakover = false): Promise<void> {
    const maal = side.getByRole(rolle, { name: navn });
    for (let i = 0; i < 60; i++) {
      if (await maal.evaluate((e) => e === e.ownerDocument.activeElement)) return;
      await side.keyboard.press(bakover ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`fikk ikke fokus på ${String(navn)}`);
  }

  const mottakere = async (side: Page) =>
    (await side.getByRole('list', { name: /Varselmottakere/ }).getByRole('listitem').allInnerTexts()).map((t) => t.split('\n')[0]!.replace(/^\d+\.\s*/, '').trim());

  it('lets rektor add a receiver and move her up by keyboard alone, saved as a new version with who and when', async () => {
    const side = await som(HANNE);
    assert.ok((await meny(side)).includes('Varslingsliste'));
    await åpne(side, 'Varslingsliste', 'Varslingsliste – Bakkeløkka skole');
    assert.deepEqual(await mottakere(side), ['Hanne Solberg (rektor)', 'Jon Bakken', 'Marte Lie']);
    assert.equal(await side.getByRole('button', { name: /Fjern: Hanne Solberg/ }).count(), 0, 'rektor is never removed');
    await sjekkOgFotografer(side, 'org-varslingsliste');

    await tabTil(side, 'Legg til varselmottaker', 'combobox');
    await side.keyboard.type('Lise');
    await side.keyboard.press('Tab');
    await side.keyboard.press('Enter'); // «Legg til»
    await side.getByRole('button', { name: `Fjern: ${LISE}` }).waitFor();
    assert.ok(await side.getByRole('button', { name: `Fjern: ${LISE}` }).evaluate((e) => e === e.ownerDocument.activeElement), 'focus stays with the added person');
    await tabTil(side, `Flytt opp: ${LISE}`, 'button', true);
    await side.keyboard.press('Enter');
    assert.deepEqual(await mottakere(side), ['Hanne Solberg (rektor)', 'Jon Bakken', LISE, 'Marte Lie']);
    await side.getByText('Du har endringer som ikke er lagret.').waitFor();

    await tabTil(side, 'Lagre endringene');
    await side.keyboard.press('Enter');
    await side.getByRole('main').getByText('Lagret som versjon 2. Nye varsler går etter denne listen.').waitFor();
    await ventPaa(side, "/Lagret som versjon 2/.test(document.getElementById('kunngjoring')?.textContent ?? '')");
    await side.getByRole('table', { name: 'Tidligere versjoner' }).getByText('Import av organisasjonsfil').waitFor();
    await side.reload();
    await lastet(side, 'Varslingsliste – Bakkeløkka skole');
    assert.deepEqual(await mottakere(side), ['Hanne Solberg (rektor)', 'Jon Bakken', LISE, 'Marte Lie']);
    await side.getByText(/Versjon 2, endret .* av Hanne Solberg\./).waitFor();
    await sjekkOgFotografer(side, 'org-varslingsliste-lagret');
  });

  it('lets rektor keep the school’s contact details for the letters, each wrong format named at its field in bokmål', async () => {
    const side = await som(HANNE);
    await åpne(side, 'Varslingsliste', 'Varslingsliste – Bakkeløkka skole');
    const skjema = side.getByRole('form', { name: 'Kontaktopplysninger – Bakkeløkka skole' });
    await skjema.getByLabel('Telefon').fill('123');
    await skjema.getByLabel('E-post').fill('post@skolen');
    await skjema.getByRole('button', { name: 'Lagre kontaktopplysningene' }).click();
    await skjema.getByText(/Skriv et telefonnummer med 8 sifre/).waitFor();
    await skjema.getByText(/Skriv en e-postadresse som/).waitFor();
    assert.equal(await skjema.getByLabel('Telefon').getAttribute('aria-invalid'), 'true');
    await sjekkOgFotografer(side, 'org-kontakt-feil');

    await skjema.getByLabel('Telefon').fill('22 33 44 55');
    await skjema.getByLabel('E-post').fill('post@bakkelokka.demo.no');
    await skjema.getByLabel('Postadresse').fill('Postboks 12, 1234 Demostad');
    await skjema.getByRole('button', { name: 'Lagre kontaktopplysningene' }).click();
    await skjema.getByText('Kontaktopplysningene er lagret.').waitFor();
    await side.reload();
    await lastet(side, 'Varslingsliste – Bakkeløkka skole');
    assert.equal(await side.getByRole('form', { name: 'Kontaktopplysninger – Bakkeløkka skole' }).getByLabel('Telefon').inputValue(), '22 33 44 55');
    await sjekkOgFotografer(side, 'org-kontakt-lagret');
  });

  it('gets the next varsel to the new receiver: she finds it in Saker', async () => {
    const knut = await som(KNUT);
    await åpne(knut, 'Meld fra', 'Meld fra om en elev');
    await knut.getByLabel('Elevens navn').fill('Ella Vik');
    await knut.getByLabel(/Hva så eller hørte du/).fill('Ble dyttet i garderoben flere dager på rad.');
    await knut.getByRole('radiogroup', { name: /Er det noen som jobber på skolen/ }).getByRole('radio', { name: 'Nei', exact: true }).check();
    await knut.getByRole('button', { name: 'Send varsel' }).click();
    await lastet(knut, 'Takk – varselet er sendt');
    const nr = ((await knut.getByText(/^Saksnummer: /).innerText()).split(': ')[1] ?? '').trim();

    const lise = await som(LISE);
    assert.ok((await meny(lise)).includes('Saker'), 'as a receiver she now works the school’s cases');
    await åpne(lise, 'Saker');
    await lise.getByRole('link', { name: nr }).click();
    await lastet(lise, `Sak ${nr}`);
    await lise.getByText('Ella Vik').waitFor();

    let sakId = '';
    for await (const item of tab.app.store.query<{ value: { id: string; saksnummer: string } }>('saker', { where: [{ column: 'Opprettet', op: 'ge', value: '2000-01-01T00:00:00.000Z' }] })) {
      if (item.data.value.saksnummer === nr) sakId = item.data.value.id;
    }
    const sak = (await getSak(tab.app.store, sakId))!.sak;
    assert.deepEqual(sak.ruting.mottakere, [DEMO.rektor, DEMO.inspektor, LISE_OID, DEMO.sosiallaerer], 'routed by the new list, in its order');
    assert.equal(sak.varslingslisteVersjon, 2);
  });

  it('tells rektor when the list was saved elsewhere in between, shows the current one, and saves her change made again', async () => {
    const side = await som(HANNE);
    await åpne(side, 'Varslingsliste', 'Varslingsliste – Bakkeløkka skole');
    // The same rektor in a second window moves Lise down and saves first (version 3).
    const annen = await somPerson(tab, new Map(), HANNE);
    await åpne(annen, 'Varslingsliste', 'Varslingsliste – Bakkeløkka skole');
    await annen.getByRole('button', { name: `Flytt ned: ${LISE}` }).click();
    await annen.getByRole('button', { name: 'Lagre endringene' }).click();
    await annen.getByRole('main').getByText(/Lagret som versjon 3/).waitFor();
    await annen.context().close();

    await side.getByRole('button', { name: `Flytt opp: ${LISE}` }).click();
    await side.getByRole('button', { name: 'Lagre endringene' }).click();
    // Refused, and still said once the current list (version 3) has replaced the stale one.
    await side.getByText(/Versjon 3, endret/).waitFor();
    await side.getByRole('alert').getByText(/ble endret av noen andre samtidig/).waitFor();
    assert.deepEqual(await mottakere(side), ['Hanne Solberg (rektor)', 'Jon Bakken', 'Marte Lie', LISE]);
    await side.getByRole('button', { name: `Flytt opp: ${LISE}` }).click();
    await side.getByRole('button', { name: 'Lagre endringene' }).click();
    await side.getByRole('main').getByText(/Lagret som versjon 4/).waitFor();
    assert.equal(await side.getByRole('alert').count(), 0);
    assert.deepEqual(await mottakere(side), ['Hanne Solberg (rektor)', 'Jon Bakken', LISE, 'Marte Lie']);
  });

  it('shows the administrator the schools’ setup, the sync’s state, and each wrong field in bokmål', async () => {
    const side = await som(OLA);
    assert.ok((await meny(side)).includes('Organisasjon'));
    await åpne(side, 'Organisasjon');
    const skoler = side.getByRole('table', { name: 'Skoler (2)' });
    await skoler.getByRole('row').filter({ hasText: 'Bakkeløkka skole' }).getByText(HANNE).waitFor();
    await side.getByText(/Synkronisering er ikke satt opp/).waitFor();
    assert.equal(await side.getByRole('button', { name: 'Synkroniser nå' }).count(), 0, 'no button that cannot work');
    await sjekkOgFotografer(side, 'org-organisasjon');

    const teller = side.getByRole('region', { name: 'Synkronisering fra Entra ID' });
    await teller.getByText('0 skoler er koblet til Entra ID.').waitFor();
    const koble = side.getByRole('form', { name: 'Koble en skole til Entra ID' });
    await koble.getByRole('combobox', { name: 'Skole' }).selectOption({ label: 'Fjordsiden ungdomsskole' });
    await koble.getByLabel('Gruppens eller Teamets objekt-id').fill('ikke-en-id');
    await koble.getByRole('button', { name: 'Lagre koblingen' }).click();
    await koble.getByText('Må være en Entra objekt-id (GUID, 8-4-4-4-12 heksadesimale tegn).').waitFor();
    await koble.getByLabel('Gruppens eller Teamets objekt-id').fill('5a5a5a5a-0000-4000-8000-000000000001');
    await koble.getByRole('radio', { name: 'Skolens Team' }).check();
    await koble.getByRole('button', { name: 'Lagre koblingen' }).click();
    await koble.getByText(/Fjordsiden ungdomsskole er koblet/).waitFor();
    await skoler.getByRole('row').filter({ hasText: 'Fjordsiden ungdomsskole' }).getByText('Team 5a5a5a5a-0000-4000-8000-000000000001').waitFor();
    // The sync's counter follows without a reload.
    await teller.getByText('1 skole er koblet til Entra ID.').waitFor();

    const ny = side.getByRole('form', { name: 'Ny skole' });
    await ny.getByLabel(/Skole-id/).fill('Nystølen');
    await ny.getByLabel('Skolens navn').fill('Nystølen skole');
    await ny.getByRole('button', { name: 'Opprett skolen' }).click();
    await ny.getByText('Skole-id kan bare ha små bokstaver a–z, tall og bindestrek (2–40 tegn).').waitFor();
    await ny.getByLabel(/Skole-id/).fill('nystolen');
    await ny.getByRole('button', { name: 'Opprett skolen' }).dblclick();
    await ny.getByText(/Nystølen skole er opprettet/).waitFor();
    await side.getByRole('table', { name: 'Skoler (3)' }).getByRole('row').filter({ hasText: 'Nystølen skole' }).getByText('Nei – navngi rektor').waitFor();

    // Rektor is named by a people search: a name typed, a person picked from the directory, never an object id.
    const rektor = side.getByRole('form', { name: 'Navngi rektor' });
    await rektor.getByRole('combobox', { name: 'Skole' }).selectOption({ label: 'Nystølen skole' });
    assert.equal(await rektor.getByText(/objekt-id/).count(), 0);
    await rektor.getByLabel('Søk etter rektor (navn)').fill('ahm');
    await rektor.getByRole('list', { name: 'Treff for rektor' }).getByRole('button', { name: 'Velg Ahmed Ali (lærer)' }).click();
    await rektor.getByText('Valgt: Ahmed Ali (lærer)').waitFor();
    await rektor.getByLabel('Stilling').fill('rektor');
    await rektor.getByRole('button', { name: 'Navngi rektor' }).click();
    await rektor.getByText('Ahmed Ali er rektor ved Nystølen skole.').waitFor();
    await side.getByRole('table', { name: 'Skoler (3)' }).getByRole('row').filter({ hasText: 'Nystølen skole' }).getByText('Ahmed Ali').waitFor();

    // The municipality's people: a school's rektor cannot be kommunalsjef (varsler about the leadership would reach it).
    const folk = side.getByRole('form', { name: 'Navngi kommunens folk' });
    await folk.getByRole('button', { name: 'Legg til kommunalsjef' }).click();
    const ny2 = folk.getByRole('group', { name: 'Kommunalsjef 2' });
    await ny2.getByLabel('Søk etter kommunalsjef (navn)').fill('hanne');
    await ny2.getByRole('button', { name: 'Velg Hanne Solberg (rektor)' }).click();
    await folk.getByRole('button', { name: 'Lagre kommunens folk' }).click();
    await folk.getByText(/Hanne Solberg er i ledelsen eller blant varselmottakerne ved Bakkeløkka skole/).first().waitFor();
    await ny2.getByLabel('Søk etter kommunalsjef (navn)').fill('tor eri');
    await ny2.getByRole('button', { name: 'Velg Tor Eriksen (assistent)' }).click();
    await ny2.getByLabel('Kommunalsjef 2: stilling').fill('kommunalsjef skole');
    await folk.getByRole('button', { name: 'Lagre kommunens folk' }).click();
    await folk.getByText('Kommunens folk er lagret.').waitFor();
    await side.getByRole('region', { name: 'Kommunens folk' }).getByText(/Tor Eriksen \(kommunalsjef skole\)/).waitFor();
    await sjekkOgFotografer(side, 'org-organisasjon-endret');
  });

  it('shows the kommunalsjef the setup and a school’s list, read-only', async () => {
    const side = await som(INGRID);
    await åpne(side, 'Organisasjon');
    assert.equal(await side.getByRole('form').count(), 0, 'no setup forms');
    await side.getByRole('link', { name: 'Varslingslisten for Bakkeløkka skole' }).click();
    await lastet(side, 'Varslingsliste – Bakkeløkka skole');
    await side.getByText('Bare skolens rektor kan endre listen.').waitFor();
    assert.equal(await side.getByRole('button', { name: 'Lagre endringene' }).count(), 0);
    assert.deepEqual(await mottakere(side), ['Hanne Solberg (rektor)', 'Jon Bakken', LISE, 'Marte Lie']);
    await sjekkOgFotografer(side, 'org-varslingsliste-kommunalsjef');
  });

  it('starts one sync when the administrator double-clicks «Synkroniser nå», and a new one on a later click', async () => {
    // The demo has no Graph access, so the sync's state and start are answered here: what is tested is the page.
    const side = await somPerson(tab, new Map(), OLA);
    const foresporsler: string[] = [];
    await side.route('**/api/organisasjon/synk', async (r) => {
      if (r.request().method() === 'POST') {
        foresporsler.push((r.request().postDataJSON() as { foresporsel: string }).foresporsel);
        await new Promise((ferdig) => setTimeout(ferdig, 300)); // slower than a double click
      }
      await r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ oppsatt: true, kjorer: false, tilkobledeSkoler: 1 }) });
    });
    await åpne(side, 'Organisasjon');
    const knapp = side.getByRole('button', { name: 'Synkroniser nå' });
    await knapp.dblclick();
    await ventPaa(side, `!document.querySelector('#synk')?.closest('section')?.querySelector('button')?.hasAttribute('aria-disabled')`);
    assert.equal(foresporsler.length, 1, 'a double click starts one sync');
    await knapp.click();
    await ventPaa(side, `!document.querySelector('#synk')?.closest('section')?.querySelector('button')?.hasAttribute('aria-disabled')`);
    assert.equal(foresporsler.length, 2);
    assert.notEqual(foresporsler[1], foresporsler[0], 'a later click is a new run');
    await side.unroute('**/api/organisasjon/synk');
    await side.close();
  });
});
