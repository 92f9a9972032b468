/**
 * Hash routes: `#/sak/<id>` works as a plain URL locally, and inside Teams the same path arrives as
 * the deep link's subPageId (see teams.ts). The route table is in sider.tsx; this file only matches.
 */
import { useEffect, useState } from 'react';

/** The path part of the hash, always starting with '/'. */
export function gjeldendeSti(): string {
  const sti = window.location.hash.replace(/^#/, '');
  return sti.startsWith('/') ? sti : `/${sti}`;
}

export function gaaTil(sti: string): void {
  window.location.hash = `#${sti.startsWith('/') ? sti : `/${sti}`}`;
}

export function lenke(sti: string): string {
  return `#${sti}`;
}

let navigert = false;
/** True once the person has moved between pages (not on first load): then focus follows the page. */
export function harNavigert(): boolean {
  return navigert;
}

export function useSti(): string {
  const [sti, settSti] = useState(gjeldendeSti);
  useEffect(() => {
    const lytter = () => {
      navigert = true;
      settSti(gjeldendeSti());
    };
    window.addEventListener('hashchange', lytter);
    return () => window.removeEventListener('hashchange', lytter);
  }, []);
  return sti;
}

/**
 * Matches '/sak/:id' against '/sak/2026-KF7M'; returns the named parts (decoded), or undefined.
 * A query after '?' is ignored here and read with `spørring()`.
 */
export function match(monster: string, sti: string): Record<string, string> | undefined {
  const deler = monster.split('/').filter(Boolean);
  const faktiske = (sti.split('?')[0] ?? '').split('/').filter(Boolean);
  if (deler.length !== faktiske.length) return undefined;
  const parametre: Record<string, string> = {};
  for (const [i, del] of deler.entries()) {
    const faktisk = faktiske[i] ?? '';
    if (del.startsWith(':')) parametre[del.slice(1)] = decodeURIComponent(faktisk);
    else if (del !== faktisk) return undefined;
  }
  return parametre;
}

/** The query part of the hash route (`#/saker?status=ny`). */
export function sporring(sti: string): URLSearchParams {
  return new URLSearchParams(sti.split('?')[1] ?? '');
}
