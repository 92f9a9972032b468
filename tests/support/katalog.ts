/**
 * The local people directory (the organisation, as the app uses it without Graph) with people who
 * are in the directory but not yet in the organisation — someone about to be named rektor or
 * kommunalsjef. Use cases that name a person look them up here by object id (issue 20).
 */
import type { Organisasjon, Person } from '../../src/domain/organisasjon';
import { type Personkatalog, organisasjonensKatalog } from '../../src/app/org/personsok';

export function katalogMed(org: Organisasjon, nye: readonly Person[]): Personkatalog {
  const lokal = organisasjonensKatalog(org);
  return {
    sok: (tekst, maks) => lokal.sok(tekst, maks),
    get: async (oid) => (await lokal.get(oid)) ?? nye.find((p) => p.oid === oid),
  };
}
