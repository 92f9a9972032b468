/**
 * For kommunalsjef when skoleeier is told of a case rektor handles. Two reasons, two cards that say
 * exactly that: a §12-5 varsel about someone who works at the school (skoleeier is told by law), or
 * rektor's own report to skoleeier («Meld til skoleeier») with rektor's reason. No actions: the
 * school has the case. Once the school closes it, the card says so, by whom, when and why. The full
 * answers and the history are one tap away.
 */
import type { SakView } from '../../src/app/sakView';
import { MAKS_LENGDE } from '../../src/domain/varsel';
import { botTekster } from '../../src/i18n/aktiv';
import { adaptiveCard, banner, linje, mellomtittel, oppfrisking, overskrift, tidspunkt, vekslSynlighet, type Element, type Card } from './felles';
import { alleSvar, beskrivelse, historikk } from './saksdetaljer';
import { fakta, hode } from './sakCard';

const t = botTekster;
const DETALJER_ID = 'detaljer';

/** Why skoleeier got this: the reporter's answer, or the receiver who classified it (who and when); closed, that it is closed. */
function hvorforInformert(v: SakView): string {
  if (v.avslutning) return t.informasjon.avsluttet;
  if (v.varsel.kommerFra === 'ansatt') return t.informasjon.hvorfor;
  return v.klassifisert?.klassifisering === 'ansatt' ? t.informasjon.vurdertAv(v.klassifisert.av, tidspunkt(v.klassifisert.tid)) : t.informasjon.omklassifisert;
}

export function informasjonCard(v: SakView, refreshFor: readonly string[]): Card {
  const meldt = v.skoleeier?.hvorfor === 'meldt_av_rektor' && v.meldtSkoleeier;
  const hvorfor: Element[] = meldt
    ? [
        banner(t.informasjon.meldtHvorfor(v.meldtSkoleeier!.av), 'Warning'),
        linje(t.informasjon.rektorsBegrunnelse, v.meldtSkoleeier!.begrunnelse ?? t.sak.ikkeBesvart, MAKS_LENGDE.begrunnelse),
        linje(t.sak.sendt, tidspunkt(v.meldtSkoleeier!.tid)),
      ]
    : [banner(hvorforInformert(v), 'Warning')];
  return adaptiveCard(
    [
      overskrift(meldt ? t.informasjon.meldtTittel(v.saksnummer) : t.informasjon.tittel(v.saksnummer)),
      ...hode(v).map((h) => ({ ...h, spacing: 'None' })),
      ...hvorfor,
      ...fakta(v),
      mellomtittel(t.sak.beskrivelse),
      ...beskrivelse(v, MAKS_LENGDE.beskrivelse),
      ...(v.avslutning ? [linje(t.sak.avsluttet(v.avslutning.av, tidspunkt(v.avslutning.tid)), v.avslutning.begrunnelse, MAKS_LENGDE.begrunnelse)] : []),
      { type: 'ActionSet', actions: [vekslSynlighet(t.sak.visDetaljer, [DETALJER_ID])] },
      { type: 'Container', id: DETALJER_ID, isVisible: false, items: [mellomtittel(t.sak.svar), ...alleSvar(v), ...historikk(v.historikk)] },
    ],
    { refresh: oppfrisking(v.id, 'informasjon', refreshFor) },
  );
}
