/**
 * Who opened the tab (issue 25): staff get «meg» and the staff pages; a pupil is refused «meg» and
 * gets the pupil's pages instead — which the API offers only to a pupil, so nothing here decides access.
 */
import { ApiFeil, hent } from '../api';
import { RUTER, type Meg, type SiFraSkjemaVisning } from '../kontrakt';

export type Hvem = { type: 'ansatt'; meg: Meg } | { type: 'elev'; skjema: SiFraSkjemaVisning };

export async function hvemErJeg(): Promise<Hvem> {
  try {
    return { type: 'ansatt', meg: await hent<Meg>(RUTER.meg.sti) };
  } catch (feil) {
    if (!(feil instanceof ApiFeil) || feil.status !== 403) throw feil;
    // Not staff: a pupil? If not, the first refusal stands.
    const skjema = await hent<SiFraSkjemaVisning>(RUTER.siFraSkjema.sti).catch(() => Promise.reject(feil));
    return { type: 'elev', skjema };
  }
}
