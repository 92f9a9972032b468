/**
 * Everything that needs the Teams host, loaded only inside Teams (teams-js is not part of the
 * local first load). Order matters: initialize first, then context, then tokens.
 */
import { app, authentication } from '@microsoft/teams-js';
import type { TemaNavn } from './tema';

export interface TeamsStart {
  tema: TemaNavn;
  /** The deep link's subPageId, e.g. 'sak/2026-KF7M-3QXA' — the tab's route without '#/'. */
  side?: string;
  /** Teams' language for this person (`app.locale`, e.g. 'nn-NO', 'en-GB'), sent with every API call. */
  locale?: string;
}

export async function startITeams(vedTemaendring: (tema: TemaNavn) => void): Promise<TeamsStart> {
  await app.initialize();
  const kontekst = await app.getContext();
  app.registerOnThemeChangeHandler((tema) => vedTemaendring(tema as TemaNavn));
  const side = kontekst.page.subPageId;
  const locale = kontekst.app.locale;
  return { tema: kontekst.app.theme as TemaNavn, ...(side ? { side } : {}), ...(locale ? { locale } : {}) };
}

/** The SSO token for the API (teams-js caches and renews it). */
export function teamsToken(): Promise<string> {
  return authentication.getAuthToken();
}
