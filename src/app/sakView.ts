/**
 * What one person may see of a case, ready to render as a card or JSON. Built only after the
 * authorization check (tilgang.ts); a reporter gets the 'varsler' view: their own varsel and
 * its status, not how the case is handled.
 */
import { temaValg } from './sakstemaValg';
import { fraElevenView, type FraElevenView } from './elev/fraElevenView';
import type { Organisasjon, Oid } from '../domain/organisasjon';
import type { ElevensSvar } from '../domain/elevensOpplevelse';
import { HANDLINGER, SKOLEEIER_STEG, type Handling, type Kanal, type Sak, type SkoleeierSteg, type Status } from '../domain/sak';
import type { Klassifisering, KommerFra, VarselInnhold } from '../domain/varsel';
import { finnSkole, rollerFor } from '../domain/roller';
import { OVERGANGER, erAvsluttet, overgang, utfyltSkjema } from '../domain/livslop';
import { OMKLASSIFISERING, gjeldendeKlassifisering } from '../domain/routing';
import { type HandlingsKontekst, type Innsyn, erMeldtSkoleeier, kanLoggfore, kanVaereSaksansvarlig, rollenTillater, skoleeierAvslag, tillatteHandlinger } from './tilgang';
import { STATUS_TEKST } from '../i18n/aktiv';
import type { PlanFakta } from './planStatus';
import { foreslaattInvolvert } from './involvertAnsatt';
import { avslagTekst } from '../i18n/aktiv';

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
  klassifisering?: Klassifisering;
}

/**
 * Whether skoleeier knows, for a case where the law or rektor says it must (§12-5, «meld til
 * skoleeier»): never claimed before a kommunalsjef actually got the card.
 */
export interface SkoleeierVarsling {
  hvorfor: 'paragraf12_5' | 'meldt_av_rektor';
  status: 'varslet' | 'varsles' | 'ikke_varslet';
  grunn?: 'ingen_kommunalsjef' | 'ikke_nadd';
}

export interface SakView {
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
  /** What the case is about now: the receiver's classification, or the reporter's answer. */
  gjelder: KommerFra;
  /** The reporter answered «vet ikke» and nobody has classified it yet: receiving it includes classifying. */
  maaKlassifiseres: boolean;
  /** What this person may (re)classify the case as (ta_imot of an unclassified case, omklassifiser). */
  klassifiseringValg: Klassifisering[];
  skoleeier?: SkoleeierVarsling;
  /** Marked «straks» (§12-5, the leadership) while the case is open: a closed case is not urgent. */
  straks: boolean;
  /**
   * The receiver's own classification (on receipt, or a later change), who made it and when: a card
   * says what the receiver decided, not what the reporter answered (full view only).
   */
  klassifisert?: { av: string; tid: string; klassifisering: Klassifisering; begrunnelse?: string; endret: boolean };
  /** Who the varsel went to, as the reporter is told: 'rektor' or 'skoleeier'. */
  sendtTil: 'rektor' | 'skoleeier';
  /** Everyone at the school the varsel went to, as the reporter is told (none when it went to skoleeier). */
  sendtTilPersoner: PersonValg[];
  opprettet: string;
  varsel: VarselInnhold;
  varsletAv: string;
  saksansvarlig?: PersonValg;
  historikk: HistorikkLinje[];
  /** Delivery state per receiver (full view only). */
  leveringer: { navn: string; rolle: string; status: string }[];
  meldtSkoleeier?: { av: string; tid: string; begrunnelse?: string };
  /** Told to the person who acted on an older copy: what happened since, and what their click did (foreldetKlikk.ts). */
  melding?: string;
  /** The action took the case out of this person's sight (moved to kommunalsjef): show nothing of it. */
  tilgangMistet?: true;
  avslutning?: { av: string; tid: string; begrunnelse: string; motEleven?: string };
  /** §12-5: the employee the case is about, as named (full view; never shown to the family). */
  involvertAnsatt?: { oid?: string; navn: string; uavklart?: true; forslag?: { oid: string; navn: string }; utenfor?: true };
  /** The pupil's latest answer is «nei» or «delvis» (full view): closing needs rektor's reason against it. */
  elevIkkeTrygg?: ElevensSvar;
  /** When and how pupil and parents were told (full view only). */
  informert: { dato: string; hvordan: string; hvem?: 'elev' | 'foresatt'; navn?: string; elev: boolean; foresatte: boolean; av: string }[];
  planId?: string;
  /** The plan's state now (full view only): a card never calls an active or closed plan a draft. */
  plan?: PlanFakta['plan'];
  /** Actions this person may take now. */
  handlinger: Handling[];
  /** Closing actions this person will have once something is done, with what (a hidden button says why it is not there yet). */
  ikkeEnna: { handling: Handling; grunn: string }[];
  /** Whether this person may add to the case log now (it works the case, and the case is open). */
  kanLoggfore: boolean;
  /** This person may receive the case and become its saksansvarlig in one tap («Ta imot og bli saksansvarlig»). */
  kanTaSelv: boolean;
  /** People the case may be assigned to (only when 'tildel' is allowed). */
  saksansvarligValg: PersonValg[];
  /** The kommunalsjef's steps on a school's case she reads (src/app/skoleeierSteg.ts): those she may take now. */
  skoleeierSteg: SkoleeierSteg[];
  /** The case themes to choose from at receipt (issue 23; only when 'ta_imot' is allowed). */
  temaValg?: { id: string; navn: string }[];
  /** The pupil raised it themselves (issue 25): said on the case, with when, and who the pupil wants to talk with (full view). */
  fraEleven?: FraElevenView;
}

/** Skoleeier taking the case over changes who decides: a decision too. Asking rektor is not. */
const BESLUTNINGER: ReadonlySet<string> = new Set([...HANDLINGER, 'ta_over']);

/**
 * The case's version as people see it: how many decisions it holds. Not the store's item version,
 * which also moves on the outbox's bookkeeping writes (deliveries, card updates) — a card's copy of
 * that would be stale within a second of being sent. Prefixed so it never equals a store version.
 */
export function beslutningsversjon(sak: Pick<Sak, 'historikk'>): string {
  return `b${sak.historikk.filter((h) => BESLUTNINGER.has(h.handling)).length}`;
}

export function navnPaa(org: Organisasjon, oid: Oid): string {
  const r = rollerFor(org, oid);
  return r.person?.navn ?? r.elev?.elev.navn ?? 'Ukjent person';
}

function personValg(org: Organisasjon, oid: Oid): PersonValg {
  const p = rollerFor(org, oid).person;
  return { oid, navn: p?.navn ?? 'Ukjent person', stilling: p?.stilling ?? '' };
}

function kandidater(org: Organisasjon, sak: Sak): PersonValg[] {
  const skole = finnSkole(org, sak.skoleId);
  // A case about the leadership: the municipality's own people, never the school's (tilgang.ts checks each).
  const personer = sak.ruting.kanal === 'skoleeier' ? [...org.kommune.kommunalsjefer, ...org.kommune.saksbehandlere] : (skole?.ansatte ?? []);
  return personer
    .filter((p) => kanVaereSaksansvarlig(org, sak, p.oid))
    .filter((p, i, alle) => alle.findIndex((q) => q.oid === p.oid) === i)
    .map((p) => ({ oid: p.oid, navn: p.navn, stilling: p.stilling }))
    .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'));
}

export function skoleeierVarsling(org: Organisasjon, sak: Sak): SkoleeierVarsling | undefined {
  const hvorfor = sak.ruting.skoleeierInformeres ? 'paragraf12_5' : sak.meldtSkoleeier ? 'meldt_av_rektor' : undefined;
  if (!hvorfor) return undefined;
  const kopier = sak.leveringer.filter((l) => l.rolle === 'informert');
  if (kopier.some((l) => l.status === 'levert')) return { hvorfor, status: 'varslet' };
  if (kopier.some((l) => l.status === 'venter')) return { hvorfor, status: 'varsles' };
  const ingen = kopier.length === 0 || org.kommune.kommunalsjefer.length === 0;
  return { hvorfor, status: 'ikke_varslet', grunn: ingen ? 'ingen_kommunalsjef' : 'ikke_nadd' };
}

/** The last classification a receiver made (ta_imot of a «vet ikke» varsel, or omklassifiser). */
function klassifisert(org: Organisasjon, sak: Sak): SakView['klassifisert'] {
  const h = sak.historikk.findLast((x) => (x.handling === 'ta_imot' || x.handling === 'omklassifiser') && x.klassifisering);
  if (!h?.klassifisering) return undefined;
  return { av: navnPaa(org, h.av), tid: h.tid, klassifisering: h.klassifisering, ...(h.begrunnelse ? { begrunnelse: h.begrunnelse } : {}), endret: h.handling === 'omklassifiser' };
}

/** The closing actions the person's role allows in this state but the case is not ready for, and why. */
function ikkeEnna(org: Organisasjon, sak: Sak, oid: Oid, handlinger: readonly Handling[], k: HandlingsKontekst): SakView['ikkeEnna'] {
  const ut: SakView['ikkeEnna'] = [];
  for (const h of ['avslutt_uten_tiltak', 'avslutt'] as const) {
    if (handlinger.includes(h) || !OVERGANGER[h].fra.includes(sak.status) || !rollenTillater(org, sak, oid, h)) continue;
    const r = overgang(sak.status, h, utfyltSkjema({ planEvaluertTrygg: k.planEvaluertTrygg, elevensOpplevelseLogget: k.elevensOpplevelseLogget ?? false, alleredeMeldt: erMeldtSkoleeier(sak) }));
    if (!r.ok) ut.push({ handling: h, grunn: avslagTekst(r.avslag) });
  }
  return ut;
}

export function byggSakView(
  org: Organisasjon,
  sak: Sak,
  oid: Oid,
  innsyn: Innsyn,
  kunnskap: HandlingsKontekst & Pick<PlanFakta, 'plan'> = { planEvaluertTrygg: false },
): SakView {
  const full = innsyn === 'full';
  const handlinger = full ? tillatteHandlinger(org, sak, oid, kunnskap) : [];
  const gjelder = gjeldendeKlassifisering(sak);
  const maaKlassifiseres = gjelder === 'vet_ikke';
  return {
    id: sak.id,
    saksnummer: sak.saksnummer,
    versjon: beslutningsversjon(sak),
    innsyn,
    skole: { id: sak.skoleId, navn: finnSkole(org, sak.skoleId)?.navn ?? sak.skoleId },
    status: sak.status,
    statusTekst: STATUS_TEKST[sak.status],
    kanal: sak.ruting.kanal,
    gjelder,
    maaKlassifiseres,
    klassifiseringValg: handlinger.includes('omklassifiser') || (maaKlassifiseres && handlinger.includes('ta_imot')) ? [...OMKLASSIFISERING[gjelder]] : [],
    ...(full ? { skoleeier: skoleeierVarsling(org, sak) } : {}),
    straks: sak.ruting.straks && !erAvsluttet(sak.status),
    ...(full ? { klassifisert: klassifisert(org, sak) } : {}),
    sendtTil: sak.ruting.kanal === 'skoleeier' ? 'skoleeier' : 'rektor',
    sendtTilPersoner: sak.ruting.kanal === 'skoleeier' ? [] : sak.ruting.mottakere.map((m) => personValg(org, m)),
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
          klassifisering: h.klassifisering,
        }))
      : [],
    leveringer: full
      ? sak.leveringer.filter((l) => l.rolle !== 'varsler').map((l) => ({ navn: navnPaa(org, l.oid), rolle: l.rolle, status: l.status }))
      : [],
    meldtSkoleeier: full && sak.meldtSkoleeier ? { ...sak.meldtSkoleeier, av: navnPaa(org, sak.meldtSkoleeier.av) } : undefined,
    avslutning: full && sak.avslutning ? { ...sak.avslutning, av: navnPaa(org, sak.avslutning.av) } : undefined,
    informert: full
      ? (sak.informert ?? []).map((i) => ({ dato: i.dato, hvordan: i.hvordan, ...(i.hvem ? { hvem: i.hvem } : {}), ...(i.navn ? { navn: i.navn } : {}), elev: i.elev, foresatte: i.foresatte, av: navnPaa(org, i.av) }))
      : [],
    planId: full ? sak.planId : undefined,
    ...(full && kunnskap.elevIkkeTrygg ? { elevIkkeTrygg: kunnskap.elevIkkeTrygg } : {}),
    plan: full && sak.planId ? kunnskap.plan : undefined,
    ...(full && sak.involvertAnsatt ? { involvertAnsatt: involvertView(org, sak) } : {}),
    handlinger,
    ikkeEnna: full ? ikkeEnna(org, sak, oid, handlinger, kunnskap) : [],
    kanLoggfore: full && !erAvsluttet(sak.status) && kanLoggfore(org, sak, oid),
    kanTaSelv: handlinger.includes('ta_imot') && kanVaereSaksansvarlig(org, sak, oid),
    saksansvarligValg: handlinger.includes('tildel') || handlinger.includes('ta_imot') ? kandidater(org, sak) : [],
    // What she has done already (taken it over) is not offered again.
    skoleeierSteg: full ? SKOLEEIER_STEG.filter((s) => !skoleeierAvslag(org, sak, oid, s) && !(s === 'ta_over' && sak.overtattAvSkoleeier?.av === oid)) : [],
    ...(handlinger.includes('ta_imot') ? { temaValg: temaValg(org.kommune) } : {}),
    ...(full && sak.fraEleven ? { fraEleven: fraElevenView(org, sak, sak.fraEleven) } : {}),
  };
}

/** §12-5: who the case is about as named; a name only is unsettled (nobody kept out yet), with the school's person it suggests. */
function involvertView(org: Organisasjon, sak: Sak): NonNullable<SakView['involvertAnsatt']> {
  const i = sak.involvertAnsatt!;
  if ('oid' in i) return { oid: i.oid, navn: navnPaa(org, i.oid) };
  if (i.utenfor) return { navn: i.tekst, utenfor: true };
  const forslag = foreslaattInvolvert(org, sak);
  return { navn: i.tekst, uavklart: true, ...(forslag ? { forslag: { oid: forslag.oid, navn: forslag.navn } } : {}) };
}
