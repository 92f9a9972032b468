/**
 * The tab runs under its Content-Security-Policy in real Chromium (the real app, SQLite, the demo
 * organisation): the page arrives with the policy, and every page of every role's menu — and a case
 * with its timeline, log and plan — loads with no CSP violation (the browser's own
 * securitypolicyviolation events, and its console). A control proves the policy is enforced: an
 * inline script and a connection to another origin are refused and reported.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { TAB_CSP } from '../../src/http/sikkerhetshoder';
import { DEMO } from '../support/appKontekst';
import { type Tab, startTab, ventPaa } from '../support/nettleser';
import { sakMedAktivPlan } from '../support/saksgang';

/** Records every violation the page reports, from before its first script (an init script is not subject to the page's CSP). */
const FANGER = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
`;

describe('the tab runs under its Content-Security-Policy in Chromium', function () {
  this.timeout(300_000);
  let tab: Tab;
  let sakId: string;

  before(async function () {
    this.timeout(300_000); // builds the tab first when its build is missing or stale
    tab = await startTab();
    sakId = await sakMedAktivPlan(tab.app.ktx);
  });
  after(async () => tab?.stopp());

  async function side(oid: string): Promise<{ side: Page; brudd: () => Promise<string[]> }> {
    const s = await tab.nySide(1024);
    const konsoll: string[] = [];
    s.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) konsoll.push(m.text());
    });
    await s.addInitScript({ content: `${FANGER}\nlocalStorage.setItem('skolemiljo.lokalPerson', ${JSON.stringify(oid)});` });
    return { side: s, brudd: async () => [...(await s.evaluate<string[]>('window.__csp')), ...konsoll] };
  }

  /** A page is loaded when its heading shows and nothing is still «Laster …». */
  async function lastet(s: Page): Promise<void> {
    await s.getByRole('heading', { level: 1 }).first().waitFor();
    await ventPaa(s, "![...document.querySelectorAll('label')].some((l) => l.textContent === 'Laster …')");
  }

  for (const [rolle, oid] of [
    ['rektor', DEMO.rektor],
    ['kommunalsjef', DEMO.kommunalsjef],
    ['administrator', DEMO.administrator],
    ['lærer', DEMO.laerer],
    ['vaktmester (a tiltak’s owner)', DEMO.vaktmester],
  ] as const) {
    it(`${rolle}: every page of the menu loads under the policy with no violation`, async () => {
      const { side: s, brudd } = await side(oid);
      const svar = await s.goto(`${tab.url}/`);
      assert.equal(svar?.headers()['content-security-policy'], TAB_CSP, 'the page arrives with the policy');
      await lastet(s);
      const menypunkter = (await s.getByRole('navigation').getByRole('link').allInnerTexts()).map((t) => t.trim());
      assert.ok(menypunkter.length > 0);
      // By position: an entry's name may carry a count («Venter på deg (1 oppgave)»).
      for (const i of menypunkter.keys()) {
        await s.getByRole('navigation').getByRole('link').nth(i).click();
        await lastet(s);
      }
      assert.deepEqual(await brudd(), [], `${rolle}: ${menypunkter.join(', ')}`);
      await s.context().close();
    });
  }

  it('rektor: a case with its timeline, log and plan, and the documentation download, with no violation', async () => {
    const { side: s, brudd } = await side(DEMO.rektor);
    await s.goto(`${tab.url}/#/sak/${encodeURIComponent(sakId)}`);
    await s.getByRole('heading', { level: 1, name: /^Sak / }).waitFor();
    await lastet(s);
    const nedlasting = s.waitForEvent('download');
    await s.getByRole('button', { name: /dokumentasjon/i }).first().click();
    await nedlasting;
    assert.deepEqual(await brudd(), []);
    await s.context().close();
  });

  it('enforces the policy: an inline script and a connection to another origin are refused and reported (the control)', async () => {
    const { side: s, brudd } = await side(DEMO.rektor);
    await s.goto(`${tab.url}/`);
    await lastet(s);
    await s.evaluate(`(() => {
      const el = document.createElement('script');
      el.textContent = 'window.__kjort = true';
      document.body.append(el);
      return fetch('https://example.invalid/x').catch(() => undefined);
    })()`);
    await ventPaa(s, 'window.__csp.length >= 2');
    assert.equal(await s.evaluate('window.__kjort === true'), false, 'the inline script did not run');
    const funnet = await brudd();
    assert.ok(funnet.some((b) => b.startsWith('script-src')), funnet.join('\n'));
    assert.ok(funnet.some((b) => b.startsWith('connect-src')), funnet.join('\n'));
    await s.context().close();
  });
});
