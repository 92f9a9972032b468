/** Reads and validates the organisation file (ORG_FILE); every problem becomes one clear line. */
import fs from 'node:fs';
import type { Organisasjon } from './domain/organisasjon';
import { parseOrganisasjon } from './domain/organisasjonSkjema';
import { OppstartFeil } from './oppstartFeil';

export function lesOrganisasjonsfil(fil: string): Organisasjon {
  let tekst: string;
  try {
    tekst = fs.readFileSync(fil, 'utf8');
  } catch (e) {
    throw new OppstartFeil(`ORG_FILE: kan ikke lese «${fil}» (${(e as NodeJS.ErrnoException).code ?? 'ukjent feil'}). Se docs/organisasjon.md.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch (e) {
    throw new OppstartFeil(`ORG_FILE: «${fil}» er ikke gyldig JSON: ${(e as Error).message}`);
  }
  const r = parseOrganisasjon(json);
  if (!r.ok) throw new OppstartFeil(`ORG_FILE: «${fil}» har feil:\n  ${r.feil.join('\n  ')}`);
  return r.org;
}

