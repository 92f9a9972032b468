/**
 * The tab's Meld fra at Teams' narrowest width (issue 26): the required questions first, name and class
 * side by side, the optional ones behind «Mer (valgfritt): hvem, når, hvor» (a disclosure button). What
 * is typed there is kept and sent when folded again; a submit refused for an optional field opens it at
 * that field. Measured in Chromium at 320 px, checked with axe.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { SMAL, type Tab, lastet, sjekkOgFotografer, somPerson, startTab, ventPaa, aapneFraMeny as åpne } from '../support/nettleser';

/** The form's height at 320 px before the compact layout (the same page, the same browser). */
const FOER_PX = 1454;
const MAKS_PX = 850;

describe('tab: Meld fra at 320 px', function () {
  this.timeout(120_000);
  let tab: Tab;
  const sider = new Map<string, Page>();
  before(async () => (tab = await startTab()));
  after(async () => tab.stopp());

  const hoyde = (side: Page) => side.evaluate<number>("Math.round(document.querySelector('main form').getBoundingClientRect().height)");

  it('is compact folded, keeps every question, and sends what was typed in the folded part', async () => {
    const side = await somPerson(tab, sider, 'Per Hansen');
    assert.equal(side.viewportSize()?.width, SMAL);
    await åpne(side, 'Meld fra', 'Meld fra om en elev');
    const foldet = await hoyde(side);
    assert.ok(foldet <= MAKS_PX && foldet < FOER_PX * 0.6, `Meld fra ved 320 px: ${foldet} px (før: ${FOER_PX} px)`);
    await sjekkOgFotografer(side, 'fane-meld-fra-320');
    const mer = side.getByRole('button', { name: 'Mer (valgfritt): hvem, når, hvor' });
    assert.equal(await mer.getAttribute('aria-expanded'), 'false');
    assert.equal(await side.getByLabel('Hvor skjedde det?').isVisible(), false);

    // Opened: every optional question is there; what is typed stays when folded again, and is sent.
    await mer.click();
    assert.equal(await mer.getAttribute('aria-expanded'), 'true');
    for (const sporsmal of ['Hvor skjedde det?', 'Hvem andre var med?', 'Hvordan fikk du vite om det?']) assert.ok(await side.getByLabel(sporsmal).isVisible(), sporsmal);
    await side.getByRole('radiogroup', { name: 'Når skjedde det?' }).waitFor();
    await side.getByRole('radiogroup', { name: 'Grep du inn?' }).waitFor();
    await side.getByRole('radiogroup', { name: 'Fikk eleven vite at du melder fra?' }).waitFor();
    assert.ok((await hoyde(side)) > foldet);
    await sjekkOgFotografer(side, 'fane-meld-fra-320-apnet');
    await side.getByLabel('Hvor skjedde det?').fill('Skolegården');
    // A date that cannot be (in the future), then folded: the refusal opens the part again, at that field.
    await side.getByRole('radiogroup', { name: 'Når skjedde det?' }).getByRole('radio', { name: /På en bestemt dag/ }).check();
    await side.getByLabel('Dato', { exact: true }).fill('2099-01-01');
    await mer.click();
    await side.getByRole('button', { name: 'Send varsel' }).click();
    await ventPaa(side, "document.activeElement?.getAttribute('aria-invalid') === 'true'");
    assert.equal(await mer.getAttribute('aria-expanded'), 'true');
    assert.equal(await side.getByLabel('Hvor skjedde det?').inputValue(), 'Skolegården', 'nothing typed is lost');
    await side.getByRole('radiogroup', { name: 'Når skjedde det?' }).getByRole('radio', { name: 'Vet ikke' }).check();
    await mer.click();
    assert.equal(await mer.getAttribute('aria-expanded'), 'false');
    await side.getByLabel('Elevens navn').fill('Ola Nordmann');
    await side.getByLabel(/Hva så eller hørte du/).fill('Ble dyttet i gangen.');
    await side.getByRole('radiogroup', { name: /Er det noen som jobber på skolen/ }).getByRole('radio', { name: 'Nei', exact: true }).check();
    await side.getByRole('button', { name: 'Send varsel' }).click();
    await lastet(side, 'Takk – varselet er sendt');
    const saker = [];
    for await (const item of tab.app.store.query<{ value: { varsel: { sted?: string; elevNavn: string } } }>('saker', { where: [{ column: 'Status', op: 'eq', value: 'ny' }] })) saker.push(item.data.value.varsel);
    assert.deepEqual(saker.map((v) => [v.elevNavn, v.sted]), [['Ola Nordmann', 'Skolegården']], 'one varsel, with what was typed in the folded part');
  });
});
