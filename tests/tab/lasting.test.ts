/**
 * The tab's first screen as a Teams client loads it, in real Chromium: every API answer is held
 * back 600 ms (a slow network), and the requests the page made before its content showed are put in
 * a chain — a request that started only after another had answered waited for it. The first screen
 * must need at most two such round trips (oppsett, then «meg» and the page's data side by side).
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { type Tab, lastet, somPerson, startTab } from '../support/nettleser';

const FORSINKELSE_MS = 600;

interface Kall {
  sti: string;
  start: number;
  slutt?: number;
}

/** The longest chain of API calls where each started after the one before it had answered. */
function rundturer(kall: Kall[]): { antall: number; kjede: string[] } {
  const dybde = new Map<Kall, { antall: number; kjede: string[] }>();
  const sortert = [...kall].sort((a, b) => a.start - b.start);
  for (const k of sortert) {
    const tidligere = sortert.filter((q) => q !== k && q.slutt !== undefined && q.slutt <= k.start).map((q) => dybde.get(q)!);
    const lengst = tidligere.sort((a, b) => b.antall - a.antall)[0] ?? { antall: 0, kjede: [] };
    dybde.set(k, { antall: lengst.antall + 1, kjede: [...lengst.kjede, k.sti] });
  }
  return [...dybde.values()].sort((a, b) => b.antall - a.antall)[0] ?? { antall: 0, kjede: [] };
}

async function maaltLasting(side: Page, vent: () => Promise<void>): Promise<{ antall: number; kjede: string[] }> {
  const kall: Kall[] = [];
  await side.route('**/api/**', async (route) => {
    const k: Kall = { sti: new URL(route.request().url()).pathname, start: Date.now() };
    kall.push(k);
    await new Promise((r) => setTimeout(r, FORSINKELSE_MS));
    const svar = await route.fetch();
    k.slutt = Date.now();
    await route.fulfill({ response: svar });
  });
  await side.reload();
  await vent();
  await side.unroute('**/api/**');
  return rundturer(kall);
}

describe('the tab as Teams loads it: the first screen', function () {
  this.timeout(90_000);
  let tab: Tab;
  const sider = new Map<string, Page>();
  before(async function () {
    this.timeout(180_000);
    tab = await startTab();
  });
  after(async () => tab?.stopp());

  it('shows «Venter på deg» (the start page) with its content after at most two API round trips', async () => {
    const side = await somPerson(tab, sider, 'Knut Moen');
    await lastet(side, /Venter på deg/);
    const maalt = await maaltLasting(side, async () => {
      await lastet(side, /Venter på deg/);
      // His yearly confirmation is missing: the page's own data has come.
      await side.getByText('Bekreft at du kjenner pliktene dine').first().waitFor();
    });
    assert.ok(maalt.antall <= 2, `${maalt.antall} rundturer etter hverandre: ${maalt.kjede.join(' → ')}`);
  });
});
