/**
 * `npm run sweep`: one reminder sweep against the configured store, then exit — for a cloud
 * timer when the app runs on several instances. It claims due reminders and queues their cards;
 * the running app's outbox delivers them, woken at once (POST /api/jobs/levering at PUBLIC_URL
 * with JOBS_SECRET) rather than at its next full check. Same environment variables as the app (.env.example).
 *
 * For tests and local trials only, `--naa <ISO time>` sweeps as of that time; it is refused when
 * MICROSOFT_APP_ID is set, so a production sweep always runs on the real clock.
 */
import { randomUUID } from 'node:crypto';
import { KjenteKrav, sweep } from './app/paaminnelser/sweep';
import { lesKonfig } from './config';
import { openStore } from './compose';
import { createLogger } from './logging';
import { OppstartFeil } from './oppstartFeil';
import { lagKontekst } from './app/kontekst';
import { OrgRegister } from './org/register';
import { lesOrganisasjonsfil } from './organisasjonsfil';
import { StoreUnavailableError } from './store/port';

function naaFra(argv: string[], appId: string | undefined): Date | undefined {
  const i = argv.indexOf('--naa');
  if (i < 0) return undefined;
  if (appId) throw new OppstartFeil('--naa brukes bare i tester og lokal prøving, aldri med MICROSOFT_APP_ID satt.');
  const naa = new Date(argv[i + 1] ?? '');
  if (Number.isNaN(naa.getTime())) throw new OppstartFeil('--naa må være et tidspunkt med tidssone, f.eks. 2026-03-10T10:00:00+01:00');
  return naa;
}

/** Wakes the running app's delivery; what happened, as a line for the operator. */
async function vekkAppen(url: string | undefined, hemmelighet: string | undefined): Promise<string> {
  if (!url || !hemmelighet) return 'Appen ble ikke vekket (PUBLIC_URL og JOBS_SECRET mangler): den sender påminnelsene ved neste fulle gjennomgang av utboksen.';
  try {
    const svar = await fetch(new URL('/api/jobs/levering', url), { method: 'POST', headers: { authorization: `Bearer ${hemmelighet}` }, signal: AbortSignal.timeout(10_000) });
    return svar.ok ? 'Appen er vekket og sender påminnelsene nå.' : `Appen svarte ${svar.status} da den skulle vekkes: den sender påminnelsene ved neste fulle gjennomgang av utboksen.`;
  } catch {
    return 'Appen kunne ikke nås for å vekkes: den sender påminnelsene ved neste fulle gjennomgang av utboksen.';
  }
}

async function main(): Promise<void> {
  // A separate entry point (not the app), so it reads its own configuration from the environment.
  // eslint-disable-next-line no-restricted-properties
  const k = lesKonfig(process.env);
  if (!k.ok) {
    process.stderr.write(`Konfigurasjonsfeil – sveipet startet ikke:\n  ${k.feil.join('\n  ')}\n`);
    process.exit(1);
  }
  const naa = naaFra(process.argv.slice(2), k.konfig.MICROSOFT_APP_ID);
  const log = createLogger(k.konfig.LOG_LEVEL);
  const store = await openStore(k.konfig);
  try {
    const fro = k.konfig.STORE === 'sqlite' ? () => lesOrganisasjonsfil(k.konfig.ORG_FILE) : undefined;
    const { register } = await OrgRegister.aapne(store, { frø: fro, naa: new Date() });
    const r = await sweep(lagKontekst({ store, register, naa: () => naa ?? new Date(), nyId: randomUUID, log }), new KjenteKrav());
    process.stdout.write(`${JSON.stringify(r)}\n`);
    if (r.sendt + r.bekreftelser.sendt > 0) process.stderr.write(`${await vekkAppen(k.konfig.PUBLIC_URL, k.konfig.JOBS_SECRET)}\n`);
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  const kjent = e instanceof OppstartFeil || e instanceof StoreUnavailableError;
  process.stderr.write(`Sveipet feilet: ${kjent ? (e as Error).message : ((e as Error).stack ?? String(e))}\n`);
  process.exit(1);
});
