/**
 * «Endre hvem saken gjelder» (and «Ta imot» of a case the reporter answered «vet ikke» for): the
 * routing of the new classification applies from now on.
 */
import { KLASSIFISERINGER, type Klassifisering } from '../../domain/varsel';
import { OMKLASSIFISERING, omklassifiser as nyRuting } from '../../domain/routing';
import { finnSkole } from '../../domain/roller';
import type { Handling } from '../../domain/sak';
import { nb } from '../../i18n/aktiv';
import { feil, ok, type Resultat } from '../resultat';
import { kanVaereSaksansvarlig } from '../tilgang';
import { outboxEntry, auditEntry } from '../outboxEntries';
import { skoleeierIkkeVarslet } from '../skoleeierVarsling';
import type { AppKontekst } from '../kontekst';
import type { Endring, Inndata, Steg } from './endring';

export const omklassifiser: Steg = (ktx, _aktor, endring, inn) => {
  klassifiser(ktx, endring, inn);
  return ok(undefined);
};

/** Whether this action classifies the case: reclassifying, or receiving a «vet ikke» case. */
export function klassifiserer(handling: Handling, gjelder: string): boolean {
  return handling === 'omklassifiser' || (handling === 'ta_imot' && gjelder === 'vet_ikke');
}

/** The classification chosen must be one this case may move to; «vet ikke» → «nei» needs a reason, kept in the history. */
export function sjekkKlassifisering(handling: Handling, inn: Inndata): Resultat<void> {
  const { gjelder, klassifisering, begrunnelse } = inn;
  if (handling === 'omklassifiser' && OMKLASSIFISERING[gjelder].length === 0) return feil({ kode: 'ulovlig_overgang', melding: nb.feil.kanIkkeOmklassifiseres });
  if (!klassifiserer(handling, gjelder)) return ok(undefined);
  if (!KLASSIFISERINGER.includes(klassifisering!) || !OMKLASSIFISERING[gjelder].includes(klassifisering!)) {
    return feil({ kode: 'ugyldig', melding: nb.feil.klassifiseringUgyldig, felt: { klassifisering: nb.feil.klassifiseringUgyldig } });
  }
  // «Vet ikke» has been handled as straks: saying no adult at the school is behind it needs a reason.
  if (gjelder === 'vet_ikke' && klassifisering === 'nei' && begrunnelse === '') {
    return feil({ kode: 'ugyldig', melding: nb.feil.klassifiserNeiBegrunnelse, felt: { begrunnelse: nb.feil.klassifiserNeiBegrunnelse } });
  }
  return ok(undefined);
}

/** The classification and the reason go into the history; the routing follows. */
export function klassifiser(ktx: AppKontekst, endring: Endring, inn: Inndata): void {
  endreKlassifisering(ktx, endring, inn.klassifisering!, inn.tid);
  endring.hendelse.klassifisering = inn.klassifisering;
  if (inn.begrunnelse) endring.hendelse.begrunnelse = inn.begrunnelse;
}

/**
 * People the new routing hides the case from keep being hidden (the list only grows); the copies
 * they hold are blanked by the card updates every action sends. To «ansatt»: skoleeier is told
 * (§12-5). To «ledelse»: kommunalsjef receives it.
 */
function endreKlassifisering(ktx: AppKontekst, endring: Endring, til: Klassifisering, tid: string): void {
  const sak = endring.sak;
  const skole = finnSkole(ktx.org, sak.skoleId);
  if (!skole) return;
  const ny = nyRuting(ktx.org, skole, til);
  const varSkoleeierInformert = sak.ruting.skoleeierInformeres;
  sak.ruting = { ...ny, skjermetFor: [...new Set([...sak.ruting.skjermetFor, ...ny.skjermetFor])] };
  endring.revisjon.push(auditEntry(ktx, 'system', 'omklassifisert', `kanal=${ny.kanal}`));
  if (sak.saksansvarlig && !kanVaereSaksansvarlig(ktx.org, sak, sak.saksansvarlig)) delete sak.saksansvarlig;

  if (til === 'ledelse') {
    for (const oid of ny.mottakere) {
      if (sak.leveringer.some((l) => l.oid === oid && l.rolle === 'mottaker')) continue;
      sak.leveringer.push({ oid, rolle: 'mottaker', status: 'venter', tid });
      endring.meldinger.push(outboxEntry(ktx, 'varsel', oid));
    }
  }
  if (til === 'ansatt' && !varSkoleeierInformert) {
    const kommunalsjefer = ktx.org.kommune.kommunalsjefer.map((k) => k.oid);
    for (const oid of kommunalsjefer) {
      if (sak.leveringer.some((l) => l.oid === oid && l.rolle === 'informert')) continue;
      sak.leveringer.push({ oid, rolle: 'informert', status: 'venter', tid });
      endring.meldinger.push(outboxEntry(ktx, 'informert', oid));
    }
    if (kommunalsjefer.length === 0) {
      const ikke = skoleeierIkkeVarslet(ktx, tid);
      endring.meldinger.push(...ikke.meldinger);
      endring.revisjon.push(...ikke.revisjon);
      endring.etterpaa = ikke.hendelse;
    }
  }
}
