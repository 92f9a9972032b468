/**
 * The one way the tab talks to the server: JSON over fetch, with the identity headers set once at
 * start (a Teams token, or the local person chosen in the picker). A problem answer becomes an
 * ApiFeil carrying the server's bokmål message and, for a form, the message per field.
 *
 * Pages do not build paths or pick methods: the area modules beside this one (meg.ts, saker.ts,
 * org.ts, skolear.ts, revisjon.ts, elev.ts) make each call from its route (`les` for a GET,
 * `skriv` for the rest, the method always the route's own).
 */
import { useCallback, useEffect, useState } from 'react';
import { tekster } from '../tekster';
import { sti, type Parametre, type Route, type Sporring } from './sti';

export class ApiFeil extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Field name → message, for a form the server refused. */
    readonly felt: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Hodelinjer = () => Promise<Record<string, string>>;
let identitet: Hodelinjer = async () => ({});

/** Set by the start-up once it knows how this person is identified. */
export function brukIdentitet(hodelinjer: Hodelinjer): void {
  identitet = hodelinjer;
}

/** The identity headers of every call (fil.ts sends them with a download too). */
export const hodelinjer = () => identitet();

async function kall<T>(metode: string, url: string, kropp?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...(await identitet()) };
  if (kropp !== undefined) headers['content-type'] = 'application/json';
  let svar: Response;
  try {
    svar = await fetch(url, { method: metode, headers, ...(kropp !== undefined ? { body: JSON.stringify(kropp) } : {}) });
  } catch {
    throw new ApiFeil(0, tekster.nettverksfeil);
  }
  const tekst = await svar.text();
  const json: unknown = tekst ? safeJson(tekst) : undefined;
  if (!svar.ok) throw problem(svar.status, json);
  return json as T;
}

export function safeJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    return undefined;
  }
}

export function problem(status: number, json: unknown): ApiFeil {
  const p = (json ?? {}) as { title?: unknown; felt?: unknown; ref?: unknown };
  const tittel = typeof p.title === 'string' ? p.title : tekster.ukjentFeil;
  const message = typeof p.ref === 'string' ? `${tittel} ${tekster.feilkode(p.ref)}` : tittel;
  const felt = p.felt && typeof p.felt === 'object' ? (p.felt as Record<string, string>) : {};
  return new ApiFeil(status, message, felt);
}

declare const svar: unique symbol;
/**
 * A read: a GET route's URL (its parameters filled in), typed with what it answers. A string at run
 * time (the first page carries no wrapper); only `les` makes one, so a page cannot pass a path of its own.
 */
export type Les<T> = string & { readonly [svar]: T };

type GetRoute = Route & { readonly metode: 'GET' };
type SkrivRoute = Route & { readonly metode: 'POST' | 'PUT' | 'DELETE' };

/** A read of a GET route: only a GET route fits, so a read is never sent as a change. */
export function les<T, R extends GetRoute = GetRoute>(route: R, parametre: Parametre<R>, sporring?: Sporring): Les<T> {
  return sti(route, parametre, sporring) as Les<T>;
}

/** A change: sent with the route's own method (POST, PUT or DELETE), the body as JSON. */
export function skriv<T, R extends SkrivRoute = SkrivRoute>(route: R, parametre: Parametre<R>, kropp: unknown = {}): Promise<T> {
  return kall<T>(route.metode, sti(route, parametre), kropp);
}

/** A read now (outside a page's useGet: a count, a search, a check before a download). */
export const hent = <T>(lesning: Les<T>) => kall<T>('GET', lesning);

/** Reads started ahead (forhåndshent), each taken once by the page's first useGet of that path. */
const forhaand = new Map<string, { svar: Promise<unknown>; tid: number }>();
const FORHAAND_GYLDIG_MS = 30_000;

/**
 * Starts the first page's read at once, beside «meg», so the first screen needs two API round trips
 * (oppsett, then meg ∥ the page's data), not three or more in a row.
 */
export function prefetch(lesning: Les<unknown>): void {
  const svar = hent(lesning);
  svar.catch(() => undefined); // read (and reported) by the page's useGet
  forhaand.set(lesning, { svar, tid: Date.now() });
}

function getFirstTime<T>(url: string): Promise<T> {
  const tidlig = forhaand.get(url);
  forhaand.delete(url);
  return tidlig && Date.now() - tidlig.tid < FORHAAND_GYLDIG_MS ? (tidlig.svar as Promise<T>) : kall<T>('GET', url);
}

export interface Fetched<T> {
  data?: T;
  feil?: ApiFeil;
  laster: boolean;
  lastPåNytt: () => void;
}

/** Reads when the read's URL changes (none: not yet); `lastPåNytt` reads again (after a change the page made). */
export function useGet<T>(lesning: Les<T> | undefined): Fetched<T> {
  const url: string | undefined = lesning;
  const [tilstand, settTilstand] = useState<{ data?: T; feil?: ApiFeil; laster: boolean }>({ laster: url !== undefined });
  const [runde, settRunde] = useState(0);
  useEffect(() => {
    if (url === undefined) return;
    let gjeldende = true;
    settTilstand((t) => ({ ...t, laster: true }));
    getFirstTime<T>(url).then(
      (data) => gjeldende && settTilstand({ data, laster: false }),
      (feil: unknown) => gjeldende && settTilstand({ feil: somApiFeil(feil), laster: false }),
    );
    return () => {
      gjeldende = false;
    };
  }, [url, runde]);
  const lastPaaNytt = useCallback(() => settRunde((r) => r + 1), []);
  return { ...tilstand, lastPåNytt: lastPaaNytt };
}

export function somApiFeil(feil: unknown): ApiFeil {
  return feil instanceof ApiFeil ? feil : new ApiFeil(0, tekster.ukjentFeil);
}
