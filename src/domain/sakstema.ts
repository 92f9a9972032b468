/**
 * A case's theme (issue 23): what the case is about, from the municipality's list, so the yearly
 * revision and the report to the kommunestyre can say what the aktivitetsplaner were about without
 * reading any case's text. The theme is an id; its words come from the catalog (the default list)
 * or from the municipality's own list (kommune.sakstemaer), so a theme never holds a pupil's name.
 */
import type { Kommune } from './organisasjon';

/** The default list, from the reference documents' most common kinds of krenking. */
export const STANDARD_SAKSTEMAER = ['utestenging', 'krenkende_ord', 'digital_krenking', 'vold', 'rasisme_diskriminering', 'seksuell_trakassering', 'annet'] as const;

export interface Sakstema {
  id: string;
  /** The municipality's own word; absent for the default list (the catalog names those). */
  navn?: string;
}

/** The municipality's list, or the default one when it has none. */
export function sakstemaerFor(kommune: Pick<Kommune, 'sakstemaer'>): Sakstema[] {
  return kommune.sakstemaer && kommune.sakstemaer.length > 0 ? kommune.sakstemaer : STANDARD_SAKSTEMAER.map((id) => ({ id }));
}

export function erSakstema(kommune: Pick<Kommune, 'sakstemaer'>, id: unknown): id is string {
  return typeof id === 'string' && sakstemaerFor(kommune).some((t) => t.id === id);
}
