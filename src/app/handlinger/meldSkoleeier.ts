/** «Meld til skoleeier»: its own card to each kommunalsjef, a report from rektor with rektor's reason, not a varsel. */
import { outboxEntry } from '../outboxEntries';
import { ok } from '../resultat';
import type { Steg } from './endring';

export const meldSkoleeier: Steg = (ktx, aktor, endring, inn) => {
  const sak = endring.sak;
  sak.meldtSkoleeier = { av: aktor.oid, tid: inn.tid, begrunnelse: inn.begrunnelse };
  endring.hendelse.begrunnelse = inn.begrunnelse;
  for (const k of ktx.org.kommune.kommunalsjefer) {
    if (!sak.leveringer.some((l) => l.oid === k.oid && l.rolle === 'informert')) sak.leveringer.push({ oid: k.oid, rolle: 'informert', status: 'venter', tid: inn.tid });
    endring.meldinger.push(outboxEntry(ktx, 'meldt', k.oid));
  }
  return ok(undefined);
};
