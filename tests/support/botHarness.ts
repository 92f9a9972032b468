/**
 * Starts the whole app the way production does — store, organisation, bot, outbox — behind a real
 * HTTP server, with the connector stand-in as every person's serviceUrl, and plays Teams users who
 * install the app, write in the chat and click cards. The ONE place tests start the app.
 *
 * Composed from src/compose.ts's createApp (demo organisation, SQLite in a temp folder or the store
 * HarnessValg.store names, the stand-in as default serviceUrl). Every card the bot answers with or sends is kept and checked in stopp().
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AppKontekst } from '../../src/app/kontekst';
import { createApp, type App } from '../../src/compose';
import { lesKonfig } from '../../src/config';
import { testLogger } from './loggvakt';
import type { DispatchCounts } from '../../src/outbox/dispatcher';
import { lesingerSkrevet } from '../../src/app/lesLogg';
import { getSak } from '../../src/store/sakRepo';
import { DEMO, DEMO_ORG_FIL, demoOrg } from './appKontekst';
import type { TestStore } from './bothStores';
import { cardProblems } from './cardValidation';
import { ConnectorStandIn, startConnector, type Opptak, type TeamsBruker } from './connector';

export const BOT_ID = '28:skolemiljo-bot';
export const START_TID = '2026-11-23T09:00:00Z';

/** Everyone in the demo organisation as a Teams user (29:<oid>). */
export function demoBrukere(): TeamsBruker[] {
  const org = demoOrg();
  // The schools' pupils have Teams too (issue 25).
  const alle = [...org.kommune.kommunalsjefer, ...org.kommune.administratorer, ...org.skoler.flatMap((s) => [...s.ansatte, ...(s.elever ?? [])])];
  const unike = new Map(alle.map((p) => [p.oid, { oid: p.oid, teamsId: `29:${p.oid}`, navn: p.navn }]));
  // Someone with a Teams account who is not in the organisation file.
  unike.set(DEMO.ukjent, { oid: DEMO.ukjent, teamsId: `29:${DEMO.ukjent}`, navn: 'Ukjent Person' });
  return [...unike.values()];
}

export interface InvokeSvar {
  status: number;
  type?: string;
  kort: Record<string, unknown>;
}

export interface HarnessValg {
  /** Reuse a data folder (a restart); default a new temp folder, removed in stopp(). */
  dataDir?: string;
  connector?: ConnectorStandIn;
  /** Collects every log line (debug and up) here; default: no logging. */
  logg?: string[];
  /** More environment variables for the app (e.g. JOBS_SECRET). */
  miljo?: Record<string, string>;
  /**
   * The store to run on, from BOTH_STORES (SharePoint through the Graph stand-in, or SQLite), opened
   * fresh and seeded with the demo organisation; default SQLite in the data folder. Not with dataDir.
   */
  store?: TestStore;
}

export class BotHarness {
  /** Invoke responses, for validation. */
  readonly svarKort: { verb: string; kort: Record<string, unknown> }[] = [];
  /** How many times the outbox dispatcher has run (a pass, or the delivery of a kicked item). */
  utboksKjoringer = 0;

  private constructor(
    readonly app: App,
    readonly url: string,
    readonly connector: ConnectorStandIn,
    readonly dataDir: string,
    /** The app's clock (AppKontekst.naa and the dispatcher's now). */
    private readonly klokke: { naa: Date },
    private readonly egenMappe: boolean,
    private readonly egenConnector: boolean,
    /** Removes the store opened from HarnessValg.store (the stand-in, the temp folder). */
    private readonly ryddStore?: () => Promise<void>,
  ) {}

  static async start(valg: HarnessValg = {}): Promise<BotHarness> {
    const connector = valg.connector ?? (await startConnector(demoBrukere()));
    const dataDir = valg.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-bot-'));
    const k = lesKonfig({ DATA_DIR: dataDir, ORG_FILE: DEMO_ORG_FIL, BOT_SERVICE_URL: `${connector.url}/`, OUTBOX_INTERVAL_MS: '3600000', SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'silent', ...valg.miljo });
    if (!k.ok) throw new Error(k.feil.join('\n'));
    const logg = valg.logg;
    const log = testLogger('app', logg && ((linje) => void logg.push(linje)));
    const klokke = { naa: new Date(START_TID) };
    if (valg.store && valg.dataDir) throw new Error('store og dataDir kan ikke brukes sammen');
    const aapnet = valg.store && (await valg.store.aapne());
    // A store the app did not open from the configuration is seeded from the organisation given, as a production SharePoint store is by org:import.
    const app = await createApp(k.konfig, { log, naa: () => klokke.naa, ...(aapnet ? { store: aapnet.store, org: demoOrg() } : {}) });
    const url = await app.listen(0, '127.0.0.1');
    const h = new BotHarness(app, url, connector, dataDir, klokke, valg.dataDir === undefined, valg.connector === undefined, aapnet?.rydd);
    const runOnce = app.dispatcher.runOnce.bind(app.dispatcher);
    app.dispatcher.runOnce = async (o) => {
      h.utboksKjoringer++;
      return runOnce(o);
    };
    const deliverItem = app.dispatcher.deliverItem.bind(app.dispatcher);
    app.dispatcher.deliverItem = async (list, item) => {
      h.utboksKjoringer++;
      return deliverItem(list, item);
    };
    await app.outbox.idle();
    return h;
  }

  get ktx(): AppKontekst {
    return this.app.ktx;
  }

  naa(): Date {
    return this.klokke.naa;
  }

  settTid(iso: string): void {
    this.klokke.naa = new Date(iso);
  }

  /** Waits until the outbox run(s) a use case kicked off are finished. */
  async outboxFerdig(): Promise<void> {
    await this.app.outbox.idle();
  }

  /** Runs the dispatcher until it has nothing left that is due (what the outbox timer would do over a few ticks). */
  async leverAlt(): Promise<void> {
    await this.app.outbox.idle();
    for (let i = 0; i < 20; i++) {
      const r = await this.app.dispatcher.runOnce();
      if (r.delivered + r.projected + r.retried === 0) return;
    }
    throw new Error('utboksen ble ikke tom etter 20 kjøringer');
  }

  /** One more dispatcher run now (e.g. after moving the clock past a Retry-After). */
  async kjorOutbox(): Promise<DispatchCounts> {
    await this.app.outbox.idle();
    return this.app.dispatcher.runOnce();
  }

  bruker(oid: string, valg: { conversationId?: string; locale?: string } = {}): TeamsKlient {
    return new TeamsKlient(this, oid, valg);
  }

  /** Ids of every stored case. */
  async sakIder(): Promise<string[]> {
    const ider: string[] = [];
    for await (const item of this.app.store.query<{ value: { id: string } }>('saker', { where: [{ column: 'Opprettet', op: 'ge', value: '2000-01-01T00:00:00.000Z' }] })) ider.push(item.data.value.id);
    return ider;
  }

  async sak(sakId: string) {
    const stored = await getSak(this.app.store, sakId);
    if (!stored) throw new Error(`sak ${sakId} finnes ikke`);
    return stored;
  }

  /** Every entry in the audit log about one case (the log refers to the store's item), reads just answered included. */
  async auditEntry(sakId: string): Promise<{ actor: string; action: string; detail?: string }[]> {
    await lesingerSkrevet(this.app.store);
    const ut: { actor: string; action: string; detail?: string }[] = [];
    const elementId = (await this.sak(sakId)).itemId;
    for await (const item of this.app.store.query<{ actor: string; action: string; detail?: string }>('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: elementId }] })) ut.push(item.data);
    return ut;
  }

  /** Problems with any card the bot sent or answered with so far. */
  invalidCards(): string[] {
    const alle = [...this.svarKort.map((s) => ({ hva: `svar på ${s.verb}`, kort: s.kort })), ...this.connector.allCards().map((k) => ({ hva: `${k.opptak.kall} #${k.opptak.nr}`, kort: k.kort }))];
    return alle.flatMap(({ hva, kort: card }) => cardProblems(card).map((p) => `${hva}: ${p}`));
  }

  /** Stops the app (a "crash" when beholdData: the data folder stays for a restart). */
  async stopp(valg: { beholdData?: boolean } = {}): Promise<void> {
    await this.app.close();
    await this.ryddStore?.();
    if (this.egenConnector && !valg.beholdData) await this.connector.lukk();
    if (this.egenMappe && !valg.beholdData) fs.rmSync(this.dataDir, { recursive: true, force: true });
    const ugyldige = this.invalidCards();
    if (ugyldige.length > 0) throw new Error(`Boten sendte ugyldige kort:\n  ${ugyldige.join('\n  ')}`);
  }

  async post(aktivitet: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(aktivitet) });
    const tekst = await res.text();
    return { status: res.status, body: tekst ? (JSON.parse(tekst) as unknown) : undefined };
  }
}

/** A person in Teams with the app installed in personal scope. */
export class TeamsKlient {
  readonly teamsId: string;
  readonly conversationId: string;
  /** Teams' locale on every activity (the client's language); nb-NO unless given. */
  readonly locale: string;
  /** The id of the last card the bot posted in this chat (what an invoke's replyToId points at). */
  sisteKortId: string | undefined;

  constructor(
    private readonly h: BotHarness,
    readonly oid: string,
    valg: { teamsId?: string; conversationId?: string; locale?: string } = {},
  ) {
    this.teamsId = valg.teamsId ?? `29:${oid}`;
    this.locale = valg.locale ?? 'nb-NO';
    this.conversationId = valg.conversationId ?? `a:personlig-${oid}`;
    h.connector.kjentSamtale(this.conversationId, oid);
  }

  aktivitet(type: string, ekstra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      type,
      id: randomUUID(),
      timestamp: this.h.naa().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.h.connector.url,
      from: { id: this.teamsId, name: '', aadObjectId: this.oid },
      recipient: { id: BOT_ID, name: 'Skolemiljø' },
      conversation: { id: this.conversationId, conversationType: 'personal', tenantId: DEMO.tenantId },
      channelData: { tenant: { id: DEMO.tenantId } },
      locale: this.locale,
      ...ekstra,
    };
  }

  /** Installs the app (Teams sends installationUpdate); returns what the bot posted. */
  async installer(): Promise<Opptak[]> {
    return this.send(this.aktivitet('installationUpdate', { action: 'add' }));
  }

  /** The bot added to the 1:1 chat (conversationUpdate), as Teams sends next to installationUpdate. */
  async leggTilBot(): Promise<Opptak[]> {
    return this.send(this.aktivitet('conversationUpdate', { membersAdded: [{ id: BOT_ID }] }));
  }

  async skriv(tekst: string): Promise<Opptak[]> {
    return this.send(this.aktivitet('message', { text: tekst, textFormat: 'plain' }));
  }

  /** Clicks an Action.Execute (or Teams refreshes a card): returns the card the bot answered with. */
  async klikk(verb: string, data: Record<string, unknown>, valg: { kortId?: string; aktivitet?: Record<string, unknown> } = {}): Promise<InvokeSvar> {
    const invoke = this.aktivitet('invoke', {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      ...((valg.kortId ?? this.sisteKortId) ? { replyToId: valg.kortId ?? this.sisteKortId } : {}),
      ...valg.aktivitet,
    });
    const { status, body } = await this.h.post(invoke);
    const svar = body as { statusCode?: number; type?: string; value?: Record<string, unknown> } | undefined;
    if (status !== 200 || !svar?.value) throw new Error(`invoke ${verb} ga HTTP ${status}: ${JSON.stringify(body)}`);
    this.h.svarKort.push({ verb, kort: svar.value });
    return { status, type: svar.type, kort: svar.value };
  }

  /** Clicks a button that is on `kort` (its verb and data, plus any inputs the person filled in). */
  async klikkKnapp(card: Record<string, unknown>, verb: string, input: Record<string, string> = {}): Promise<InvokeSvar> {
    const knapp = finnHandling(card, verb);
    if (!knapp) throw new Error(`kortet har ingen knapp med verb ${verb}`);
    return this.klikk(verb, { ...(knapp.data as Record<string, unknown>), ...input });
  }

  private async send(aktivitet: Record<string, unknown>): Promise<Opptak[]> {
    const for_ = this.h.connector.opptak.length;
    const { status } = await this.h.post(aktivitet);
    if (status >= 300) throw new Error(`${String(aktivitet.type)} ga HTTP ${status}`);
    const nye = this.h.connector.opptak.slice(for_).filter((o) => o.samtaleId === this.conversationId);
    const lastCard = [...nye].reverse().find((o) => o.kort && o.aktivitetId);
    if (lastCard) this.sisteKortId = lastCard.aktivitetId;
    return nye;
  }
}

/** The Action.Execute with this verb anywhere on a card. */
export function finnHandling(card: unknown, verb: string): Record<string, unknown> | undefined {
  if (Array.isArray(card)) {
    for (const k of card) {
      const f = finnHandling(k, verb);
      if (f) return f;
    }
  } else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (o.type === 'Action.Execute' && o.verb === verb && o !== (card as { refresh?: unknown }).refresh) return o;
    for (const [nokkel, v] of Object.entries(o)) {
      if (nokkel === 'refresh') continue;
      const f = finnHandling(v, verb);
      if (f) return f;
    }
  }
  return undefined;
}

/** Every verb a person can press on a card (not the refresh). */
export function knapper(card: unknown): string[] {
  const ut: string[] = [];
  const gaa = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(gaa);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute' && typeof o.verb === 'string') ut.push(o.verb);
      for (const [k, v] of Object.entries(o)) if (k !== 'refresh') gaa(v);
    }
  };
  gaa(card);
  return ut;
}

/** All text a person reads on a card (TextBlocks, TextRuns, inputs' values and labels, choices). */
export function cardText(card: unknown): string {
  const ut: string[] = [];
  const gaa = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(gaa);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      for (const felt of ['text', 'label', 'title', 'value', 'placeholder']) if (typeof o[felt] === 'string') ut.push(o[felt] as string);
      for (const [k, v] of Object.entries(o)) if (k !== 'data' && k !== 'refresh') gaa(v);
    }
  };
  gaa(card);
  return ut.join('\n');
}

/** Every input on a card, however deep (in columns, containers or a folded section). */
export function cardInputs(card: unknown): Record<string, unknown>[] {
  const ut: Record<string, unknown>[] = [];
  const gaa = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(gaa);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (String(o.type).startsWith('Input.')) ut.push(o);
      for (const [k, v] of Object.entries(o)) if (k !== 'data' && k !== 'refresh') gaa(v);
    }
  };
  gaa(card);
  return ut;
}
