/**
 * Bekreftelse: an employee's yearly «jeg er kjent med pliktene», per school they work at, for the
 * version of the duties text they read. A new school year or a new text version asks again.
 */
import { osloDato } from './frister';
import type { Fristinnstillinger } from './fristinnstillinger';
import type { Oid } from './organisasjon';

export interface Bekreftelse {
  oid: Oid;
  skoleId: string;
  /** e.g. '2026-2027' (see skolearFor). */
  skolear: string;
  /** The version of the duties text that was confirmed (src/i18n/plikter.ts). */
  tekstversjon: string;
  /** ISO time of the confirmation. */
  tid: string;
  /**
   * The language the duties were shown in when confirmed (a code of src/i18n/sprak.ts: 'nb', 'nn',
   * 'en'). Absent in records made before languages, and when the client did not say.
   */
  sprak?: string;
}

export interface Skolear {
  /** e.g. '2026-2027': what a bekreftelse is for. */
  navn: string;
  /** YYYY-MM-DD the school year started. */
  start: string;
}

/**
 * The school year a moment belongs to (Europe/Oslo), from the municipality's start day
 * (`skolearStart`, MM-DD) — the one rule the tab, the reminders and the figures all count by.
 */
export function skolearFor(naa: Date, f: Pick<Fristinnstillinger, 'skolearStart'>): Skolear {
  const dato = osloDato(naa);
  const ar = Number(dato.slice(0, 4));
  const startAr = dato.slice(5) >= f.skolearStart ? ar : ar - 1;
  return { navn: `${startAr}-${startAr + 1}`, start: `${startAr}-${f.skolearStart}` };
}
