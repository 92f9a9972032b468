/**
 * The case to its end in a real browser (the real app, SQLite, the demo organisation, Debian's
 * Chromium): a varsel arrives; rektor opens the case, receives it and starts the investigation,
 * logs the pupil's own experience, writes a plan whose activation is refused with the missing items
 * at their fields (focus on the first, nothing typed lost), completes and activates it, records an
 * evaluations with outcome 3 (a new version), 2 (a next date needed) and 1 (refused while the pupil
 * says «nei»), logs the pupil saying «nei» again, is refused closing until rektor writes why she closes
 * against it, and downloads the documentation PDF and the parents' letter (read back with unpdf), which
 * both print that reason.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { DEMO, varselSkjema } from '../support/appKontekst';
import { type Tab, SMAL, alvorligeAxeBrudd, skjermbilde, startTab, ventPaa } from '../support/nettleser';

const ELEVENS_ORD = '«Ingen vil være med meg i friminuttet. Jeg går bare rundt alene.»';
const MOT_ELEVEN = 'Ingen plager eleven lenger; hun savner en venn som har flyttet, og det kan ikke tiltak på skolen rette.';

describe('tab in Chromium: the case to its end', function () {
  this.timeout(180_000);
  let tab: Tab;
  let side: Page;
  let sakId: string;

  before(async () => {
    tab = await startTab();
    // The varsel, sent by a teacher through the tab's API (the Meld fra page's own test drives the form).
    const svar = await fetch(`${tab.url}/api/varsler`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-skolemiljo-person': DEMO.laerer },
      body: JSON.stringify({ ...varselSkjema({ elevNavn: 'Åse Ødegård', involverte: 'Per Olsen' }), skjemaId: 'nettleser-sak-0001' }),
    });
    assert.equal(svar.status, 200, await svar.clone().text());
    sakId = ((await svar.json()) as { id: string }).id;
    side = await tab.nySide(1024);
    // Strings, not functions: this file is compiled without the DOM's types.
    await side.addInitScript({ content: `localStorage.setItem('skolemiljo.lokalPerson', ${JSON.stringify(DEMO.rektor)})` });
  });
  after(async () => tab?.stopp());

  /**
   * No serious axe violations once the page is still: a button re-enabled a moment ago is mid-way in
   * its colour transition, which axe would measure as low contrast.
   */
  async function axeRen(p: Page) {
    assert.deepEqual(await alvorligeAxeBrudd(p), []);
  }
  const knapp = (navn: string) => side.getByRole('button', { name: navn, exact: true });
  const utfort = (tekst: string) => side.getByRole('status').filter({ hasText: tekst }).waitFor();
  /** «Opplever eleven skolemiljøet som trygt og godt?» in the form on the page. */
  const svar = (s: 'Ja' | 'Delvis' | 'Nei') => side.getByRole('radiogroup', { name: /Opplever eleven skolemiljøet som trygt og godt/ }).getByLabel(s, { exact: true }).check();

  it('rektor opens the case, receives it and starts the investigation', async () => {
    await side.goto(`${tab.url}/#/sak/${encodeURIComponent(sakId)}`);
    await side.getByRole('heading', { level: 1, name: /^Sak / }).waitFor();
    await side.getByText('Åse Ødegård (5B)').waitFor();
    await knapp('Ta imot').click();
    await utfort('Utført: Ta imot.');
    await knapp('Start undersøkelse').click();
    await utfort('Utført: Start undersøkelse.');
    await side.getByRole('definition').filter({ hasText: 'Under undersøkelse' }).or(side.getByText(/undersøk/i).first()).first().waitFor();
  });

  it('logs the pupil’s own experience, and it shows under «Undersøke» in the timeline', async () => {
    await knapp('Lagre føringen').click();
    // Refused: the kind and the summary are missing; focus lands on the first, nothing is lost.
    await side.getByText('Velg hva slags føring det er.').waitFor();
    assert.equal(await side.evaluate('document.activeElement?.tagName'), 'SELECT');
    await side.getByLabel('Hva slags føring').selectOption('elevens_opplevelse');
    await side.getByLabel('Hvem deltok').fill('Eleven og kontaktlærer');
    await side.getByLabel('Kort oppsummering').fill(ELEVENS_ORD);
    await knapp('Lagre føringen').click();
    // The pupil's own experience is an answer, not only text: refused at that question until it is given.
    await side.getByText('Svar på om eleven opplever skolemiljøet som trygt og godt.').waitFor();
    await svar('Nei');
    await knapp('Lagre føringen').click();
    await utfort('Føringen er lagret.');
    const undersoke = side.getByRole('listitem').filter({ has: side.getByRole('heading', { name: 'Undersøke' }) });
    await undersoke.getByText(ELEVENS_ORD).waitFor();
    await undersoke.getByText('Elevens egen opplevelse').waitFor();
    await axeRen(side);
    await skjermbilde(side, 'sak-undersokelse');
  });

  it('writes a plan: activation is refused with every missing item at its field, then the completed plan is activated', async () => {
    await knapp('Opprett aktivitetsplan').click();
    await utfort('Utført: Opprett aktivitetsplan.');
    await side.getByRole('link', { name: 'Åpne aktivitetsplanen' }).click();
    await side.getByRole('heading', { level: 1, name: /^Aktivitetsplan, sak / }).waitFor();
    await side.getByLabel('Bakgrunn og undersøkelser').fill('Varsel fra kontaktlærer; samtale med eleven.');
    // The investigation the plan builds on: the pupil's own experience, from the case log.
    await side.getByRole('checkbox', { name: /Elevens egen opplevelse/ }).check();
    await side.getByLabel('Problemet tiltakene skal løse').fill('Eleven holdes utenfor leken i friminuttene.');
    await side.getByLabel('Mål', { exact: true }).fill('Eleven har noen å være med i friminuttene.');
    await knapp('Legg til tiltak').click();
    const tiltak = side.getByRole('group', { name: 'Tiltak 1' });
    await tiltak.getByLabel('Hva skal gjøres').fill('Voksen ved klatrestativet i alle friminutt');
    await tiltak.getByLabel('Nivå').selectOption('gruppe');
    await tiltak.getByLabel('Ansvarlig ansatt').selectOption({ label: 'Knut Moen' });
    await tiltak.getByLabel('Når tiltaket gjennomføres').fill('Uke 49–51, alle friminutt');
    await knapp('Aktiver planen').click();
    // Elevens stemme and the barnets beste-vurdering are required by law: named at their fields.
    const stemme = side.getByLabel(/Elevens stemme/);
    await ventPaa(side, "document.activeElement?.getAttribute('aria-invalid') === 'true'");
    assert.equal(await stemme.getAttribute('aria-invalid'), 'true');
    assert.equal(await side.getByLabel('Barnets beste-vurdering').getAttribute('aria-invalid'), 'true');
    assert.equal(await side.evaluate('document.activeElement?.id'), await stemme.getAttribute('id'), 'focus on the first field to correct');
    assert.equal(await side.getByLabel('Problemet tiltakene skal løse').inputValue(), 'Eleven holdes utenfor leken i friminuttene.', 'nothing typed is lost');
    assert.equal(await tiltak.getByLabel('Hva skal gjøres').inputValue(), 'Voksen ved klatrestativet i alle friminutt');
    await axeRen(side);
    await skjermbilde(side, 'plan-aktivering-nektet');
    await stemme.fill('Eleven ønsker en voksen i nærheten og å få være med på fotball.');
    await side.getByLabel('Barnets beste-vurdering').fill('Elevens trygghet veier tyngst; tiltaket peker ikke eleven ut.');
    await knapp('Aktiver planen').click();
    await side.getByRole('heading', { name: 'Versjon 1' }).waitFor();
    await side.getByText('Aktiv', { exact: true }).waitFor();
  });

  it('the tiltak’s responsible staff member opens it from Mine oppgaver and sees only that tiltak, and writes its note', async () => {
    const vaktmester = await tab.nySide(1024);
    await vaktmester.addInitScript({ content: `localStorage.setItem('skolemiljo.lokalPerson', ${JSON.stringify(DEMO.vaktmester)})` });
    await vaktmester.goto(`${tab.url}/#/oppgaver`);
    const rad = vaktmester.getByRole('row').filter({ hasText: 'Voksen ved klatrestativet i alle friminutt' });
    await rad.getByRole('link').click();
    await vaktmester.getByRole('heading', { name: 'Tiltak du er ansvarlig for' }).waitFor();
    assert.equal(await vaktmester.getByText('Eleven holdes utenfor leken i friminuttene.').count(), 0, 'not the rest of the plan');
    await vaktmester.getByLabel('Ditt notat om hvordan tiltaket virker').fill('Eleven er med i leken de fleste dager.');
    await vaktmester.getByRole('button', { name: 'Lagre notatet' }).click();
    await vaktmester.getByRole('status').filter({ hasText: 'Notatet er lagret.' }).waitFor();
    await axeRen(vaktmester);
    await vaktmester.context().close();
  });

  /** Fills the evaluation form of the version in force; returns when the page shows it saved. */
  async function evaluer(utfall: RegExp, opplevelse: string, elevensSvar: 'Ja' | 'Delvis' | 'Nei', neste?: string) {
    await side.getByLabel(/Hvem deltok/).fill('Eleven, mor, kontaktlærer');
    for (const felt of await side.getByLabel(/Vurdering av tiltaket/).all()) await felt.fill('Vurdert sammen med eleven.');
    await side.getByLabel('Elevens egen opplevelse').fill(opplevelse);
    await svar(elevensSvar);
    await side.getByLabel(utfall).check();
    // Outcome 2 names the tiltak that continue (issue 20).
    if (utfall.source.startsWith('^2')) await side.getByRole('group', { name: 'Tiltak som fortsetter' }).getByRole('checkbox').first().check();
    if (neste) await side.getByLabel('Neste evaluering').fill(neste);
    await knapp('Lagre evalueringen').click();
  }
  const omToUker = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

  it('records evaluations: outcome 3 opens version 2 with a next date, 2 needs a next date, 1 closes the plan', async () => {
    await axeRen(side);
    await evaluer(/^3 – /, '«Det er fortsatt vanskelig.»', 'Nei', omToUker);
    // Outcome 3: tiltak are changed in a new version of the plan, activated like the first.
    await side.getByRole('heading', { name: 'Du skriver versjon 2' }).waitFor();
    await side.getByRole('group', { name: 'Tiltak 1' }).getByLabel('Hva skal gjøres').fill('Voksen ved klatrestativet og fast lekegruppe uten Per Olsen');
    await knapp('Aktiver planen').click();
    await side.getByRole('heading', { name: 'Versjon 2' }).waitFor();
    // Version 1 stays readable below.
    const tidligere = side.getByRole('region', { name: 'Tidligere versjoner' });
    await tidligere.getByText('Versjon 1').click();
    await tidligere.getByText('Voksen ved klatrestativet i alle friminutt', { exact: false }).waitFor();
    // Outcome 2 without the next date: refused at that field, with focus there and nothing lost.
    await evaluer(/^2 – /, '«Det er bedre, men jeg vil ha lekegruppa.»', 'Delvis');
    await ventPaa(side, "document.activeElement?.getAttribute('aria-invalid') === 'true'");
    assert.equal(await side.evaluate('document.activeElement?.id'), await side.getByLabel('Neste evaluering').getAttribute('id'));
    assert.equal(await side.getByLabel('Elevens egen opplevelse').inputValue(), '«Det er bedre, men jeg vil ha lekegruppa.»');
    await side.getByLabel('Neste evaluering').fill(omToUker);
    await knapp('Lagre evalueringen').click();
    await side.getByText('«Det er bedre, men jeg vil ha lekegruppa.»').waitFor();
    await skjermbilde(side, 'plan-evaluering');
    // Outcome 1 while the pupil says «nei» is refused at the outcome.
    await evaluer(/^1 – Eleven har et trygt og godt skolemiljø/, '«Det er ikke bra.»', 'Nei');
    await side.getByText(/Eleven har svart «nei» på om skolemiljøet er trygt og godt\. Da kan ikke evalueringen konkludere/).first().waitFor();
    await evaluer(/^1 – Eleven har et trygt og godt skolemiljø/, '«Det er mye bedre nå.»', 'Ja');
    await side.getByText('Avsluttet', { exact: true }).waitFor();
    await side.getByText('«Det er mye bedre nå.»').waitFor();
    await axeRen(side);
  });

  it('the pupil says «nei» again: closing is refused until rektor writes why she closes against it — and who was told is recorded, the pupil and the mother each on their own', async () => {
    await side.getByRole('link', { name: 'Tilbake til saken' }).click();
    await side.getByLabel('Hva slags føring').selectOption('elevens_opplevelse');
    await side.getByLabel('Kort oppsummering').fill('«Ingen plager meg, men jeg savner Ida. Det er ikke godt på skolen.»');
    await svar('Nei');
    await knapp('Lagre føringen').click();
    await utfort('Føringen er lagret.');
    await knapp('Avslutt saken …').click();
    await side.getByLabel('Begrunnelse', { exact: true }).fill('Evalueringen viser at eleven har det trygt og godt.');
    // Who was told, each on their own: the pupil, and the mother by phone.
    await side.getByRole('group', { name: 'Eleven' }).getByLabel('Hvordan de ble informert').fill('Samtale med eleven, med retten til å gå til Statsforvalteren.');
    const mor = side.getByRole('group', { name: 'Forelder eller foresatt 1' });
    await mor.getByLabel(/Hvem/).fill('mor');
    await mor.getByLabel('Hvordan de ble informert').fill('Telefon til mor, med retten til å gå til Statsforvalteren.');
    await knapp('Avslutt saken').click();
    const mot = side.getByLabel(/Rektors begrunnelse for å avslutte mot elevens opplevelse/);
    await ventPaa(side, "document.activeElement?.getAttribute('aria-invalid') === 'true'");
    assert.equal(await side.evaluate('document.activeElement?.id'), await mot.getAttribute('id'), 'focus on the reason against the pupil');
    await side.getByText(/Eleven har sagt at skolemiljøet ikke er trygt og godt \(svar: «nei»\)/).first().waitFor();
    await axeRen(side);
    await mot.fill(MOT_ELEVEN);
    await knapp('Avslutt saken').click();
    await utfort('Utført: Avslutt saken.');
    await side.getByText('Saken avsluttet').waitFor();
    await axeRen(side);
    await skjermbilde(side, 'sak-avsluttet');
  });

  it('downloads the documentation PDF, with every part of the case in it', async () => {
    const [nedlasting] = await Promise.all([side.waitForEvent('download'), knapp('Last ned dokumentasjonen (PDF)').click()]);
    assert.match(nedlasting.suggestedFilename(), /^Skolemiljosak_.+_Bakkelokka-skole_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}_Unntatt-offentlighet-offl-13\.pdf$/);
    // The receipt names the saved file, where rektor looks for it.
    await side.getByRole('main').getByText(`Lastet ned ${nedlasting.suggestedFilename()}.`).waitFor();
    const pdf = fs.readFileSync((await nedlasting.path())!);
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    for (const s of [
      'Unntatt offentlighet, offl. §13 jf. fvl. §13',
      'Åse Ødegård',
      ELEVENS_ORD,
      'Eleven holdes utenfor leken i friminuttene.',
      'Voksen ved klatrestativet i alle friminutt',
      'Knut Moen',
      '«Det er mye bedre nå.»',
      'Eleven: Samtale med eleven',
      'Forelder/foresatt (mor): Telefon til mor',
      'Versjon 2',
      'Voksen ved klatrestativet og fast lekegruppe',
      '«Det er fortsatt vanskelig.»',
      'Eleven er med i leken de fleste dager.',
      `Avsluttet mot elevens egen opplevelse – begrunnelse: ${MOT_ELEVEN}`,
      'Opplever eleven skolemiljøet som trygt og godt?: Nei',
    ]) {
      assert.ok((text as unknown as string).replace(/\s+/g, ' ').includes(s), `the PDF has «${s}»`);
    }
    assert.match(text as unknown as string, /Undersøkelser planen bygger på:?\s*\d\d\.\d\d\.\d{4} Elevens egen opplevelse/);
  });

  it('downloads the letter to the parents in nynorsk, naming no other pupil', async () => {
    await side.getByLabel('Nynorsk').check();
    // Before download: the words the name screening kept at a sentence's start, for rektor to check.
    await side.getByText(/kan være navn på en annen elev: .*«Voksen»/).waitFor();
    const [nedlasting] = await Promise.all([side.waitForEvent('download'), knapp('Last ned brevet (PDF)').click()]);
    assert.match(nedlasting.suggestedFilename(), /\.pdf$/);
    const { text } = await extractText(new Uint8Array(fs.readFileSync((await nedlasting.path())!)), { mergePages: true });
    const brev = text as unknown as string;
    assert.match(brev, /Statsforvaltaren/);
    assert.ok(brev.replace(/\s+/g, ' ').includes(`Rektor avslutta saka likevel, med denne grunngivinga: «${MOT_ELEVEN}»`), 'the letter says rektor closed against the pupil, and why');
    assert.ok(!brev.includes(ELEVENS_ORD), 'the log’s contents stay out of the letter');
    assert.match(brev, /Voksen ved klatrestativet og fast lekegruppe/);
    assert.ok(!brev.includes('Per Olsen'), 'the other pupil named in the varsel is blanked in the tiltak too');
    await knapp('Vis brevet som tekst').click();
    await side.getByLabel(/Brevet som tekst/).waitFor();
    assert.match(await side.getByLabel(/Brevet som tekst/).inputValue(), /Statsforvaltaren/);
    await axeRen(side);
  });

  it('the case page and the plan page work at Teams’ narrow width (320 px)', async () => {
    const smal = await tab.nySide(SMAL);
    await smal.addInitScript({ content: `localStorage.setItem('skolemiljo.lokalPerson', ${JSON.stringify(DEMO.rektor)})` });
    for (const [route, tittel] of [
      [`/sak/${encodeURIComponent(sakId)}`, /^Sak /],
      [`/sak/${encodeURIComponent(sakId)}/plan`, /^Aktivitetsplan, sak /],
    ] as const) {
      await smal.goto(`${tab.url}/#${route}`);
      await smal.getByRole('heading', { level: 1, name: tittel }).waitFor();
      await smal.getByRole('heading', { level: 2 }).first().waitFor();
      const bredde = await smal.evaluate('document.documentElement.scrollWidth');
      assert.ok(Number(bredde) <= 320, `${route}: ${bredde} px wide in a 320 px window`);
      await axeRen(smal);
    }
    await smal.context().close();
  });
});
