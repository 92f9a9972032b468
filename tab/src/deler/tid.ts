/**
 * Dates and times as the house writes them (07.12.2026, 07.12.2026 kl. 10:12), Oslo time: the one
 * shared function, with the reader's word before the clock («at 10:12» in English).
 */
import { visTid as visTidMed } from '../kontrakt';
import { betegnelser } from '../tekster';

export { visDato } from '../kontrakt';
export const visTid = (iso: string | Date): string => visTidMed(iso, betegnelser.KLOKKA);
