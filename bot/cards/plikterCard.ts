/**
 * The bekreftelse reminder: the duties as the tab's Mine plikter shows them (src/i18n/plikter.ts),
 * and a button that confirms them right here (the same use case as the tab). Once confirmed —
 * here, in the tab, or on another copy — the card is a «done» card with no buttons; the refresh
 * shows each copy as it is now.
 */
import type { PaaminnelseView } from '../../src/app/notifier';
import { plikter, folgSprak } from '../../src/i18n/aktiv';
import { gjeldendeSprak } from '../../src/i18n/gjeldende';
import { VERB } from '../verbnavn';
import { adaptiveCard, banner, mellomtittel, overskrift, tekst, tidspunkt, utfor, type Card } from './felles';

const t = folgSprak((k) => k.kort.plikter);

/** Teams refreshes this person's copy with vis_plikter (their own Teams user id only). */
const oppfrisk = (teamsId: string): Card['refresh'] | undefined =>
  teamsId ? { action: { type: 'Action.Execute', verb: VERB.visPlikter, data: {} }, userIds: [teamsId] } : undefined;

export function plikterCard(v: Extract<PaaminnelseView, { type: 'plikter' }>, teamsId: string, valg: { feil?: string } = {}): Card {
  const refresh = oppfrisk(teamsId);
  return adaptiveCard(
    [
      overskrift(plikter.tittel),
      tekst(t.skolear(v.skoleår), { isSubtle: true, spacing: 'None' }),
      ...(valg.feil ? [banner(valg.feil)] : v.melding ? [banner(v.melding, 'Warning')] : []),
      tekst(plikter.ingress),
      ...plikter.delplikter.flatMap((d) => [mellomtittel(d.navn), tekst(d.tekst, { spacing: 'None' })]),
    ],
    // The button carries the language the duties are written in here, for the bekreftelse to record (issue 24).
    { actions: [utfor(t.bekreft, VERB.bekreftPlikter, { versjon: v.versjon, sprak: gjeldendeSprak() }, { stil: 'positive' })], ...(refresh ? { refresh } : {}) },
  );
}

/** Confirmed: who confirmed is the reader, when is the stored confirmation's time. No buttons, nothing left to refresh. */
export function plikterBekreftetCard(b: { tid: string; skoleår: string }): Card {
  return adaptiveCard([overskrift(t.ferdigTittel), banner(t.ferdig(tidspunkt(b.tid), b.skoleår), 'Good')]);
}
