/**
 * The school year's pages in real Chromium against the real app (SQLite, the demo organisation,
 * the local person picker, today's clock): the kommunalsjef reads the municipality's .ics file into
 * the skolerute and saves it; the inspektør reads it; the kommunalsjef adds a checkpoint to the
 * årshjul; rektor marks one done with a note and a link; the kommunalsjef's overview shows it and
 * who is late. Every page is checked with axe-core and at Teams' narrowest width (320 px).
 * The steps build on each other, in order.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { lesAarshjul } from '../../src/app/skolear/aarshjulView';
import { osloDato } from '../../src/domain/frister';
import { skolearForDato, startAr } from '../../src/domain/skolerute';
import { type Tab, meny, sjekkOgFotografer, somPerson, startTab, aapneFraMeny as åpne } from '../support/nettleser';

const INGRID = 'Ingrid Haugland'; // kommunalsjef
const HANNE = 'Hanne Solberg'; // rektor at Bakkeløkka
const JON = 'Jon Bakken'; // inspektør at Bakkeløkka
const PER = 'Per Hansen'; // lærer at Bakkeløkka

/** Today's school year (1 August to 31 July, by Oslo's date), as the app counts it. */
const SKOLEAR = skolearForDato(osloDato(new Date()));
const ar = startAr(SKOLEAR);
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  `DTSTART;VALUE=DATE:${ar}0818`,
  'SUMMARY:Første skoledag',
  'END:VEVENT',
  'BEGIN:VEVENT',
  `DTSTART;VALUE=DATE:${ar}1005`,
  `DTEND;VALUE=DATE:${ar}1010`,
  'SUMMARY:Høstferie',
  'END:VEVENT',
  'BEGIN:VEVENT',
  `DTSTART;VALUE=DATE:${ar}1218`,
  `DTEND;VALUE=DATE:${ar + 1}0104`,
  'SUMMARY:Juleferie',
  'END:VEVENT',
  'BEGIN:VEVENT',
  `DTSTART;VALUE=DATE:${ar + 1}0619`,
  'SUMMARY:Siste skoledag',
  'END:VEVENT',
  'BEGIN:VEVENT',
  `DTSTART;VALUE=DATE:${ar + 1}0301`,
  'SUMMARY:Foreldremøte',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('the school year’s pages in a browser', function () {
  this.timeout(60_000);
  let tab: Tab;
  const sider = new Map<string, Page>();
  const som = (navn: string) => somPerson(tab, sider, navn);

  before(async function () {
    this.timeout(180_000); // builds the tab first when its build is missing or stale
    tab = await startTab();
  });
  after(async () => tab?.stopp());

  it('lets the kommunalsjef read the municipality’s .ics file into the skolerute, check it and save it', async () => {
    const side = await som(INGRID);
    await åpne(side, 'Skolerute');
    await side.getByText(/standard skolerute/).waitFor();
    assert.equal(await side.getByRole('combobox', { name: 'Skoleår' }).inputValue(), SKOLEAR);
    // A file with no events: the server's reason is shown, and the next file replaces it.
    await side.getByLabel('Kalenderfil (.ics)', { exact: true }).setInputFiles({ name: 'tom.ics', mimeType: 'text/calendar', buffer: Buffer.from('BEGIN:VCALENDAR\nEND:VCALENDAR\n') });
    await side.getByText('Fant ingen hendelser i fila. Er det en kalenderfil (.ics)?').waitFor();
    await side.getByLabel('Kalenderfil (.ics)', { exact: true }).setInputFiles({ name: 'skolerute.ics', mimeType: 'text/calendar', buffer: Buffer.from(ICS) });
    await side.getByText('Fant ingen hendelser i fila. Er det en kalenderfil (.ics)?').waitFor({ state: 'detached' });
    await side.getByText('Leste 2 ferier og fridager fra fila. Se over og lagre.').waitFor();
    await side.getByText('Ikke brukt (ukjent slag): Foreldremøte.').waitFor();
    assert.equal(await side.getByLabel('Første skoledag').inputValue(), `${ar}-08-18`);
    assert.equal(await side.getByLabel('Siste skoledag').inputValue(), `${ar + 1}-06-19`);
    assert.deepEqual(await side.getByLabel('Til og med').evaluateAll((e) => e.map((x) => (x as unknown as { value: string }).value)), [`${ar}-10-09`, `${ar + 1}-01-03`]);
    await sjekkOgFotografer(side, 'skolerute-importert');
    // A last day before the first: told at the field, nothing saved.
    await side.getByLabel('Siste skoledag').fill(`${ar}-08-10`);
    await side.getByRole('button', { name: 'Lagre skoleruta' }).click();
    await side.getByText('Sluttdatoen kan ikke ligge før startdatoen.').waitFor();
    await side.getByLabel('Siste skoledag').fill(`${ar + 1}-06-19`);
    await side.getByRole('button', { name: 'Lagre skoleruta' }).click();
    await side.getByText(/Viser kommunens skolerute \(importert fra kalenderfil\)\. Sist lagret av Ingrid Haugland/).waitFor();
    await sjekkOgFotografer(side, 'skolerute-lagret');
  });

  it('shows the saved skolerute read-only to the school’s leadership, and not in the menu of other staff', async () => {
    const side = await som(JON);
    await åpne(side, 'Skolerute');
    const tabell = side.getByRole('table', { name: 'Ferier og fridager' });
    await tabell.getByText('Juleferie').waitFor();
    await tabell.getByText(`18.12.${ar}`).waitFor();
    assert.equal(await side.getByRole('button', { name: 'Lagre skoleruta' }).count(), 0);
    await sjekkOgFotografer(side, 'skolerute-lese');
    assert.ok(!(await meny(await som(PER))).some((m) => m === 'Skolerute' || m === 'Årshjul'));
  });

  it('lets the kommunalsjef add a checkpoint to the year’s årshjul', async () => {
    const side = await som(INGRID);
    await åpne(side, 'Årshjul');
    await side.getByRole('region', { name: 'Fjordsiden ungdomsskole' }).waitFor();
    await side.getByText('Dette er standardårshjulet. Endre det og lagre for å gjøre det til kommunens eget.').waitFor();
    await side.getByRole('button', { name: 'Endre sjekkpunktene' }).click();
    await side.getByRole('button', { name: 'Legg til sjekkpunkt' }).click();
    const sjekkpunkt = side.getByRole('textbox', { name: /^Sjekkpunkt(?!ene)/ });
    await sjekkpunkt.last().fill('Trivselsdag for hele skolen');
    await side.getByLabel(/^Dette teller som gjort/).last().fill('Alle klasser har hatt trivselsdag med faddere.');
    await side.getByLabel(/^Frist/).last().fill(`${ar + 1}-05-05`);
    await side.getByRole('button', { name: 'Lagre årshjulet' }).click();
    await side.getByText('Dette er standardårshjulet. Endre det og lagre for å gjøre det til kommunens eget.').waitFor({ state: 'detached' });
    await side.getByRole('button', { name: 'Endre sjekkpunktene' }).click();
    assert.equal(await side.getByRole('textbox', { name: /^Sjekkpunkt(?!ene)/ }).count(), 9);
    await sjekkOgFotografer(side, 'aarshjul-definert');
  });

  it('lets rektor mark the own school’s checkpoint done with a note and a link', async () => {
    const side = await som(HANNE);
    await åpne(side, 'Årshjul');
    await side.getByRole('heading', { name: 'Skolens sjekkpunkter: Bakkeløkka skole' }).waitFor();
    await side.getByText('0 av 9 gjort').waitFor();
    await side.getByText(/^0 av \d+ ansatte har bekreftet/).waitFor();
    const navn = 'Skolestart: kommunens plan for et trygt og godt skolemiljø gjennomgått med personalet';
    await side.getByRole('button', { name: `Marker som gjort: ${navn}` }).click();
    await side.getByRole('button', { name: 'Marker som gjort', exact: true }).click();
    await side.getByText('Skriv kort hva som ble gjort.').waitFor();
    await side.getByLabel(/^Notat/).fill('Gjennomgått på personalmøtet, se referatet.');
    await side.getByLabel('Lenke til dokument (valgfritt)').fill('https://bakkelokka.sharepoint.com/referat.docx');
    await side.getByRole('button', { name: 'Marker som gjort', exact: true }).click();
    await side.getByText('1 av 9 gjort').waitFor();
    await side.getByText(/^Gjort .* av Hanne Solberg$/).waitFor();
    await side.getByRole('link', { name: 'https://bakkelokka.sharepoint.com/referat.docx' }).waitFor();
    await sjekkOgFotografer(side, 'aarshjul-rektor');
  });

  it('shows the kommunalsjef every school’s progress and who is late', async () => {
    const side = await som(INGRID);
    await side.reload();
    await åpne(side, 'Årshjul');
    const skole = (navn: string) => side.getByRole('region', { name: navn });
    await skole('Bakkeløkka skole').getByText('1 av 9 gjort').waitFor();
    await skole('Fjordsiden ungdomsskole').getByText('0 av 9 gjort').waitFor();
    const sen = 'Skolestart: kommunens plan for et trygt og godt skolemiljø gjennomgått med personalet';
    // Late once its date (two weeks after the first school day) has passed: in the year's first weeks,
    // when no checkpoint can be late yet, the overview says so instead.
    const frist = (await lesAarshjul(tab.app.ktx, SKOLEAR)).hjul.sjekkpunkter.find((p) => p.id === 'planGjennomgatt')!.dato;
    if (osloDato(tab.app.ktx.naa()) > frist) {
      assert.ok((await skole('Fjordsiden ungdomsskole').getByRole('listitem').allInnerTexts()).includes(sen), 'Fjordsiden is late with it');
      assert.match(await skole('Fjordsiden ungdomsskole').innerText(), /Forsinket: \d+/);
    } else {
      await skole('Fjordsiden ungdomsskole').getByText('Ingen sjekkpunkter er forsinket.').waitFor();
    }
    assert.ok(!(await skole('Bakkeløkka skole').getByRole('listitem').allInnerTexts()).includes(sen), 'Bakkeløkka did it');
    await sjekkOgFotografer(side, 'aarshjul-oversikt');
    // The school's own record, note and link, one click away.
    await side.getByRole('button', { name: 'Vis sjekkpunktene for Bakkeløkka skole' }).click();
    await skole('Bakkeløkka skole').getByText('Gjennomgått på personalmøtet, se referatet.').waitFor();
    await skole('Bakkeløkka skole').getByRole('link', { name: 'https://bakkelokka.sharepoint.com/referat.docx' }).waitFor();
    assert.equal(await side.getByRole('button', { name: /^Marker som gjort/ }).count(), 0, 'the kommunalsjef reads, rektor marks');
    await sjekkOgFotografer(side, 'aarshjul-oversikt-skole');
  });
});
