/**
 * The plan and the case as people work them (issue 20), in real Chromium against the real app
 * (SQLite, the demo organisation): a tiltak's owner writes notes that rektor and the saksansvarlig
 * then read on the plan and beside the tiltak in the evaluation form; version 1 stands beside
 * version 2 while it is written; outcome 2 names the tiltak that continue; and each defect found on
 * the way, checked as a person meets it. Pages are checked with axe and at 320 px, and photographed.
 */
import { strict as assert } from 'node:assert';
import type { Locator, Page } from 'playwright-core';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { visDato } from '../../src/domain/datovisning';
import { leggTilDager, osloDato } from '../../src/domain/frister';
import { registrerEvaluering } from '../../src/app/plan/registrerEvaluering';
import { DEMO, aktor, varselSkjema } from '../support/appKontekst';
import { SMAL, type Tab, lastet, sjekkOgFotografer, skjermbilde, startTab, ventPaa } from '../support/nettleser';
import { evaluering, sakMedAktivPlan, sakMedUtkast } from '../support/saksgang';

const KNUT = DEMO.vaktmester; // the tiltak's owner
const AHMED = DEMO.laerer3; // the saksansvarlig
const NOTAT = 'Hun leker med to andre nå, men ikke på fredager.';

describe('the plan and the case as people work them', function () {
  this.timeout(120_000);
  let tab: Tab;

  before(async function () {
    this.timeout(180_000);
    tab = await startTab();
  });
  after(async () => tab?.stopp());

  /** A page as this person (the local picker's choice, set before the page loads). */
  async function som(oid: string, bredde = SMAL): Promise<Page> {
    const side = await tab.nySide(bredde);
    await side.addInitScript({ content: `localStorage.setItem('skolemiljo.lokalPerson', ${JSON.stringify(oid)})` });
    return side;
  }
  const planSti = (sakId: string) => `${tab.url}/#/sak/${encodeURIComponent(sakId)}/plan`;
  const sakSti = (sakId: string) => `${tab.url}/#/sak/${encodeURIComponent(sakId)}`;

  async function nyttVarsel(elevNavn: string): Promise<string> {
    const svar = await fetch(`${tab.url}/api/varsler`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-skolemiljo-person': DEMO.laerer },
      body: JSON.stringify({ ...varselSkjema({ elevNavn }), skjemaId: `arbeidsdag-${elevNavn.replace(/\W/g, '-')}` }),
    });
    assert.equal(svar.status, 200, await svar.clone().text());
    return ((await svar.json()) as { id: string }).id;
  }

  /** Whether `under` starts below where `over` ends (on its own line, not glued beside it). */
  async function staarUnder(over: Locator, under: Locator): Promise<boolean> {
    const a = await over.boundingBox();
    const b = await under.boundingBox();
    assert.ok(a && b);
    return b.y >= a.y + a.height - 1;
  }

  it('shows the tiltak owner’s notes, with who and when, to rektor and the saksansvarlig on the plan and beside the tiltak in the evaluation form; the owner’s way back is Mine oppgaver', async () => {
    const sakId = await sakMedAktivPlan(tab.app.ktx);
    const knut = await som(KNUT);
    await knut.goto(planSti(sakId));
    await lastet(knut, /^Aktivitetsplan, sak /);
    await knut.getByLabel('Ditt notat om hvordan tiltaket virker').fill(NOTAT);
    await knut.getByRole('button', { name: 'Lagre notatet' }).click();
    await knut.getByRole('list', { name: /^Notater fra den ansvarlige/ }).getByText(NOTAT).waitFor();
    await sjekkOgFotografer(knut, 'arbeidsdag-tiltaksnotat-eier');
    // Not a dead end: the case is not his to open, his tasks are.
    assert.equal(await knut.getByRole('link', { name: 'Tilbake til saken' }).count(), 0);
    await knut.getByRole('link', { name: 'Tilbake til Mine oppgaver' }).click();
    await lastet(knut, 'Mine oppgaver');
    await knut.context().close();

    for (const oid of [DEMO.rektor, AHMED]) {
      const side = await som(oid);
      await side.goto(planSti(sakId));
      await lastet(side, /^Aktivitetsplan, sak /);
      const iPlanen = side.getByRole('region', { name: 'Versjon 1' }).getByRole('list', { name: /^Notater fra den ansvarlige/ });
      await iPlanen.getByText(NOTAT).waitFor();
      // The house's date format with the time (07.12.2026 kl. 10:12), never «7. desember 2026».
      await iPlanen.getByText(/Knut Moen, \d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}/).waitFor();
      const iSkjemaet = side.getByRole('form', { name: 'Registrer evaluering' }).getByRole('list', { name: /^Notater fra den ansvarlige/ });
      await iSkjemaet.getByText(NOTAT).waitFor();
      await sjekkOgFotografer(side, `arbeidsdag-tiltaksnotat-${oid === DEMO.rektor ? 'rektor' : 'saksansvarlig'}`);
      await side.context().close();
    }
  });

  it('shows version 1 beside version 2 while it is written; after activation the status says version 2 is in force, and outcome 2 names the tiltak that continue', async () => {
    const sakId = await sakMedAktivPlan(tab.app.ktx);
    const ktx = tab.app.ktx;
    // Dates from today (Oslo), so the test holds whatever day it runs.
    const idag = osloDato(ktx.naa());
    const [omEnUke, omToUker] = [leggTilDager(idag, 7), leggTilDager(idag, 14)];
    const e3 = await registrerEvaluering(ktx, aktor(DEMO.rektor), sakId, await evaluering(ktx, sakId, DEMO.rektor, 'ikke_gjenopprettet', omEnUke));
    assert.ok(e3.ok, JSON.stringify(e3));
    const side = await som(DEMO.rektor, 1024);
    await side.goto(planSti(sakId));
    await lastet(side, /^Aktivitetsplan, sak /);
    const skriver = side.getByRole('form', { name: 'Du skriver versjon 2' });
    const gjeldende = side.getByRole('region', { name: 'Versjon 1, som gjelder nå' });
    await gjeldende.getByText('Voksen ved klatrestativet i alle friminutt', { exact: false }).waitFor();
    const [a, b] = [await skriver.boundingBox(), await gjeldende.boundingBox()];
    assert.ok(a && b && b.x >= a.x + a.width - 1 && b.y < a.y + a.height, 'side by side at 1024 px');
    await skjermbilde(side, 'arbeidsdag-versjon-2-ved-siden');
    await side.setViewportSize({ width: SMAL, height: 900 });
    await sjekkOgFotografer(side, 'arbeidsdag-versjon-2-smal');
    await side.setViewportSize({ width: 1024, height: 900 });

    await skriver.getByRole('group', { name: 'Tiltak 1' }).getByLabel('Hva skal gjøres').fill('Voksen ved klatrestativet og fast lekegruppe');
    await side.getByRole('button', { name: 'Aktiver planen' }).click();
    await side.getByRole('heading', { name: 'Versjon 2' }).waitFor();
    await side.getByRole('definition').filter({ hasText: 'Aktiv – versjon 2' }).waitFor();
    assert.equal(await side.getByText('Evaluert', { exact: true }).count(), 0);
    // The editor is gone: focus is on the receipt, not fallen to the page, and it was announced.
    await ventPaa(side, "document.querySelector('[aria-live=polite]')?.textContent === 'Planen er aktivert.'");
    assert.notEqual(await side.evaluate('document.activeElement?.tagName'), 'BODY');

    const skjema = side.getByRole('form', { name: 'Registrer evaluering' });
    await skjema.getByLabel(/Hvem deltok/).fill('Eleven, mor, kontaktlærer');
    await skjema.getByLabel(/Vurdering av tiltaket/).fill('Virker.');
    await skjema.getByLabel('Elevens egen opplevelse').fill('«Det er bedre.»');
    await skjema.getByRole('radiogroup', { name: /Opplever eleven skolemiljøet som trygt og godt/ }).getByLabel('Delvis', { exact: true }).check();
    await skjema.getByLabel(/^2 – /).check();
    await skjema.getByLabel('Neste evaluering').fill(omToUker);
    await skjema.getByRole('button', { name: 'Lagre evalueringen' }).click();
    await side.getByText('Velg hvilke tiltak som fortsetter.', { exact: true }).waitFor();
    await skjema.getByRole('group', { name: 'Tiltak som fortsetter' }).getByRole('checkbox', { name: 'Voksen ved klatrestativet og fast lekegruppe' }).check();
    await skjema.getByRole('button', { name: 'Lagre evalueringen' }).click();
    await side.getByRole('region', { name: 'Evalueringer' }).getByText('Fortsetter: Voksen ved klatrestativet og fast lekegruppe').waitFor();
    await side.getByRole('region', { name: 'Evalueringer' }).getByText(`Neste evaluering: ${visDato(omToUker)}`, { exact: false }).waitFor();
    assert.doesNotMatch(await side.locator('main').innerText(), /\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/, 'no date in words');
    await sjekkOgFotografer(side, 'arbeidsdag-utfall-2');
    await side.context().close();
  });

  it('gives each «Undersøkelser planen bygger på» box its own name: clicking the third entry’s text ticks the third', async () => {
    const sakId = await sakMedUtkast(tab.app.ktx);
    for (const [type, tekst] of [['observasjon', 'Observert alene ved gjerdet.'], ['samtale_foresatte', 'Mor forteller om vonde morgener.']] as const) {
      const r = await leggTilLoggforing(tab.app.ktx, aktor(DEMO.rektor), sakId, { type, dato: osloDato(tab.app.ktx.naa()), deltakere: 'Kontaktlærer', tekst });
      assert.ok(r.ok, JSON.stringify(r));
    }
    const side = await som(DEMO.rektor);
    await side.goto(planSti(sakId));
    await lastet(side, /^Aktivitetsplan, sak /);
    const gruppe = side.getByRole('group', { name: 'Undersøkelser planen bygger på' });
    const bokser = gruppe.getByRole('checkbox');
    // The case log's entries come with the plan's second read: wait for the third box before counting.
    await bokser.nth(2).waitFor();
    assert.equal(await bokser.count(), 3);
    const tidligere = await Promise.all((await bokser.all()).map((b) => b.isChecked()));
    await gruppe.getByText(/Mor forteller om vonde morgener/).click();
    assert.equal(await gruppe.getByRole('checkbox', { name: /Mor forteller om vonde morgener/ }).isChecked(), true);
    assert.equal(await gruppe.getByRole('checkbox', { name: /Observert alene ved gjerdet/ }).isChecked(), tidligere[1]);
    assert.equal(await bokser.first().isChecked(), tidligere[0], 'the first box is untouched');
    const ider = await bokser.evaluateAll((b) => b.map((x) => x.id));
    assert.equal(new Set(ider).size, 3, `one id each: ${ider.join(', ')}`);
    await sjekkOgFotografer(side, 'arbeidsdag-grunnlag');
    await side.context().close();
  });

  it('names a missing date in Meld fra at the first submit, with every other missing answer', async () => {
    const side = await som(KNUT);
    await side.goto(`${tab.url}/#/meld-fra`);
    await lastet(side, 'Meld fra om en elev');
    // «Når» is among the optional questions, folded behind «Mer (valgfritt)» (issue 26's compact form).
    await side.getByRole('button', { name: 'Mer (valgfritt): hvem, når, hvor' }).click();
    await side.getByRole('radiogroup', { name: /Når skjedde det/ }).getByRole('radio', { name: /bestemt dag/ }).check();
    await side.getByRole('button', { name: 'Send varsel' }).click();
    await side.getByText('Skriv hva du så eller hørte.').waitFor();
    await side.getByText(/Skriv datoen|Velg datoen|mangler dato|dato/i, { exact: false }).filter({ hasNot: side.getByRole('radio') }).first().waitFor();
    assert.equal(await side.getByLabel(/^Dato/).getAttribute('aria-invalid'), 'true', 'the date is named at the first submit');
    await sjekkOgFotografer(side, 'arbeidsdag-meld-fra-dato');
    await side.context().close();
  });

  it('keeps sentences apart: the explanation and «Send påminnelse», the varslingsliste’s text and its version', async () => {
    const side = await som(DEMO.rektor);
    await side.goto(`${tab.url}/#/bekreftelser`);
    await lastet(side, 'Bekreftelser');
    assert.ok(await staarUnder(side.getByText(/per skole per dag\.$/), side.getByRole('button', { name: 'Send påminnelse' })));
    await side.goto(`${tab.url}/#/varslingsliste`);
    await lastet(side, /Varslingsliste/);
    assert.ok(await staarUnder(side.getByText(/til kommunalsjefen\.$/), side.getByText(/^Versjon \d+, endret /)));
    await side.context().close();
  });

  it('gives «Hva som ble sett eller hørt» the page’s width at 320 px, and puts the confirm button of Mine plikter after the duties', async () => {
    const sakId = await nyttVarsel('Mina Lund');
    const side = await som(DEMO.rektor);
    await side.goto(sakSti(sakId));
    await lastet(side, /^Sak /);
    const tekst = side.getByRole('definition').filter({ hasText: 'Ble holdt utenfor' }).first();
    const boks = await tekst.boundingBox();
    assert.ok(boks && boks.width >= 240, `the text is ${boks?.width} px wide at 320 px`);
    await sjekkOgFotografer(side, 'arbeidsdag-sak-smal');

    const knut = await som(DEMO.laerer2);
    await knut.goto(`${tab.url}/#/plikter`);
    await lastet(knut, /Pliktene dine/);
    assert.ok(await staarUnder(knut.getByRole('heading', { level: 2, name: /Sette inn tiltak/ }), knut.getByRole('button', { name: 'Jeg er kjent med pliktene' })));
    await side.context().close();
    await knut.context().close();
  });

  it('after an action moves focus to its receipt and announces it politely; a fast second click on a slow page is one decision, not a false conflict', async () => {
    const sakId = await nyttVarsel('Jonas Vik');
    const side = await som(DEMO.rektor, 1024);
    await side.goto(sakSti(sakId));
    await lastet(side, /^Sak /);
    // A slow network: the case read after the action takes 1.5 s.
    await side.route(`**/api/saker/${encodeURIComponent(sakId)}`, async (route) => {
      if (route.request().method() === 'GET') await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await side.getByLabel('Saksansvarlig').selectOption({ label: 'Ahmed Ali' });
    await side.getByRole('button', { name: 'Ta imot', exact: true }).click();
    // The next decision at once, while the page still shows the case as it was.
    await side.getByRole('button', { name: 'Tildel saksansvarlig', exact: true }).click();
    await ventPaa(side, "document.querySelector('[aria-live=polite]')?.textContent === 'Utført: Tildel saksansvarlig.'");
    assert.equal(await side.getByText(/endret av noen andre samtidig/).count(), 0);
    await side.getByRole('definition').filter({ hasText: 'Ahmed Ali' }).waitFor();
    assert.notEqual(await side.evaluate('document.activeElement?.tagName'), 'BODY', 'focus did not fall to the page');
    await sjekkOgFotografer(side, 'arbeidsdag-handling-kvittering');
    await side.context().close();
  });
});
