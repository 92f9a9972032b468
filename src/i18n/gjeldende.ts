/**
 * The language of what is being written right now (issue 24), read through one explicit accessor.
 * The catalog stays pure and works in the browser too: it does not know where the language comes
 * from. The server installs a source bound to the request, the chat turn or the outbox delivery
 * (src/app/sprakKontekst.ts); the tab sets its own. Without one, bokmål.
 */
import { type Katalog } from './katalog';
import { katalog } from './kataloger';
import type { Sprak } from './sprak';

let kilde: () => Sprak | undefined = () => undefined;

/** Called once by whatever decides the language (the server's AsyncLocalStorage, the tab's choice). */
export function settSprakKilde(f: () => Sprak | undefined): void {
  kilde = f;
}

/** The language bound to what is being written now, if any (undefined: nothing chose one, e.g. a job without a reader). */
export function bundetSprak(): Sprak | undefined {
  return kilde();
}

export function gjeldendeSprak(): Sprak {
  return kilde() ?? 'nb';
}

/** The whole catalog of the current language. */
export function tekst(): Katalog {
  return katalog(gjeldendeSprak());
}
