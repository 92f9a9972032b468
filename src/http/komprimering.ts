/**
 * What the server sends, compressed as the client asks (Accept-Encoding): brotli when it accepts
 * it, else gzip, else as is. Teams clients ask for both; brotli makes the tab's JavaScript about
 * 15 % smaller than gzip. Bodies under 1 KB, already compressed ones (a PDF, a file faneFiler.ts
 * compressed ahead) and answers without a body go unchanged.
 */
import zlib from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Koding = 'br' | 'gzip';

/** The most preferred encoding the client accepts (by its q-values; brotli on a tie), or none. */
export function velgKoding(acceptEncoding: string | string[] | undefined): Koding | undefined {
  const q = new Map<string, number>();
  for (const del of String(acceptEncoding ?? '').split(',')) {
    const [navn = '', ...parametre] = del.trim().toLowerCase().split(';');
    const qVerdi = parametre.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (navn) q.set(navn, qVerdi === undefined ? 1 : Number(qVerdi));
  }
  const vekt = (koding: Koding) => q.get(koding) ?? q.get('*') ?? 0;
  const beste = (['br', 'gzip'] as const).filter((k) => vekt(k) > 0).sort((a, b) => vekt(b) - vekt(a))[0];
  return beste;
}

/** Text worth compressing; images, PDFs and fonts are compressed already. */
export function komprimerbar(contentType: string): boolean {
  return /^(text\/|application\/([\w.+-]*\+)?(json|javascript|xml)\b|image\/svg\+xml)/i.test(contentType);
}

const MINSTE_BYTE = 1024;

/** Adds Accept-Encoding to the response's Vary, once. */
export function varierPaaKoding(res: ServerResponse): void {
  const vary = String(res.getHeader('vary') ?? '');
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * A restify `pre` handler: compresses a GET's response body as it is written, deciding when the
 * headers go out (by then the status, the type and any length are known). Fast settings: these are
 * answers made per request, not files made once (faneFiler.ts compresses those at the highest level).
 */
export function komprimerSvar() {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    // Reads only: what the tab loads (files, pages' data). Answers to POST/PUT are small receipts, and
    // the bot's endpoint (/api/messages) answers the Bot Framework, which gains nothing from it.
    const koding = req.method === 'GET' ? velgKoding(req.headers['accept-encoding']) : undefined;
    if (!koding) return next();
    const skriv = res.write.bind(res) as (del: Buffer) => boolean;
    const avslutt = res.end.bind(res) as () => void;
    const skrivHode = res.writeHead;
    let strom: zlib.Gzip | zlib.BrotliCompress | undefined;

    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (typeof args[0] === 'number') this.statusCode = args[0];
      // Headers given to writeHead itself (as rute.ts does) count as set: move them onto the response.
      const gitt = args.find((a, i) => i > 0 && a && typeof a === 'object') as Record<string, string | number | string[]> | undefined;
      if (gitt) {
        for (const [navn, verdi] of Object.entries(gitt)) this.setHeader(navn, verdi);
        args = args.filter((a) => a !== gitt);
      }
      const lengde = Number(this.getHeader('content-length') ?? Number.NaN);
      const medKropp = this.statusCode !== 204 && this.statusCode !== 304 && !(lengde < MINSTE_BYTE);
      if (medKropp && komprimerbar(String(this.getHeader('content-type') ?? ''))) varierPaaKoding(this);
      if (medKropp && !this.getHeader('content-encoding') && komprimerbar(String(this.getHeader('content-type') ?? ''))) {
        this.removeHeader('content-length');
        this.setHeader('content-encoding', koding);
        strom =
          koding === 'br'
            ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
            : zlib.createGzip({ level: 6 });
        strom.on('data', (del: Buffer) => {
          if (!skriv(del)) strom?.pause();
        });
        this.on('drain', () => strom?.resume());
        strom.on('end', () => avslutt());
      }
      return (skrivHode as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as typeof res.writeHead;

    res.write = function (this: ServerResponse, del: unknown, ...resten: unknown[]) {
      if (!this.headersSent) this.writeHead(this.statusCode);
      if (!strom) return (skriv as (...a: unknown[]) => boolean)(del, ...resten);
      return strom.write(del as Buffer, ...(resten as []));
    } as typeof res.write;

    res.end = function (this: ServerResponse, del?: unknown, ...resten: unknown[]) {
      if (typeof del === 'function') return (avslutt as (...a: unknown[]) => ServerResponse)(del);
      if (!this.headersSent) {
        // The length of a whole body given to end() is known: small ones go as they are.
        if (del !== undefined && del !== null && !this.getHeader('content-length')) this.setHeader('content-length', Buffer.byteLength(del as string));
        this.writeHead(this.statusCode);
      }
      if (!strom) return (avslutt as (...a: unknown[]) => ServerResponse)(del, ...resten);
      if (del !== undefined && del !== null) strom.end(del as Buffer);
      else strom.end();
      return this;
    } as typeof res.end;
    next();
  };
}
