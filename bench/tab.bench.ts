/**
 * The tab's first load: the JavaScript a browser must fetch before «Venter på deg» (the start page)
 * shows — the entry chunk and the page's chunk with everything they import statically — measured
 * as sent: fetched from the server's own file serving (src/http/faneFiler.ts) as a Teams client asks
 * for it (Accept-Encoding: gzip, deflate, br), counting every byte the socket received, headers
 * included. Target ≤ 150 KB in Teams, where teams-js is loaded too.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import restify from 'restify';
import { monterFanefiler } from '../src/http/faneFiler';
import { komprimerSvar } from '../src/http/komprimering';
import { byggMappe, sørgForByggetFane } from '../tab/bygg';
import { runIfMain } from './runDirect';

interface Manifestpost {
  file: string;
  imports?: string[];
  isDynamicEntry?: boolean;
}
type Manifest = Record<string, Manifestpost>;

const GRENSE_KB = 150;

/** Bytes the socket received for one file, on a connection of its own (so nothing else is counted). */
function påTråden(base: string, fil: string): Promise<number> {
  return new Promise((ok, feil) => {
    http
      .get(`${base}/${fil}`, { agent: false, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
        if (res.statusCode !== 200) feil(new Error(`${fil}: ${res.statusCode}`));
        res.resume();
        res.on('end', () => ok(res.socket.bytesRead));
      })
      .on('error', feil);
  });
}

/** The files `nøkler` load before running: each chunk and its static imports, once each. */
function lukning(manifest: Manifest, nøkler: string[]): Set<string> {
  const filer = new Set<string>();
  const besøkt = new Set<string>();
  const besøk = (nøkkel: string) => {
    if (besøkt.has(nøkkel)) return;
    besøkt.add(nøkkel);
    const post = manifest[nøkkel];
    if (!post) throw new Error(`byggets manifest mangler ${nøkkel}`);
    if (post.file.endsWith('.js')) filer.add(post.file);
    for (const i of post.imports ?? []) besøk(i);
  };
  nøkler.forEach(besøk);
  return filer;
}

export async function runTabBench(): Promise<void> {
  await sørgForByggetFane();
  const server = restify.createServer({ name: 'bench', handleUncaughtExceptions: false });
  server.pre(komprimerSvar());
  monterFanefiler(server, byggMappe);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await målFiler(base);
  } finally {
    server.close();
  }
}

/** The page '#/' opens (tab/src/sider.tsx: startside). */
const FØRSTE_SIDE = 'src/pages/VenterPaaDeg.tsx';

async function målFiler(base: string): Promise<void> {
  const kb = new Map<string, number>();
  const sum = async (filer: Iterable<string>) => {
    let total = 0;
    for (const f of filer) {
      if (!kb.has(f)) kb.set(f, (await påTråden(base, f)) / 1024);
      total += kb.get(f) ?? 0;
    }
    return total;
  };
  const manifest = JSON.parse(fs.readFileSync(path.join(byggMappe, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const førsteSide = lukning(manifest, ['index.html', FØRSTE_SIDE]);
  const førsteKb = await sum(førsteSide);
  const teamsKb = await sum([...lukning(manifest, ['src/teams.ts'])].filter((f) => !førsteSide.has(f)));
  console.log('\nFanen, første side («Venter på deg», tab/src/sider.tsx: startside), JavaScript på tråden (som sendt, Accept-Encoding: gzip, deflate, br):');
  console.log(`  lokalt:     ${førsteKb.toFixed(1)} KB i ${førsteSide.size} filer (mål ≤ ${GRENSE_KB} KB: ${førsteKb <= GRENSE_KB ? 'nådd' : 'IKKE nådd'})`);
  console.log(`  i Teams:    ${(førsteKb + teamsKb).toFixed(1)} KB (teams-js ${teamsKb.toFixed(1)} KB i tillegg) (mål ≤ ${GRENSE_KB} KB: ${førsteKb + teamsKb <= GRENSE_KB ? 'nådd' : 'IKKE nådd'})`);
  for (const [nøkkel, post] of Object.entries(manifest)) {
    if (!nøkkel.startsWith('src/pages/') || nøkkel === FØRSTE_SIDE) continue;
    const ekstra = [...lukning(manifest, [nøkkel])].filter((f) => !førsteSide.has(f));
    console.log(`  ${path.basename(nøkkel, '.tsx').padEnd(12)} +${(await sum(ekstra)).toFixed(1)} KB når siden åpnes (${post.file})`);
  }
  // Nynorsk and English are chunks of their own (tab/src/tekster.ts), loaded only for those who read them.
  for (const [nøkkel, post] of Object.entries(manifest)) {
    const sprak = /src\/i18n\/(\w+)\.ts$/.exec(nøkkel)?.[1];
    if (!sprak || !post.isDynamicEntry) continue;
    const ekstra = [...lukning(manifest, [nøkkel])].filter((f) => !førsteSide.has(f));
    console.log(`  ${`katalog ${sprak}`.padEnd(12)} +${(await sum(ekstra)).toFixed(1)} KB for den som leser ${sprak} (${post.file})`);
  }
}

runIfMain(module, runTabBench);
