/** What every use case gets: the store, the organisation, a clock, an id source, and the start of delivery. */
import type { Organisasjon, Oid } from '../domain/organisasjon';
import type { Store } from '../store/port';
import type { Logger } from '../logging';

export interface AppKontekst {
  store: Store;
  org: Organisasjon;
  naa: () => Date;
  nyId: () => string;
  log: Logger;
  /**
   * Starts delivering what a use case just queued (the outbox), without waiting for it. The app
   * owns its side effects: a use case that queued something calls this, never a driver.
   */
  startLevering: () => void;
}

/** The person acting: identified by Entra object id within the organisation's tenant. */
export interface Aktor {
  oid: Oid;
  tenantId: string;
}
