/**
 * POSTs sent together as one Graph `$batch` (at most 20), built and read with the SDK's
 * BatchRequestContent/BatchResponseContent. The outer request goes through the Gateway, so the
 * RetryHandler and our network retries cover it; but every sub-request has its own status and
 * nothing in the SDK retries a throttled one, so that is done here: only the sub-requests
 * answered 429/503/504 go out again, after the largest Retry-After among them, a bounded number
 * of times. What a sub-request finally answered is handed back; the caller decides what it means.
 *
 * The wait is capped (MAX_RETRY_AFTER_MS): a Retry-After beyond it gives the batch up with
 * StoreUnavailableError instead of sleeping, since the caller (the single outbox runner, or a use
 * case someone is waiting on) would be stalled for as long as the header says.
 */
import { BatchRequestContent, BatchResponseContent, type BatchRequestBody, type BatchResponseBody } from '@microsoft/microsoft-graph-client';
import { StoreUnavailableError } from '../port';
import { GraphFailure, type Gateway } from './gateway';
import { retryAfterMs } from '../../protocol/retryAfter';

export const MAX_BATCH = 20;
const THROTTLED = new Set([429, 503, 504]);
/**
 * Graph asks for seconds to tens of seconds; a minute covers that. A longer wait (SharePoint may
 * ask for minutes; a buggy or hostile answer for a day) is better spent by the caller retrying
 * later: the outbox runner's next tick, which keeps the audit entries on their item meanwhile.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

export interface BatchPost {
  /** Unique within the batch. */
  id: string;
  /** POST unless said (a backfill PATCHes fields with If-Match). */
  method?: 'POST' | 'PATCH';
  headers?: Record<string, string>;
  /** Absolute, below the Graph base URL. */
  url: string;
  body: unknown;
}

export interface SubAnswer {
  status: number;
  body: unknown;
  /** An earlier attempt may have been applied (the outer request went out more than once). */
  repeated: boolean;
}

export class BatchSender {
  constructor(
    private readonly gateway: Gateway,
    private readonly graphBaseUrl: string,
    private readonly retry: { maxRetries: number; delayMs: number },
  ) {}

  /** Sends up to MAX_BATCH POSTs (or PATCHes) in one $batch (the happy path's only round trip) and returns each one's last answer by id. */
  async post(posts: BatchPost[]): Promise<Map<string, SubAnswer>> {
    if (posts.length > MAX_BATCH) throw new Error(`A Graph $batch holds at most ${MAX_BATCH} requests, got ${posts.length}`);
    const answers = new Map<string, SubAnswer>();
    const mayHaveLanded = new Set<string>();
    let pending = posts;
    for (let round = 0; pending.length > 0; round++) {
      const { body, repeated } = await this.gateway.send<BatchResponseBody>({ method: 'POST', url: `${this.graphBaseUrl}/$batch`, body: await this.content(pending) });
      if (repeated) for (const p of pending) mayHaveLanded.add(p.id);
      const responses = new BatchResponseContent(body);
      const throttled: BatchPost[] = [];
      let waitMs: number | undefined;
      for (const p of pending) {
        const res = responses.getResponseById(p.id) as Response | undefined;
        // No answer for it: unknown whether it ran, so a server failure (the caller's retry settles it by key).
        const body = res ? await res.json().catch(() => undefined) : { error: { code: 'missingResponse', message: `$batch gave no answer for request ${p.id}` } };
        answers.set(p.id, { status: res?.status ?? 502, body, repeated: mayHaveLanded.has(p.id) });
        if (!res || !THROTTLED.has(res.status)) continue;
        throttled.push(p);
        const after = retryAfterMs(res.headers.get('Retry-After'));
        if (after !== undefined) waitMs = Math.max(waitMs ?? 0, after);
      }
      if (throttled.length === 0 || round >= this.retry.maxRetries) break;
      if (waitMs !== undefined && waitMs > MAX_RETRY_AFTER_MS) {
        throw new StoreUnavailableError(`Microsoft Graph ba om å vente ${Math.ceil(waitMs / 1000)} s i $batch (høyst ${MAX_RETRY_AFTER_MS / 1000} s); prøv igjen senere`);
      }
      // Without a Retry-After, back off as the Gateway does for dropped connections.
      await new Promise((resolve) => setTimeout(resolve, waitMs ?? this.retry.delayMs * 2 ** round));
      pending = throttled;
    }
    return answers;
  }

  private async content(posts: BatchPost[]): Promise<BatchRequestBody> {
    const content = await new BatchRequestContent(
      posts.map((p) => ({
        id: p.id,
        request: new Request(p.url, { method: p.method ?? 'POST', headers: { 'Content-Type': 'application/json', ...p.headers }, body: JSON.stringify(p.body) }),
      })),
    ).getContent();
    // graph-client 3.0.7 strips only scheme and host, leaving '/v1.0/sites/…'; Graph wants the URL
    // relative to the version ('/sites/…') and answers the other form 400.
    const byId = new Map(posts.map((p) => [p.id, p.url]));
    for (const r of content.requests) r.url = (byId.get(r.id) as string).slice(this.graphBaseUrl.length);
    return content;
  }
}

/** A sub-request's failure as the Gateway reports a failed request. */
export function failureOf(answer: SubAnswer): GraphFailure {
  const error = (answer.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return new GraphFailure(answer.status, error?.code ?? '', error?.message ?? `status ${answer.status} in $batch`, answer.repeated);
}
