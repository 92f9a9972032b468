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
import { arkivTekster as a, HENDELSE_TEKST, KLASSIFISERING_TEKST } from '../../i18n/aktiv';
import { visTid } from '../../domain/datovisning';
import { navnPaa } from '../sakView';

/** A date or instant as people read it (Oslo time): 21.12.2026, or 21.12.2026 kl. 09:30 — the house's one format. */
export { visTid };

export const felt = (etikett: string, verdi: string) => ({ type: 'felt' as const, etikett, verdi });
const tekst = (t: string): Avsnitt => ({ type: 'tekst', tekst: t });

const navnFra = (org: Organisasjon) => (oid: string) => (oid === 'system' ? a.systemet : navnPaa(org, oid));

/** §12-5 applies when the case is (now) about someone who works at the school, leadership included. */
export function hjemmel(sak: Sak): string {
  const k = gjeldendeKlassifisering(sak);
  return k === 'ansatt' || k === 'ledelse' ? a.hjemmel.ansatt : a.hjemmel.vanlig;
}

export function klassifiseringSeksjon(org: Organisasjon, sak: Sak, nr: number): Seksjon {
  const navn = navnFra(org);
  const mottak = sak.historikk.find((h) => h.handling === 'ta_imot');
  // Without a classification at receipt, the reporter's answer is what the case is routed and handled by.
  const vedMottak = mottak?.klassifisering ?? (sak.varsel.kommerFra === 'vet_ikke' ? undefined : sak.varsel.kommerFra);
  const avsnitt: Avsnitt[] = [felt(a.klassifisering.varslerenSvarte, KLASSIFISERING_TEKST[sak.varsel.kommerFra])];
  if (mottak) {
    avsnitt.push(
      felt(
        a.klassifisering.vedMottak,
        `${vedMottak ? KLASSIFISERING_TEKST[vedMottak] : a.klassifisering.ikkeKlassifisert}${mottak.klassifisering ? a.klassifisering.vurdertAv(navn(mottak.av)) : a.klassifisering.svaretSto}${a.klassifisering.tattImot(visTid(mottak.tid), navn(mottak.av))}`,
      ),
    );
    if (mottak.begrunnelse) avsnitt.push(felt(a.klassifisering.begrunnelse, mottak.begrunnelse));
  } else avsnitt.push(felt(a.klassifisering.vedMottak, a.klassifisering.ikkeTattImot));

  let forrige = vedMottak ?? sak.varsel.kommerFra;
  for (const h of sak.historikk.filter((x) => x.handling === 'omklassifiser' && x.klassifisering)) {
    avsnitt.push(felt(a.klassifisering.endret(visTid(h.tid), navn(h.av)), a.klassifisering.fraTil(KLASSIFISERING_TEKST[forrige], KLASSIFISERING_TEKST[h.klassifisering!])));
    avsnitt.push(felt(a.klassifisering.begrunnelse, h.begrunnelse ?? '–'));
    forrige = h.klassifisering!;
  }
  return { overskrift: a.klassifisering.overskrift(nr), avsnitt: [...avsnitt, ...skoleeierAvsnitt(org, sak)] };
}

/** Who at skoleeier was told, when; rektor's own report; or that nobody could be told. */
function skoleeierAvsnitt(org: Organisasjon, sak: Sak): Avsnitt[] {
  const navn = navnFra(org);
  const ut: Avsnitt[] = [];
  if (sak.meldtSkoleeier) {
    ut.push(felt(a.klassifisering.meldt, a.av(visTid(sak.meldtSkoleeier.tid), navn(sak.meldtSkoleeier.av))));
    if (sak.meldtSkoleeier.begrunnelse) ut.push(felt(a.klassifisering.begrunnelse, sak.meldtSkoleeier.begrunnelse));
  }
  for (const h of sak.historikk) {
    if (h.handling === 'skoleeier_informert') ut.push(felt(a.klassifisering.varslet, `${h.til ? navn(h.til) : a.klassifisering.kommunalsjef}, ${visTid(h.tid)}`));
    if (h.handling === 'skoleeier_ikke_informert') ut.push(felt(a.klassifisering.ikkeVarslet, a.klassifisering.ingenKommunalsjef(visTid(h.tid))));
  }
  if (sak.ruting.kanal === 'skoleeier') ut.push(tekst(a.klassifisering.ledelsen));
  if (ut.length === 0) ut.push(felt(a.klassifisering.varslet, sak.ruting.skoleeierInformeres ? a.klassifisering.ikkeEnna : a.klassifisering.kreverIkke));
  return ut;
}

/** The history in words: what happened, to whom, by whom, with the reason given. */
export function historikkSeksjon(org: Organisasjon, sak: Sak, nr: number): Seksjon {
  const navn = navnFra(org);
  const linje = (h: Hendelse): Avsnitt[] => [
    felt(visTid(h.tid), `${HENDELSE_TEKST[h.handling]}${h.til ? ` – ${navn(h.til)}` : ''}${h.klassifisering ? ` – ${KLASSIFISERING_TEKST[h.klassifisering]}` : ''} (${navn(h.av)})`),
    ...(h.begrunnelse && h.handling !== 'skoleeier_ikke_informert' ? [felt(a.klassifisering.begrunnelse, h.begrunnelse)] : []),
  ];
  return { overskrift: a.historikk.overskrift(nr), avsnitt: sak.historikk.flatMap(linje) };
}
