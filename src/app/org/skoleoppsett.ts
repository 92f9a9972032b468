/**
 * The municipal admin sets up the schools: creates a school, connects it to its people in Entra
 * ID (a group, or the school's Team), names rektor; and names the kommunalsjefer and the
 * municipality's own case workers. The admin sees names and settings only, never case content.
 */
import { z } from 'zod';
import type { Kontaktinfo, Malform, Oid, Person } from '../../domain/organisasjon';
import { nb } from '../../i18n/aktiv';
import { ansatteVed, skoleMed } from '../../org/bygg';
import type { Kobling, SkoleData, Varslingsliste } from '../../org/data';
import { endreAnsatt, getAnsatte, getKommune, getSkole, getSkoler, saveKommune, saveSkole } from '../../org/orgRepo';
import { ConflictError } from '../../store/port';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { medSkole, sjekkRegler } from './orgRegler';
import { somAdministrator, somOppsettLeser } from './orgTilgang';
import { endring, ikkeSegSelv, kunngjor } from './rolleendring';
import { navnPaa } from '../sakView';
import { type Personkatalog, fraKatalogen, organisasjonensKatalog } from './personsok';
import { feltFeil } from '../feltFeil';

export interface SkoleOppsett {
  id: string;
  navn: string;
  kobling?: Kobling;
  rektor?: { oid: Oid; navn: string };
  /** Staff found for the school now (group members and people placed there). */
  antallAnsatte: number;
  /** Takes varsler: has a rektor. */
  klar: boolean;
  /** Phone, e-mail, postal address for the letters; empty until set. */
  kontakt: Kontaktinfo;
}

export interface Oppsett {
  kommune: { navn: string; kommunalsjefer: Person[]; saksbehandlere: Person[]; administratorer: Person[]; malform: Malform; kontakt: Kontaktinfo };
  skoler: SkoleOppsett[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const guid = z.string().trim().toLowerCase().regex(GUID, { error: () => nb.org.oidUgyldig });
const navn = z.string().trim().min(1, { error: () => nb.org.navnMangler }).max(200);
/** A person picked in the people search: the name sent is only a hint, the directory's is stored (fraKatalogen). */
const person = z.object({ oid: guid, navn: z.string().trim().max(200).optional(), stilling: z.string().trim().max(200).default('') });

function ugyldig<T>(e: z.ZodError): Resultat<T> {
  const felt = feltFeil(e);
  return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt });
}

export async function visOppsett(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<Oppsett>> {
  const leser = somOppsettLeser(ktx, aktor);
  if (!leser.ok) return leser;
  return medStore(async () => {
    const [skoler, ansatte] = await Promise.all([getSkoler(ktx.store), getAnsatte(ktx.store)]);
    const alle = ansatte.map((a) => a.data);
    return ok({ kommune: kommunensFolk(ktx), skoler: skoler.map(({ data: s }) => skoleOppsett(s, alle)) });
  });
}

const nySkole = z.object({ id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { error: () => nb.org.skoleId }), navn });

export async function opprettSkole(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<{ id: string }>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const input = nySkole.safeParse(raw);
  if (!input.success) return ugyldig(input.error);
  return medStore(async () => {
    const finnes = await getSkole(ktx.store, input.data.id);
    // The same school again (a double click) is the school already made.
    if (finnes) return finnes.data.navn === input.data.navn ? ok({ id: input.data.id }) : feil({ kode: 'ugyldig', melding: nb.org.skoleFinnes(input.data.id), felt: { id: nb.org.skoleFinnes(input.data.id) } });
    try {
      await saveSkole(ktx.store, { id: input.data.id, navn: input.data.navn, historikk: [] });
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'ugyldig', melding: nb.org.skoleFinnes(input.data.id), felt: { id: nb.org.skoleFinnes(input.data.id) } });
      throw e;
    }
    ktx.log.info({ skoleId: input.data.id }, 'skole opprettet');
    return ok({ id: input.data.id });
  });
}

const koblingSkjema = z.object({ skoleId: z.string().min(1).max(100), kilde: z.enum(['gruppe', 'team']), gruppeId: guid });

/** Connects the school to an Entra group or the school's Team (whose id is its group's id); the next sync reads its members. */
export async function kobleSkole(ktx: AppKontekst, aktor: Aktor, raw: unknown): Promise<Resultat<SkoleOppsett>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const input = koblingSkjema.safeParse(raw);
  if (!input.success) return ugyldig(input.error);
  return endreSkole(ktx, input.data.skoleId, (s) => ({ ok: true, verdi: { ...s, kobling: { kilde: input.data.kilde, gruppeId: input.data.gruppeId } } }));
}

const rektorSkjema = z.object({ skoleId: z.string().min(1).max(100), rektor: person });

/**
 * Names rektor: a new version of the varslingsliste with the new rektor first in the ledelse and
 * among the varselmottakere, the former rektor out of both. Rektor is placed at the school (so
 * rektor works there even before the sync finds them in its group); the former rektor is no
 * longer placed there and stays only if the school's group has them.
 */
export async function navngiRektor(ktx: AppKontekst, aktor: Aktor, raw: unknown, katalog?: Personkatalog): Promise<Resultat<SkoleOppsett>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const input = rektorSkjema.safeParse(raw);
  if (!input.success) return ugyldig(input.error);
  const { skoleId } = input.data;
  return medStore(async () => {
    const stored = await getSkole(ktx.store, skoleId);
    if (!stored) return feil({ kode: 'ikke_funnet', melding: nb.org.skoleUkjent });
    const gammel = stored.data.varslingsliste;
    if (gammel?.rektor === input.data.rektor.oid) return ok(await oppsettFor(ktx, stored.data));
    const selv = ikkeSegSelv(aktor, [], [{ oid: input.data.rektor.oid, navn: '', stilling: '' }]);
    if (!selv.ok) return selv;
    const funnet = await fraKatalogen(katalog ?? organisasjonensKatalog(ktx.org), [input.data.rektor], 'rektor');
    if (!funnet.ok) return funnet;
    const rektor = funnet.verdi[0]!;
    const uten = (oids: Oid[]) => oids.filter((oid) => oid !== gammel?.rektor && oid !== rektor.oid);
    const liste: Varslingsliste = {
      versjon: (gammel?.versjon ?? 0) + 1,
      rektor: rektor.oid,
      ledelse: [rektor.oid, ...uten(gammel?.ledelse ?? [])],
      varselmottakere: [rektor.oid, ...uten(gammel?.varselmottakere ?? [])],
      av: aktor.oid,
      tid: ktx.naa().toISOString(),
    };
    const ny: SkoleData = { ...stored.data, varslingsliste: liste, historikk: gammel ? [...stored.data.historikk, gammel] : stored.data.historikk };
    // Checked as it will be: the new rektor among the staff, the former one only if the group has them.
    const ansatte = (await getAnsatte(ktx.store)).map((a) => a.data);
    const plassert = ansatte
      .filter((a) => a.oid !== rektor.oid)
      .map((a) => (a.oid === gammel?.rektor ? { ...a, skoler: a.skoler.filter((id) => id !== skoleId) } : a));
    const med = [...plassert, { ...rektor, grupper: [], skoler: [skoleId], ...(ansatte.find((a) => a.oid === rektor.oid) ? {} : {}) }];
    const regler = sjekkRegler(medSkole(ktx.org, skoleMed(ny, liste, med, false)), 'rektor');
    if (!regler.ok) return regler;

    await endreAnsatt(ktx.store, rektor.oid, (a) => ({ oid: rektor.oid, navn: rektor.navn, stilling: a?.stilling || rektor.stilling || 'rektor', grupper: a?.grupper ?? [], skoler: [...new Set([...(a?.skoler ?? []), skoleId])] }));
    try {
      await saveSkole(ktx.store, ny, stored);
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: nb.org.listeEndret });
      throw e;
    }
    if (gammel) await endreAnsatt(ktx.store, gammel.rektor, (a) => a && { ...a, skoler: a.skoler.filter((id) => id !== skoleId) });
    const kommunalsjefer = ktx.org.kommune.kommunalsjefer.map((k) => k.oid);
    const forrige = gammel ? [{ oid: gammel.rektor, navn: navnPaa(ktx.org, gammel.rektor), stilling: 'rektor' }] : [];
    await kunngjor(ktx, [endring(aktor, ktx.naa(), 'rektor', forrige, [rektor], skoleId)!], kommunalsjefer);
    await ktx.register.last();
    ktx.log.info({ skoleId, versjon: liste.versjon }, 'rektor navngitt');
    return ok(await oppsettFor(ktx, ny));
  });
}

const folkSkjema = z.object({
  // Each part absent keeps what is stored, so the målform is changed alone, never by resending people
  // the page read earlier (which would undo another administrator's change made meanwhile).
  kommunalsjefer: z.array(person).max(50).optional(),
  saksbehandlere: z.array(person).max(200).optional(),
  // The målform (issue 24).
  malform: z.enum(['nb', 'nn'], { error: () => nb.sprak.malformUgyldig }).optional(),
})
  // A body naming none of them is a client's mistake, not a save.
  .refine((k) => k.kommunalsjefer || k.saksbehandlere || k.malform, { error: () => nb.feil.skjemaUgyldig });

/**
 * Names the kommunalsjefer and the municipality's own case workers (e.g. an innsatsteam). None is
 * allowed, as in the organisation file (between two kommunalsjefer): the app then says on every
 * card it concerns that skoleeier could not be told.
 */
export async function settKommunensFolk(ktx: AppKontekst, aktor: Aktor, raw: unknown, katalog?: Personkatalog): Promise<Resultat<Oppsett['kommune']>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const input = folkSkjema.safeParse(raw);
  if (!input.success) return ugyldig(input.error);
  const { malform } = input.data;
  return medStore(async () => {
    const stored = await getKommune(ktx.store);
    if (!stored) return feil({ kode: 'ikke_funnet', melding: nb.org.skoleUkjent });
    // Names from the directory; those already named keep the name they were stored with.
    const kilde = katalog ?? organisasjonensKatalog(ktx.org);
    const kjente = [...stored.data.kommunalsjefer, ...stored.data.saksbehandlere];
    const ks = await fraKatalogen(kilde, input.data.kommunalsjefer ?? stored.data.kommunalsjefer, 'kommunalsjefer', kjente);
    if (!ks.ok) return ks;
    const sb = await fraKatalogen(kilde, input.data.saksbehandlere ?? stored.data.saksbehandlere, 'saksbehandlere', kjente);
    if (!sb.ok) return sb;
    const [kommunalsjefer, saksbehandlere] = [ks.verdi, sb.verdi];
    for (const k of kommunalsjefer) {
      const skole = ktx.org.skoler.find((s) => s.ledelse.includes(k.oid) || s.rektor === k.oid || s.varselmottakere.includes(k.oid));
      if (skole) {
        const message = nb.org.kommunalsjefISkole(k.navn, skole.navn);
        return feil({ kode: 'ugyldig', melding: message, felt: { kommunalsjefer: message } });
      }
    }
    // Compared with what is stored (the register may lag another process's change by a moment).
    const endringer = [
      endring(aktor, ktx.naa(), 'kommunalsjef', stored.data.kommunalsjefer, kommunalsjefer),
      endring(aktor, ktx.naa(), 'saksbehandler', stored.data.saksbehandlere, saksbehandlere),
    ].filter((e) => e !== undefined);
    // Nobody gives themselves a role that reads cases (rolleendring.ts).
    for (const [for_, etter] of [[stored.data.kommunalsjefer, kommunalsjefer], [stored.data.saksbehandlere, saksbehandlere]] as const) {
      const selv = ikkeSegSelv(aktor, for_, etter);
      if (!selv.ok) return selv;
    }
    try {
      await saveKommune(ktx.store, { ...stored.data, kommunalsjefer, saksbehandlere, ...(malform ? { malform } : {}), historikk: [...(stored.data.historikk ?? []), ...endringer] }, stored);
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: nb.org.listeEndret });
      throw e;
    }
    await kunngjor(ktx, endringer, stored.data.kommunalsjefer.map((k) => k.oid));
    await ktx.register.last();
    return ok(kommunensFolk(ktx));
  });
}

async function endreSkole(ktx: AppKontekst, skoleId: string, endre: (s: SkoleData) => Resultat<SkoleData>): Promise<Resultat<SkoleOppsett>> {
  return medStore(async () => {
    const stored = await getSkole(ktx.store, skoleId);
    if (!stored) return feil({ kode: 'ikke_funnet', melding: nb.org.skoleUkjent });
    const ny = endre(stored.data);
    if (!ny.ok) return ny;
    try {
      await saveSkole(ktx.store, ny.verdi, stored);
    } catch (e) {
      if (e instanceof ConflictError) return feil({ kode: 'konflikt', melding: nb.org.listeEndret });
      throw e;
    }
    await ktx.register.last();
    return ok(await oppsettFor(ktx, ny.verdi));
  });
}

function kommunensFolk(ktx: AppKontekst): Oppsett['kommune'] {
  const k = ktx.org.kommune;
  return { navn: k.navn, kommunalsjefer: k.kommunalsjefer, saksbehandlere: k.saksbehandlere, administratorer: k.administratorer, malform: k.malform ?? 'nb', kontakt: k.kontakt ?? {} };
}

async function oppsettFor(ktx: AppKontekst, s: SkoleData): Promise<SkoleOppsett> {
  return skoleOppsett(s, (await getAnsatte(ktx.store)).map((a) => a.data));
}

/** One school as the setup page shows it: where its staff come from, rektor, how many, whether it takes varsler. */
function skoleOppsett(s: SkoleData, alle: Parameters<typeof ansatteVed>[1]): SkoleOppsett {
  const her = ansatteVed(s, alle);
  const rektor = s.varslingsliste?.rektor;
  return {
    id: s.id,
    navn: s.navn,
    ...(s.kobling ? { kobling: s.kobling } : {}),
    ...(rektor ? { rektor: { oid: rektor, navn: her.find((a) => a.oid === rektor)?.navn ?? nb.org.ukjentNavn } } : {}),
    antallAnsatte: her.length,
    klar: !!rektor,
    kontakt: s.kontakt ?? {},
  };
}
