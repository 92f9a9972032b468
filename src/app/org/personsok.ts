/**
 * The administrator's people search: naming a rektor, a kommunalsjef or a case worker is picking a
 * person from the directory by name — Entra ID through Microsoft Graph in production, the
 * organisation itself locally — never typing an object id. The name shown is the directory's.
 */
import { nb } from '../../i18n/aktiv';
import type { Oid, Organisasjon } from '../../domain/organisasjon';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { somAdministrator } from './orgTilgang';

export interface Katalogperson {
  oid: Oid;
  navn: string;
  stilling: string;
}

/** Where people are found by name: a port, so the app knows no Graph (src/entraKatalog.ts implements it). */
export interface Personkatalog {
  sok(tekst: string, maks: number): Promise<Katalogperson[]>;
  /** The person with this object id as the directory names them; undefined if it knows no such person. */
  get(oid: Oid): Promise<Katalogperson | undefined>;
}

export const MAKS_TREFF = 10;
const MINSTE_SOK = 2;

/**
 * Each person as the directory names them, by object id (the name a tab sends is not trusted).
 * Only those not already `kjente` (stored before, so once looked up) are asked for, which bounds
 * the Graph requests to the change. An unknown id is refused at `felt`.
 */
export async function fraKatalogen<P extends { oid: Oid; stilling?: string }>(katalog: Personkatalog, personer: readonly P[], felt: string, kjente: readonly Katalogperson[] = []): Promise<Resultat<Katalogperson[]>> {
  const ut: Katalogperson[] = [];
  for (const p of personer) {
    const kjent = kjente.find((k) => k.oid === p.oid) ?? (await katalog.get(p.oid));
    if (!kjent) {
      const message = nb.org.personUkjent(p.oid);
      return feil({ kode: 'ugyldig', melding: message, felt: { [felt]: message } });
    }
    // The name is the directory's; the title is the one typed for the role (e.g. «kommunalsjef oppvekst»), else the directory's.
    ut.push({ oid: kjent.oid, navn: kjent.navn, stilling: p.stilling || kjent.stilling });
  }
  return ok(ut);
}

export async function sokPersoner(ktx: AppKontekst, aktor: Aktor, tekst: unknown, katalog: Personkatalog | undefined): Promise<Resultat<Katalogperson[]>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const sok = typeof tekst === 'string' ? tekst.trim().slice(0, 100) : '';
  if (sok.length < MINSTE_SOK) return feil({ kode: 'ugyldig', melding: nb.org.sokForKort, felt: { sok: nb.org.sokForKort } });
  return medStore(async () => ok(await (katalog ?? organisasjonensKatalog(ktx.org)).sok(sok, MAKS_TREFF)));
}

/** Locally (no Graph): everyone the organisation knows, found by the start of any part of the name. */
export function organisasjonensKatalog(org: Organisasjon): Personkatalog {
  const folk = () => {
    const alle = new Map<Oid, Katalogperson>();
    const { kommune } = org;
    for (const p of [...kommune.kommunalsjefer, ...kommune.saksbehandlere, ...kommune.administratorer, ...org.skoler.flatMap((s) => s.ansatte)]) {
      if (!alle.has(p.oid)) alle.set(p.oid, { oid: p.oid, navn: p.navn, stilling: p.stilling });
    }
    return alle;
  };
  return {
    async get(oid) {
      return folk().get(oid);
    },
    async sok(tekst, maks) {
      const ord = tekst.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
      const alle = folk();
      const treff = (navn: string) => {
        const deler = navn.toLocaleLowerCase('nb').split(/\s+/);
        return ord.every((o) => deler.some((d) => d.startsWith(o)));
      };
      return [...alle.values()].filter((p) => treff(p.navn)).sort((a, b) => a.navn.localeCompare(b.navn, 'nb')).slice(0, maks);
    },
  };
}
