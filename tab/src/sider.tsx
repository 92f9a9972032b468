/**
 * The tab's pages and their routes — the one table to add a page to. Each page is its own file in
 * pages/, loaded when first opened, so the first page stays small. `meny` pages show in the menu
 * for the people `synlig` names; the menu is a convenience, the API decides what anyone may see.
 *
 * Routes are the deep-link scheme of src/http/faneLenker.ts (README, "Tab routes"): locally
 * `http://host/#/sak/<id>`, in Teams the same path without the leading '/' as the deep link's subPageId.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { faneRuter } from '../../src/http/faneLenker';
import type { Meg } from './kontrakt';
import { tekster } from '../../src/i18n/fane';
import { orgTekster } from '../../src/i18n/faneOrg';
import { arbeidTekster } from '../../src/i18n/faneArbeid';
import { VenterMerke } from './deler/VenterMerke';

export interface SideProps {
  meg: Meg;
  /** The route's named parts, e.g. { id } for '/sak/:id'. */
  parametre: Record<string, string>;
  /** The whole path, with any '?query'. */
  sti: string;
}

export interface Side {
  sti: string;
  tittel: string;
  komponent: LazyExoticComponent<ComponentType<SideProps>>;
  meny?: (meg: Meg) => boolean;
  /** Shown after the title in the menu (a count), given the current route. */
  merke?: ComponentType<{ sti: string }>;
}

const alle = () => true;
/**
 * Those who may work cases: a school's receivers and leadership, the municipality's kommunalsjef,
 * and any staff member, who may be a case's saksansvarlig (the list shows only the cases each has).
 */
const saksbehandler = (meg: Meg) => meg.kommunalsjef || meg.skoler.length > 0;

export const sider: Side[] = [
  // The first page (issue 20): what waits for this person, with its count in the menu.
  { sti: faneRuter.venter, tittel: arbeidTekster.venter.side, komponent: lazy(() => import('./pages/VenterPaaDeg')), meny: alle, merke: VenterMerke },
  { sti: faneRuter.plikter, tittel: tekster.sider.plikter, komponent: lazy(() => import('./pages/MinePlikter')), meny: alle },
  { sti: faneRuter.meldFra, tittel: tekster.sider.meldFra, komponent: lazy(() => import('./pages/MeldFra')), meny: alle },
  { sti: faneRuter.varsler, tittel: tekster.sider.varsler, komponent: lazy(() => import('./pages/MineVarsler')), meny: alle },
  // Anyone may be responsible for a tiltak in a plan, so everyone has the page.
  { sti: faneRuter.oppgaver, tittel: tekster.sider.oppgaver, komponent: lazy(() => import('./pages/MineOppgaver')), meny: alle },
  { sti: faneRuter.saker, tittel: tekster.sider.saker, komponent: lazy(() => import('./pages/Saker')), meny: saksbehandler },
  // Opened from Saker, Mine oppgaver and the cards' deep links; not a menu entry.
  { sti: `${faneRuter.sak('')}:id`, tittel: tekster.sider.sak, komponent: lazy(() => import('./pages/Sak')) },
  {
    sti: faneRuter.bekreftelser,
    tittel: tekster.sider.bekreftelser,
    komponent: lazy(() => import('./pages/Bekreftelser')),
    meny: (meg) => meg.skoler.some((s) => s.rektor),
  },
  { sti: faneRuter.oversikt, tittel: tekster.sider.oversikt, komponent: lazy(() => import('./pages/Oversikt')), meny: (meg) => meg.kommunalsjef },
  // The organisation (issue 12): the schools' setup for administrators and kommunalsjefer; each school's varslingsliste for its rektor.
  { sti: '/organisasjon', tittel: orgTekster.sider.organisasjon, komponent: lazy(() => import('./pages/org/Organisasjon')), meny: (meg) => meg.administrator || meg.kommunalsjef },
  { sti: '/varslingsliste', tittel: orgTekster.sider.varslingsliste, komponent: lazy(() => import('./pages/org/Varslingsliste')), meny: (meg) => meg.skoler.some((s) => s.rektor) },
  { sti: '/varslingsliste/:skoleId', tittel: orgTekster.sider.varslingsliste, komponent: lazy(() => import('./pages/org/Varslingsliste')) },
  // The case's aktivitetsplan (issue 10), opened from the case page.
  { sti: `${faneRuter.sak('')}:id/plan`, tittel: tekster.sider.sak, komponent: lazy(() => import('./pages/sak/Plan')) },
];

/** Where '#/' and an empty hash lead. */
export const startside = faneRuter.venter;
