/** Dates and times as the house writes them (07.12.2026, 07.12.2026 kl. 10:12), Oslo time: the one shared function. */
export { visDato, visTid } from '../kontrakt';
