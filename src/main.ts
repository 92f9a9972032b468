/**
 * Start-up: read and validate configuration, compose the app, listen. A configuration or
 * start-up problem is one clear message and exit code 1, never a stack trace.
 */
import { lesKonfig, lytteadresse } from './config';
import { createApp, OppstartFeil } from './compose';
import { StoreUnavailableError } from './store/port';
import { organisasjonsAdvarsler } from './domain/organisasjonSkjema';

async function main(): Promise<void> {
  const k = lesKonfig(process.env);
  if (!k.ok) {
    process.stderr.write(`Konfigurasjonsfeil – appen startet ikke:\n  ${k.feil.join('\n  ')}\nSe .env.example for alle variabler.\n`);
    process.exit(1);
  }
  const konfig = k.konfig;
  const app = await createApp(konfig);
  const url = await app.listen(konfig.PORT, lytteadresse(konfig));
  const org = app.ktx.org;
  const auth = konfig.MICROSOFT_APP_ID ? `app-id ${konfig.MICROSOFT_APP_ID}` : 'av (ingen MICROSOFT_APP_ID: lokal utvikling, lytter bare på denne maskinen)';
  const store = konfig.STORE === 'sqlite' ? `SQLite i ${konfig.DATA_DIR}` : `SharePoint-området ${konfig.SHAREPOINT_SITE_ID}`;
  process.stdout.write(
    [
      `Skolemiljø for Teams lytter på ${url}`,
      `  bot-endepunkt: ${url}/api/messages (autentisering ${auth})`,
      `  helsesjekk:    ${url}/healthz`,
      `  lagring:       ${store}`,
      `  organisasjon:  ${org.kommune.navn} (${org.skoler.length} skoler) i ${app.orgKilde}`,
      ...organisasjonsAdvarsler(org).map((a) => `  ADVARSEL:      ${a}`),
      '',
    ].join('\n'),
  );
  const stopp = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stopp);
  process.once('SIGTERM', stopp);
}

main().catch((e: unknown) => {
  if (e instanceof OppstartFeil || e instanceof StoreUnavailableError) {
    process.stderr.write(`Appen startet ikke: ${e.message}\n`);
  } else if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(`Appen startet ikke: porten er i bruk. Sett PORT til en ledig port.\n`);
  } else {
    process.stderr.write(`Appen startet ikke: uventet feil: ${(e as Error).stack ?? String(e)}\n`);
  }
  process.exit(1);
});
