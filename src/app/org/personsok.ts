/**
 * The administrator's people search: naming a rektor, a kommunalsjef or a case worker is picking a
 * person from the directory by name — Entra ID through Microsoft Graph in production, the
 * organisation itself locally — never typing an object id. The name shown is the directory's.
 */
import { nb } from '../../i18n/aktiv';
import type { Oid, Organisasjon } from '../../domain/organisasjon';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medLagring, ok } from '../resultat';
import { somAdministrator } from './orgTilgang';

export interface Katalogperson {
  oid: Oid;
  navn: string;
  stilling: string;
}

/** Where people are found by name: a port, so the app knows no Graph (src/org/personkatalog.ts implements it). */
export interface Personkatalog {
  sok(tekst: string, maks: number): Promise<Katalogperson[]>;
}

export const MAKS_TREFF = 10;
const MINSTE_SOK = 2;

export async function sokPersoner(ktx: AppKontekst, aktor: Aktor, tekst: unknown, katalog: Personkatalog | undefined): Promise<Resultat<Katalogperson[]>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const sok = typeof tekst === 'string' ? tekst.trim().slice(0, 100) : '';
  if (sok.length < MINSTE_SOK) return feil({ kode: 'ugyldig', melding: nb.org.sokForKort, felt: { sok: nb.org.sokForKort } });
  return medLagring(async () => ok(await (katalog ?? organisasjonensKatalog(ktx.org)).sok(sok, MAKS_TREFF)));
}

/** Locally (no Graph): everyone the organisation knows, found by the start of any part of the name. */
export function organisasjonensKatalog(org: Organisasjon): Personkatalog {
  return {
    async sok(tekst, maks) {
      const ord = tekst.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
      const alle = new Map<Oid, Katalogperson>();
      const { kommune } = org;
      for (const p of [...kommune.kommunalsjefer, ...kommune.saksbehandlere, ...kommune.administratorer, ...org.skoler.flatMap((s) => s.ansatte)]) {
        if (!alle.has(p.oid)) alle.set(p.oid, { oid: p.oid, navn: p.navn, stilling: p.stilling });
      }
      const treff = (navn: string) => {
        const deler = navn.toLocaleLowerCase('nb').split(/\s+/);
        return ord.every((o) => deler.some((d) => d.startsWith(o)));
      };
      return [...alle.values()].filter((p) => treff(p.navn)).sort((a, b) => a.navn.localeCompare(b.navn, 'nb')).slice(0, maks);
    },
  };
}
