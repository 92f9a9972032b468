/**
 * The municipality's målform in real Chromium against the real app (issue 24): the administrator
 * reads the current målform on the Organisasjon page, is told at the field when the server refuses
 * a value, switches to nynorsk and is told it is saved; afterwards the record — the documentation
 * PDF rektor downloads — is written in nynorsk though rektor reads bokmål, and the administrator
 * (who chose no language) reads the tab in nynorsk. The kommunalsjef reads the målform, with no form.
 * axe and 320 px on every page; screenshots to tests/.tmp/skjermbilder.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { utforHandling } from '../../src/app/sakHandlinger';
import { submitVarsel } from '../../src/app/submitVarsel';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { type Tab, lastet, sjekkOgFotografer, skjermbildeMappe, somPerson, startTab, aapneFraMeny as åpne } from '../support/nettleser';

const OLA = 'Ola Berge'; // the municipality's administrator
const HANNE = 'Hanne Solberg'; // rektor at Bakkeløkka
const INGRID = 'Ingrid Haugland'; // kommunalsjef

describe('the municipality’s målform, set in the tab', function () {
  this.timeout(60_000);
  let tab: Tab;
  const sider = new Map<string, Page>();
  const som = (navn: string) => somPerson(tab, sider, navn);

  before(async function () {
    this.timeout(180_000);
    tab = await startTab();
  });
  after(async () => tab?.stopp());

  it('shows the administrator the målform, refuses a wrong value at the field, and saves nynorsk with a confirmation', async () => {
    const side = await som(OLA);
    await åpne(side, 'Organisasjon');
    const skjema = side.getByRole('form', { name: 'Kommunens målform' });
    await skjema.getByText('Kommunen skriver nå på bokmål.').waitFor();
    assert.ok(await skjema.getByRole('radio', { name: 'Bokmål' }).isChecked());
    await skjema.scrollIntoViewIfNeeded();
    await sjekkOgFotografer(side, 'org-malform');

    // A value the server does not take (as an old page or a crafted request might send): its words, at the field.
    await side.route('**/api/organisasjon/kommune', (r) => r.continue({ postData: JSON.stringify({ ...(r.request().postDataJSON() as object), malform: 'se' }) }));
    await skjema.getByRole('radio', { name: 'Nynorsk' }).check();
    await skjema.getByRole('button', { name: 'Lagre målformen' }).click();
    await skjema.getByText('Velg bokmål eller nynorsk som kommunens målform.').waitFor();
    assert.equal(await skjema.getByRole('radiogroup').getAttribute('aria-invalid'), 'true');
    await skjema.getByText('Kommunen skriver nå på bokmål.').waitFor();
    await sjekkOgFotografer(side, 'org-malform-feil');
    await skjema.screenshot({ path: path.join(skjermbildeMappe, 'org-malform-feil-skjema.png') });
    await side.unroute('**/api/organisasjon/kommune');

    await skjema.getByRole('button', { name: 'Lagre målformen' }).click();
    await skjema.getByText('Målformen er lagret. Det som skrives for arkivet fra nå av, skrives på nynorsk.').waitFor();
    await skjema.getByText('Kommunen skriver nå på nynorsk.').waitFor();
    assert.equal(await skjema.getByText('Velg bokmål eller nynorsk som kommunens målform.').count(), 0, 'the refusal is gone');
    await sjekkOgFotografer(side, 'org-malform-lagret');
    await skjema.screenshot({ path: path.join(skjermbildeMappe, 'org-malform-lagret-skjema.png') });
    assert.equal(tab.app.ktx.org.kommune.malform, 'nn');
  });

  it('writes the documentation PDF in nynorsk afterwards, though rektor reads bokmål', async () => {
    const sendt = await submitVarsel(tab.app.ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: tab.app.ktx.nyId() });
    assert.ok(sendt.ok);
    assert.ok((await utforHandling(tab.app.ktx, aktor(DEMO.rektor), { sakId: sendt.verdi.id, handling: 'ta_imot' })).ok);
    // Rektor's own choice is bokmål: the page is bokmål, the record is not.
    const valg = await fetch(`${tab.url}/api/meg/sprak`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-skolemiljo-person': DEMO.rektor }, body: JSON.stringify({ sprak: 'nb' }) });
    assert.equal(valg.status, 200);
    const side = await som(HANNE);
    await side.goto(`${tab.url}/#/sak/${sendt.verdi.id}`);
    await lastet(side, /^Sak /);
    const [nedlasting] = await Promise.all([side.waitForEvent('download'), side.getByRole('button', { name: 'Last ned dokumentasjonen (PDF)' }).click()]);
    const { text } = await extractText(new Uint8Array(fs.readFileSync((await nedlasting.path())!)), { mergePages: true });
    const pdf = text.replace(/\s+/g, ' ');
    for (const s of ['Unnateke offentlegheit', 'Skulemiljøsak', 'Heimel', 'Følgje med', 'Saka har ingen aktivitetsplan.', 'Teken imot']) assert.ok(pdf.includes(s), `the PDF says «${s}»:\n${pdf}`);
    for (const s of ['Unntatt offentlighet', 'Saken har ingen aktivitetsplan.', 'Følge med']) assert.ok(!pdf.includes(s), `no «${s}» in the PDF`);
  });

  it('reads the tab in nynorsk for the administrator who chose no language, and shows the kommunalsjef the målform without a form', async () => {
    const ola = await som(OLA);
    await ola.reload();
    await lastet(ola, 'Organisasjon', 'Lastar …');
    await ola.getByRole('form', { name: 'Målforma til kommunen' }).getByText('Kommunen skriv no på nynorsk.').waitFor();

    const ingrid = await som(INGRID);
    await åpne(ingrid, 'Organisasjon', /Organisasjon/, 'Lastar …');
    const del = ingrid.getByRole('region', { name: 'Målforma til kommunen' });
    await del.getByText('Kommunen skriv no på nynorsk.').waitFor();
    await del.getByText('Berre administratoren i kommunen kan endre målforma.').waitFor();
    assert.equal(await del.getByRole('radio').count(), 0);
    await sjekkOgFotografer(ingrid, 'org-malform-kommunalsjef-nn');
  });
});
