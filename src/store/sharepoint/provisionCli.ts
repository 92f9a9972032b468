/**
 * `npm run provision -- --site <url-or-id> [--apply]`: prints what the site lacks of the schema
 * (dry run by default) and with --apply creates it. Credentials come from the same variables as
 * the app (GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CERT_THUMBPRINT + GRAPH_CERT_KEY_FILE or
 * GRAPH_CLIENT_SECRET, optional GRAPH_BASE_URL / GRAPH_AUTHORITY_HOST); the app registration
 * needs the `manage` role on the site while this runs (docs/sharepoint.md).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { GraphAuthOptions } from './graphClient';
import { provision, provisionContext } from './provision';

const USAGE = 'Usage: npm run provision -- --site <https://tenant.sharepoint.com/sites/x | site-id> [--apply]';

/** The settings for one run, from arguments and environment; throws naming what is missing. */
export function cliSettings(argv: string[], env: Record<string, string | undefined>) {
  const { values } = parseArgs({
    args: argv,
    options: { site: { type: 'string' }, apply: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.help) return { help: true as const };
  const site = values.site ?? env.SHAREPOINT_SITE_ID;
  const missing = [
    ...(site ? [] : ['--site (or SHAREPOINT_SITE_ID)']),
    ...(['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID'] as const).filter((k) => !env[k]),
    ...(env.GRAPH_CLIENT_SECRET || (env.GRAPH_CERT_THUMBPRINT && env.GRAPH_CERT_KEY_FILE) ? [] : ['GRAPH_CERT_THUMBPRINT + GRAPH_CERT_KEY_FILE (or GRAPH_CLIENT_SECRET)']),
  ];
  if (missing.length) throw new Error(`Missing: ${missing.join(', ')}\n${USAGE}`);
  const auth: GraphAuthOptions = {
    tenantId: env.GRAPH_TENANT_ID as string,
    clientId: env.GRAPH_CLIENT_ID as string,
    clientSecret: env.GRAPH_CLIENT_SECRET || undefined,
    certificate:
      env.GRAPH_CERT_THUMBPRINT && env.GRAPH_CERT_KEY_FILE
        ? { thumbprint: env.GRAPH_CERT_THUMBPRINT, privateKeyPem: readFileSync(env.GRAPH_CERT_KEY_FILE, 'utf8') }
        : undefined,
    authorityHost: env.GRAPH_AUTHORITY_HOST || undefined,
  };
  return { help: false as const, site: site as string, apply: values.apply, auth, graphBaseUrl: env.GRAPH_BASE_URL || undefined };
}

export async function main(argv: string[], env: Record<string, string | undefined>, print: (line: string) => void): Promise<number> {
  let settings;
  try {
    settings = cliSettings(argv, env);
  } catch (err) {
    print((err as Error).message);
    return 2;
  }
  if (settings.help) {
    print(USAGE);
    return 0;
  }
  try {
    await provision(provisionContext({ graphBaseUrl: settings.graphBaseUrl, auth: settings.auth }), { site: settings.site, apply: settings.apply, print });
    return 0;
  } catch (err) {
    print(`Provisioning failed: ${(err as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  // A separate entry point (not the app), so it reads its own configuration from the environment.
  // eslint-disable-next-line no-restricted-properties
  const env = process.env;
  // eslint-disable-next-line no-console
  main(process.argv.slice(2), env, (line) => console.log(line)).then((code) => {
    process.exitCode = code;
  });
}
