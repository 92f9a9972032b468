/**
 * In Chromium against the real app (issue 18): a §12-5 varsel that names the employee only by text
 * warns on the case page that nobody can be kept out, and the receipt form has the school's person
 * the name suggests chosen in advance; receiving with it settles the case (the warning goes, the
 * person is named). The letter page then tells rektor that the school has no contact details for
 * the letter. Axe and 320 px checked on each.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { DEMO, varselSkjema } from '../support/appKontekst';
import { type Tab, SMAL, sjekkOgFotografer, startTab } from '../support/nettleser';

describe('tab in Chromium: a text-named employee settled at receipt, and the letter page without contact details', function () {
  this.timeout(180_000);
  let tab: Tab;
  let side: Page;
  let sakId: string;

  before(async () => {
    tab = await startTab();
    const svar = await fetch(`${tab.url}/api/varsler`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-skolemiljo-person': DEMO.vaktmester },
      body: JSON.stringify({ ...varselSkjema({ kommerFra: 'ansatt', involvertAnsattTekst: 'Ahmed i 6B' }), skjemaId: 'nettleser-involvert-01' }),
    });
    assert.equal(svar.status, 200, await svar.clone().text());
    sakId = ((await svar.json()) as { id: string }).id;
    side = await tab.nySide(SMAL);
    await side.addInitScript({ content: `localStorage.setItem('skolemiljo.lokalPerson', ${JSON.stringify(DEMO.rektor)})` });
  });
  after(async () => tab?.stopp());

  it('warns that nobody is kept out, suggests Ahmed Ali by the name, and receiving with him settles it', async () => {
    await side.goto(`${tab.url}/#/sak/${encodeURIComponent(sakId)}`);
    await side.getByRole('heading', { level: 1, name: /^Sak / }).waitFor();
    await side.getByText(/bare navngitt med tekst \(«Ahmed i 6B»\), så ingen kan holdes utenfor saken ennå/).waitFor();
    const hvem = side.getByRole('combobox', { name: /Hvis en som jobber på skolen: hvem/ });
    assert.equal(await hvem.locator('option:checked').innerText(), 'Ahmed Ali', 'chosen in advance');
    await side.getByText('Forslag ut fra navnet: Ahmed Ali. Sjekk at det er riktig person.').waitFor();
    await side.getByRole('checkbox', { name: /Personen er ikke ansatt i kommunen/ }).waitFor();
    await sjekkOgFotografer(side, 'involvert-uavklart');

    await side.getByRole('button', { name: 'Ta imot', exact: true }).click();
    await side.getByRole('status').filter({ hasText: 'Utført: Ta imot.' }).waitFor();
    await side.getByRole('definition').filter({ hasText: 'Ahmed Ali' }).first().waitFor();
    assert.equal(await side.getByText(/ingen kan holdes utenfor saken ennå/).count(), 0, 'settled: no warning');
  });

  it('tells rektor on the letter page that the letter has no phone, e-mail or postal address', async () => {
    await side.getByText(/Brevet har ingen telefon, e-post eller postadresse: ingen er lagt inn\./).waitFor();
    await sjekkOgFotografer(side, 'brev-uten-kontakt');
  });
});
