/**
 * Bekreftelse: an employee's yearly «jeg er kjent med pliktene», per school they work at, for the
 * version of the duties text they read. A new school year or a new text version asks again.
 */
import { osloDato } from './frister';
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
}

/** The school year a moment belongs to: 1 August to 31 July, Europe/Oslo, written '2026-2027'. */
export function skolearFor(naa: Date): string {
  const [aar, maaned] = osloDato(naa).split('-').map(Number) as [number, number];
  const start = maaned >= 8 ? aar : aar - 1;
  return `${start}-${start + 1}`;
}
