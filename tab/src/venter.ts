/**
 * The count «Venter på deg» shows in the menu: read again after every navigation (an action on a
 * case page changes it), and from the page itself when it has just read the list, so the start
 * page asks the server once.
 */
import { useEffect, useState } from 'react';
import { hent } from './api/http';
import { venter } from './api/meg';
import { tabRoutes } from '../../src/http/tabLinks';

const lyttere = new Set<(antall: number) => void>();

/** Called by the Venter på deg page with what it read. */
export function meldAntallVenter(antall: number): void {
  for (const lytter of lyttere) lytter(antall);
}

export function useAntallVenter(sti: string): number | undefined {
  const [antall, settAntall] = useState<number>();
  useEffect(() => {
    lyttere.add(settAntall);
    return () => void lyttere.delete(settAntall);
  }, []);
  useEffect(() => {
    if (sti.split('?')[0] === tabRoutes.venter) return;
    let gjeldende = true;
    // A count that cannot be read is left out; the page itself says what went wrong.
    hent(venter()).then(
      (v) => gjeldende && settAntall(v.oppgaver.length),
      () => undefined,
    );
    return () => {
      gjeldende = false;
    };
  }, [sti]);
  return antall;
}
