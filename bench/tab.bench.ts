/**
 * The tab's first load: the JavaScript a browser must fetch before Mine plikter (the start page)
 * shows, gzipped, from the real build — the entry chunk and the page's chunk with everything they
 * import statically. Target ≤ 250 KB. Inside Teams, teams-js is loaded too; its figure is separate.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { byggMappe, sørgForByggetFane } from '../tab/bygg';
import { runIfMain } from './runDirect';

interface Manifestpost {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, Manifestpost>;

const GRENSE_KB = 250;

function gzipKb(fil: string): number {
  return gzipSync(fs.readFileSync(path.join(byggMappe, fil)), { level: 9 }).length / 1024;
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

const sum = (filer: Iterable<string>) => [...filer].reduce((kb, f) => kb + gzipKb(f), 0);

export async function runTabBench(): Promise<void> {
  await sørgForByggetFane();
  const manifest = JSON.parse(fs.readFileSync(path.join(byggMappe, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const førsteSide = lukning(manifest, ['index.html', 'src/pages/MinePlikter.tsx']);
  const førsteKb = sum(førsteSide);
  const teamsKb = sum([...lukning(manifest, ['src/teams.ts'])].filter((f) => !førsteSide.has(f)));
  console.log('\nFanen, første side (Mine plikter), JavaScript gzip -9:');
  console.log(`  lokalt:     ${førsteKb.toFixed(1)} KB i ${førsteSide.size} filer (mål ≤ ${GRENSE_KB} KB: ${førsteKb <= GRENSE_KB ? 'nådd' : 'IKKE nådd'})`);
  console.log(`  i Teams:    ${(førsteKb + teamsKb).toFixed(1)} KB (teams-js ${teamsKb.toFixed(1)} KB i tillegg) (mål ≤ ${GRENSE_KB} KB: ${førsteKb + teamsKb <= GRENSE_KB ? 'nådd' : 'IKKE nådd'})`);
  for (const [nøkkel, post] of Object.entries(manifest)) {
    if (!nøkkel.startsWith('src/pages/') || nøkkel.endsWith('MinePlikter.tsx')) continue;
    const ekstra = [...lukning(manifest, [nøkkel])].filter((f) => !førsteSide.has(f));
    console.log(`  ${path.basename(nøkkel, '.tsx').padEnd(12)} +${sum(ekstra).toFixed(1)} KB når siden åpnes (${post.file})`);
  }
}

runIfMain(module, runTabBench);
