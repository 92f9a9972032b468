/**
 * The tab in a real browser: the real app (composition root, SQLite in a temp folder, the demo
 * organisation) on port 0, and Debian's Chromium driven by playwright-core. Screenshots go to
 * tests/.tmp/skjermbilder (git-ignored); the good ones are copied to docs/screenshots by hand.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, type App } from '../../src/compose';
import { testLogger } from './loggvakt';
import { lesKonfig } from '../../src/config';
import { sørgForByggetFane } from '../../tab/bygg';
import { underFalskKlokke, utenFalskKlokke } from './falskKlokke';

const CHROMIUM = '/usr/bin/chromium';

/** Teams' narrowest width: every page must work here. */
export const SMAL = 320;

/** A ResizeObserver that never reports (see `nySide`). */
const UTEN_RESIZE_OBSERVER = 'window.ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };';

export const skjermbildeMappe = path.resolve(__dirname, '..', '.tmp', 'skjermbilder');

/** Flags for a closed network and a root user (see /work/.library machine notes in the README). */
const FLAGG = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Tab {
  url: string;
  nettleser: Browser;
  /** The running app (its use cases and store), for setting up what no page can make yet. */
  app: App;
  /** A fresh browser context (own storage) with one page, at the given width; the tab follows the browser's theme. */
  nySide(bredde?: number, tema?: 'light' | 'dark'): Promise<Page>;
  stopp(): Promise<void>;
}

/**
 * Debian's Chromium, headless, as every browser test starts it: the flags above, and without
 * libfaketime's preload (tests/support/falskKlokke.ts), under which Chromium hangs at start.
 */
export async function startChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Fant ikke ${CHROMIUM}: installer med «apt-get install -y chromium» (.ci/run gjør det).`);
  // playwright starts Chromium with a new, empty profile folder of its own each launch.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGG, env: utenFalskKlokke() });
}

export async function startTab(): Promise<Tab> {
  await sørgForByggetFane();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-fane-'));
  const k = lesKonfig({ PORT: '0', DATA_DIR: data, LOG_LEVEL: 'silent' });
  if (!k.ok) throw new Error(k.feil.join('; '));
  const app = await createApp(k.konfig, { log: testLogger('fane') });
  const url = await app.listen(0, '127.0.0.1');
  const nettleser = await startChromium();
  return {
    url,
    nettleser,
    app,
    async nySide(bredde = 1024, tema = 'light') {
      const kontekst = await nettleser.newContext({
        viewport: { width: bredde, height: 900 },
        locale: 'nb-NO',
        timezoneId: 'Europe/Oslo',
        colorScheme: tema,
      });
      // Well above what a page needs on a loaded machine, well below the test's own time-out.
      kontekst.setDefaultTimeout(15_000);
      // Under libfaketime (tests/README.md, «At another hour») the page's clock starts at the server's.
      if (underFalskKlokke()) await kontekst.clock.install({ time: Date.now() });
      // At Teams' narrowest width a page must fit as first drawn. Fluent's MessageBar, for one, lays itself
      // out on one line until a ResizeObserver reports it too wide; on a loaded machine a page was measured
      // before that report and found 1,869 px wide (CI, stop 29). Here no observer ever reports, so a page
      // that fits only after one has fails every time, not once in many runs.
      if (bredde <= SMAL) await kontekst.addInitScript({ content: UTEN_RESIZE_OBSERVER });
      return kontekst.newPage();
    },
    async stopp() {
      await nettleser.close();
      await app.close();
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

export interface AxeBrudd {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Waits until the expression is true in the page. Not page.waitForFunction: it evaluates a string
 * with eval inside the page while it polls, which the tab's CSP refuses (no 'unsafe-eval'); each
 * evaluate here goes through the browser's debugging protocol instead.
 */
export async function ventPaa(side: Page, uttrykk: string, tidsfristMs = 15_000): Promise<void> {
  const slutt = Date.now() + tidsfristMs;
  while (!(await side.evaluate<boolean>(`Boolean(${uttrykk})`))) {
    if (Date.now() > slutt) throw new Error(`ventet forgjeves på ${uttrykk}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** axe-core's serious and critical violations on the page once it is still. */
export async function alvorligeAxeBrudd(side: Page): Promise<AxeBrudd[]> {
  // A control re-enabled mid colour transition reads as low contrast: check what a person sees when it settles.
  await ventPaa(side, "document.getAnimations().every((a) => a.playState !== 'running')");
  // Once per document: the tab moves between pages by hash, so the same document is checked again.
  // Evaluated through the browser's debugging protocol, not as a <script>: the tab's CSP refuses inline scripts.
  if (!(await side.evaluate<boolean>("typeof window.axe === 'object'"))) await side.evaluate(axe.source);
  // A string, not a function: this file is compiled without the DOM's types.
  const resultat = await side.evaluate<axe.AxeResults>("axe.run(document, { resultTypes: ['violations'] })");
  const brudd = resultat.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  return brudd.filter((b) => b.impact === 'serious' || b.impact === 'critical');
}

export async function skjermbilde(side: Page, navn: string): Promise<void> {
  fs.mkdirSync(skjermbildeMappe, { recursive: true });
  await side.screenshot({ path: path.join(skjermbildeMappe, `${navn}.png`), fullPage: true });
}

/**
 * Waits until a page's heading is shown and no part of it is still loading («Laster …», or the
 * reader's language's word for it; a page may load several parts at once, so every spinner must be
 * gone, not one).
 */
export async function lastet(side: Page, tittel: string | RegExp, laster = 'Laster …'): Promise<void> {
  await side.getByRole('heading', { level: 1, name: tittel }).waitFor();
  await ventPaa(side, `![...document.querySelectorAll('label')].some((l) => l.textContent === ${JSON.stringify(laster)})`);
}

/** The person's page, picked once in the local person picker and kept in `sider` for the next test. */
export async function somPerson(tab: Tab, sider: Map<string, Page>, navn: string): Promise<Page> {
  const kjent = sider.get(navn);
  if (kjent) return kjent;
  const side = await tab.nySide(SMAL);
  await side.goto(`${tab.url}/`);
  const velger = side.getByLabel('Person');
  const verdi = await velger.locator('option', { hasText: navn }).first().getAttribute('value');
  await velger.selectOption(verdi ?? '');
  await side.getByRole('button', { name: 'Bruk appen som denne personen' }).click();
  await side.getByText(`Du er ${navn}`).waitFor();
  sider.set(navn, side);
  return side;
}

/** Opens a page from the menu, as a person would, and waits until it has loaded. */
export async function aapneFraMeny(side: Page, menypunkt: string, tittel: string | RegExp = menypunkt, laster?: string): Promise<void> {
  // An entry may carry a count after its title («Venter på deg (3 oppgaver)»).
  // The entry as written: an English entry carries its Norwegian term in brackets («Annual cycle (årshjul)»).
  const ord = menypunkt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await side.getByRole('navigation').getByRole('link', { name: new RegExp(`^${ord}( \\(.*\\))?$`) }).click();
  await lastet(side, tittel, laster);
}

/** The menu's entries without their counts. */
export const utenAntall = (punkter: string[]) => punkter.map((p) => p.replace(/\s*\d+\s*\(\d+ oppgaver?\)$/, ''));

/** The menu's entries as the person sees them. */
export async function meny(side: Page): Promise<string[]> {
  return (await side.getByRole('navigation').getByRole('link').allInnerTexts()).map((t) => t.trim());
}

/** No serious axe violation and no sideways scroll at the window's width; then a screenshot. */
export async function sjekkOgFotografer(side: Page, navn: string): Promise<void> {
  const brudd = await alvorligeAxeBrudd(side);
  assert.deepEqual(brudd, [], `${navn}: axe: ${JSON.stringify(brudd, null, 1)}`);
  const bredde = await side.evaluate<number>('document.documentElement.scrollWidth');
  const vindu = side.viewportSize()?.width ?? 0;
  assert.ok(bredde <= vindu, `${navn}: siden er ${bredde} px bred i et vindu på ${vindu} px`);
  await skjermbilde(side, navn);
}
