/**
 * A click on an older copy of a case card: the case has had decisions since the copy was made (in
 * the tab, by a colleague, by the person's own other copy). The answer says what happened — who did
 * what, where and when — and applies what still makes sense: the person pressed «Ta imot» with a
 * saksansvarlig chosen on a case received since without one, so that person is assigned. Nothing is
 * silent: a retry of the very same click (Teams retries invokes) is the only click answered as done.
 */
import type { Oid, Organisasjon } from '../domain/organisasjon';
import { erAvsluttet } from '../domain/livslop';
import { HANDLINGER, type Handling, type Hendelse, type Sak } from '../domain/sak';
import { folgSprak, formaterTid, HANDLING_TEKST } from '../i18n/aktiv';
import { navnPaa } from './sakView';
import { kanVaereSaksansvarlig, rollenTillater } from './tilgang';

const t = folgSprak((k) => k.nb.foreldet);

export interface Klikk {
  handling: Handling;
  verdier: Record<string, unknown>;
  via?: 'kort' | 'fane';
}

const valgt = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function sisteBeslutning(sak: Sak): Hendelse | undefined {
  return sak.historikk.filter((h) => HANDLINGER.includes(h.handling as Handling)).at(-1);
}

/** The same click again (Teams retried the invoke): same person, action, choices and place. */
export function erGjentattKlikk(sak: Sak, oid: Oid, k: Klikk): boolean {
  const siste = sisteBeslutning(sak);
  if (!siste || siste.av !== oid || siste.handling !== k.handling) return false;
  if ((siste.via ?? k.via) !== (k.via ?? siste.via)) return false;
  if (k.handling === 'ta_imot' || k.handling === 'tildel') {
    if (valgt(k.verdier.saksansvarlig) !== siste.til) return false;
    const klassifisering = valgt(k.verdier.klassifisering);
    if (klassifisering && klassifisering !== siste.klassifisering) return false;
  }
  return true;
}

export interface ForeldetSvar {
  /** What happened since the person's copy, in words. */
  melding: string;
  /** Who to assign the case to now: the choice still makes sense. */
  tildel?: Oid;
}

export function omForeldetKlikk(org: Organisasjon, sak: Sak, oid: Oid, k: Klikk): ForeldetSvar {
  const tid = (h: Hendelse) => formaterTid(new Date(h.tid));
  const mottak = k.handling === 'ta_imot' ? sak.historikk.find((h) => h.handling === 'ta_imot' || h.handling === 'tildel') : undefined;
  let message: string;
  if (mottak) {
    message = mottak.av === oid ? t.tattImotAvDeg(tid(mottak), mottak.via === 'fane') : t.tattImotAv(navnPaa(org, mottak.av), tid(mottak));
    if (sak.saksansvarlig) message += ` ${t.saksansvarlig(navnPaa(org, sak.saksansvarlig))}`;
  } else {
    const siste = sisteBeslutning(sak)!;
    const hva = HANDLING_TEKST[siste.handling as Handling];
    message = siste.av === oid ? t.endretAvDeg(hva, tid(siste), siste.via === 'fane') : t.endretAv(hva, navnPaa(org, siste.av), tid(siste));
  }
  const person = valgt(k.verdier.saksansvarlig);
  const kanTildele = !!mottak && !!person && !sak.saksansvarlig && !erAvsluttet(sak.status) && rollenTillater(org, sak, oid, 'tildel') && kanVaereSaksansvarlig(org, sak, person);
  return kanTildele ? { melding: message, tildel: person } : { melding: message };
}
