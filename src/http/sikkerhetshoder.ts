/**
 * What browsers are told about every answer of the server (the tab, its API, the bot endpoint, the
 * health check, a 404): a Content-Security-Policy, no content sniffing, no referrer. Kept in a module
 * of its own so the server's other concerns (compression, caching) change server.ts, not this.
 *
 * The tab runs under its CSP (tests/tab/csp.test.ts: no violation on any page in Chromium):
 * - scripts, connections, fonts and images from the app's own origin only (the build has no inline
 *   script; PDFs are saved through blob: links, which need no directive);
 * - styles from the origin and inline: Fluent UI v9 (Griffel) writes its rules into <style>
 *   elements at run time, and Chart.js sizes its canvas by style. No script can run from a style;
 * - frame-ancestors: the hosts Microsoft names for Teams and Microsoft 365 tabs (Microsoft Learn,
 *   «Prerequisites» for tabs: *.cloud.microsoft, teams.microsoft.com, *.teams.microsoft.com,
 *   *.microsoft365.com, *.office.com and Outlook's hosts) — no other site can frame the tab.
 * The API's answers are data, never pages: their policy lets nothing load and nothing frame them.
 */
import type restify from 'restify';
import type { Request, Response } from 'restify';

/** Where Teams, Microsoft 365 and Outlook host a tab (Microsoft Learn, tabs/how-to/tab-requirements). */
export const TEAMS_VERTER = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  `frame-ancestors 'self' ${TEAMS_VERTER.join(' ')}`,
].join('; ');

export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Sets the headers before any route runs, so every answer carries them, errors and 404s included. */
export function monterSikkerhetshoder(server: restify.Server): void {
  server.pre((req: Request, res: Response, next: () => void) => {
    const api = (req.url ?? '').startsWith('/api/');
    res.setHeader('content-security-policy', api ? API_CSP : TAB_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
}

/**
 * Whether a path is one of the built tab's files the browser needs: the page and its assets. The
 * build's own files (.vite/manifest.json, .kilder.json with the source paths) are not served.
 */
export function isTabFile(sti: string): boolean {
  let s: string;
  try {
    s = decodeURIComponent(sti);
  } catch {
    return false;
  }
  return s === '/' || s === '/index.html' || /^\/assets\/[\w-][\w.-]*$/.test(s);
}
