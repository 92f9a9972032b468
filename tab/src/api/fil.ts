/**
 * Downloads, apart from http.ts: only the case and revision pages use them, so the first page does
 * not carry this code.
 */
import { tekster } from '../tekster';
import { ApiFeil, hodelinjer, problem, safeJson, type Les } from './http';

/**
 * A file download (a PDF): fetched with the identity headers a plain link cannot carry, then saved
 * under the server's file name. Returns that name; a refusal becomes an ApiFeil like any other.
 */
export async function lastNed(fil: Les<Blob>): Promise<string> {
  let svar: Response;
  try {
    svar = await fetch(fil, { headers: { accept: 'application/pdf, application/problem+json', ...(await hodelinjer()) } });
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
