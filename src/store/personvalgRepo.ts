/**
 * A person's own choices in the app, one item per person keyed by Entra object id: today the
 * language they read (issue 24). Written only when the choice changes; read through a short cache,
 * so the bot and the tab do not read the store on every message (another instance sees a change
 * within `HUSKES_MS`).
 */
import type { Oid } from '../domain/organisasjon';
import { ConflictError, type Store } from './port';

export interface EgneValg {
  oid: Oid;
  /**
   * The language the person chose (a `Sprak` code of src/i18n, checked by the app when read); absent:
   * Teams' locale, then the municipality's målform, decide.
   */
  sprak?: string;
  oppdatert: string;
}

const HUSKES_MS = 60_000;

export class PersonvalgRepo {
  private readonly cache = new Map<Oid, { valg: EgneValg | undefined; lest: number }>();

  constructor(
    private readonly store: Store,
    private readonly naa: () => number = Date.now,
  ) {}

  async get(oid: Oid): Promise<EgneValg | undefined> {
    const kjent = this.cache.get(oid);
    if (kjent && this.naa() - kjent.lest < HUSKES_MS) return kjent.valg;
    const valg = (await this.store.getByKey<EgneValg>('personvalg', oid))?.data;
    this.cache.set(oid, { valg, lest: this.naa() });
    return valg;
  }

  /** Stores the person's language; a double click (or the same choice again) writes nothing new. */
  async settSprak(oid: Oid, sprak: string, tid: string): Promise<EgneValg> {
    const ny: EgneValg = { oid, sprak, oppdatert: tid };
    for (let forsok = 0; forsok < 3; forsok++) {
      const { item, created } = await this.store.create<EgneValg>('personvalg', { key: oid, columns: { Oid: oid }, data: ny });
      if (created) break;
      if (item.data.sprak === sprak) {
        this.cache.set(oid, { valg: item.data, lest: this.naa() });
        return item.data;
      }
      try {
        await this.store.update('personvalg', { id: item.id, version: item.version, columns: { Oid: oid }, data: { ...item.data, ...ny } });
        break;
      } catch (e) {
        if (!(e instanceof ConflictError) || forsok === 2) throw e;
      }
    }
    this.cache.set(oid, { valg: ny, lest: this.naa() });
    return ny;
  }
}
