/**
 * The one way a use case turns a zod schema's refusal into a form's field errors: each field's path
 * → the first message for it. The message is the schema's own, taken from the catalog (src/i18n/aktiv.ts)
 * when the schema names one, else zod's in the reader's language (i18n/zodNorsk.ts, loaded here).
 * The tab and the bot's cards show each message at the field of that name.
 */
import type { z } from 'zod';
import '../i18n/zodNorsk';

export interface FeltValg {
  /** The name for a refusal of the whole input (no path): 'skjema' unless the form says otherwise. */
  rot?: string;
  /** A flat form: a nested refusal (a list's row) is shown at its top field. */
  bareToppfelt?: boolean;
  /**
   * How a list's row is written: 'punktum' `fri.0.fra` (the school year's and the organisation's
   * forms, as their domain names a field) or 'klammer' `tiltak[0].ansvarlig` (the plan's, as the
   * domain's plan names what is missing).
   */
  rad?: 'punktum' | 'klammer';
}

export function feltFeil(feil: z.ZodError, { rot = 'skjema', bareToppfelt = false, rad = 'punktum' }: FeltValg = {}): Record<string, string> {
  const felt: Record<string, string> = {};
  for (const issue of feil.issues) felt[feltsti(bareToppfelt ? issue.path.slice(0, 1) : issue.path, rad) || rot] ??= issue.message;
  return felt;
}

/** A zod path as the form names the field. */
export function feltsti(path: readonly PropertyKey[], rad: FeltValg['rad'] = 'punktum'): string {
  if (rad === 'punktum') return path.map(String).join('.');
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
