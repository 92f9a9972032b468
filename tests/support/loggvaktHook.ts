/**
 * Mocha root hook (.mocharc `require`): the log guard (loggvakt.ts) must have found nothing in any
 * log line the suite wrote. A finding fails the run and names the line.
 *
 * In parallel mode (`npm test`) each test file runs in a worker process and this hook runs after
 * every file, in that worker: it fails that file on a new finding, and leaves its count of lines for
 * the main process, which prints the total once (suiteFixturer.ts). Run alone (`npx mocha x.test.ts`)
 * it runs once, after the run, and prints the count itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suitensLoggvakt } from './loggvakt';

/** Where a worker leaves its count for the main process (its parent) to add up. */
export const tellingFil = (hovedprosess: number, arbeider: number | string) => path.join(os.tmpdir(), `skolemiljo-loggvakt-${hovedprosess}-${arbeider}.json`);

let meldt = 0;

export const mochaHooks = {
  afterAll(this: Mocha.Context): void {
    const vakt = suitensLoggvakt();
    const nye = vakt.funn.slice(meldt);
    meldt = vakt.funn.length;
    if (process.env.MOCHA_WORKER_ID !== undefined) {
      fs.writeFileSync(tellingFil(process.ppid, process.pid), JSON.stringify({ linjer: vakt.linjer, funn: vakt.funn.length }));
    } else {
      process.stdout.write(`\nloggvakt: ${vakt.linjer} logglinjer skannet, ${vakt.funn.length} funn\n`);
    }
    if (nye.length > 0) {
      const liste = nye.map((f) => `- «${f.hva}» (${f.kilde}): ${f.linje}`).join('\n');
      // In a worker the root suite holds one file: name it, since the hook itself belongs to no file.
      const fil = process.env.MOCHA_WORKER_ID !== undefined ? this.test?.parent?.suites[0]?.file : undefined;
      throw new Error(`Loggene inneholder elevnavn, sakstekst eller hemmeligheter${fil ? ` (${path.relative(process.cwd(), fil)})` : ''}:\n${liste}`);
    }
  },
};
