/**
 * The one way the tab talks to the server: JSON over fetch, with the identity headers set once at
 * start (a Teams token, or the local person chosen in the picker). A problem answer becomes an
 * ApiFeil carrying the server's bokmål message and, for a form, the message per field.
 */
import { useCallback, useEffect, useState } from 'react';
import { tekster } from './tekster';

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

async function kall<T>(metode: string, sti: string, kropp?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...(await identitet()) };
  if (kropp !== undefined) headers['content-type'] = 'application/json';
  let svar: Response;
  try {
    svar = await fetch(sti, { method: metode, headers, ...(kropp !== undefined ? { body: JSON.stringify(kropp) } : {}) });
  } catch {
    throw new ApiFeil(0, tekster.nettverksfeil);
  }
  const tekst = await svar.text();
  const json: unknown = tekst ? safeJson(tekst) : undefined;
  if (!svar.ok) throw problem(svar.status, json);
  return json as T;
}

function safeJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    return undefined;
  }
}

function problem(status: number, json: unknown): ApiFeil {
  const p = (json ?? {}) as { title?: unknown; felt?: unknown; ref?: unknown };
  const tittel = typeof p.title === 'string' ? p.title : tekster.ukjentFeil;
  const message = typeof p.ref === 'string' ? `${tittel} ${tekster.feilkode(p.ref)}` : tittel;
  const felt = p.felt && typeof p.felt === 'object' ? (p.felt as Record<string, string>) : {};
  return new ApiFeil(status, message, felt);
}

export const hent = <T>(sti: string) => kall<T>('GET', sti);

/** Reads started ahead (forhåndshent), each taken once by the page's first useGet of that path. */
const forhaand = new Map<string, { svar: Promise<unknown>; tid: number }>();
const FORHAAND_GYLDIG_MS = 30_000;

/**
 * Starts the first page's read at once, beside «meg», so the first screen needs two API round trips
 * (oppsett, then meg ∥ the page's data), not three or more in a row.
 */
export function prefetch(sti: string): void {
  const svar = hent<unknown>(sti);
  svar.catch(() => undefined); // read (and reported) by the page's useGet
  forhaand.set(sti, { svar, tid: Date.now() });
}

function getFirstTime<T>(sti: string): Promise<T> {
  const tidlig = forhaand.get(sti);
  forhaand.delete(sti);
  return tidlig && Date.now() - tidlig.tid < FORHAAND_GYLDIG_MS ? (tidlig.svar as Promise<T>) : hent<T>(sti);
}

/**
 * A file download (a PDF): fetched with the identity headers a plain link cannot carry, then saved
 * under the server's file name. Returns that name; a refusal becomes an ApiFeil like any other.
 */
export async function lastNed(sti: string): Promise<string> {
  let svar: Response;
  try {
    svar = await fetch(sti, { headers: { accept: 'application/pdf, application/problem+json', ...(await identitet()) } });
  } catch {
    throw new ApiFeil(0, tekster.nettverksfeil);
  }
  if (!svar.ok) throw problem(svar.status, safeJson(await svar.text()));
  const filnavn = /filename="([^"]+)"/.exec(svar.headers.get('content-disposition') ?? '')?.[1] ?? 'dokument.pdf';
  const url = URL.createObjectURL(await svar.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filnavn;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filnavn;
}
export const send = <T>(sti: string, kropp: unknown = {}, metode = 'POST') => kall<T>(metode, sti, kropp);

export interface Fetched<T> {
  data?: T;
  feil?: ApiFeil;
  laster: boolean;
  lastPåNytt: () => void;
}

/** Reads `sti` when it changes; `lastPåNytt` reads again (after a change the page made). */
export function useGet<T>(sti: string | undefined): Fetched<T> {
  const [tilstand, settTilstand] = useState<{ data?: T; feil?: ApiFeil; laster: boolean }>({ laster: sti !== undefined });
  const [runde, settRunde] = useState(0);
  useEffect(() => {
    if (sti === undefined) return;
    let gjeldende = true;
    settTilstand((t) => ({ ...t, laster: true }));
    getFirstTime<T>(sti).then(
      (data) => gjeldende && settTilstand({ data, laster: false }),
      (feil: unknown) => gjeldende && settTilstand({ feil: somApiFeil(feil), laster: false }),
    );
    return () => {
      gjeldende = false;
    };
  }, [sti, runde]);
  const lastPaaNytt = useCallback(() => settRunde((r) => r + 1), []);
  return { ...tilstand, lastPåNytt: lastPaaNytt };
}

export function somApiFeil(feil: unknown): ApiFeil {
  return feil instanceof ApiFeil ? feil : new ApiFeil(0, tekster.ukjentFeil);
}
