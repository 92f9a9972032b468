/**
 * The bot's varsel form at Teams' narrowest width (issue 26): rendered by the Adaptive Cards SDK (the
 * reference renderer, its default host config) in Chromium at 320 px, and measured. The required
 * questions are on the first screen; the optional ones open with one tap, and what is typed in them is
 * sent with the form even when they are folded away again.
 */
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import { getVarselForm } from '../../src/app/varselFormView';
import { varselskjema } from '../../bot/cards/varselForm';
import { cardProblems } from '../support/cardValidation';
import { DEMO, aktor, lagTestKontekst, type TestKontekst } from '../support/appKontekst';
import { startChromium, ventPaa } from '../support/nettleser';

const ADAPTIVECARDS = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const CSS = require.resolve('adaptivecards/dist/adaptivecards.css');
/** The form's height at 320 px before issue 26's compact layout, with the same renderer. */
const FOER_PX = 1858;
const MAKS_PX = 900;

describe('the varsel form card at 320 px', function () {
  this.timeout(60_000);
  let ktx: TestKontekst;
  let nettleser: Browser;
  let side: Page;
  before(async () => {
    ktx = await lagTestKontekst();
    nettleser = await startChromium();
    side = await (await nettleser.newContext({ viewport: { width: 320, height: 640 }, locale: 'nb-NO' })).newPage();
  });
  after(async () => {
    await nettleser.close();
    await ktx.rydd();
  });

  /** Renders a card in a 320 px column and answers its height in px. */
  const gjengi = async (card: unknown): Promise<number> => {
    await side.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;width:320px"><div id="vert"></div></body></html>');
    await side.addStyleTag({ path: CSS });
    await side.addScriptTag({ path: ADAPTIVECARDS });
    await side.evaluate(`(() => {
      const kort = new AdaptiveCards.AdaptiveCard();
      kort.onExecuteAction = (a) => { window.sendt = a.data; };
      window.kort = kort;
      kort.parse(${JSON.stringify(card)});
      document.getElementById('vert').appendChild(kort.render());
    })()`);
    await ventPaa(side, "document.querySelector('#vert .ac-adaptiveCard')");
    return side.evaluate<number>("Math.round(document.querySelector('#vert .ac-adaptiveCard').getBoundingClientRect().height)");
  };
  const skjema = () => {
    const v = getVarselForm(ktx, aktor(DEMO.laerer));
    assert.ok(v.ok);
    return v.verdi;
  };

  it('holds every required question within the first screen and is at most 900 px long folded (it was 1,858 px)', async () => {
    const card = varselskjema(skjema(), { skjemaId: 'skjema-320' });
    assert.deepEqual(cardProblems(card), []);
    const hoyde = await gjengi(card);
    assert.ok(hoyde <= MAKS_PX && hoyde < FOER_PX / 2, `varselskjema ved 320 px: ${hoyde} px (før: ${FOER_PX} px)`);
    // The required questions are shown, not folded away, and end within the first 640 px of the card.
    for (const id of ['skoleId', 'elevNavn', 'beskrivelse', 'kommerFra']) {
      const bunn = await side.evaluate<number>(`(() => { const e = window.kort.getElementById(${JSON.stringify(id)}).renderedElement; return e && e.getClientRects().length > 0 ? Math.round(e.getBoundingClientRect().bottom) : -1; })()`);
      assert.ok(bunn > 0 && bunn <= 640, `${id}: ${bunn}`);
    }
    await side.screenshot({ path: 'tests/.tmp/varselskjema-320.png', fullPage: true });
  });

  it('sends what was typed in the optional questions, also when folded away again; a form sent back with them shows them open', async () => {
    const card = varselskjema(skjema(), { skjemaId: 'skjema-320' });
    await gjengi(card);
    const valgfritt = (id: string) => `window.kort.getElementById(${JSON.stringify(id)})`;
    assert.equal(await side.evaluate<boolean>(`${valgfritt('valgfritt')}.isVisible`), false);
    await side.getByRole('button', { name: 'Mer (valgfritt): hvem, når, hvor' }).click();
    await ventPaa(side, `${valgfritt('valgfritt')}.isVisible`);
    const hoyde = await side.evaluate<number>("Math.round(document.querySelector('#vert .ac-adaptiveCard').getBoundingClientRect().height)");
    assert.ok(hoyde > MAKS_PX, `opened, every optional question is shown: ${hoyde} px`);
    /** Types into an input as a person would (the SDK's rendered control, found by the input's id). */
    const fyll = async (id: string, verdi: string) => {
      await side.evaluate(`${valgfritt(id)}.renderedElement.querySelector('input, textarea').setAttribute('data-test', ${JSON.stringify(id)})`);
      await side.locator(`[data-test="${id}"]`).fill(verdi);
    };
    await fyll('sted', 'Skolegården');
    await side.getByRole('button', { name: 'Mer (valgfritt): hvem, når, hvor' }).click();
    await ventPaa(side, `!${valgfritt('valgfritt')}.isVisible`);
    await fyll('elevNavn', 'Ola');
    await fyll('beskrivelse', 'Ble dyttet i gangen.');
    await side.evaluate(`${valgfritt('kommerFra')}.renderedElement.querySelector('input[value="nei"]').setAttribute('data-test', 'kommerFra-nei')`);
    await side.locator('[data-test="kommerFra-nei"]').check();
    await side.getByRole('button', { name: 'Send varsel' }).click();
    await ventPaa(side, 'window.sendt');
    const sendt = await side.evaluate<Record<string, unknown>>('window.sendt');
    assert.equal(sendt.sted, 'Skolegården', JSON.stringify(sendt));

    const tilbake = varselskjema(skjema(), { skjemaId: 'skjema-320', verdier: { sted: 'Skolegården' }, feil: { melding: 'Noe mangler', felt: { elevNavn: 'Skriv elevens navn.' } } });
    assert.equal(JSON.stringify(tilbake).includes('"id":"valgfritt","isVisible":true'), true);
  });
});
