/**
 * The school's and the kommune's contact details, which the letters to the family print (issue
 * 18): phone, e-mail and postal address. Rektor keeps the own school's (the varslingsliste page),
 * an administrator any school's and the kommune's (the organisation page). A phone number and an
 * e-mail address must be real formats; an empty field removes the detail, and a letter then says
 * nothing about it (never an empty «Telefon:» line).
 */
import { z } from 'zod';
import type { Kontaktinfo } from '../../domain/organisasjon';
import { folgSprak, nb } from '../../i18n/aktiv';
import { getKommune, getSkole, saveKommune, saveSkole, type Stored } from '../../org/orgRepo';
import { ConflictError } from '../../store/port';
import { kjentAktor } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { somAdministrator } from './orgTilgang';
import { feltFeil } from '../feltFeil';

const t = folgSprak((k) => k.nb.org.kontakt);

/** 8 digits (a Norwegian number, optionally after +47 or 0047), or an international number with +; spaces, dots and dashes allowed. */
export function erTelefon(s: string): boolean {
  const sifre = s.replace(/[\s.-]/g, '');
  return /^(\+47|0047)?\d{8}$/.test(sifre) || /^\+(?!47)[1-9]\d{6,14}$/.test(sifre);
}

/** local@domain.tld: no spaces, one @, a domain with a dot and a top-level part of two letters or more. */
export function erEpost(s: string): boolean {
  return s.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[\p{L}]{2,}$/u.test(s);
}

const felt = z.string().trim().max(300).default('');
const skjema = z.object({
  telefon: felt.refine((v) => v === '' || erTelefon(v), { error: t.telefonUgyldig }),
  epost: felt.refine((v) => v === '' || erEpost(v), { error: t.epostUgyldig }),
  postadresse: felt.refine((v) => v.length <= 200, { error: t.adresseForLang }),
});

const FELT = ['telefon', 'epost', 'postadresse'] as const;

function les(raw: unknown): Resultat<Kontaktinfo> {
  // A body naming none of the fields is a client's mistake, not «remove them all»: the stored contact stays.
  if (!raw || typeof raw !== 'object' || !FELT.some((f) => Object.hasOwn(raw, f))) {
    return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: { skjema: nb.feil.skjemaUgyldig } });
  }
  const input = skjema.safeParse(raw);
  if (!input.success) {
    const felter = feltFeil(input.error, { bareToppfelt: true });
    return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: felter });
  }
  // Only what is given: an empty field is no detail (the letter leaves it out).
  const { telefon, epost, postadresse } = input.data;
  return ok({ ...(telefon ? { telefon: telefon.replace(/\s+/g, ' ') } : {}), ...(epost ? { epost } : {}), ...(postadresse ? { postadresse: postadresse.replace(/\s*\n\s*/g, ', ') } : {}) });
}

const lik = (a: Kontaktinfo | undefined, b: Kontaktinfo) => JSON.stringify(a ?? {}) === JSON.stringify(b);

/**
 * Stores the contact on the item it belongs to (a school's or the kommune's): the same again writes
 * nothing, a change since the read is «konflikt», and the register is reloaded so the letters print it.
 */
async function lagreKontakt<T extends { kontakt?: Kontaktinfo }>(
  ktx: AppKontekst,
  kontakt: Kontaktinfo,
  get: () => Promise<Stored<T> | undefined>,
  save: (data: T, forrige: Stored<T>) => Promise<unknown>,
  logg: [Record<string, string>, string],
): Promise<Resultat<Kontaktinfo>> {
  return medStore(async () => {
    const stored = await get();
    if (!stored) return feil({ kode: 'ikke_funnet', melding: nb.org.skoleUkjent });
    if (lik(stored.data.kontakt, kontakt)) return ok(kontakt);
    try {
      await save({ ...stored.data, kontakt }, stored);
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: t.endret });
      throw e;
    }
    await ktx.register.last();
    ktx.log.info(...logg);
    return ok(kontakt);
  });
}

/** Sets the school's contact details: its rektor, or an administrator. The same again (a double click) writes nothing. */
export async function settSkolensKontakt(ktx: AppKontekst, aktor: Aktor, skoleId: string, raw: unknown): Promise<Resultat<Kontaktinfo>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const r = kjent.verdi;
  if (!r.administrator && !r.skoler.some((s) => s.skoleId === skoleId && s.rektor)) return feil({ kode: 'ikke_tillatt', melding: t.ikkeTillatt });
  const kontakt = les(raw);
  if (!kontakt.ok) return kontakt;
  return lagreKontakt(ktx, kontakt.verdi, () => getSkole(ktx.store, skoleId), (data, forrige) => saveSkole(ktx.store, data, forrige), [{ skoleId }, 'skolens kontaktopplysninger endret']);
}

/** Sets the kommune's contact for leadership cases: an administrator. */
export async function settKommunensKontakt(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<Kontaktinfo>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const kontakt = les(raw);
  if (!kontakt.ok) return kontakt;
  return lagreKontakt(ktx, kontakt.verdi, () => getKommune(ktx.store), (data, forrige) => saveKommune(ktx.store, data, forrige), [{}, 'kommunens kontaktopplysninger endret']);
}
