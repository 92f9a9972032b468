/**
 * Mocha root hook (.mocharc `require`): after the whole run, the log guard (loggvakt.ts) must have
 * found nothing in any log line the suite wrote. A finding fails the run and names the line.
 */
import { suitensLoggvakt } from './loggvakt';

export const mochaHooks = {
  afterAll(this: unknown): void {
    const vakt = suitensLoggvakt();
    process.stdout.write(`\nloggvakt: ${vakt.linjer} logglinjer skannet, ${vakt.funn.length} funn\n`);
    if (vakt.funn.length > 0) {
      const liste = vakt.funn.map((f) => `- «${f.hva}» (${f.kilde}): ${f.linje}`).join('\n');
      throw new Error(`Loggene inneholder elevnavn, sakstekst eller hemmeligheter:\n${liste}`);
    }
  },
};
