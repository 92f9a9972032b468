/**
 * What every page gets from the shell: its own file, so the pages do not import the page table
 * (sider.tsx) that loads them.
 */
import type { Meg } from './kontrakt';

export interface SideProps {
  meg: Meg;
  /** The route's named parts, e.g. { id } for '/sak/:id'. */
  parametre: Record<string, string>;
  /** The whole path, with any '?query'. */
  sti: string;
}
