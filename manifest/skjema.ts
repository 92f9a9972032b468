/**
 * Offline validation against Microsoft's official schemas, as bundled by @microsoft/app-manifest: the
 * manifest by its own `$schema`, each localization file by the Localization schema of the same
 * manifest version. Returns every error; an empty list means valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SKJEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9.]+)\/MicrosoftTeams\.schema\.json$/;

export async function validerManifest(manifest: Record<string, unknown>): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as TeamsManifest);
}

/** The bundled Localization schema for the manifest's version (the package has no API for it). */
function lokaliseringsskjema(manifestSkjema: string): Record<string, unknown> {
  const versjon = SKJEMA_URL.exec(manifestSkjema)?.[1];
  if (!versjon) throw new Error(`Ukjent manifestskjema: ${manifestSkjema}`);
  const fil = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', versjon, 'MicrosoftTeams.Localization.schema.json');
  return JSON.parse(fs.readFileSync(fil, 'utf8')) as Record<string, unknown>;
}

export function validerLokalisering(manifestSkjema: string, fil: Record<string, unknown>): string[] {
  // The schema's patterns use \b and other escapes that Unicode-mode RegExps reject.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const valider = ajv.compile(lokaliseringsskjema(manifestSkjema));
  if (valider(fil)) return [];
  return (valider.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The Localization schema's URL beside a manifest schema's URL (same version). */
export function lokaliseringsskjemaUrl(manifestSkjema: string): string {
  return manifestSkjema.replace(/MicrosoftTeams\.schema\.json$/, 'MicrosoftTeams.Localization.schema.json');
}
