/**
 * The whole catalog of one language, as one typed object (issue 24). Bokmål is made of the files
 * beside this one; nynorsk and English are one file each (`nn.ts`, `en.ts`) typed `Katalog`, so a key
 * missing in any language fails the typecheck. Adding a language is one new file (and its pupils'
 * words in a small one, for the pupil's page), its code in SPRAK and the lines the typecheck then
 * asks for (nn.ts says which, and why one file).
 */
import { avslag } from './avslag';
import * as betegnelser from './betegnelser';
import { tekster as fane } from './tab';
import { arbeidTekster as faneArbeid } from './tabArbeid';
import { orgTekster as faneOrg } from './tabOrg';
import { sakTekster as faneSak } from './tabSak';
import { elevTekster as elev } from './elev';
import { botTekster as kort } from './cards';
import { nb } from './nb';
import { plikter } from './plikter';
import { revisjonTekster as revisjon } from './revisjon';
import { skolearNb as skolear } from './skolear';

export const nbKatalog = { nb, avslag, betegnelser, plikter, kort, fane, faneSak, faneOrg, faneArbeid, revisjon, skolear, elev };

/**
 * The shape with every text widened to `string` (bokmål's `as const` literals are not a contract
 * another language could meet); functions keep their parameters, tuples their length (the five
 * delplikter are five in every language, in the same order), an `id` stays the code it is (not text),
 * and every key stays required.
 */
export type Bred<T> = T extends string
  ? string
  : T extends (...a: infer A) => infer R
    ? (...a: A) => Bred<R>
    : T extends object
      ? { readonly [K in keyof T]: K extends 'id' ? T[K] : Bred<T[K]> }
      : T;

export type Katalog = Bred<typeof nbKatalog>;
