/**
 * The tab's first load: the JavaScript a browser must fetch before «Venter på deg» (the start page)
 * shows — the entry chunk and the page's chunk with everything they import statically — measured
 * as sent: fetched from the server's own file serving (src/http/tabFiles.ts) as a Teams client asks
 * for it (Accept-Encoding: gzip, deflate, br), counting every byte the socket received, headers
 * included. Target ≤ 150 KB in Teams, where teams-js is loaded too.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import restify from 'restify';
import { mountTabFiles } from '../src/http/tabFiles';
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
function paaTraaden(base: string, fil: string): Promise<number> {
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
function lukning(manifest: Manifest, nokler: string[]): Set<string> {
  const filer = new Set<string>();
  const besokt = new Set<string>();
  const besok = (nokkel: string) => {
    if (besokt.has(nokkel)) return;
    besokt.add(nokkel);
    const post = manifest[nokkel];
    if (!post) throw new Error(`byggets manifest mangler ${nokkel}`);
    if (post.file.endsWith('.js')) filer.add(post.file);
    for (const i of post.imports ?? []) besok(i);
  };
  nokler.forEach(besok);
  return filer;
}

export async function runTabBench(): Promise<void> {
  await sørgForByggetFane();
  const server = restify.createServer({ name: 'bench', handleUncaughtExceptions: false });
  server.pre(komprimerSvar());
  mountTabFiles(server, byggMappe);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await maalFiler(base);
  } finally {
    server.close();
  }
}

/** The page '#/' opens (tab/src/sider.tsx: startside). */
const FORSTE_SIDE = 'src/pages/VenterPaaDeg.tsx';

async function maalFiler(base: string): Promise<void> {
  const kb = new Map<string, number>();
  const sum = async (filer: Iterable<string>) => {
    let total = 0;
    for (const f of filer) {
      if (!kb.has(f)) kb.set(f, (await paaTraaden(base, f)) / 1024);
      total += kb.get(f) ?? 0;
    }
    return total;
  };
  const manifest = JSON.parse(fs.readFileSync(path.join(byggMappe, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const forsteSide = lukning(manifest, ['index.html', FORSTE_SIDE]);
  const forsteKb = await sum(forsteSide);
  const teamsKb = await sum([...lukning(manifest, ['src/teams.ts'])].filter((f) => !forsteSide.has(f)));
  console.log('\nFanen, første side («Venter på deg», tab/src/sider.tsx: startside), JavaScript på tråden (som sendt, Accept-Encoding: gzip, deflate, br):');
  console.log(`  lokalt:     ${forsteKb.toFixed(1)} KB i ${forsteSide.size} filer (mål ≤ ${GRENSE_KB} KB: ${forsteKb <= GRENSE_KB ? 'nådd' : 'IKKE nådd'})`);
  console.log(`  i Teams:    ${(forsteKb + teamsKb).toFixed(1)} KB (teams-js ${teamsKb.toFixed(1)} KB i tillegg) (mål ≤ ${GRENSE_KB} KB: ${forsteKb + teamsKb <= GRENSE_KB ? 'nådd' : 'IKKE nådd'})`);
  for (const [nokkel, post] of Object.entries(manifest)) {
    if (!nokkel.startsWith('src/pages/') || nokkel === FORSTE_SIDE) continue;
    const ekstra = [...lukning(manifest, [nokkel])].filter((f) => !forsteSide.has(f));
    console.log(`  ${path.basename(nokkel, '.tsx').padEnd(12)} +${(await sum(ekstra)).toFixed(1)} KB når siden åpnes (${post.file})`);
  }
  // Nynorsk and English are chunks of their own (tab/src/tekster.ts), loaded only for those who read them.
  for (const [nokkel, post] of Object.entries(manifest)) {
    const sprak = /src\/i18n\/(\w+)\.ts$/.exec(nokkel)?.[1];
    if (!sprak || !post.isDynamicEntry) continue;
    const ekstra = [...lukning(manifest, [nokkel])].filter((f) => !forsteSide.has(f));
    console.log(`  ${`katalog ${sprak}`.padEnd(12)} +${(await sum(ekstra)).toFixed(1)} KB for den som leser ${sprak} (${post.file})`);
  }
}

runIfMain(module, runTabBench);
