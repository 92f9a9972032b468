/**
 * Addresses of the tab's pages, for anything that links to them (the bot's cards, the tab's own
 * links). One scheme: the route `/sak/<id>` is `http://host/#/sak/<id>` in a browser, and inside
 * Teams the deep link to the page's personal tab with the route (without the leading '/') as subPageId —
 * which the tab reads at start (tab/src/teams.ts) and opens.
 */
export const faneRuter = {
  plikter: '/plikter',
  meldFra: '/meld-fra',
  varsler: '/mine-varsler',
  oppgaver: '/mine-oppgaver',
  saker: '/saker',
  sak: (sakId: string) => `/sak/${encodeURIComponent(sakId)}`,
  bekreftelser: '/bekreftelser',
  oversikt: '/oversikt',
} as const;

/**
 * The manifest has one personal tab per page (manifest/manifest.template.json, staticTabs), whose
 * entityId is the route's first part; a case opens in the Saker tab.
 */
function entityIdFor(rute: string): string {
  const første = rute.replace(/^\//, '').split(/[/?]/)[0] ?? '';
  return første === 'sak' ? 'saker' : første;
}

export type FaneMål =
  /** Inside Teams: the Teams app id from the manifest. */
  | { teamsAppId: string }
  /** Locally: where the server is reached. */
  | { baseUrl: string };

export function faneLenke(rute: string, mål: FaneMål): string {
  if ('baseUrl' in mål) return `${mål.baseUrl.replace(/\/$/, '')}/#${rute}`;
  const kontekst = encodeURIComponent(JSON.stringify({ subEntityId: rute.replace(/^\//, '') }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(mål.teamsAppId)}/${entityIdFor(rute)}?context=${kontekst}`;
}
