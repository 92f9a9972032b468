/**
 * Reads a request's JSON body safely, for every route (the bot's and the tab API's). Replaces
 * restify's bodyParser, whose gzip stream has no error handler: a broken gzip body thrown outside
 * any handler ends the process (see NOTES.md). Here every failure is a value with an HTTP status,
 * the size limit counts the bytes after decompression, and nothing a client sends can throw past
 * the route.
 */
import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';

export const MAKS_KROPP_BYTES = 512 * 1024;

export type KroppFeil = { status: 400 | 413 | 415; aarsak: 'ugyldig_json' | 'for_stor' | 'ukjent_koding' | 'ikke_json' | 'avbrutt' };
export type KroppResultat = { ok: true; verdi: unknown } | ({ ok: false } & KroppFeil);

const INFLATERE: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip({ maxOutputLength: MAKS_KROPP_BYTES + 1 }),
  'x-gzip': () => zlib.createGunzip({ maxOutputLength: MAKS_KROPP_BYTES + 1 }),
  deflate: () => zlib.createInflate({ maxOutputLength: MAKS_KROPP_BYTES + 1 }),
  br: () => zlib.createBrotliDecompress({ maxOutputLength: MAKS_KROPP_BYTES + 1 }),
};

function feil(status: KroppFeil['status'], aarsak: KroppFeil['aarsak']): KroppResultat {
  return { ok: false, status, aarsak };
}

/** The raw (decoded) bytes of the body, at most `maks`. */
function lesBytes(req: IncomingMessage, maks: number): Promise<Buffer | KroppFeil> {
  const koding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const lagInflater = koding === 'identity' || koding === '' ? undefined : INFLATERE[koding];
  if (koding !== 'identity' && koding !== '' && !lagInflater) {
    req.resume();
    return Promise.resolve({ status: 415, aarsak: 'ukjent_koding' });
  }
  return new Promise((resolve) => {
    const deler: Buffer[] = [];
    let lengde = 0;
    let ferdig = false;
    const slutt = (svar: Buffer | KroppFeil) => {
      if (ferdig) return;
      ferdig = true;
      resolve(svar);
    };
    const kilde = lagInflater ? req.pipe(lagInflater()) : req;
    // Every stream in the chain gets an error handler: an unhandled 'error' would end the process.
    req.on('error', () => slutt({ status: 400, aarsak: 'avbrutt' }));
    req.on('aborted', () => slutt({ status: 400, aarsak: 'avbrutt' }));
    if (kilde !== req) {
      kilde.on('error', (e: NodeJS.ErrnoException) =>
        slutt(e.code === 'ERR_BUFFER_TOO_LARGE' ? { status: 413, aarsak: 'for_stor' } : { status: 400, aarsak: 'ugyldig_json' }),
      );
    }
    kilde.on('data', (d: Buffer) => {
      lengde += d.length;
      if (lengde > maks) {
        slutt({ status: 413, aarsak: 'for_stor' });
        req.unpipe();
        req.resume();
        return;
      }
      deler.push(d);
    });
    kilde.on('end', () => slutt(Buffer.concat(deler)));
  });
}

/** The body as parsed JSON; an empty body is `undefined`. Only `application/json` (any charset given is UTF-8). */
export async function lesJsonKropp(req: IncomingMessage, maks = MAKS_KROPP_BYTES): Promise<KroppResultat> {
  const lengde = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(lengde) && lengde > maks) {
    // Refused before reading (a compressed body is checked again after decoding).
    req.resume();
    return feil(413, 'for_stor');
  }
  const bytes = await lesBytes(req, maks);
  if (!Buffer.isBuffer(bytes)) return { ok: false, ...bytes };
  if (bytes.length === 0) return { ok: true, verdi: undefined };
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) return feil(415, 'ikke_json');
  try {
    return { ok: true, verdi: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch {
    return feil(400, 'ugyldig_json');
  }
}
