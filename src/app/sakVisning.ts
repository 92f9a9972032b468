/**
 * What one person may see of a case, ready to render as a card or JSON. Built only after the
 * authorization check (tilgang.ts); a reporter gets the 'varsler' view: their own varsel and
 * its status, not how the case is handled.
 */
import type { Organisasjon, Oid } from '../domain/organisasjon';
import { HANDLINGER, type Handling, type Kanal, type Sak, type Status } from '../domain/sak';
import type { VarselInnhold } from '../domain/varsel';
import { finnSkole, rollerFor } from '../domain/roller';
import { STATUS_TEKST } from '../domain/livslop';
import { type Innsyn, kanVaereSaksansvarlig, tillatteHandlinger } from './tilgang';

export interface PersonValg {
  oid: Oid;
  navn: string;
  stilling: string;
}

export interface HistorikkLinje {
  hendelse: Sak['historikk'][number]['handling'];
  av: string;
  til?: string;
  tid: string;
  begrunnelse?: string;
}

export interface SakVisning {
  id: string;
  saksnummer: string;
  /**
   * Which decisions the view showed (see beslutningsversjon); actions send it back, so a click on
   * a card that is behind a decision made since is told so instead of acting on a state it never saw.
   */
  versjon: string;
  innsyn: Innsyn;
  skole: { id: string; navn: string };
  status: Status;
  statusTekst: string;
  kanal: Kanal;
  straks: boolean;
  /** Who the varsel went to, as the reporter is told: 'rektor' or 'skoleeier'. */
  sendtTil: 'rektor' | 'skoleeier';
  opprettet: string;
  varsel: VarselInnhold;
  varsletAv: string;
  saksansvarlig?: PersonValg;
  historikk: HistorikkLinje[];
  /** Delivery state per receiver (full view only). */
  leveringer: { navn: string; rolle: string; status: string }[];
  meldtSkoleeier?: { av: string; tid: string };
  avslutning?: { av: string; tid: string; begrunnelse: string };
  planId?: string;
  /** Actions this person may take now. */
  handlinger: Handling[];
  /** People the case may be assigned to (only when 'tildel' is allowed). */
  saksansvarligValg: PersonValg[];
}

const BESLUTNINGER: ReadonlySet<string> = new Set(HANDLINGER);

/**
 * The case's version as people see it: how many decisions it holds. Not the store's item version,
 * which also moves on the outbox's bookkeeping writes (deliveries, card updates) — a card's copy of
 * that would be stale within a second of being sent. Prefixed so it never equals a store version.
 */
export function beslutningsversjon(sak: Pick<Sak, 'historikk'>): string {
  return `b${sak.historikk.filter((h) => BESLUTNINGER.has(h.handling)).length}`;
}

export function navnPaa(org: Organisasjon, oid: Oid): string {
  return rollerFor(org, oid).person?.navn ?? 'Ukjent person';
}

function personValg(org: Organisasjon, oid: Oid): PersonValg {
  const p = rollerFor(org, oid).person;
  return { oid, navn: p?.navn ?? 'Ukjent person', stilling: p?.stilling ?? '' };
}

function kandidater(org: Organisasjon, sak: Sak): PersonValg[] {
  const skole = finnSkole(org, sak.skoleId);
  const personer = sak.ruting.kanal === 'skoleeier' ? org.kommune.kommunalsjefer : (skole?.ansatte ?? []);
  return personer
    .filter((p) => kanVaereSaksansvarlig(org, sak, p.oid))
    .map((p) => ({ oid: p.oid, navn: p.navn, stilling: p.stilling }))
    .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'));
}

export function byggSakVisning(org: Organisasjon, sak: Sak, oid: Oid, innsyn: Innsyn, planEvaluertTrygg = false): SakVisning {
  const full = innsyn === 'full';
  const handlinger = full ? tillatteHandlinger(org, sak, oid, { planEvaluertTrygg }) : [];
  return {
    id: sak.id,
    saksnummer: sak.saksnummer,
    versjon: beslutningsversjon(sak),
    innsyn,
    skole: { id: sak.skoleId, navn: finnSkole(org, sak.skoleId)?.navn ?? sak.skoleId },
    status: sak.status,
    statusTekst: STATUS_TEKST[sak.status],
    kanal: sak.ruting.kanal,
    straks: sak.ruting.straks,
    sendtTil: sak.ruting.kanal === 'skoleeier' ? 'skoleeier' : 'rektor',
    opprettet: sak.opprettet,
    varsel: sak.varsel,
    varsletAv: navnPaa(org, sak.varsletAv),
    saksansvarlig: full && sak.saksansvarlig ? personValg(org, sak.saksansvarlig) : undefined,
    historikk: full
      ? sak.historikk.map((h) => ({
          hendelse: h.handling,
          av: h.av === 'system' ? 'Systemet' : navnPaa(org, h.av),
          til: h.til ? navnPaa(org, h.til) : undefined,
          tid: h.tid,
          begrunnelse: h.begrunnelse,
        }))
      : [],
    leveringer: full
      ? sak.leveringer.filter((l) => l.rolle !== 'varsler').map((l) => ({ navn: navnPaa(org, l.oid), rolle: l.rolle, status: l.status }))
      : [],
    meldtSkoleeier: full && sak.meldtSkoleeier ? { av: navnPaa(org, sak.meldtSkoleeier.av), tid: sak.meldtSkoleeier.tid } : undefined,
    avslutning: full && sak.avslutning ? { ...sak.avslutning, av: navnPaa(org, sak.avslutning.av) } : undefined,
    planId: full ? sak.planId : undefined,
    handlinger,
    saksansvarligValg: handlinger.includes('tildel') ? kandidater(org, sak) : [],
  };
}
