/**
 * Structured logs (pino). Logs carry ids (case ids, object ids, correlation ids), never pupil
 * names or case text: callers log ids only, and the redact list below is a second line of defence
 * for fields that must never reach a log even by mistake.
 */
import pino from 'pino';

export type Logger = pino.Logger;

export const REDACTED_FIELDS = [
  'elevNavn', '*.elevNavn', 'beskrivelse', '*.beskrivelse', 'varsel', '*.varsel', 'begrunnelse', '*.begrunnelse',
  'navn', '*.navn', 'text', '*.text', 'value', '*.value', 'authorization', '*.authorization', 'headers.authorization',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: undefined, redact: { paths: REDACTED_FIELDS, censor: '[skjult]' } }, destination);
}
