/**
 * Which language a person reads (issue 24): their own choice (the tab's, remembered for the bot
 * too), else what Teams' locale says, else the municipality's målform. The record — the
 * documentation, the history, reports — is written in the målform whatever the reader's language.
 */
import { z } from 'zod';
import type { Malform, Oid } from '../domain/organisasjon';
import { nb } from '../i18n/aktiv';
import { SPRAK, type Sprak, erSprak, sprakFraLocale } from '../i18n/sprak';
import { StoreUnavailableError } from '../store/port';
import { iTenanten } from './aktorer';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, medStore, ok } from './resultat';

/** What the municipality writes for the record, and the default for a person nothing else speaks for. */
export function malform(ktx: Pick<AppKontekst, 'org'>): Malform {
  return ktx.org.kommune.malform ?? 'nb';
}

/** The person's own choice, or undefined (none made, or the store cannot answer now: the locale decides then). */
export async function valgtSprak(ktx: AppKontekst, oid: Oid): Promise<Sprak | undefined> {
  try {
    const sprak = (await ktx.personvalg.get(oid))?.sprak;
    // A language the app no longer has (removed from SPRAK) counts as no choice.
    return erSprak(sprak) ? sprak : undefined;
  } catch (e) {
    if (e instanceof StoreUnavailableError) return undefined;
    throw e;
  }
}

/** The language a person reads: own choice, else Teams' locale (activity.locale, app.locale), else målform. */
export async function sprakFor(ktx: AppKontekst, oid: Oid, locale?: string | null): Promise<Sprak> {
  return (await valgtSprak(ktx, oid)) ?? sprakFraLocale(locale) ?? malform(ktx);
}

const sprakSkjema = z.object({ sprak: z.enum(SPRAK, { error: () => nb.sprak.ugyldig }) });

export interface SprakValg {
  sprak: Sprak;
}

/** The person chooses the language they read (the tab; the bot reads the same choice). */
export async function settSprak(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<SprakValg>> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const input = sprakSkjema.safeParse(raw ?? {});
  if (!input.success) return feil({ kode: 'ugyldig', melding: nb.sprak.ugyldig, felt: { sprak: nb.sprak.ugyldig } });
  const { sprak } = input.data;
  return medStore(async () => {
    await ktx.personvalg.settSprak(aktor.oid, sprak, ktx.naa().toISOString());
    ktx.log.info({ sprak }, 'språk valgt');
    return ok({ sprak });
  });
}
