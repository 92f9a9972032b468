/**
 * Fills manifest.template.json into the app package Teams accepts: environment values go into the
 * `${{NAME}}` places (the Agents Toolkit's syntax), the catalog's words (tekster.ts) into the
 * `[[key]]` places. The default language's words stay in the manifest; every other language gets a
 * localization file holding the same places in its words, keyed by their JSON path.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { z } from 'zod';
import '../src/i18n/zodNorsk';
import { manifestTekster, type ManifestTekster, type Sprak } from './tekster';
import { lokaliseringsskjemaUrl, validerLokalisering, validerManifest } from './skjema';

export const MANIFEST_MAPPE = __dirname;
const MAL = path.join(MANIFEST_MAPPE, 'manifest.template.json');
const IKONER = ['color.png', 'outline.png'] as const;
const STANDARDSPRAK: Sprak = 'nb';

const guid = (hva: string) => z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, `må være en GUID (${hva})`);
const https = z.url({ protocol: /^https$/, error: 'må være en https-adresse' });

/** The environment values the template needs; each documented in env/.env.dev and docs/deploy.md. */
const miljoSkjema = z.object({
  TEAMS_APP_ID: guid('Teams-appens id, én per kommune og miljø'),
  BOT_ID: guid('Azure Bot-registreringens app-id, det samme som MICROSOFT_APP_ID'),
  AAD_APP_CLIENT_ID: guid('app-registreringen for SSO i fanen'),
  APP_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i, 'må være et vertsnavn uten https:// og uten sti, f.eks. skolemiljo.azurewebsites.net'),
  KOMMUNE_NAVN: z.string().min(1, 'mangler').max(32, 'høyst 32 tegn'),
  KOMMUNE_NETTSTED: https,
  PERSONVERN_URL: https,
  VILKAR_URL: https,
  APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'må være på formen 1.2.3').optional(),
});

export type PakkeMiljo = z.infer<typeof miljoSkjema>;

export class PakkeFeil extends Error {
  constructor(readonly feil: string[]) {
    super(feil.join('\n'));
    this.name = 'PakkeFeil';
  }
}

export function lesPakkeMiljo(env: Record<string, string | undefined>): PakkeMiljo {
  const renset = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const mangler = Object.entries(miljoSkjema.shape).filter(([navn, s]) => !s.safeParse(undefined).success && !(navn in renset));
  if (mangler.length) throw new PakkeFeil(mangler.map(([navn]) => `${navn}: mangler`));
  const r = miljoSkjema.safeParse(renset);
  if (r.success) return r.data;
  throw new PakkeFeil(r.error.issues.map((i) => `${String(i.path[0])}: ${i.message} (fikk «${String(renset[String(i.path[0])])}»)`));
}

function appVersjon(): string {
  const pakke = JSON.parse(fs.readFileSync(path.join(MANIFEST_MAPPE, '..', 'package.json'), 'utf8')) as { version: string };
  return pakke.version;
}

function oppslag(tekster: ManifestTekster, nokkel: string): string {
  const verdi = nokkel.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), tekster);
  if (typeof verdi !== 'string') throw new PakkeFeil([`manifest.template.json: ukjent tekstnøkkel [[${nokkel}]]`]);
  return verdi;
}

/** Walks the template; calls `blad` on every string with its JSON path in the Localization schema's notation. */
function fyll(node: unknown, sti: string, blad: (s: string, sti: string) => string): unknown {
  if (typeof node === 'string') return blad(node, sti);
  if (Array.isArray(node)) return node.map((v, i) => fyll(v, `${sti}[${i}]`, blad));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fyll(v, sti ? `${sti}.${k}` : k, blad)]));
  }
  return node;
}

export interface AppPakke {
  manifest: Record<string, unknown>;
  /** Localization files by file name (nn.json, en.json). */
  lokaliseringer: Record<string, Record<string, unknown>>;
}

/** The filled manifest and its localization files; throws PakkeFeil naming every missing value. */
export function lagAppPakke(miljo: PakkeMiljo, mal: unknown = JSON.parse(fs.readFileSync(MAL, 'utf8'))): AppPakke {
  const verdier: Record<string, string> = { ...miljo, APP_VERSION: miljo.APP_VERSION ?? appVersjon() };
  const mangler = new Set<string>();
  const tekststeder = new Map<string, string>(); // JSON path → catalog key
  const manifest = fyll(mal, '', (s, sti) => {
    const tekst = /^\[\[([\w.-]+)\]\]$/.exec(s);
    if (tekst) {
      tekststeder.set(sti, tekst[1]!);
      return oppslag(manifestTekster[STANDARDSPRAK], tekst[1]!);
    }
    return s.replace(/\$\{\{(\w+)\}\}/g, (_, navn: string) => {
      if (verdier[navn] === undefined) mangler.add(navn);
      return verdier[navn] ?? '';
    });
  }) as Record<string, unknown>;
  if (mangler.size) throw new PakkeFeil([...mangler].map((n) => `${n}: mangler (brukt i manifest.template.json)`));

  const info = manifest.localizationInfo as { defaultLanguageTag: string; additionalLanguages?: { languageTag: string; file: string }[] };
  if (info.defaultLanguageTag !== STANDARDSPRAK) throw new PakkeFeil([`manifest.template.json: standardspråket må være ${STANDARDSPRAK}`]);
  const lokaliseringer: AppPakke['lokaliseringer'] = {};
  for (const { languageTag, file } of info.additionalLanguages ?? []) {
    const tekster = manifestTekster[languageTag as Sprak];
    if (!tekster) throw new PakkeFeil([`manifest.template.json: ingen tekster for språket ${languageTag} i manifest/tekster.ts`]);
    const fil: Record<string, unknown> = { $schema: lokaliseringsskjemaUrl(String(manifest.$schema)) };
    for (const [sti, nokkel] of tekststeder) fil[sti] = oppslag(tekster, nokkel);
    lokaliseringer[file] = fil;
  }
  return { manifest, lokaliseringer };
}

/** Every schema error in the package, prefixed by its file; empty when Teams' schemas accept it all. */
export async function validerAppPakke(p: AppPakke): Promise<string[]> {
  const feil = (await validerManifest(p.manifest)).map((f) => `manifest.json: ${f}`);
  for (const [fil, innhold] of Object.entries(p.lokaliseringer)) {
    feil.push(...validerLokalisering(String(p.manifest.$schema), innhold).map((f) => `${fil}: ${f}`));
  }
  return feil;
}

const json = (o: unknown) => Buffer.from(`${JSON.stringify(o, null, 2)}\n`, 'utf8');

/** Validates, then writes the zip (manifest, icons and localization files at its root). */
export async function skrivAppPakke(p: AppPakke, zipFil: string): Promise<void> {
  const feil = await validerAppPakke(p);
  if (feil.length) throw new PakkeFeil(feil);
  const zip = new AdmZip();
  zip.addFile('manifest.json', json(p.manifest));
  for (const ikon of IKONER) zip.addFile(ikon, fs.readFileSync(path.join(MANIFEST_MAPPE, ikon)));
  for (const [fil, innhold] of Object.entries(p.lokaliseringer)) zip.addFile(fil, json(innhold));
  fs.mkdirSync(path.dirname(zipFil), { recursive: true });
  zip.writeZip(zipFil);
}
