/**
 * Every language's catalog, by `Sprak` (issue 24). A new language is its file and one line here
 * (and its code in sprak.ts).
 */
import { en } from './en';
import { type Katalog, nbKatalog } from './katalog';
import { nn } from './nn';
import type { Sprak } from './sprak';

export const KATALOGER: Readonly<Record<Sprak, Katalog>> = { nb: nbKatalog, nn, en };

export function katalog(sprak: Sprak): Katalog {
  return KATALOGER[sprak];
}
