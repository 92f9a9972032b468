/**
 * People search in Entra ID through Microsoft Graph (the same client as the sync, src/org/synk/katalog.ts):
 * `GET /users?$filter=startswith(displayName,'…') or startswith(givenName,'…') or startswith(surname,'…')`,
 * which Graph supports without advanced query headers. Needs User.Read.All (the sync's permission).
 */
import type { Katalogperson, Personkatalog } from '../app/org/personsok';
import type { Katalog } from './synk/katalog';

/** A string literal in an OData filter: single quotes doubled. */
const odataTekst = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function graphPersonkatalog(katalog: Katalog): Personkatalog {
  return {
    async sok(tekst, maks) {
      // The first word narrows at Graph; every word must then match the start of a part of the name.
      const ord = tekst.split(/\s+/).filter(Boolean);
      const forste = odataTekst(ord[0] ?? '');
      const filter = ['displayName', 'givenName', 'surname'].map((f) => `startswith(${f},${forste})`).join(' or ');
      const url = `${katalog.baseUrl}/users?$filter=${encodeURIComponent(filter)}&$select=id,displayName,jobTitle&$top=${maks * 3}`;
      const side = await katalog.side(url);
      const treff = (navn: string) => ord.every((o) => navn.toLocaleLowerCase('nb').split(/\s+/).some((d) => d.startsWith(o.toLocaleLowerCase('nb'))));
      return side.value
        .map((u): Katalogperson => ({ oid: String(u.id), navn: String(u.displayName ?? ''), stilling: typeof u.jobTitle === 'string' ? u.jobTitle : '' }))
        .filter((p) => p.navn && treff(p.navn))
        .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'))
        .slice(0, maks);
    },
  };
}
