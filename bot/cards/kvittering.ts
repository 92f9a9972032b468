/**
 * The reporter's receipt: case number, who it went to (each receiver by name; for §12-5 that skoleeier
 * is told too), when, what happens next and how the
 * information is handled. Later updates show the status only — never how the case is handled.
 */
import type { SakView } from '../../src/app/sakView';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { folgSprak } from '../../src/i18n/aktiv';
import { adaptiveCard, linje, mellomtittel, oppfrisking, overskrift, tekst, tidspunkt, type Card } from './felles';

const t = folgSprak((k) => k.kort.kvittering);

export function kvitteringCard(v: SakView, refreshFor: readonly string[]): Card {
  const tilSkoleeier = v.sendtTil === 'skoleeier';
  return adaptiveCard(
    [
      overskrift(t.tittel),
      linje(t.saksnummer, v.saksnummer),
      linje(t.sendtTil, t.mottakere(tilSkoleeier, v.sendtTilPersoner), 1000),
      // §12-5: the reporter is told that skoleeier is told too (the law's duty, whatever the delivery's outcome).
      ...(v.varsel.kommerFra === 'ansatt' && !tilSkoleeier ? [tekst(t.skoleeierVarsles, { size: 'Small' })] : []),
      linje(t.sendt, tidspunkt(v.opprettet)),
      linje(t.elev, v.varsel.elevNavn, MAKS_LENGDE.elevNavn),
      linje(t.status, v.statusTekst),
      mellomtittel(t.hvaSkjerTittel),
      tekst(tilSkoleeier ? t.hvaSkjerSkoleeier : t.hvaSkjerRektor),
      mellomtittel(t.opplysningerTittel),
      tekst(t.opplysninger, { isSubtle: true }),
    ],
    // No buttons: an answer to a click would replace this receipt (and later updates would replace a form opened here).
    { refresh: oppfrisking(v.id, 'kvittering', refreshFor) },
  );
}
