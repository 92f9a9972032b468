/** What every use case gets: the store, the organisation, a clock and an id source. */
import type { Organisasjon, Oid } from '../domain/organisasjon';
import type { OrgRegister } from '../org/register';
import type { Store } from '../store/port';
import type { Logger } from '../logging';

export interface AppKontekst {
  store: Store;
  /** The organisation as now (the register's, read from the store); a use case reads it once per call. */
  readonly org: Organisasjon;
  /** Re-read after a use case changed the organisation. */
  register: OrgRegister;
  naa: () => Date;
  nyId: () => string;
  log: Logger;
}

/** The person acting: identified by Entra object id within the organisation's tenant. */
export interface Aktor {
  oid: Oid;
  tenantId: string;
}

/** The one way to make a context: `org` always reads the register's current organisation. */
export function lagKontekst(d: Omit<AppKontekst, 'org'>): AppKontekst {
  return {
    ...d,
    get org() {
      return d.register.org;
    },
  };
}
