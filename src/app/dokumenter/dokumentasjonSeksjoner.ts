/**
 * Sections of the documentation export that tell who decided what the case is and who was told:
 * the classification at receipt, every reclassification with its reason, skoleeier told (who, when),
 * the history in words, and the legal basis that fits the case. Each is a function of the stored
 * case, so a new section is one more function beside these.
 */
import type { Organisasjon } from '../../domain/organisasjon';
import { gjeldendeKlassifisering } from '../../domain/routing';
import type { Hendelse, Sak } from '../../domain/sak';
import type { Avsnitt, Seksjon } from '../../dokument/pdf';
import { HENDELSE_TEKST, KLASSIFISERING_TEKST } from '../../i18n/betegnelser';
import { visTid } from '../../domain/datovisning';
import { navnPaa } from '../sakVisning';

/** A date or instant as people read it (Oslo time): 21.12.2026, or 21.12.2026 kl. 09:30 — the house's one format. */
export { visTid };

export const felt = (etikett: string, verdi: string) => ({ type: 'felt' as const, etikett, verdi });
const tekst = (t: string): Avsnitt => ({ type: 'tekst', tekst: t });

const navnFra = (org: Organisasjon) => (oid: string) => (oid === 'system' ? 'Systemet' : navnPaa(org, oid));

/** §12-5 applies when the case is (now) about someone who works at the school, leadership included. */
export function hjemmel(sak: Sak): string {
  const k = gjeldendeKlassifisering(sak);
  return k === 'ansatt' || k === 'ledelse'
    ? 'Opplæringslova kapittel 12 (§ 12-4 aktivitetsplikt og dokumentasjonsplikt, § 12-5 skjerpet aktivitetsplikt når en som arbeider på skolen krenker en elev)'
    : 'Opplæringslova kapittel 12 (§ 12-4 aktivitetsplikt og dokumentasjonsplikt)';
}

export function klassifiseringSeksjon(org: Organisasjon, sak: Sak, nr: number): Seksjon {
  const navn = navnFra(org);
  const mottak = sak.historikk.find((h) => h.handling === 'ta_imot');
  // Without a classification at receipt, the reporter's answer is what the case is routed and handled by.
  const vedMottak = mottak?.klassifisering ?? (sak.varsel.kommerFra === 'vet_ikke' ? undefined : sak.varsel.kommerFra);
  const avsnitt: Avsnitt[] = [felt('Varsleren svarte', KLASSIFISERING_TEKST[sak.varsel.kommerFra])];
  if (mottak) {
    avsnitt.push(
      felt(
        'Ved mottak',
        `${vedMottak ? KLASSIFISERING_TEKST[vedMottak] : 'Ikke klassifisert'}${mottak.klassifisering ? ` (vurdert av ${navn(mottak.av)})` : ' (varslerens svar ble stående)'} – tatt imot ${visTid(mottak.tid)} av ${navn(mottak.av)}`,
      ),
    );
    if (mottak.begrunnelse) avsnitt.push(felt('  Begrunnelse', mottak.begrunnelse));
  } else avsnitt.push(felt('Ved mottak', 'Saken er ikke tatt imot ennå'));

  let forrige = vedMottak ?? sak.varsel.kommerFra;
  for (const h of sak.historikk.filter((x) => x.handling === 'omklassifiser' && x.klassifisering)) {
    avsnitt.push(felt(`Endret ${visTid(h.tid)} av ${navn(h.av)}`, `Fra «${KLASSIFISERING_TEKST[forrige]}» til «${KLASSIFISERING_TEKST[h.klassifisering!]}»`));
    avsnitt.push(felt('  Begrunnelse', h.begrunnelse ?? '–'));
    forrige = h.klassifisering!;
  }
  return { overskrift: `${nr}. Klassifisering og melding til skoleeier`, avsnitt: [...avsnitt, ...skoleeierAvsnitt(org, sak)] };
}

/** Who at skoleeier was told, when; rektor's own report; or that nobody could be told. */
function skoleeierAvsnitt(org: Organisasjon, sak: Sak): Avsnitt[] {
  const navn = navnFra(org);
  const ut: Avsnitt[] = [];
  if (sak.meldtSkoleeier) {
    ut.push(felt('Meldt til skoleeier', `${visTid(sak.meldtSkoleeier.tid)} av ${navn(sak.meldtSkoleeier.av)}`));
    if (sak.meldtSkoleeier.begrunnelse) ut.push(felt('  Begrunnelse', sak.meldtSkoleeier.begrunnelse));
  }
  for (const h of sak.historikk) {
    if (h.handling === 'skoleeier_informert') ut.push(felt('Skoleeier varslet', `${h.til ? navn(h.til) : 'kommunalsjef'}, ${visTid(h.tid)}`));
    if (h.handling === 'skoleeier_ikke_informert') ut.push(felt('Skoleeier kunne ikke varsles', `${visTid(h.tid)}: kommunen har ingen kommunalsjef registrert`));
  }
  if (sak.ruting.kanal === 'skoleeier') ut.push(tekst('Saken gjelder skolens ledelse og behandles av skoleeier (kommunalsjef).'));
  if (ut.length === 0) ut.push(felt('Skoleeier varslet', sak.ruting.skoleeierInformeres ? 'Ikke ennå' : 'Nei (saken krever det ikke)'));
  return ut;
}

/** The history in words: what happened, to whom, by whom, with the reason given. */
export function historikkSeksjon(org: Organisasjon, sak: Sak, nr: number): Seksjon {
  const navn = navnFra(org);
  const linje = (h: Hendelse): Avsnitt[] => [
    felt(visTid(h.tid), `${HENDELSE_TEKST[h.handling]}${h.til ? ` – ${navn(h.til)}` : ''}${h.klassifisering ? ` – ${KLASSIFISERING_TEKST[h.klassifisering]}` : ''} (${navn(h.av)})`),
    ...(h.begrunnelse && h.handling !== 'skoleeier_ikke_informert' ? [felt('  Begrunnelse', h.begrunnelse)] : []),
  ];
  return { overskrift: `${nr}. Historikk`, avsnitt: sak.historikk.flatMap(linje) };
}
