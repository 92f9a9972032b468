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

export class SamtaleRepo {
  private readonly cache = new Map<Oid, Samtale>();

  constructor(private readonly store: Store) {}

  async hent(oid: Oid): Promise<Samtale | undefined> {
    const kjent = this.cache.get(oid) ?? (await this.store.getByKey<Samtale>('samtaler', oid))?.data;
    if (kjent) this.cache.set(oid, kjent);
    return kjent?.borte ? undefined : kjent;
  }

  /** Stores where the person can be reached; true when that is new or changed. */
  async lagre(s: Samtale): Promise<boolean> {
    const kjent = await this.hent(s.oid);
    return this.skriv(s, kjent);
  }

  /** Forgets a conversation the connector says is gone, here and in the store (also after a restart). */
  async glem(oid: Oid): Promise<void> {
    const kjent = await this.hent(oid);
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
    return true;
  }
}
