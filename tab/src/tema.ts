/**
 * The Fluent theme follows Teams (light, dark, high contrast). Outside Teams it follows the
 * browser's colour scheme and forced-colors mode, so a local trial looks like the user's Teams would.
 */
import { createContext } from 'react';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

/** The names teams-js uses in `context.app.theme`. */
export type TemaNavn = 'default' | 'dark' | 'contrast';

export function fluentTema(navn: string): Theme {
  if (navn === 'dark') return teamsDarkTheme;
  if (navn === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

export function nettleserTema(): TemaNavn {
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (window.matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}

/** Calls `vedEndring` when the browser's scheme changes; returns the unsubscribe. */
export function folgNettleserTema(vedEndring: (navn: TemaNavn) => void): () => void {
  const sporringer = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => window.matchMedia(q));
  const lytter = () => vedEndring(nettleserTema());
  for (const s of sporringer) s.addEventListener('change', lytter);
  return () => sporringer.forEach((s) => s.removeEventListener('change', lytter));
}

/** The current theme's name, for parts that draw colours themselves (charts). */
export const TemaKontekst = createContext<TemaNavn>('default');
