/**
 * The tab's words, in the language the person reads (issue 24). Pages import their words from
 * here, named as in src/i18n (`tekster`, `sakTekster`, `botTekster`, `STATUS_TEKST` …); each name
 * is a view that looks a word up in the current catalog when it is read, so a page's
 * `const t = tekster.plikter` at the top of its file still says the current language on every
 * render. Bokmål is bundled with the first page; nynorsk and English are chunks of their own,
 * loaded only for those who read them (`brukSprak`), so the first page stays within its budget.
 */
import { type Katalog, nbKatalog } from '../../src/i18n/katalog';
import type { Sprak } from '../../src/i18n/sprak';

let gjeldende: Katalog = nbKatalog;
let gjeldendeSprak: Sprak = 'nb';

const lastere: Record<Sprak, () => Promise<Katalog>> = {
  nb: async () => nbKatalog,
  nn: () => import('../../src/i18n/nn').then((m) => m.nn),
  en: () => import('../../src/i18n/en').then((m) => m.en),
};

/**
 * Reads the tab in `sprak` from now on: loads its catalog (once), and sets the page's `lang` so a
 * screen reader pronounces the words in the right language. The caller renders the pages anew.
 */
export async function brukSprak(sprak: Sprak): Promise<void> {
  gjeldende = await lastere[sprak]();
  gjeldendeSprak = sprak;
  document.documentElement.lang = sprak;
}

/** Starts loading `sprak`'s catalog now (Teams' locale is known before «meg»), so the first page does not wait for it after. */
export function forhaandslastSprak(sprak: Sprak | undefined): void {
  if (sprak) void lastere[sprak]().catch(() => undefined); // brukSprak loads it again and reports a failure
}

export function sprak(): Sprak {
  return gjeldendeSprak;
}

/** The value at `sti` in the current catalog. */
function oppslag(sti: readonly string[]): unknown {
  let v: unknown = gjeldende;
  for (const del of sti) v = (v as Record<string, unknown> | undefined)?.[del];
  return v;
}

const erGruppe = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A view of the group at `sti`: reading a text or a function gives the current language's; reading
 * a group gives a view of it, so a page may keep `tekster.plikter` in a constant. Keys and entries
 * (Object.entries, for … in) are the current group's too.
 */
function view<T>(sti: readonly string[]): T {
  return new Proxy(
    {},
    {
      get: (_maal, nokkel) => {
        if (typeof nokkel !== 'string') return undefined;
        const v = oppslag([...sti, nokkel]);
        return erGruppe(v) ? view([...sti, nokkel]) : v;
      },
      has: (_maal, nokkel) => typeof nokkel === 'string' && erGruppe(oppslag(sti)) && nokkel in (oppslag(sti) as object),
      ownKeys: () => Reflect.ownKeys(oppslag(sti) as object),
      getOwnPropertyDescriptor: (_maal, nokkel) => {
        if (typeof nokkel !== 'string' || !Object.prototype.hasOwnProperty.call(oppslag(sti), nokkel)) return undefined;
        const v = oppslag([...sti, nokkel]);
        return { value: erGruppe(v) ? view([...sti, nokkel]) : v, enumerable: true, configurable: true, writable: false };
      },
    },
  ) as T;
}

type B = Katalog['betegnelser'];

export const tekster = view<Katalog['fane']>(['fane']);
export const sakTekster = view<Katalog['faneSak']>(['faneSak']);
export const orgTekster = view<Katalog['faneOrg']>(['faneOrg']);
export const arbeidTekster = view<Katalog['faneArbeid']>(['faneArbeid']);
export const botTekster = view<Katalog['kort']>(['kort']);
export const plikter = view<Katalog['plikter']>(['plikter']);
export const messages = view<Katalog['nb']>(['nb']);
export const skolearTekster = view<Katalog['skolear']>(['skolear']);
export const revisjonTekster = view<Katalog['revisjon']>(['revisjon']);
export const betegnelser = view<B>(['betegnelser']);
export const STATUS_TEKST = view<B['STATUS_TEKST']>(['betegnelser', 'STATUS_TEKST']);
export const HANDLING_TEKST = view<B['HANDLING_TEKST']>(['betegnelser', 'HANDLING_TEKST']);
export const NIVA_TEKST = view<B['NIVA_TEKST']>(['betegnelser', 'NIVA_TEKST']);
export const UTFALL_TEKST = view<B['UTFALL_TEKST']>(['betegnelser', 'UTFALL_TEKST']);
export const LOGG_TYPE_TEKST = view<B['LOGG_TYPE_TEKST']>(['betegnelser', 'LOGG_TYPE_TEKST']);
export const ELEVENS_SVAR_TEKST = view<B['ELEVENS_SVAR_TEKST']>(['betegnelser', 'ELEVENS_SVAR_TEKST']);
