/**
 * Issue 25 in a real browser: a pupil (Ida Berg, 5A at Bakkeløkka — barnetrinn) opens the tab at
 * Teams' narrowest width, sees only «Si fra» and «Det jeg har sagt fra om», fills the form with the
 * keyboard alone (a refusal puts focus on the first field to fix), reads the receipt, and then the
 * status. axe and no sideways scroll on every page; screenshots for the README.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { elevTekster as t } from '../../src/i18n/elev';
import { elevTeksterEn } from '../../src/i18n/elevEn';
import { elevTeksterNn } from '../../src/i18n/elevNn';
import { type Tab, lastet, meny, sjekkOgFotografer, somPerson, startTab, SMAL, ventPaa } from '../support/nettleser';
import { DEMO } from '../support/appKontekst';

const IDA = 'Ida Berg';

describe('a pupil tells an adult in the tab (issue 25)', function () {
  this.timeout(90_000);
  let tab: Tab;
  let side: Page;

  before(async function () {
    this.timeout(180_000);
    tab = await startTab();
    side = await tab.nySide(SMAL);
    await side.goto(`${tab.url}/`);
    const velger = side.getByLabel('Person');
    const verdi = await velger.locator('option', { hasText: IDA }).first().getAttribute('value');
    await velger.selectOption(verdi ?? '');
    await side.getByRole('button', { name: 'Bruk appen som denne personen' }).click();
  });
  after(async () => {
    await tab?.stopp();
  });

  it('opens on «Si fra» in words for a child, with only the two pupil pages in the menu', async () => {
    await lastet(side, t.trinn.barnetrinn.tittel);
    assert.deepEqual(await meny(side), [t.menySiFra, t.menyMine]);
    await side.getByText(t.trinn.barnetrinn.intro).waitFor();
    await side.getByRole('radio', { name: t.hvem.meg }).waitFor();
    await sjekkOgFotografer(side, 'elev-si-fra');
  });

  it('refuses a form with nothing filled in, kindly at each field, and puts focus on the first to fix', async () => {
    await side.getByRole('button', { name: t.send }).focus();
    await side.keyboard.press('Enter');
    await side.getByText(t.feil.hva).waitFor();
    await side.getByText(t.feil.voksen).first().waitFor();
    await ventPaa(side, "document.activeElement && document.activeElement.closest('[aria-invalid=\"true\"]') !== null");
    await sjekkOgFotografer(side, 'elev-si-fra-feil');
  });

  it('sends it with the keyboard alone and shows the receipt in the pupil’s words', async () => {
    const velg = async (navn: string) => {
      await side.getByRole('radio', { name: navn, exact: true }).focus();
      await side.keyboard.press('Space');
    };
    await velg(t.hvem.meg);
    await side.getByRole('textbox', { name: new RegExp(t.trinn.barnetrinn.hva) }).focus();
    await side.keyboard.type('De andre i klassen ler av meg og vil ikke ha meg med i friminuttet.');
    await velg(t.hvordan.nei);
    await velg(t.voksen.nei);
    await velg('Per Hansen (kontaktlæreren din)');
    await side.getByRole('button', { name: t.send }).focus();
    await side.keyboard.press('Enter');
    await lastet(side, t.kvittering.tittel);
    await side.getByText(t.kvittering.riktig).waitFor();
    await side.getByText(/^Per Hansen skal snakke med deg senest \d\d\.\d\d\.\d{4}\.$/).waitFor();
    await side.getByText(/kan dere klage til Statsforvalteren fra \d\d\.\d\d\.\d{4}/).waitFor();
    await sjekkOgFotografer(side, 'elev-kvittering');
  });

  it('shows what the pupil said as a status only', async () => {
    await side.getByRole('navigation').getByRole('link', { name: t.menyMine }).click();
    await lastet(side, t.status.tittel);
    await side.getByText(t.status.tekst.mottatt).waitFor();
    const tekst = await side.locator('main').innerText();
    assert.ok(!tekst.includes('friminuttet') && !tekst.includes('Per Hansen'), tekst);
    await sjekkOgFotografer(side, 'elev-sagt-fra');
  });

  it('rektor sees on the case page that the pupil said it themselves, and when', async () => {
    const saker: string[] = [];
    for await (const i of tab.app.store.query<{ value: { id: string } }>('saker', { where: [{ column: 'VarsletAv', op: 'eq', value: DEMO.elev }] })) saker.push(i.data.value.id);
    assert.equal(saker.length, 1);
    const rektor = await somPerson(tab, new Map(), 'Hanne Solberg');
    await rektor.goto(`${tab.url}/#/sak/${saker[0]}`);
    await lastet(rektor, /^Sak /);
    await rektor.getByText(/^Eleven har sagt fra selv, \d\d\.\d\d\.\d{4}\. Eleven vil gjerne snakke med Per Hansen\.$/).waitFor();
  });

  it('writes the whole pupil page in the language Teams gives the pupil, the app’s name and «bytt person» too (issue 24)', async () => {
    // A pupil has no language choice (the API refuses a pupil everything but her two pages): Teams' locale speaks for her, sent as the tab sends it.
    const velgSprak = async (locale: string) => {
      await side.setExtraHTTPHeaders({ 'x-skolemiljo-locale': locale });
      await side.goto(`${tab.url}/#/si-fra`);
      await side.reload();
    };
    await velgSprak('nn-NO');
    await lastet(side, elevTeksterNn.trinn.barnetrinn.tittel, 'Lastar …');
    const topp = side.locator('header');
    await topp.getByText('Skulemiljø', { exact: true }).waitFor();
    await topp.getByRole('button', { name: 'Byt person' }).waitFor();
    assert.deepEqual(await meny(side), [elevTeksterNn.menySiFra, elevTeksterNn.menyMine]);
    assert.ok(!(await topp.innerText()).includes('Bytt person'), await topp.innerText());
    assert.equal(await side.evaluate('document.documentElement.lang'), 'nn', 'a screen reader reads it as nynorsk');
    await sjekkOgFotografer(side, 'elev-si-fra-nn');

    await velgSprak('en-GB');
    await lastet(side, elevTeksterEn.trinn.barnetrinn.tittel, 'Loading …');
    await topp.getByRole('button', { name: 'Change person' }).waitFor();
    assert.equal(await side.evaluate('document.documentElement.lang'), 'en');
    assert.deepEqual(await meny(side), [elevTeksterEn.menySiFra, elevTeksterEn.menyMine]);
    await sjekkOgFotografer(side, 'elev-si-fra-en');
  });
});
