/**
 * One Graph call with what the SDK's RetryHandler does not cover: a dropped connection or a
 * timeout throws instead of answering, so it is retried here (a few times, backing off). A write
 * repeated this way, or by the RetryHandler, may already have landed; the answer says so
 * (`repeated`) and the caller settles it idempotently (unique key, or comparing what is stored).
 */
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { StoreUnavailableError } from '../port';
import { AttemptCounter } from './graphClient';

export interface GraphCall {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GraphAnswer<T> {
  body: T;
  /** The request went out more than once, so a write may have been applied before this answer. */
  repeated: boolean;
}

/** Graph answered with an error status. */
export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly repeated: boolean,
  ) {
    super(message);
  }
}

/** fetch's failures as graph-client reports them: no HTTP status, or a body that never arrived. */
function isNetworkError(err: GraphError): boolean {
  return err.statusCode === -1 || err.code === 'TypeError' || err.code === 'TimeoutError' || err.code === 'AbortError';
}

function messageOf(err: GraphError): string {
  return err.message || String(err.body ?? err.code ?? 'unknown error');
}

export class Gateway {
  constructor(
    private readonly client: Client,
    private readonly retry: { maxRetries: number; delayMs: number },
  ) {}

  async send<T>(call: GraphCall): Promise<GraphAnswer<T>> {
    let attempts = 0;
    const body = await this.retrying(
      async () => {
        const counter = new AttemptCounter();
        try {
          let request = this.client.api(call.url).middlewareOptions([counter]);
          if (call.headers) request = request.headers(call.headers);
          return (call.method === 'GET' ? await request.get() : call.method === 'POST' ? await request.post(call.body) : await request.patch(call.body)) as T;
        } finally {
          attempts += counter.attempts;
        }
      },
      call.method,
      call.url,
      () => attempts > 1,
    );
    return { body, repeated: attempts > 1 };
  }

  /**
   * Runs a Graph call, again after a network failure (up to maxRetries, backing off); other
   * failures become GraphFailure (an HTTP status) or StoreUnavailableError (no token, no answer).
   */
  async retrying<T>(call: () => Promise<T>, method: string, url: string, repeated: () => boolean = () => false): Promise<T> {
    for (let round = 0; ; round++) {
      try {
        return await call();
      } catch (err) {
        if (!(err instanceof GraphError)) throw err;
        if (err.code === 'TokenAcquisitionError') throw new StoreUnavailableError(messageOf(err), { cause: err });
        if (!isNetworkError(err)) throw new GraphFailure(err.statusCode, err.code ?? '', messageOf(err), repeated());
        if (round >= this.retry.maxRetries) {
          throw new StoreUnavailableError(`Microsoft Graph svarte ikke på ${method} ${new URL(url).pathname} etter ${round + 1} forsøk: ${messageOf(err)}`, { cause: err });
        }
        await new Promise((resolve) => setTimeout(resolve, this.retry.delayMs * 2 ** round));
      }
    }
  }
}
