/**
 * Pacing to Teams' limits, on a clock the test moves: every wait advances it instead of sleeping.
 */
import { strict as assert } from 'node:assert';
import { Takt } from '../../bot/takt';

function medKlokke() {
  let naa = 1_000_000;
  const sendt: { t: number; samtale?: string }[] = [];
  // Concurrent waits all start from the same moment: the clock moves to the latest wake-up.
  const takt = new Takt({
    naa: () => naa,
    sov: async (ms) => {
      const vekk = naa + ms;
      await Promise.resolve();
      naa = Math.max(naa, vekk);
    },
  });
  const send = async (samtale?: string) => {
    const t = await takt.vent(samtale);
    sendt.push({ t, ...(samtale ? { samtale } : {}) });
  };
  return { takt, sendt, send, naa: () => naa };
}

/** The most sends in any window of `ms` starting at a send. */
function flestIVindu(tider: number[], ms: number): number {
  let flest = 0;
  for (const t of tider) flest = Math.max(flest, tider.filter((x) => x >= t && x < t + ms).length);
  return flest;
}

describe('pacing proactive sends to Teams’ limits', () => {
  it('sends 1,000 reminders to 1,000 people at most 50 a second, over about 20 seconds', async () => {
    const k = medKlokke();
    const start = k.naa();
    for (let i = 0; i < 1000; i++) await k.send(`samtale-${i}`);
    const tider = k.sendt.map((s) => s.t);
    assert.equal(flestIVindu(tider, 1000), 50);
    assert.ok(k.naa() - start >= 19_000 && k.naa() - start < 21_000, `${k.naa() - start} ms`);
  });

  it('sends at most 7 a second in one conversation', async () => {
    const k = medKlokke();
    await Promise.all([...Array.from({ length: 20 }, () => k.send('rektor')), k.send('laerer')]);
    const rektor = k.sendt.filter((s) => s.samtale === 'rektor').map((s) => s.t);
    assert.equal(rektor.length, 20);
    assert.equal(flestIVindu(rektor, 1000), 7);
  });

  it('does not hold back sends below the limits', async () => {
    const k = medKlokke();
    const start = k.naa();
    for (let i = 0; i < 7; i++) await k.send('en');
    assert.equal(k.naa(), start);
  });
});
