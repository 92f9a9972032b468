/**
 * Reading a case and acting on it. Every action is re-checked here against the stored case and
 * the acting person's object id: role (tilgang.ts), lifecycle (domain/livslop.ts) and the
 * version the person saw. Two receivers clicking at once: one decision is stored, the other is
 * told and sees the current case.
 */
import { nyPlan } from '../domain/aktivitetsplan';
import { osloDato } from '../domain/frister';
import { feltProblemer, overgang, utfyltSkjema } from '../domain/livslop';
import { HANDLINGER, elevOgForesatteInformert, type Handling, type Hendelse, type Sak } from '../domain/sak';
import { KLASSIFISERINGER, type Klassifisering } from '../domain/varsel';
import { OMKLASSIFISERING, gjeldendeKlassifisering, omklassifiser } from '../domain/routing';
import { navngiInvolvert } from './involvertAnsatt';
import { finnSkole } from '../domain/roller';
import { nb } from '../i18n/nb';
import { ord } from '../i18n/avslag';
import type { AuditEntry, OutboxEntry } from '../store/envelope';
import { ConflictError } from '../store/port';
import { utenDubletter } from '../outbox/dispatcher';
import { opprettPlan } from '../store/planRepo';
import { hentSak, lagreSak, type LagretSak } from '../store/sakRepo';
import { kjentAktor } from './aktorer';
import { melding, revisjon } from './utboksposter';
import type { Aktor, AppKontekst } from './kontekst';
import { type Melding, type Resultat, feil, medLagring, ok } from './resultat';
import { INGEN_KUNNSKAP, sakKunnskap, type SakKunnskap } from './planStatus';
import { loggLesing } from './lesLogg';
import { beslutningsversjon, byggSakVisning, type SakVisning } from './sakVisning';
import { erMeldtSkoleeier, innsyn, kanVaereSaksansvarlig, rollenTillater, type HandlingsKontekst } from './tilgang';
import { skoleeierIkkeVarslet } from './skoleeierVarsling';
import { oppdaterKopier } from './kortkopier';
import { erGjentattKlikk, omForeldetKlikk } from './foreldetKlikk';
import { lesInformering, manglerInformert } from './informering';

const ikkeFunnet = () => feil<never>({ kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });

/** Reads the case as this person may see it. Someone without access is told it was not found, so its existence is not revealed. */
interface LestSak {
  lagret: LagretSak;
  visning: SakVisning;
  kunnskap: SakKunnskap;
}

async function lesSak(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<LestSak>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const lagret = await hentSak(ktx.store, sakId);
  if (!lagret) return ikkeFunnet();
  const tilgang = innsyn(ktx.org, lagret.sak, aktor.oid);
  if (!tilgang) return ikkeFunnet();
  const kunnskap = tilgang === 'full' ? await sakKunnskap(ktx, lagret.sak) : INGEN_KUNNSKAP;
  return ok({ lagret, visning: byggSakVisning(ktx.org, lagret.sak, aktor.oid, tilgang, kunnskap), kunnskap });
}

export async function visSak(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<SakVisning>> {
  return medLagring(async () => {
    const lest = await lesSak(ktx, aktor, sakId);
    if (!lest.ok) return lest;
    loggLesing(ktx, aktor.oid, lest.verdi.lagret, 'sak_lest', lest.verdi.visning.innsyn);
    return ok(lest.verdi.visning);
  });
}

export interface HandlingForesporsel {
  sakId: string;
  handling: string;
  /** The decision version the person's card showed (SakVisning.versjon); omitted means "act on the current case". */
  versjon?: string;
  /** Where the person acted: a chat card or the tab. */
  via?: 'kort' | 'fane';
  /** The clicked card (Teams' replyToId): every other copy is updated, this one gets the response. */
  kortId?: string;
  /**
   * Action inputs from the card: saksansvarlig (oid), begrunnelse, klassifisering, who was told at
   * closing (INFORMERT_FELT: the pupil and each parent, how and when), and bekreftet for the actions
   * that need a confirmation step (BEKREFTES).
   */
  verdier?: Record<string, unknown>;
}

/**
 * Final steps that are confirmed before they are taken: reporting to skoleeier, and moving a case to
 * kommunalsjef (which takes it out of the mover's own sight). Asked only once the inputs are valid.
 */
export function maaBekreftes(handling: Handling, verdier: Record<string, unknown>): boolean {
  return handling === 'meld_skoleeier' || ((handling === 'omklassifiser' || handling === 'ta_imot') && verdier.klassifisering === 'ledelse');
}

interface Endring {
  sak: Sak;
  hendelse: Omit<Hendelse, 'nr' | 'av' | 'tid'>;
  /** An event by the system after the person's (skoleeier could not be told). */
  etterpaa?: Omit<Hendelse, 'nr' | 'tid'>;
  meldinger: OutboxEntry[];
  revisjon: AuditEntry[];
}

/** Writes that only lost to the outbox's bookkeeping (not to a decision) are re-read and tried again, this many times. */
const MAKS_FORSOK = 3;

export async function utforHandling(ktx: AppKontekst, aktor: Aktor, f: HandlingForesporsel): Promise<Resultat<SakVisning>> {
  return medLagring(async () => {
    for (let forsok = 1; ; forsok++) {
      const r = await forsokHandling(ktx, aktor, f);
      if (r !== 'skrivekonflikt') return r;
      if (forsok >= MAKS_FORSOK) return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
    }
  });
}

async function forsokHandling(ktx: AppKontekst, aktor: Aktor, f: HandlingForesporsel): Promise<Resultat<SakVisning> | 'skrivekonflikt'> {
  const lest = await lesSak(ktx, aktor, f.sakId);
  if (!lest.ok) return lest;
  const { lagret, visning, kunnskap } = lest.verdi;
  const handling = f.handling as Handling;
  if (!HANDLINGER.includes(handling)) return feil({ kode: 'ugyldig', melding: nb.feil.ukjentHandling, felt: {} });

  if (f.versjon !== undefined && f.versjon !== beslutningsversjon(lagret.sak)) {
    // A retried invoke of an action that already went through is success, not a conflict
    // (deliveries may have been recorded since: compare with the last decision).
    const klikk = { handling, verdier: f.verdier ?? {}, ...(f.via ? { via: f.via } : {}) };
    if (erGjentattKlikk(lagret.sak, aktor.oid, klikk)) return ok(visning);
    // An older copy: say what happened since, and apply what still makes sense (foreldetKlikk.ts).
    const svar = omForeldetKlikk(ktx.org, lagret.sak, aktor.oid, klikk);
    if (!svar.tildel) return feil({ kode: 'konflikt', melding: `${svar.melding} ${nb.foreldet.ingentingEndret}` });
    const { versjon: _eldre, ...naa } = f;
    const r = await forsokHandling(ktx, aktor, { ...naa, handling: 'tildel', verdier: { saksansvarlig: svar.tildel } });
    if (r === 'skrivekonflikt') return r;
    if (!r.ok) return feil({ kode: 'konflikt', melding: `${svar.melding} ${nb.foreldet.ikkeTildelt(ord(r.feil.melding))}` });
    return ok({ ...r.verdi, melding: `${svar.melding} ${nb.foreldet.tildeltNaa(r.verdi.saksansvarlig?.navn ?? '')}` });
  }
  if (!rollenTillater(ktx.org, lagret.sak, aktor.oid, handling)) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  // The lifecycle is checked in beregnEndring, with the action's own inputs.

  const endring = await beregnEndring(ktx, aktor, lagret.sak, handling, f.verdier ?? {}, kunnskap);
  if (!endring.ok) return endring;
  const { sak, hendelse, etterpaa, meldinger, revisjon: logg } = endring.verdi;
  const tid = ktx.naa().toISOString();
  const nye: Omit<Hendelse, 'nr'>[] = [{ ...hendelse, av: aktor.oid, tid, ...(f.via ? { via: f.via } : {}) }];
  if (etterpaa) nye.push({ ...etterpaa, tid });
  sak.historikk = [...lagret.sak.historikk, ...nye.map((h, i) => ({ ...h, nr: lagret.sak.historikk.length + 1 + i }))];
  // Every copy of the card is updated to show who did what; the clicked one gets the response instead
  // (a click Teams sent without the card's id: the actor's copies are left to the response and refresh-on-view).
  // From the tab, the actor's own chat copies are updated too. A copy already waiting for an update gets one.
  const unntatt = f.kortId ? { kortId: f.kortId } : f.via === 'fane' ? {} : { oid: aktor.oid };
  const oppdateringer = utenDubletter(lagret.outbox, oppdaterKopier(ktx, sak, unntatt));
  try {
    const ny = await lagreSak(ktx.store, lagret, sak, [...meldinger, ...oppdateringer], [revisjon(ktx, aktor.oid, handling, `status=${sak.status}`), ...logg]);
    ktx.log.info({ sakId: ny.sak.id, handling, status: ny.sak.status }, 'handling utført');
    ktx.startLevering({ list: 'saker', item: ny.item });
    const tilgang = innsyn(ktx.org, ny.sak, aktor.oid);
    // Moved to kommunalsjef: the mover is in the leadership the case is now hidden from.
    if (tilgang !== 'full') return ok({ ...byggSakVisning(ktx.org, ny.sak, aktor.oid, 'varsler'), tilgangMistet: true });
    // No action on the case changes its plan; a plan just opened is a draft with no evaluations.
    const etter = handling === 'opprett_plan' ? { ...kunnskap, planEvaluertTrygg: false, plan: { status: 'utkast' as const, nesteEvaluering: '' } } : kunnskap;
    return ok(byggSakVisning(ktx.org, ny.sak, aktor.oid, 'full', etter));
  } catch (e) {
    // Someone wrote the case since we read it: a decision (seen as a conflict on the next read) or bookkeeping.
    if (e instanceof ConflictError) return 'skrivekonflikt';
    throw e;
  }
}

async function beregnEndring(
  ktx: AppKontekst,
  aktor: Aktor,
  gammel: Sak,
  handling: Handling,
  verdier: Record<string, unknown>,
  kunnskap: Required<HandlingsKontekst>,
): Promise<Resultat<Endring>> {
  const sak: Sak = structuredClone(gammel);
  const tid = ktx.naa().toISOString();
  const begrunnelse = typeof verdier.begrunnelse === 'string' ? verdier.begrunnelse.trim() : '';
  const begrunnelseMotEleven = typeof verdier.begrunnelseMotEleven === 'string' ? verdier.begrunnelseMotEleven.trim() : '';
  const avslutter = handling === 'avslutt' || handling === 'avslutt_uten_tiltak';
  const informering = avslutter ? lesInformering(verdier, aktor, tid, osloDato(ktx.naa()), osloDato(new Date(gammel.opprettet))) : undefined;
  if (informering?.ok && informering.verdi.length) sak.informert = [...(sak.informert ?? []), ...informering.verdi];
  const valgt = typeof verdier.klassifisering === 'string' && verdier.klassifisering !== '' ? verdier.klassifisering : undefined;
  const gjelder = gjeldendeKlassifisering(sak);
  const { elevIkkeTrygg, motEleven: _fraEvaluering, ...resten } = kunnskap;
  const ctx = {
    begrunnelse,
    alleredeMeldt: erMeldtSkoleeier(sak),
    ...resten,
    ...(elevIkkeTrygg ? { elevIkkeTrygg, begrunnelseMotEleven } : {}),
    informert: elevOgForesatteInformert(sak),
    maaKlassifiseres: gjelder === 'vet_ikke',
    klassifisering: valgt,
  };
  // The case's state first (nothing the form can fix), then every problem with the inputs at once, each under its field.
  const tilstand = overgang(sak.status, handling, utfyltSkjema(ctx));
  if (!tilstand.ok) return feil({ kode: 'ulovlig_overgang', melding: tilstand.avslag });
  const { informertHvordan: ikkeInformert, ...skjemaProblemer } = feltProblemer(handling, ctx);
  const ugyldigInformering = informering && !informering.ok && informering.feil.kode === 'ugyldig' ? informering.feil : undefined;
  const problemer: Record<string, Melding> = {
    ...skjemaProblemer,
    // Nobody recorded as told: the problem stands at the first person still missing (the pupil, else a parent).
    ...(ikkeInformert ? { [manglerInformert(sak)]: ikkeInformert } : {}),
    ...(ugyldigInformering ? ugyldigInformering.felt : {}),
  };
  // A date or text that cannot be is invalid input (400); a step the case is not ready for is a refused transition (409).
  const ugyldig = ugyldigInformering || Object.values(skjemaProblemer).some((a) => a.kode === 'for_lang');
  if (Object.keys(problemer).length > 0) return feil({ kode: ugyldig ? 'ugyldig' : 'ulovlig_overgang', melding: Object.values(problemer)[0]!, felt: problemer });
  // What is left is the case's state (the log, the plan, skoleeier told): the refusal says which input, if any.
  const lov = overgang(sak.status, handling, ctx);
  if (!lov.ok) return feil({ kode: 'ulovlig_overgang', melding: lov.avslag, ...(lov.avslag.felt ? { felt: { [lov.avslag.felt]: lov.avslag } } : {}) });
  const klassifisering = valgt as Klassifisering | undefined;
  const klassifiserer = handling === 'omklassifiser' || (handling === 'ta_imot' && gjelder === 'vet_ikke');
  if (handling === 'omklassifiser' && OMKLASSIFISERING[gjelder].length === 0) return feil({ kode: 'ulovlig_overgang', melding: nb.feil.kanIkkeOmklassifiseres });
  if (klassifiserer && (!KLASSIFISERINGER.includes(klassifisering!) || !OMKLASSIFISERING[gjelder].includes(klassifisering!))) {
    return feil({ kode: 'ugyldig', melding: nb.feil.klassifiseringUgyldig, felt: { klassifisering: nb.feil.klassifiseringUgyldig } });
  }
  // «Vet ikke» has been handled as straks: saying no adult at the school is behind it needs a reason, kept in the history.
  if (klassifiserer && gjelder === 'vet_ikke' && klassifisering === 'nei' && begrunnelse === '') {
    return feil({ kode: 'ugyldig', melding: nb.feil.klassifiserNeiBegrunnelse, felt: { begrunnelse: nb.feil.klassifiserNeiBegrunnelse } });
  }
  if ((klassifiserer && klassifisering === 'ledelse') || handling === 'meld_skoleeier') {
    // Without a kommunalsjef the case would end with nobody (ledelse) or the report with nobody.
    if (ktx.org.kommune.kommunalsjefer.length === 0) return feil({ kode: 'utilgjengelig', melding: nb.feil.ingenKommunalsjef });
  }
  // The assignee chosen beside «Ta imot» is checked against where the case goes before anything is confirmed:
  // a case moved to kommunalsjef is never given to someone at the school.
  const valgtPerson = handling === 'ta_imot' && typeof verdier.saksansvarlig === 'string' ? verdier.saksansvarlig : '';
  const skole = finnSkole(ktx.org, sak.skoleId);
  if (valgtPerson && klassifiserer && skole && !kanVaereSaksansvarlig(ktx.org, { ...sak, ruting: omklassifiser(ktx.org, skole, klassifisering!) }, valgtPerson)) {
    const m = klassifisering === 'ledelse' ? nb.feil.saksansvarligLedelse : nb.feil.ikkeSaksansvarlig;
    return feil({ kode: 'ugyldig', melding: m, felt: { saksansvarlig: m } });
  }
  if (maaBekreftes(handling, verdier) && verdier.bekreftet !== true && verdier.bekreftet !== 'true') {
    return feil({ kode: 'maa_bekreftes', melding: nb.feil.maaBekreftes });
  }
  sak.status = lov.til;
  const endring: Endring = { sak, hendelse: { handling }, meldinger: [], revisjon: [] };
  if (handling === 'ta_imot') {
    const navngitt = navngiInvolvert(ktx, sak, verdier, klassifisering ?? gjelder, aktor, tid);
    if (!navngitt.ok) return navngitt;
    if (navngitt.verdi) endring.revisjon.push(revisjon(ktx, aktor.oid, 'involvert_ansatt_satt', `sak=${sak.id}`));
  }

  if (klassifiserer) {
    endreKlassifisering(ktx, sak, klassifisering!, endring, tid);
    endring.hendelse.klassifisering = klassifisering;
    if (begrunnelse) endring.hendelse.begrunnelse = begrunnelse;
  }

  switch (handling) {
    case 'ta_imot':
    case 'tildel': {
      const oid = typeof verdier.saksansvarlig === 'string' ? verdier.saksansvarlig : '';
      // «Ta imot» with an assignee chosen beside it receives and assigns in one tap.
      if (handling === 'ta_imot' && !oid) break;
      if (!oid || !kanVaereSaksansvarlig(ktx.org, sak, oid)) {
        return feil({ kode: 'ugyldig', melding: nb.feil.ikkeSaksansvarlig, felt: { saksansvarlig: nb.feil.ikkeSaksansvarlig } });
      }
      sak.saksansvarlig = oid;
      endring.hendelse.til = oid;
      // The assignee gets a case card to work from, unless they already hold one (a receipt is not one:
      // the reporter is often the kontaktlærer who is then assigned the case).
      const harSakskort = sak.leveringer.some((l) => l.oid === oid && (l.rolle === 'mottaker' || l.rolle === 'saksansvarlig'));
      if (oid !== aktor.oid && !harSakskort) {
        sak.leveringer.push({ oid, rolle: 'saksansvarlig', status: 'venter', tid });
        endring.meldinger.push(melding(ktx, 'tildelt', oid));
      }
      break;
    }
    case 'avslutt_uten_tiltak': {
      sak.avslutning = { av: aktor.oid, tid, begrunnelse, ...motEleven(kunnskap, begrunnelseMotEleven) };
      endring.hendelse.begrunnelse = begrunnelse;
      break;
    }
    case 'avslutt':
      // Rektor's own words are the record; without them, what the evaluation that allowed closing concluded.
      sak.avslutning = { av: aktor.oid, tid, begrunnelse: begrunnelse || nb.avslutning.etterEvaluering, ...motEleven(kunnskap, begrunnelseMotEleven) };
      if (begrunnelse) endring.hendelse.begrunnelse = begrunnelse;
      break;
    case 'meld_skoleeier':
      // Its own card to each kommunalsjef: a report from rektor with rektor's reason, not a varsel.
      sak.meldtSkoleeier = { av: aktor.oid, tid, begrunnelse };
      endring.hendelse.begrunnelse = begrunnelse;
      for (const k of ktx.org.kommune.kommunalsjefer) {
        if (!sak.leveringer.some((l) => l.oid === k.oid && l.rolle === 'informert')) sak.leveringer.push({ oid: k.oid, rolle: 'informert', status: 'venter', tid });
        endring.meldinger.push(melding(ktx, 'meldt', k.oid));
      }
      break;
    case 'omklassifiser':
      break;
    case 'opprett_plan': {
      // The plan is its own aggregate, keyed by the case: a retry after a crash finds the same draft.
      const utkast = nyPlan({ id: sak.id, sakId: sak.id, skoleId: sak.skoleId, elevNavn: sak.varsel.elevNavn, av: aktor.oid, tid });
      const { plan } = await opprettPlan(ktx.store, utkast, [revisjon(ktx, aktor.oid, 'plan_opprettet', `sak=${sak.id}`)]);
      sak.planId = plan.id;
      break;
    }
    case 'start_undersokelse':
      break;
  }
  return ok(endring);
}

/** Closing against the pupil's latest «nei»/«delvis»: the reason written now, or the one the evaluation that closed the plan carries. */
function motEleven(kunnskap: Required<HandlingsKontekst>, begrunnelseMotEleven: string): { motEleven?: string } {
  if (kunnskap.elevIkkeTrygg) return { motEleven: begrunnelseMotEleven };
  return kunnskap.motEleven ? { motEleven: kunnskap.motEleven } : {};
}

/**
 * The routing of the new classification applies from now on. People it hides the case from keep
 * being hidden (the list only grows); the copies they hold are blanked by the card updates every
 * action sends. To «ansatt»: skoleeier is told (§12-5). To «ledelse»: kommunalsjef receives it.
 */
function endreKlassifisering(ktx: AppKontekst, sak: Sak, til: Klassifisering, endring: Endring, tid: string): void {
  const skole = finnSkole(ktx.org, sak.skoleId);
  if (!skole) return;
  const ny = omklassifiser(ktx.org, skole, til);
  const varSkoleeierInformert = sak.ruting.skoleeierInformeres;
  sak.ruting = { ...ny, skjermetFor: [...new Set([...sak.ruting.skjermetFor, ...ny.skjermetFor])] };
  endring.revisjon.push(revisjon(ktx, 'system', 'omklassifisert', `kanal=${ny.kanal}`));
  if (sak.saksansvarlig && !kanVaereSaksansvarlig(ktx.org, sak, sak.saksansvarlig)) delete sak.saksansvarlig;

  if (til === 'ledelse') {
    for (const oid of ny.mottakere) {
      if (sak.leveringer.some((l) => l.oid === oid && l.rolle === 'mottaker')) continue;
      sak.leveringer.push({ oid, rolle: 'mottaker', status: 'venter', tid });
      endring.meldinger.push(melding(ktx, 'varsel', oid));
    }
  }
  if (til === 'ansatt' && !varSkoleeierInformert) {
    const kommunalsjefer = ktx.org.kommune.kommunalsjefer.map((k) => k.oid);
    for (const oid of kommunalsjefer) {
      if (sak.leveringer.some((l) => l.oid === oid && l.rolle === 'informert')) continue;
      sak.leveringer.push({ oid, rolle: 'informert', status: 'venter', tid });
      endring.meldinger.push(melding(ktx, 'informert', oid));
    }
    if (kommunalsjefer.length === 0) {
      const ikke = skoleeierIkkeVarslet(ktx, tid);
      endring.meldinger.push(...ikke.meldinger);
      endring.revisjon.push(...ikke.revisjon);
      endring.etterpaa = ikke.hendelse;
    }
  }
}

