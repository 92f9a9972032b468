/**
 * Heartbeats of the running dispatchers, so that a claim left by a dead instance is taken over as
 * soon as the instance is known gone rather than after the claim's lease (2 minutes). Each process
 * writes its beat (instance, run, time) every HJERTESLAG_MS to one item of its own in the
 * `organisasjon` list (Type `instans`: a handful of items) and reads the others' in one query.
 * An instance is gone when its beat is older than DOD_ETTER_MS (three missed beats), or when its
 * beat names another run than the claim (it was restarted: the claiming run is dead).
 * An instance that never wrote a beat (an older version) is left to the lease.
 */
import type { Item, Store } from '../store/port';
import type { Claimant } from '../store/envelope';

export const HJERTESLAG_MS = 15_000;
export const DOD_ETTER_MS = 3 * HJERTESLAG_MS;
const TYPE = 'instans';

interface Slag extends Claimant {
  at: string;
}

export class Hjerteslag {
  private eget: Item<Slag> | undefined;
  private readonly andre = new Map<string, Slag>();
  private dode = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly claimant: Claimant,
    private readonly now: () => Date,
  ) {}

  /** Writes this process's beat and reads the others'; true when an instance is newly known gone. */
  async slag(): Promise<boolean> {
    const data: Slag = { ...this.claimant, at: this.now().toISOString() };
    const columns = { Type: TYPE, SkoleId: null };
    try {
      this.eget = this.eget
        ? await this.store.update('organisasjon', { id: this.eget.id, version: this.eget.version, columns, data })
        : await this.skrivForste(data);
    } catch (e) {
      // A conflict: a restarted run of this instance wrote meanwhile (or our copy is stale); read it next beat.
      this.eget = undefined;
      throw e;
    }
    this.andre.clear();
    for await (const item of this.store.query<Slag>('organisasjon', { where: [{ column: 'Type', op: 'eq', value: TYPE }] })) {
      if (item.data.instance !== this.claimant.instance) this.andre.set(item.data.instance, item.data);
    }
    const dode = new Set([...this.andre.values()].filter((s) => this.utgatt(s)).map((s) => s.instance));
    const nye = [...dode].some((i) => !this.dode.has(i));
    this.dode = dode;
    return nye;
  }

  /** Whether the run that made this claim is known dead (another instance's; our own earlier runs are the dispatcher's to judge). */
  erDod(claim: Claimant): boolean {
    const slag = this.andre.get(claim.instance);
    return !!slag && (slag.run !== claim.run || this.utgatt(slag));
  }

  private utgatt(slag: Slag): boolean {
    return this.now().getTime() - Date.parse(slag.at) > DOD_ETTER_MS;
  }

  private async skrivForste(data: Slag): Promise<Item<Slag>> {
    const key = `${TYPE}:${this.claimant.instance}`;
    const columns = { Type: TYPE, SkoleId: null };
    const { item, created } = await this.store.create<Slag>('organisasjon', { key, columns, data });
    return created ? item : this.store.update('organisasjon', { id: item.id, version: item.version, columns, data });
  }
}
