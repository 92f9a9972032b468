/**
 * Addresses of the tab's pages, for anything that links to them (the bot's cards, the tab's own
 * links). One scheme: the route `/sak/<id>` is `http://host/#/sak/<id>` in a browser, and inside
 * Teams the deep link to the app's personal tab with the route (without the leading '/') as subPageId —
 * which the tab reads at start (tab/src/teams.ts) and opens.
 */
export const tabRoutes = {
  venter: '/venter',
  plikter: '/plikter',
  meldFra: '/meld-fra',
  varsler: '/varsler',
  oppgaver: '/oppgaver',
  saker: '/saker',
  sak: (sakId: string) => `/sak/${encodeURIComponent(sakId)}`,
  plan: (sakId: string) => `/sak/${encodeURIComponent(sakId)}/plan`,
  bekreftelser: '/bekreftelser',
  oversikt: '/oversikt',
  revisjon: '/revisjon',
  skolerute: '/skolerute',
  aarshjul: '/aarshjul',
} as const;

/**
 * The manifest has one personal tab per page (manifest/manifest.template.json, staticTabs), each
 * opening its route; deep links name the first one (Venter på deg) and carry the route, which the
 * tab opens (tab/src/teams.ts reads it as subPageId).
 */
export const TAB_ENTITY_ID = 'skolemiljo';

export type TabMaal =
  /** Inside Teams: the Teams app id from the manifest. */
  | { teamsAppId: string }
  /** Locally: where the server is reached. */
  | { baseUrl: string };

export function tabLink(route: string, maal: TabMaal): string {
  if ('baseUrl' in maal) return `${maal.baseUrl.replace(/\/$/, '')}/#${route}`;
  const kontekst = encodeURIComponent(JSON.stringify({ subEntityId: route.replace(/^\//, '') }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(maal.teamsAppId)}/${TAB_ENTITY_ID}?context=${kontekst}`;
}
