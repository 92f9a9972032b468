/**
 * Configuration: read from the environment once, in the composition root, and validated.
 * A wrong or missing value stops start-up with one line per problem naming the variable and
 * what is expected. Every variable is documented in .env.example.
 */
import { z } from 'zod';
import './i18n/zodNorsk';

const valgfri = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const heltall = (standard: number, min: number, max: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? standard : Number(v)), z.number().int().min(min).max(max));

const skjema = z
  .object({
    PORT: heltall(3978, 0, 65535), // 0: any free port (tests)
    /** Where to listen; default 0.0.0.0 with bot authentication, 127.0.0.1 without (see superRefine). */
    HOST: valgfri,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
    DATA_DIR: z.string().min(1).default('./data'),
    ORG_FILE: z.string().min(1).default('./config/demo-organisasjon.json'),
    OUTBOX_INTERVAL_MS: heltall(2000, 100, 3_600_000),
    /** How often the app sweeps for due reminders; 0 = never in-process (a cloud timer drives POST /api/jobs/sweep). */
    SWEEP_INTERVAL_MS: heltall(300_000, 0, 86_400_000),
    /** Shared secret for POST /api/jobs/sweep; empty = the endpoint refuses everyone. */
    JOBS_SECRET: valgfri,
    /**
     * This process's slot, stable across its restarts and unique among processes running at once;
     * default <host name>:<PORT>. A restart takes over at once the outbox claims its previous run left.
     */
    INSTANCE_ID: valgfri,
    /** Minutes between syncs of the schools' Entra groups (needs the GRAPH_* credentials); 0 = off. */
    ORG_SYNC_INTERVAL_MIN: heltall(1440, 0, 10_080),
    MICROSOFT_APP_ID: valgfri,
    MICROSOFT_APP_PASSWORD: valgfri,
    MICROSOFT_APP_TENANT_ID: valgfri,
    MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    /** The Teams app's id (manifest «id»): cards then link to the tab as Teams deep links. */
    TEAMS_APP_ID: z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ error: 'må være en GUID (manifestets id)' }).optional()),
    /** Where people reach the app outside Teams (cards' links to the tab); default the address it listens on. */
    PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
    /** The tab's Application ID URI (api://<host>/<client id>): the audience of Teams SSO tokens. */
    TAB_APP_ID_URI: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^api:\/\/.+\/.+$/, 'må ha formen api://<vert>/<klient-id>').optional()),
    /** Tenants whose people may use the tab (comma-separated); default the organisation's own. */
    TAB_TENANT_IDS: valgfri,
    ENTRA_AUTHORITY_HOST: z.url({ protocol: /^https$/ }).default('https://login.microsoftonline.com'),
    BOT_SERVICE_URL: z.url({ protocol: /^https?$/ }).default('https://smba.trafficmanager.net/teams/'),
    SHAREPOINT_SITE_ID: valgfri,
    GRAPH_TENANT_ID: valgfri,
    GRAPH_CLIENT_ID: valgfri,
    /** Client id of the Azure managed identity to reach Graph as; replaces GRAPH_CLIENT_ID and its credential. */
    GRAPH_MANAGED_IDENTITY_CLIENT_ID: valgfri,
    GRAPH_CLIENT_SECRET: valgfri,
    GRAPH_CERT_THUMBPRINT: valgfri,
    GRAPH_CERT_KEY_FILE: valgfri,
    GRAPH_BASE_URL: z.url({ protocol: /^https$/ }).default('https://graph.microsoft.com/v1.0'),
    GRAPH_AUTHORITY_HOST: z.url({ protocol: /^https$/ }).default('https://login.microsoftonline.com'),
  })
  .superRefine((c, ctx) => {
    const krev = (navn: keyof typeof c, hvorfor: string) => {
      if (!c[navn]) ctx.addIssue({ code: 'custom', path: [navn], message: `mangler (${hvorfor})` });
    };
    if (c.STORE === 'sharepoint') {
      krev('SHAREPOINT_SITE_ID', 'påkrevd når STORE=sharepoint');
      // A managed identity needs no app registration, tenant or credential of ours.
      if (!c.GRAPH_MANAGED_IDENTITY_CLIENT_ID) krev('GRAPH_TENANT_ID', 'påkrevd når STORE=sharepoint uten GRAPH_MANAGED_IDENTITY_CLIENT_ID');
      if (!c.GRAPH_MANAGED_IDENTITY_CLIENT_ID) krev('GRAPH_CLIENT_ID', 'påkrevd når STORE=sharepoint uten GRAPH_MANAGED_IDENTITY_CLIENT_ID');
      if (!c.GRAPH_MANAGED_IDENTITY_CLIENT_ID && !c.GRAPH_CLIENT_SECRET && !(c.GRAPH_CERT_THUMBPRINT && c.GRAPH_CERT_KEY_FILE)) {
        ctx.addIssue({ code: 'custom', path: ['GRAPH_CERT_KEY_FILE'], message: 'mangler: sett GRAPH_CERT_THUMBPRINT og GRAPH_CERT_KEY_FILE (anbefalt) eller GRAPH_CLIENT_SECRET' });
      }
    }
    // Without an app id the bot endpoint accepts anyone's activities (the Bot Framework's local
    // convention): fine on a laptop, never where others can reach it or real data lives.
    if (!c.MICROSOFT_APP_ID) {
      if (c.STORE === 'sharepoint') {
        ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_ID'], message: 'mangler: påkrevd når STORE=sharepoint, ellers tar bot-endepunktet imot hvem som helst' });
      }
      if (c.HOST && !LOOPBACK.has(c.HOST)) {
        ctx.addIssue({ code: 'custom', path: ['HOST'], message: 'uten MICROSOFT_APP_ID (bot-autentisering av) lytter appen bare på 127.0.0.1, ::1 eller localhost' });
      }
    }
    if (c.MICROSOFT_APP_ID && c.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') krev('MICROSOFT_APP_PASSWORD', 'påkrevd når MICROSOFT_APP_ID er satt');
    if (c.MICROSOFT_APP_ID && c.MICROSOFT_APP_TYPE === 'SingleTenant') krev('MICROSOFT_APP_TENANT_ID', 'påkrevd for SingleTenant');
  });

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export type Konfig = z.infer<typeof skjema>;

/** The Graph app credentials, when configured (the SharePoint store and the Entra sync use them). */
export function graphTilgang(k: Konfig): boolean {
  return !!k.GRAPH_MANAGED_IDENTITY_CLIENT_ID || !!(k.GRAPH_TENANT_ID && k.GRAPH_CLIENT_ID && (k.GRAPH_CLIENT_SECRET || (k.GRAPH_CERT_THUMBPRINT && k.GRAPH_CERT_KEY_FILE)));
}

/** Where the server listens: everywhere with bot authentication, only this machine without. */
export function lytteadresse(k: Konfig): string {
  return k.HOST ?? (k.MICROSOFT_APP_ID ? '0.0.0.0' : '127.0.0.1');
}

export type KonfigResultat = { ok: true; konfig: Konfig } | { ok: false; feil: string[] };

/** Validates an environment (process.env in main.ts; a plain object in tests). */
export function lesKonfig(env: Record<string, string | undefined>): KonfigResultat {
  const r = skjema.safeParse(env);
  if (r.success) return { ok: true, konfig: r.data };
  return {
    ok: false,
    feil: r.error.issues.map((i) => {
      const navn = String(i.path[0] ?? 'konfigurasjon');
      const verdi = env[navn];
      const hemmelig = /PASSWORD|SECRET/.test(navn);
      return `${navn}: ${i.message}${verdi !== undefined && !hemmelig ? ` (fikk «${verdi}»)` : ''}`;
    }),
  };
}
