/**
 * The organisation the running app routes and authorizes by: read from the store at start-up and
 * read again after every change (admin, rektor, sync) and on the sync's timer, so that several
 * instances converge. Routing and authorization read it synchronously from memory.
 */
import type { Organisasjon } from '../domain/organisasjon';
import { OppstartFeil } from '../oppstartFeil';
import type { Store } from '../store/port';
import { importerOrganisasjon, lesOrganisasjon } from './importer';

export class OrganisasjonMangler extends OppstartFeil {
  constructor() {
    super('Organisasjonen er ikke satt opp i lageret: importer en organisasjonsfil med «npm run org:import -- <fil>» (se docs/organisasjon.md)');
  }
}

export class OrgRegister {
  private constructor(
    private readonly store: Store,
    private gjeldende: Organisasjon,
  ) {}

  /**
   * The register on what the store holds. A store without an organisation is seeded from `frø`
   * when given (the demo or local organisation file); without one, that is a start-up error.
   */
  static async aapne(store: Store, opts: { frø?: () => Organisasjon; naa: Date }): Promise<{ register: OrgRegister; importert: boolean }> {
    let org = await lesOrganisasjon(store);
    let importert = false;
    if (!org && opts.frø) {
      await importerOrganisasjon(store, opts.frø(), opts.naa);
      org = await lesOrganisasjon(store);
      importert = true;
    }
    if (!org) throw new OrganisasjonMangler();
    return { register: new OrgRegister(store, org), importert };
  }

  get org(): Organisasjon {
    return this.gjeldende;
  }

  /** Reads the organisation again from the store (after a change here or in another instance). */
  async last(): Promise<Organisasjon> {
    const org = await lesOrganisasjon(this.store);
    if (org) this.gjeldende = org;
    return this.gjeldende;
  }
}
