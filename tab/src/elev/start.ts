/**
 * Who opened the tab (issue 25): staff get «meg» and the staff pages; a pupil is refused «meg» and
 * gets the pupil's pages instead — which the API offers only to a pupil, so nothing here decides access.
 */
import { ApiFeil, hent } from '../api/http';
import { meg, siFraSkjema } from '../api/meg';
import type { Meg, SiFraSkjemaVisning } from '../kontrakt';

export type Hvem = { type: 'ansatt'; meg: Meg } | { type: 'elev'; skjema: SiFraSkjemaVisning };

export async function hvemErJeg(): Promise<Hvem> {
  try {
    return { type: 'ansatt', meg: await hent(meg()) };
  } catch (feil) {
    if (!(feil instanceof ApiFeil) || feil.status !== 403) throw feil;
    // Not staff: a pupil? If not, the first refusal stands.
    const skjema = await hent(siFraSkjema()).catch(() => Promise.reject(feil));
    return { type: 'elev', skjema };
  }
}
