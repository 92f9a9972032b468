/** What every use case gets: the store, the organisation, a clock and an id source. */
import type { Organisasjon, Oid } from '../domain/organisasjon';
import type { Store } from '../store/port';
import type { Logger } from '../logging';

export interface AppKontekst {
  store: Store;
  org: Organisasjon;
  naa: () => Date;
  nyId: () => string;
  log: Logger;
}

/** The person acting: identified by Entra object id within the organisation's tenant. */
export interface Aktor {
  oid: Oid;
  tenantId: string;
}
