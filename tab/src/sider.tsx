/**
 * The tab's pages and their routes — the one table to add a page to. Each page is its own file in
 * pages/, loaded when first opened, so the first page stays small. `meny` pages show in the menu
 * for the people `synlig` names; the menu is a convenience, the API decides what anyone may see.
 *
 * Routes are the deep-link scheme of src/http/tabLinks.ts (README, "Tab routes"): locally
 * `http://host/#/sak/<id>`, in Teams the same path without the leading '/' as the deep link's subPageId.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { prefetch, type Les } from './api/http';
import { match } from './routes';
import { tabRoutes } from '../../src/http/tabLinks';
import { plikter, venter } from './api/meg';
import type { Meg } from './kontrakt';
import type { SideProps } from './sideProps';
import { VenterMerke } from './deler/VenterMerke';
import { arbeidTekster, orgTekster, revisjonTekster, skolearTekster, tekster } from './tekster';

export interface Side {
  sti: string;
  /** The page's name in the person's language, read when the menu is drawn. */
  tittel: () => string;
  komponent: LazyExoticComponent<ComponentType<SideProps>>;
  meny?: (meg: Meg) => boolean;
  /** For a first page: its code and the API path it reads first, fetched beside «meg» at start (Rot.tsx). */
  forhånd?: { kode: () => Promise<unknown>; data: () => Les<unknown> };
  /** Shown after the title in the menu (a count), given the current route. */
  merke?: ComponentType<{ sti: string }>;
}

const alle = () => true;
/**
 * Those who may work cases: a school's receivers and leadership, the municipality's kommunalsjef,
 * and any staff member, who may be a case's saksansvarlig (the list shows only the cases each has).
 */
const saksbehandler = (meg: Meg) => meg.kommunalsjef || meg.skoler.length > 0;

const venterPaaDeg = () => import('./pages/VenterPaaDeg');
const minePlikter = () => import('./pages/MinePlikter');

export const sider: Side[] = [
  // The first page (issue 20): what waits for this person, with its count in the menu; its code and data load beside «meg».
  { sti: tabRoutes.venter, tittel: () => arbeidTekster.venter.side, komponent: lazy(venterPaaDeg), meny: alle, merke: VenterMerke, forhånd: { kode: venterPaaDeg, data: venter } },
  { sti: tabRoutes.plikter, tittel: () => tekster.sider.plikter, komponent: lazy(minePlikter), meny: alle, forhånd: { kode: minePlikter, data: plikter } },
  { sti: tabRoutes.meldFra, tittel: () => tekster.sider.meldFra, komponent: lazy(() => import('./pages/MeldFra')), meny: alle },
  { sti: tabRoutes.varsler, tittel: () => tekster.sider.varsler, komponent: lazy(() => import('./pages/MineVarsler')), meny: alle },
  // Anyone may be responsible for a tiltak in a plan, so everyone has the page.
  { sti: tabRoutes.oppgaver, tittel: () => tekster.sider.oppgaver, komponent: lazy(() => import('./pages/MineOppgaver')), meny: alle },
  { sti: tabRoutes.saker, tittel: () => tekster.sider.saker, komponent: lazy(() => import('./pages/Saker')), meny: saksbehandler },
  // Opened from Saker, Mine oppgaver and the cards' deep links; not a menu entry.
  { sti: `${tabRoutes.sak('')}:id`, tittel: () => tekster.sider.sak, komponent: lazy(() => import('./pages/Sak')) },
  {
    sti: tabRoutes.bekreftelser,
    tittel: () => tekster.sider.bekreftelser,
    komponent: lazy(() => import('./pages/Bekreftelser')),
    meny: (meg) => meg.skoler.some((s) => s.rektor),
  },
  { sti: tabRoutes.oversikt, tittel: () => tekster.sider.oversikt, komponent: lazy(() => import('./pages/Oversikt')), meny: (meg) => meg.kommunalsjef },
  // The yearly revision of the internkontroll (issue 23): rektor answers, the kommunalsjef sends and reads.
  { sti: tabRoutes.revisjon, tittel: () => revisjonTekster.side.tittel, komponent: lazy(() => import('./pages/Revisjon')), meny: (meg) => meg.kommunalsjef || meg.skoler.some((s) => s.rektor) },
  // The organisation (issue 12): the schools' setup for administrators and kommunalsjefer; each school's varslingsliste for its rektor.
  { sti: '/organisasjon', tittel: () => orgTekster.sider.organisasjon, komponent: lazy(() => import('./pages/org/Organisasjon')), meny: (meg) => meg.administrator || meg.kommunalsjef },
  { sti: '/varslingsliste', tittel: () => orgTekster.sider.varslingsliste, komponent: lazy(() => import('./pages/org/Varslingsliste')), meny: (meg) => meg.skoler.some((s) => s.rektor) },
  { sti: '/varslingsliste/:skoleId', tittel: () => orgTekster.sider.varslingsliste, komponent: lazy(() => import('./pages/org/Varslingsliste')) },
  // The school year (issue 23): the skolerute for everyone (the kommunalsjef and administrator keep it); the årshjul for them and the schools' leadership.
  { sti: '/skolerute', tittel: () => skolearTekster.sider.skolerute, komponent: lazy(() => import('./pages/Skolerute')), meny: (meg) => meg.administrator || meg.kommunalsjef || meg.skoler.some((s) => s.rektor || s.ledelse) },
  { sti: '/aarshjul', tittel: () => skolearTekster.sider.aarshjul, komponent: lazy(() => import('./pages/Aarshjul')), meny: (meg) => meg.administrator || meg.kommunalsjef || meg.skoler.some((s) => s.rektor || s.ledelse) },
  // The case's aktivitetsplan (issue 10), opened from the case page.
  { sti: `${tabRoutes.sak('')}:id/plan`, tittel: () => tekster.sider.sak, komponent: lazy(() => import('./pages/sak/Plan')) },
];

/** Where '#/' and an empty hash lead. */
export const startside = tabRoutes.venter;

/** The page a path opens, with the route's named parts; undefined when no page has that route. */
export function sideFor(sti: string): { side: Side; parametre: Record<string, string> } | undefined {
  const gjeldende = sti === '/' ? startside : sti;
  for (const side of sider) {
    const parametre = match(side.sti, gjeldende);
    if (parametre) return { side, parametre };
  }
  return undefined;
}

/** Starts loading the first page's code and data now (see Side.forhånd). */
export function forhaandslast(sti: string): void {
  const f = sideFor(sti)?.side.forhånd;
  if (!f) return;
  void f.kode().catch(() => undefined); // the page's own lazy load reports a failure
  prefetch(f.data());
}
