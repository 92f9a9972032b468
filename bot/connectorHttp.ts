/**
 * The HTTP transport under botbuilder's connector client, with the two bounds the SDK lacks.
 *
 * botbuilder 4.23 sends through @azure/core-client, whose default retry policy retries a 429 up to
 * 3 times, each time waiting whatever Retry-After says (no upper limit), and a 5xx/408 or a dropped
 * connection up to 3 times with exponential backoff (1 s doubling, at most 64 s). There is no request
 * timeout. The connector options offer no way to change that policy — only the transport — so:
 * - each request is aborted after `tidsavbruddMs`;
 * - a 429 whose Retry-After is longer than `maksVentMs` is handed back at once, with the wait moved to
 *   UTSATT_HEADER, so the SDK does not sleep on it: the outbox stores the entry with notBefore instead
 *   and the dispatcher moves on. Shorter waits are left to the SDK (at most 3 × maksVentMs).
 * Worst case per call: 4 attempts × tidsavbruddMs + the SDK's waits, bounded.
 *
 * Plain fetch (Node's undici) instead of the SDK's transport: no HTTP proxy support, which a bot
 * in Azure does not need.
 */
import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { retryAfterMs } from '../src/protocol/retryAfter';

type ConnectorKlientValg = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;
type HttpKlient = NonNullable<ConnectorKlientValg['httpClient']>;
type Foresporsel = Parameters<HttpKlient['sendRequest']>[0];
type Svar = Awaited<ReturnType<HttpKlient['sendRequest']>>;

/** Where a Retry-After too long to wait for in the call is put; read by connectorFeil.ts. */
export const UTSATT_HEADER = 'x-skolemiljo-retry-after-ms';

const RETRY_HEADERE = ['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms'];
/** Errors the SDK's retry treats as transient (it reads `code`); fetch hides them in `cause`. */
const FORBIGAENDE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);

export interface HttpGrenser {
  tidsavbruddMs?: number;
  maksVentMs?: number;
}

/** How long a 429's headers ask to wait, in ms (Retry-After in seconds or as a date; the -ms variants). */
export function ventetid(hent: (navn: string) => string | null | undefined, naa = Date.now()): number | undefined {
  for (const navn of [UTSATT_HEADER, 'retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(hent(navn));
    if (hent(navn) && Number.isFinite(ms)) return Math.max(0, ms);
  }
  return retryAfterMs(hent('retry-after'), naa);
}

export function begrensetHttpKlient(grenser: HttpGrenser = {}): HttpKlient {
  const tidsavbruddMs = grenser.tidsavbruddMs ?? 10_000;
  const maksVentMs = grenser.maksVentMs ?? 5_000;
  return {
    async sendRequest(req: Foresporsel): Promise<Svar> {
      const signaler = [AbortSignal.timeout(tidsavbruddMs), ...(req.abortSignal ? [req.abortSignal as AbortSignal] : [])];
      let res: Response;
      try {
        res = await fetch(req.url, { method: req.method, headers: req.headers.rawHeaders(), body: req.body as string | undefined, signal: AbortSignal.any(signaler) });
      } catch (e) {
        throw medKode(e);
      }
      const headere: Record<string, string> = {};
      res.headers.forEach((verdi, navn) => (headere[navn] = verdi));
      const vent = ventetid((n) => headere[n]);
      if (res.status === 429 && vent !== undefined && vent > maksVentMs) {
        for (const navn of RETRY_HEADERE) delete headere[navn];
        headere[UTSATT_HEADER] = String(vent);
      }
      const bodyAsText = await res.text();
      return { request: req, status: res.status, headers: new EnkleHeadere(headere), bodyAsText } as unknown as Svar;
    },
  };
}

function medKode(e: unknown): Error {
  const feil = e instanceof Error ? e : new Error(String(e));
  const kode = (feil.cause as { code?: string } | undefined)?.code;
  if (kode && FORBIGAENDE.has(kode)) Object.assign(feil, { code: kode });
  return feil;
}

/** The subset of @azure/core-http-compat's HttpHeadersLike the pipeline reads. */
class EnkleHeadere {
  constructor(private readonly h: Record<string, string>) {}
  get(navn: string): string | undefined {
    return this.h[navn.toLowerCase()];
  }
  set(navn: string, verdi: string | number): void {
    this.h[navn.toLowerCase()] = String(verdi);
  }
  contains(navn: string): boolean {
    return navn.toLowerCase() in this.h;
  }
  remove(navn: string): boolean {
    const fantes = this.contains(navn);
    delete this.h[navn.toLowerCase()];
    return fantes;
  }
  rawHeaders(): Record<string, string> {
    return { ...this.h };
  }
  headersArray(): { name: string; value: string }[] {
    return Object.entries(this.h).map(([name, value]) => ({ name, value }));
  }
  headerNames(): string[] {
    return Object.keys(this.h);
  }
  headerValues(): string[] {
    return Object.values(this.h);
  }
  clone(): EnkleHeadere {
    return new EnkleHeadere({ ...this.h });
  }
  toJson(): Record<string, string> {
    return { ...this.h };
  }
}
