/**
 * The built tab (tab/dist) as Teams clients load it. Vite names every asset by its content's hash,
 * so `assets/*` is cached for a year as immutable; the page itself (index.html) is revalidated on
 * every load (no-cache + ETag), so a new build is seen at once and never a stale page. Each file is
 * compressed once, at the highest level, when first asked for in that encoding, and kept in memory
 * (the build is a few hundred KB and never changes while the server runs).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type restify from 'restify';
import { type Koding, komprimerbar, varierPaaKoding, velgKoding } from './komprimering';
import { isTabFile } from './sikkerhetshoder';
import { nb } from '../i18n/aktiv';

const TYPER: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const CACHE_HASHET = 'public, max-age=31536000, immutable';
export const CACHE_SIDEN = 'no-cache';

interface Fil {
  rå: Buffer;
  type: string;
  etag: string;
  mtimeMs: number;
  kodet: Partial<Record<Koding, Promise<Buffer>>>;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Off the event loop (zlib's thread pool): brotli's highest level takes seconds for the main chunk. */
function komprimer(raa: Buffer, koding: Koding): Promise<Buffer> {
  return koding === 'br'
    ? brotli(raa, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raa.length } })
    : gzip(raa, { level: 9 });
}

/** The file an allowed URL path (erFanefil) names inside the build, or undefined (outside it, or of a type not served). */
function filFor(rot: string, urlSti: string): string | undefined {
  let sti: string;
  try {
    sti = decodeURIComponent(urlSti.split('?')[0] ?? '');
  } catch {
    return undefined;
  }
  const relativ = sti === '/' || sti === '' ? 'index.html' : sti.replace(/^\/+/, '');
  // Which paths may be served is erFanefil's one rule (the page and its assets); this only maps them into the build.
  const fil = path.resolve(rot, relativ);
  return fil.startsWith(rot + path.sep) && TYPER[path.extname(fil)] ? fil : undefined;
}

export function mountTabFiles(server: restify.Server, tabDir: string): void {
  const rot = path.resolve(tabDir);
  if (!fs.existsSync(path.join(rot, 'index.html'))) return;
  const filer = new Map<string, Fil>();

  const les = (fil: string): Fil | undefined => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(fil);
    } catch {
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    const kjent = filer.get(fil);
    if (kjent && kjent.mtimeMs === stat.mtimeMs) return kjent;
    const raa = fs.readFileSync(fil);
    const ny: Fil = { rå: raa, type: TYPER[path.extname(fil)] ?? 'application/octet-stream', etag: `"${createHash('sha256').update(raa).digest('base64url').slice(0, 22)}"`, mtimeMs: stat.mtimeMs, kodet: {} };
    filer.set(fil, ny);
    return ny;
  };

  server.get('/*', async (req, res) => {
    // Only the page and its assets: never the build's own files (sikkerhetshoder.ts).
    const sti = isTabFile(req.path()) ? filFor(rot, req.url ?? '/') : undefined;
    const fil = sti && les(sti);
    if (!sti || !fil) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(nb.api.ikkeFunnet);
      return;
    }
    const hashet = path.relative(rot, sti).startsWith(`assets${path.sep}`);
    res.setHeader('cache-control', hashet ? CACHE_HASHET : CACHE_SIDEN);
    res.setHeader('etag', fil.etag);
    if (req.headers['if-none-match'] === fil.etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    const koding = komprimerbar(fil.type) ? velgKoding(req.headers['accept-encoding']) : undefined;
    if (komprimerbar(fil.type)) varierPaaKoding(res);
    const kropp = koding ? await (fil.kodet[koding] ??= komprimer(fil.rå, koding)) : fil.rå;
    res.setHeader('content-type', fil.type);
    res.setHeader('content-length', kropp.length);
    if (koding) res.setHeader('content-encoding', koding);
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : kropp);
  });
}
