/**
 * `npm run bench`: speed and cost figures, printed with their targets. Benchmarks measure;
 * tests do not assert timings.
 */
import { runBotBench } from './bot.bench';
import { runGraphBench } from './graph.bench';
import { runDeliveryBench } from './delivery.bench';
import { runSkjultSakBench } from './skjultSak.bench';
import { runSweepBench } from './sweep.bench';
import { runTabBench } from './tab.bench';
import { runOrgSyncBench } from './orgSync.bench';
import { runSakerBench } from './saker.bench';
import { runTravelMorgenBench } from './travelMorgen.bench';
import { runUseCaseBench } from './useCases.bench';

async function main(): Promise<void> {
  await runBotBench();
  await runGraphBench();
  await runDeliveryBench();
  await runTravelMorgenBench();
  await runSweepBench();
  await runUseCaseBench();
  await runSkjultSakBench();
  await runTabBench();
  await runOrgSyncBench();
  await runSakerBench();
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
