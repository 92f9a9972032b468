/**
 * Reads a JSON request body safely, for every route that takes one. restify's bodyParser is not
 * used: it inflates gzip with no error handler on the unzip stream (a body that is not gzip ends
 * the process) and counts its size limit on the compressed bytes (a small gzip bomb fills memory).
 * Here every failure is a 4xx answer with a Norwegian message, and the limit counts decoded bytes.
 */
import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';
import type { Duplex, Readable } from 'node:stream';
import type { Next, Request, Response } from 'restify';
import { folgSprak } from '../i18n/aktiv';

export const MAKS_KROPP_BYTES = 512 * 1024;

export type KroppResultat = { ok: true; verdi: unknown } | { ok: false; status: 400 | 408 | 413 | 415; melding: string };

const tekst = folgSprak((k) => k.nb.http);

/** The decoder for a Content-Encoding, or null when the encoding is not one we accept. */
function dekoder(enc: string): Duplex | 'identity' | null {
  switch (enc) {
    case '':
    case 'identity':
      return 'identity';
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

function erJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * Reads, decodes and parses the body. Resolves — never rejects — once the outcome is known; on a
 * failure the rest of the request is drained and discarded so the connection can answer.
 */
export function lesJsonKropp(req: IncomingMessage, maksBytes = MAKS_KROPP_BYTES): Promise<KroppResultat> {
  const feil = (status: 400 | 408 | 413 | 415, message: string): KroppResultat => ({ ok: false, status, melding: message });
  if (!erJson(req.headers['content-type'])) {
    req.resume();
    return Promise.resolve(feil(415, tekst.ikkeJson));
  }
  // Several encodings ("gzip, br") are legal HTTP but nothing that talks to us sends them.
  const enc = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  const d = dekoder(enc);
  if (d === null) {
    req.resume();
    return Promise.resolve(feil(415, tekst.ukjentKoding));
  }
  const oppgitt = Number(req.headers['content-length']);
  if (Number.isFinite(oppgitt) && oppgitt > maksBytes) {
    req.resume();
    return Promise.resolve(feil(413, tekst.forStor(maksBytes)));
  }

  return new Promise((resolve) => {
    const deler: Buffer[] = [];
    let lest = 0;
    let raa = 0;
    let ferdig = false;
    const avslutt = (r: KroppResultat) => {
      if (ferdig) return;
      ferdig = true;
      if (d !== 'identity') {
        req.unpipe(d);
        d.destroy();
      }
      if (!r.ok) req.resume(); // drain what is left so the answer can be sent
      resolve(r);
    };
    const utdata: Readable = d === 'identity' ? req : d;

    req.on('data', (c: Buffer) => {
      raa += c.length;
      if (raa > maksBytes) avslutt(feil(413, tekst.forStor(maksBytes)));
    });
    req.on('aborted', () => avslutt(feil(400, tekst.avbrutt)));
    req.on('error', () => avslutt(feil(400, tekst.avbrutt)));
    if (d !== 'identity') {
      d.on('error', () => avslutt(feil(400, tekst.ugyldigKoding(enc))));
      req.pipe(d);
    }
    utdata.on('data', (c: Buffer) => {
      if (ferdig) return;
      lest += c.length;
      if (lest > maksBytes) return avslutt(feil(413, tekst.forStor(maksBytes)));
      deler.push(c);
    });
    utdata.on('end', () => {
      if (ferdig) return;
      const txt = Buffer.concat(deler).toString('utf8');
      if (txt.trim() === '') return avslutt(feil(400, tekst.tom));
      try {
        avslutt({ ok: true, verdi: JSON.parse(txt) });
      } catch {
        avslutt(feil(400, tekst.ugyldigJson));
      }
    });
  });
}

/**
 * restify handler that puts the parsed body on `req.body`, or answers 4xx with a problem body
 * (RFC 9457 shape) and stops the chain.
 */
export function jsonKropp(maksBytes = MAKS_KROPP_BYTES) {
  // A callback handler, not async: restify lets only callback handlers stop the chain (next(false)).
  return (req: Request, res: Response, next: Next): void => {
    void lesJsonKropp(req, maksBytes).then((r) => {
      if (r.ok) {
        req.body = r.verdi;
        return next();
      }
      res.header('connection', 'close');
      res.send(r.status, { status: r.status, title: r.melding });
      return next(false);
    });
  };
}
