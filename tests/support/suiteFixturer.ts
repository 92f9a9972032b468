/**
 * Mocha's global fixtures (.mocharc `require`): run once in the main process, before the first test
 * file and after the last, in serial and parallel mode alike.
 * - Before, in parallel mode: build the tab if its build is stale, once — the three browser test files
 *   start at once in different workers and would otherwise build into the same tab/dist together.
 *   (Run alone, a browser test builds it itself; other tests need no tab.)
 * - After: in parallel mode, add up the log guard's counts the workers left (loggvaktHook.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sørgForByggetFane } from '../../tab/bygg';
import { tellingFil } from './loggvaktHook';

export async function mochaGlobalSetup(): Promise<void> {
  if (process.argv.includes('--parallel')) await sørgForByggetFane();
}

export function mochaGlobalTeardown(): void {
  const prefiks = path.basename(tellingFil(process.pid, '')).replace(/\.json$/, '');
  const filer = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(prefiks));
  if (filer.length === 0) return; // serial mode: the root hook printed its own count
  let linjer = 0;
  let funn = 0;
  for (const f of filer) {
    const t = JSON.parse(fs.readFileSync(path.join(os.tmpdir(), f), 'utf8')) as { linjer: number; funn: number };
    linjer += t.linjer;
    funn += t.funn;
    fs.rmSync(path.join(os.tmpdir(), f));
  }
  process.stdout.write(`\nloggvakt: ${linjer} logglinjer skannet i ${filer.length} arbeidsprosesser, ${funn} funn\n`);
}
