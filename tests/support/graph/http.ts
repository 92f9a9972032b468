/**
 * The stand-in's internal request/response shapes and Graph's error body. Routes are plain
 * functions from a request to a response so that $batch can run them without HTTP.
 */
import { randomUUID } from 'node:crypto';

export interface StandInRequest {
  method: string;
  /** Path below /v1.0, e.g. /sites/{id}/lists. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
  /** Origin used to build absolute links (@odata.nextLink). */
  origin: string;
}

export interface StandInResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A failure with Graph's error shape: `{ error: { code, message, innerError } }`. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toResponse(): StandInResponse {
    return errorResponse(this.status, this.code, this.message, this.headers);
  }
}

export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): StandInResponse {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'request-id': requestId, ...headers },
    body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': requestId, 'client-request-id': requestId } } },
  };
}

export const badRequest = (message: string): GraphHttpError => new GraphHttpError(400, 'invalidRequest', message);
export const notFound = (message = 'The resource could not be found.'): GraphHttpError => new GraphHttpError(404, 'itemNotFound', message);
