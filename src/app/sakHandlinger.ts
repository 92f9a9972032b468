/**
 * Reading a case and acting on it, in one read-check-change-write loop for every action: read the
 * case, check the acting person's role (tilgang.ts) and the version they saw, compute the change
 * (handlinger/beregnEndring.ts: the lifecycle, the inputs, then the action's own step, one file per
 * action in handlinger/), and write it with the version check, the outbox entries riding on it.
 * Two receivers clicking at once: one decision is stored, the other is told and sees the current case.
 */
import { HANDLINGER, type Handling, type Hendelse } from '../domain/sak';
import { nb } from '../i18n/aktiv';
import { ord } from '../i18n/aktiv';
import { ConflictError } from '../store/port';
import { utenDubletter } from '../outbox/entries';
import { opprettPlan } from '../store/planRepo';
import { getSak, saveSak, type StoredSak } from '../store/sakRepo';
import { kjentAktor } from './aktorer';
import { auditEntry } from './outboxEntries';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, medStore, ok } from './resultat';
import { INGEN_KUNNSKAP, sakKunnskap, type SakKunnskap } from './planStatus';
import { loggLesing } from './lesLogg';
import { beslutningsversjon, byggSakView, type SakView } from './sakView';
import { innsyn, rollenTillater } from './tilgang';
import { oppdaterKopier } from './cardCopies';
import { erGjentattKlikk, omForeldetKlikk } from './foreldetKlikk';
import { beregnEndring } from './handlinger/beregnEndring';

const ikkeFunnet = () => feil<never>({ kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });

/** Reads the case as this person may see it. Someone without access is told it was not found, so its existence is not revealed. */
interface LestSak {
  lagret: StoredSak;
  visning: SakView;
  kunnskap: SakKunnskap;
}

async function lesSak(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<LestSak>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const stored = await getSak(ktx.store, sakId);
  if (!stored) return ikkeFunnet();
  const tilgang = innsyn(ktx.org, stored.sak, aktor.oid);
  if (!tilgang) return ikkeFunnet();
  const kunnskap = tilgang === 'full' ? await sakKunnskap(ktx, stored.sak) : INGEN_KUNNSKAP;
  return ok({ lagret: stored, visning: byggSakView(ktx.org, stored.sak, aktor.oid, tilgang, kunnskap), kunnskap });
}

export async function visSak(ktx: AppKontekst, aktor: Aktor, sakId: string): Promise<Resultat<SakView>> {
  return medStore(async () => {
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

/** Writes that only lost to the outbox's bookkeeping (not to a decision) are re-read and tried again, this many times. */
const MAKS_FORSOK = 3;

export async function utforHandling(ktx: AppKontekst, aktor: Aktor, f: HandlingForesporsel): Promise<Resultat<SakView>> {
  return medStore(async () => {
    for (let forsok = 1; ; forsok++) {
      const r = await forsokHandling(ktx, aktor, f);
      if (r !== 'skrivekonflikt') return r;
      if (forsok >= MAKS_FORSOK) return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
    }
  });
}

async function forsokHandling(ktx: AppKontekst, aktor: Aktor, f: HandlingForesporsel): Promise<Resultat<SakView> | 'skrivekonflikt'> {
  const lest = await lesSak(ktx, aktor, f.sakId);
  if (!lest.ok) return lest;
  const { lagret: stored, visning: view, kunnskap } = lest.verdi;
  const handling = f.handling as Handling;
  if (!HANDLINGER.includes(handling)) return feil({ kode: 'ugyldig', melding: nb.feil.ukjentHandling, felt: {} });

  if (f.versjon !== undefined && f.versjon !== beslutningsversjon(stored.sak)) {
    // A retried invoke of an action that already went through is success, not a conflict
    // (deliveries may have been recorded since: compare with the last decision).
    const klikk = { handling, verdier: f.verdier ?? {}, ...(f.via ? { via: f.via } : {}) };
    if (erGjentattKlikk(stored.sak, aktor.oid, klikk)) return ok(view);
    // An older copy: say what happened since, and apply what still makes sense (foreldetKlikk.ts).
    const svar = omForeldetKlikk(ktx.org, stored.sak, aktor.oid, klikk);
    if (!svar.tildel) return feil({ kode: 'konflikt', melding: `${svar.melding} ${nb.foreldet.ingentingEndret}` });
    const { versjon: _eldre, ...naa } = f;
    const r = await forsokHandling(ktx, aktor, { ...naa, handling: 'tildel', verdier: { saksansvarlig: svar.tildel } });
    if (r === 'skrivekonflikt') return r;
    if (!r.ok) return feil({ kode: 'konflikt', melding: `${svar.melding} ${nb.foreldet.ikkeTildelt(ord(r.feil.melding))}` });
    return ok({ ...r.verdi, melding: `${svar.melding} ${nb.foreldet.tildeltNaa(r.verdi.saksansvarlig?.navn ?? '')}` });
  }
  if (!rollenTillater(ktx.org, stored.sak, aktor.oid, handling)) return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  // The lifecycle is checked in beregnEndring, with the action's own inputs.

  const endring = beregnEndring(ktx, aktor, stored.sak, handling, f.verdier ?? {}, kunnskap);
  if (!endring.ok) return endring;
  const { sak, hendelse, etterpaa, meldinger: messages, revisjon: logg, nyPlan } = endring.verdi;
  const tid = ktx.naa().toISOString();
  const nye: Omit<Hendelse, 'nr'>[] = [{ ...hendelse, av: aktor.oid, tid, ...(f.via ? { via: f.via } : {}) }];
  if (etterpaa) nye.push({ ...etterpaa, tid });
  sak.historikk = [...stored.sak.historikk, ...nye.map((h, i) => ({ ...h, nr: stored.sak.historikk.length + 1 + i }))];
  // Every copy of the card is updated to show who did what; the clicked one gets the response instead
  // (a click Teams sent without the card's id: the actor's copies are left to the response and refresh-on-view).
  // From the tab, the actor's own chat copies are updated too. A copy already waiting for an update gets one.
  const unntatt = f.kortId ? { kortId: f.kortId } : f.via === 'fane' ? {} : { oid: aktor.oid };
  const oppdateringer = utenDubletter(stored.outbox, oppdaterKopier(ktx, sak, unntatt));
  try {
    // The plan first, keyed by the case: a retry after a crash between the two writes finds the same draft.
    if (nyPlan) await opprettPlan(ktx.store, nyPlan.plan, nyPlan.revisjon);
    const ny = await saveSak(ktx.store, stored, sak, [...messages, ...oppdateringer], [auditEntry(ktx, aktor.oid, handling, `status=${sak.status}`), ...logg]);
    ktx.log.info({ sakId: ny.sak.id, handling, status: ny.sak.status }, 'handling utført');
    ktx.startLevering({ list: 'saker', item: ny.item });
    const tilgang = innsyn(ktx.org, ny.sak, aktor.oid);
    // Moved to kommunalsjef: the mover is in the leadership the case is now hidden from.
    if (tilgang !== 'full') return ok({ ...byggSakView(ktx.org, ny.sak, aktor.oid, 'varsler'), tilgangMistet: true });
    // No action on the case changes its plan; a plan just opened is a draft with no evaluations.
    const etter = handling === 'opprett_plan' ? { ...kunnskap, planEvaluertTrygg: false, plan: { status: 'utkast' as const, nesteEvaluering: '' } } : kunnskap;
    return ok(byggSakView(ktx.org, ny.sak, aktor.oid, 'full', etter));
  } catch (e) {
    // Someone wrote the case since we read it: a decision (seen as a conflict on the next read) or bookkeeping.
    if (e instanceof ConflictError) return 'skrivekonflikt';
    throw e;
  }
}
