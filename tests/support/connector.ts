/**
 * A local Bot Framework connector (the service Teams runs behind `serviceUrl`): a real HTTP server on
 * 127.0.0.1 that implements the routes the bot calls, records every call with its card, returns ids,
 * and answers 403/404/429/5xx on demand — per user or for the next call.
 *
 * Routes: POST /v3/conversations (create a 1:1 chat), POST /v3/conversations/:id/activities[/:replyToId],
 * PUT /v3/conversations/:id/activities/:activityId, GET /v3/conversations/:id/members[/:memberId].
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TeamsBruker {
  oid: string;
  /** Teams user id (29:…). */
  teamsId: string;
  navn: string;
}

export type Kall = 'opprett_samtale' | 'melding' | 'oppdatering' | 'medlem';

export interface Opptak {
  nr: number;
  kall: Kall;
  metode: string;
  sti: string;
  status: number;
  samtaleId?: string;
  /** The id the connector gave (POST) or the id updated (PUT). */
  aktivitetId?: string;
  svarPaa?: string;
  /** The person whose 1:1 chat it is. */
  oid?: string;
  aktivitet?: Record<string, unknown>;
  /** The first Adaptive Card attachment's content. */
  kort?: Record<string, unknown>;
}

export interface FeilRegel {
  status: 401 | 403 | 404 | 413 | 429 | 500 | 502;
  /** The connector's error code, e.g. BotNotInConversationRoster. Defaults by status. */
  kode?: string;
  /** Retry-After header value (seconds), for 429. */
  retryAfter?: string;
  /** How many calls get the error; then it is used up. Default: every call until fjernFeil(). */
  ganger?: number;
  /** Which calls the rule applies to. Default: all. */
  kall?: Kall[];
}

const STANDARDKODE: Record<FeilRegel['status'], string> = {
  401: 'Unauthorized',
  413: 'MessageSizeTooBig',
  403: 'BotNotInConversationRoster',
  404: 'ConversationNotFound',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
};

export class ConnectorStandIn {
  readonly opptak: Opptak[] = [];
  private readonly brukere = new Map<string, TeamsBruker>();
  private readonly samtaleEier = new Map<string, string>();
  private readonly reglerPerBruker = new Map<string, FeilRegel[]>();
  private nesteRegler: FeilRegel[] = [];
  private teller = 0;
  private server: http.Server | undefined;
  url = '';

  constructor(brukere: readonly TeamsBruker[]) {
    for (const b of brukere) this.brukere.set(b.oid, b);
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.behandle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async lukk(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }

  /** A 1:1 chat that exists (the person installed the app). */
  kjentSamtale(conversationId: string, oid: string): void {
    this.samtaleEier.set(conversationId, oid);
  }

  feilFor(oid: string, regel: FeilRegel): void {
    this.reglerPerBruker.set(oid, [...(this.reglerPerBruker.get(oid) ?? []), { ...regel }]);
  }

  feilNeste(regel: FeilRegel): void {
    this.nesteRegler.push({ ...regel, ganger: regel.ganger ?? 1 });
  }

  fjernFeil(): void {
    this.reglerPerBruker.clear();
    this.nesteRegler = [];
  }

  nullstill(): void {
    this.opptak.length = 0;
  }

  /** Successful calls concerning this person (their chats, or creating one with them). */
  til(oid: string, kall?: Kall): Opptak[] {
    return this.opptak.filter((o) => o.oid === oid && o.status < 300 && (!kall || o.kall === kall));
  }

  cardsTo(oid: string): Record<string, unknown>[] {
    return this.til(oid)
      .filter((o) => o.kall === 'melding' || o.kall === 'oppdatering')
      .flatMap((o) => (o.kort ? [o.kort] : []));
  }

  /** Every card the bot sent or updated, for validation. */
  allCards(): { opptak: Opptak; kort: Record<string, unknown> }[] {
    return this.opptak.flatMap((o) => (o.kort ? [{ opptak: o, kort: o.kort }] : []));
  }

  private async behandle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const kropp = await lesKropp(req);
    const sti = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const deler = sti.split('/').filter(Boolean); // v3, conversations, id, activities|members, id?
    const metode = req.method ?? 'GET';
    const opptak: Opptak = { nr: ++this.teller, kall: 'melding', metode, sti, status: 200 };

    if (deler[0] !== 'v3' || deler[1] !== 'conversations') return this.svar(res, opptak, 404, { error: { code: 'NotFound', message: 'ukjent rute' } });

    if (metode === 'POST' && deler.length === 2) {
      opptak.kall = 'opprett_samtale';
      const medlem = String((kropp.members as { id?: string }[] | undefined)?.[0]?.id ?? '');
      const bruker = this.finnBruker(medlem);
      opptak.oid = bruker?.oid ?? medlem;
      if (this.feilSvar(res, opptak)) return;
      if (!bruker) return this.svar(res, opptak, 403, { error: { code: 'BotNotInConversationRoster', message: 'ukjent medlem' } });
      const id = `a:ny-${bruker.oid}-${opptak.nr}`;
      this.samtaleEier.set(id, bruker.oid);
      opptak.samtaleId = id;
      return this.svar(res, opptak, 201, { id });
    }

    const samtaleId = deler[2] ?? '';
    opptak.samtaleId = samtaleId;
    opptak.oid = this.samtaleEier.get(samtaleId);

    if (deler[3] === 'members') {
      opptak.kall = 'medlem';
      if (this.feilSvar(res, opptak)) return;
      const eier = opptak.oid ? this.brukere.get(opptak.oid) : undefined;
      if (deler[4] === undefined) return this.svar(res, opptak, 200, eier ? [medlemAv(eier)] : []);
      const bruker = this.finnBruker(deler[4]);
      if (!bruker || bruker !== eier) return this.svar(res, opptak, 404, { error: { code: 'MemberNotFoundInConversation', message: 'ukjent' } });
      return this.svar(res, opptak, 200, medlemAv(bruker));
    }

    if (deler[3] === 'activities') {
      opptak.kall = metode === 'PUT' ? 'oppdatering' : 'melding';
      opptak.aktivitet = kropp;
      opptak.kort = firstCard(kropp);
      if (metode === 'PUT') opptak.aktivitetId = deler[4];
      else opptak.svarPaa = deler[4];
      if (this.feilSvar(res, opptak)) return;
      if (!opptak.oid) return this.svar(res, opptak, 404, { error: { code: 'ConversationNotFound', message: 'ukjent samtale' } });
      if (metode === 'POST') opptak.aktivitetId = `akt-${opptak.nr}`;
      return this.svar(res, opptak, 200, { id: opptak.aktivitetId });
    }
    return this.svar(res, opptak, 404, { error: { code: 'NotFound', message: 'ukjent rute' } });
  }

  private finnBruker(id: string): TeamsBruker | undefined {
    const lav = id.toLowerCase();
    return this.brukere.get(lav) ?? [...this.brukere.values()].find((b) => b.teamsId === id);
  }

  /** Answers with the first matching error rule, if any; uses it up. */
  private feilSvar(res: http.ServerResponse, opptak: Opptak): boolean {
    const regler = [...this.nesteRegler, ...(opptak.oid ? (this.reglerPerBruker.get(opptak.oid) ?? []) : [])];
    const regel = regler.find((r) => (!r.kall || r.kall.includes(opptak.kall)) && (r.ganger === undefined || r.ganger > 0));
    if (!regel) return false;
    if (regel.ganger !== undefined) regel.ganger--;
    this.nesteRegler = this.nesteRegler.filter((r) => r.ganger === undefined || r.ganger > 0);
    const headere: Record<string, string> = regel.retryAfter ? { 'Retry-After': regel.retryAfter } : {};
    this.svar(res, opptak, regel.status, { error: { code: regel.kode ?? STANDARDKODE[regel.status], message: 'simulert feil' } }, headere);
    return true;
  }

  private svar(res: http.ServerResponse, opptak: Opptak, status: number, kropp: unknown, headere: Record<string, string> = {}): void {
    opptak.status = status;
    this.opptak.push(opptak);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headere });
    res.end(JSON.stringify(kropp));
  }
}

function medlemAv(b: TeamsBruker) {
  return { id: b.teamsId, name: b.navn, aadObjectId: b.oid, userRole: 'user', tenantId: '' };
}

function firstCard(aktivitet: Record<string, unknown>): Record<string, unknown> | undefined {
  const vedlegg = aktivitet.attachments as { contentType?: string; content?: Record<string, unknown> }[] | undefined;
  return vedlegg?.find((v) => v.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

async function lesKropp(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const biter: Buffer[] = [];
  for await (const bit of req) biter.push(bit as Buffer);
  const tekst = Buffer.concat(biter).toString('utf8');
  try {
    return tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function startConnector(brukere: readonly TeamsBruker[]): Promise<ConnectorStandIn> {
  return new ConnectorStandIn(brukere).start();
}
