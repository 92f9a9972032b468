/**
 * Where the bot can reach each person: the Bot Framework conversation reference of their 1:1
 * chat, keyed by Entra object id. Saved on install and on every message; written only when it
 * changed, so a chatty user costs no store writes.
 */
import type { Oid } from '../domain/organisasjon';
import { ConflictError, type Store } from './port';

/** The parts of a botbuilder ConversationReference the app keeps (plain JSON). */
export interface Samtale {
  oid: Oid;
  /** Teams user id (29:…): what refresh.userIds needs. */
  teamsId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string;
  botId: string;
  oppdatert: string;
  /** Teams said this conversation is gone (404): kept as history, never used again. */
  borte?: boolean;
}

/**
 * How long «not stored» is believed: a person without a conversation costs no read on every card
 * to them, and one who opens the chat on another instance is found again within this time (until
 * then a card to them opens the chat anew, which Teams answers with the existing one).
 */
const UKJENT_MS = 10 * 60_000;

export class SamtaleRepo {
  private readonly cache = new Map<Oid, Samtale>();
  private readonly ukjent = new Map<Oid, number>();
  /** Reads under way, so cards to one person sent at once read the store once. */
  private readonly leses = new Map<Oid, Promise<Samtale | undefined>>();

  constructor(
    private readonly store: Store,
    private readonly naa: () => number = Date.now,
  ) {}

  async get(oid: Oid): Promise<Samtale | undefined> {
    const kjent = this.cache.get(oid) ?? (await this.les(oid));
    return kjent?.borte ? undefined : kjent;
  }

  private async les(oid: Oid): Promise<Samtale | undefined> {
    const sett = this.ukjent.get(oid);
    if (sett !== undefined && this.naa() - sett < UKJENT_MS) return undefined;
    const under = this.leses.get(oid);
    if (under) return under;
    const lesing = (async () => {
      const funnet = (await this.store.getByKey<Samtale>('samtaler', oid))?.data;
      if (funnet) this.cache.set(oid, funnet);
      else this.ukjent.set(oid, this.naa());
      return funnet;
    })().finally(() => this.leses.delete(oid));
    this.leses.set(oid, lesing);
    return lesing;
  }

  /** Stores where the person can be reached; true when that is new or changed. */
  async save(s: Samtale): Promise<boolean> {
    const kjent = await this.get(s.oid);
    return this.skriv(s, kjent);
  }

  /** Forgets a conversation the connector says is gone, here and in the store (also after a restart). */
  async glem(oid: Oid): Promise<void> {
    const kjent = await this.get(oid);
    if (kjent) await this.skriv({ ...kjent, borte: true }, undefined);
  }

  private async skriv(s: Samtale, kjent: Samtale | undefined): Promise<boolean> {
    if (kjent && kjent.conversationId === s.conversationId && kjent.serviceUrl === s.serviceUrl && kjent.teamsId === s.teamsId) return false;
    for (let forsok = 0; forsok < 3; forsok++) {
      const { item, created } = await this.store.create<Samtale>('samtaler', { key: s.oid, columns: { Oid: s.oid }, data: s });
      if (created) break;
      try {
        await this.store.update('samtaler', { id: item.id, version: item.version, columns: { Oid: s.oid }, data: s });
        break;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    this.cache.set(s.oid, s);
    this.ukjent.delete(s.oid);
    return true;
  }
}
