/**
 * Mine varsler: what I reported and its status — nothing of how the case is handled (the reporter's
 * view, as on the bot's receipt).
 */
import { finnSkole } from '../../domain/roller';
import { iTenanten } from '../aktorer';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, medStore, ok } from '../resultat';
import { sakerHvor } from './lesSaker';
import { STATUS_TEKST } from '../../i18n/aktiv';

export interface MittVarsel {
  id: string;
  saksnummer: string;
  opprettet: string;
  elevNavn: string;
  skolenavn: string;
  statusTekst: string;
  sendtTil: 'rektor' | 'skoleeier';
}

export async function mineVarsler(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<MittVarsel[]>> {
  const kjent = iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  return medStore(async () => {
    const ut: MittVarsel[] = [];
    for (const sak of await sakerHvor(ktx, { column: 'VarsletAv', op: 'eq', value: aktor.oid })) {
      ut.push({
        id: sak.id,
        saksnummer: sak.saksnummer,
        opprettet: sak.opprettet,
        elevNavn: sak.varsel.elevNavn,
        skolenavn: finnSkole(ktx.org, sak.skoleId)?.navn ?? sak.skoleId,
        statusTekst: STATUS_TEKST[sak.status],
        sendtTil: sak.ruting.kanal === 'skoleeier' ? 'skoleeier' : 'rektor',
      });
    }
    return ok(ut.sort((a, b) => b.opprettet.localeCompare(a.opprettet)));
  });
}
