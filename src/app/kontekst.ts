/** What every use case gets: the store, the organisation, a clock, an id source, and the start of delivery. */
import type { Organisasjon, Oid } from '../domain/organisasjon';
import type { OrgRegister } from '../org/register';
import type { Store } from '../store/port';
import type { Logger } from '../logging';
import type { Skrevet } from '../outbox/runner';
import { PersonvalgRepo } from '../store/personvalgRepo';

export interface AppKontekst {
  store: Store;
  /** The organisation as now (the register's, read from the store); a use case reads it once per call. */
  readonly org: Organisasjon;
  /** Re-read after a use case changed the organisation. */
  register: OrgRegister;
  naa: () => Date;
  nyId: () => string;
  log: Logger;
  /**
   * Starts delivering what a use case just queued (the outbox), without waiting for it. The app
   * owns its side effects: a use case that queued something calls this, never a driver. Given the
   * item it wrote, delivery starts on that item at once, with no query to find it.
   */
  startLevering: (skrevet?: Skrevet) => void;
  /** Each person's own choices (their language), read through a short cache. */
  personvalg: PersonvalgRepo;
}

/** The person acting: identified by Entra object id within the organisation's tenant. */
export interface Aktor {
  oid: Oid;
  tenantId: string;
  /**
   * The display name Teams or the sign-in gives (bot: activity.from.name; tab: the token's `name`).
   * Only used to name a reporter the organisation does not know; never for authorization.
   */
  navn?: string;
}

/**
 * The one way to make a context: `org` always reads the register's current organisation. Without
 * `startLevering` (a command-line job, a use-case test) queued work waits for the next dispatcher pass.
 */
export function lagKontekst(
  d: Omit<AppKontekst, 'org' | 'startLevering' | 'personvalg'> & { startLevering?: (skrevet?: Skrevet) => void; personvalg?: PersonvalgRepo },
): AppKontekst {
  return {
    startLevering: () => undefined,
    personvalg: new PersonvalgRepo(d.store),
    ...d,
    get org() {
      return d.register.org;
    },
  };
}
