/**
 * The kommunalsjef's steps from her card on a school's case she reads (a §12-5 case, one rektor
 * reported on, one passed on because the school did not receive it in time — issue 26):
 * - «Be rektor følge opp»: rektor gets a card saying skoleeier asks for follow-up; the case history
 *   keeps who asked whom, when.
 * - «Ta over saken»: skoleeier takes the case over: she becomes its saksansvarlig and decides and closes
 *   it beside rektor (tilgang.ts). A case about the leadership is hers already and is never offered.
 * Authorization is tilgang.ts' skoleeierAvslag, asked again on every click. A second click makes no
 * second record: asking again the same day with no step taken in the case since, or taking over what she took over,
 * answers what was done.
 */
import { osloDato } from '../domain/frister';
import type { Sak, SkoleeierSteg } from '../domain/sak';
import { finnSkole } from '../domain/roller';
import { formaterTid, nb } from '../i18n/aktiv';
import type { OutboxEntry } from '../store/envelope';
import { ConflictError } from '../store/port';
import { getSak, saveSak } from '../store/sakRepo';
import { kjentAktor } from './aktorer';
import type { Aktor, AppKontekst } from './kontekst';
import { oppdaterKopier } from './cardCopies';
import { OPPFOLGING } from './paaminnelseKopier';
import { sakKunnskap } from './planStatus';
import { type Resultat, feil, medStore, ok } from './resultat';
import { beslutningsversjon, byggSakView, navnPaa, type SakView } from './sakView';
import { innsyn, skoleeierAvslag } from './tilgang';
import { outboxEntry, auditEntry } from './outboxEntries';

const MAKS_FORSOK = 3;

/** «Be rektor følge opp»: a card to rektor and a line in the case history. */
export async function beRektorFolgeOpp(ktx: AppKontekst, aktor: Aktor, sakId: string, cardId?: string): Promise<Resultat<SakView>> {
  return medStore(() => utfor(ktx, aktor, sakId, 'be_om_oppfolging', cardId));
}

/** «Ta over saken»: skoleeier becomes the case's saksansvarlig and one who decides on it. */
export async function taOverSaken(ktx: AppKontekst, aktor: Aktor, sakId: string, cardId?: string): Promise<Resultat<SakView>> {
  return medStore(() => utfor(ktx, aktor, sakId, 'ta_over', cardId));
}

async function utfor(ktx: AppKontekst, aktor: Aktor, sakId: string, steg: SkoleeierSteg, cardId?: string): Promise<Resultat<SakView>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  for (let forsok = 1; forsok <= MAKS_FORSOK; forsok++) {
    const stored = await getSak(ktx.store, sakId);
    if (!stored || !innsyn(ktx.org, stored.sak, aktor.oid)) return feil({ kode: 'ikke_funnet', melding: nb.feil.sakIkkeFunnet });
    const sak = stored.sak;
    const avslag = skoleeierAvslag(ktx.org, sak, aktor.oid, steg);
    if (avslag === 'ikke_kommunalsjef') return feil({ kode: 'ikke_tillatt', melding: nb.skoleeierSteg.avslag.ikke_kommunalsjef });
    if (avslag === 'overtatt_av_annen') {
      const o = sak.overtattAvSkoleeier!;
      return feil({ kode: 'ulovlig_overgang', melding: nb.skoleeierSteg.avslag.overtatt_av_annen(navnPaa(ktx.org, o.av), formaterTid(new Date(o.tid))) });
    }
    if (avslag) return feil({ kode: 'ulovlig_overgang', melding: nb.skoleeierSteg.avslag[avslag] });

    const allerede = alleredeGjort(ktx, sak, aktor.oid, steg);
    if (allerede) return ok({ ...(await view(ktx, sak, aktor.oid)), melding: allerede });

    const tid = ktx.naa().toISOString();
    const ny: Sak = structuredClone(sak);
    // skoleeierAvslag made sure the school has a rektor who sees the case before asking them.
    const rektor = finnSkole(ktx.org, sak.skoleId)?.rektor ?? '';
    const messages: OutboxEntry[] = [];
    if (steg === 'be_om_oppfolging') {
      ny.historikk.push({ nr: ny.historikk.length + 1, handling: steg, av: aktor.oid, til: rektor, tid, via: 'kort' });
      // Its own message (not an update of a copy rektor holds), kept as a copy the case's changes update.
      ny.leveringer.push({ oid: rektor, rolle: 'paminnelse', status: 'venter', tid, grunn: { type: OPPFOLGING, av: aktor.oid, tid } });
      messages.push(outboxEntry(ktx, OPPFOLGING, rektor, { grunnTid: tid }));
    } else {
      ny.overtattAvSkoleeier = { av: aktor.oid, tid };
      ny.saksansvarlig = aktor.oid;
      ny.historikk.push({ nr: ny.historikk.length + 1, handling: steg, av: aktor.oid, til: aktor.oid, tid, via: 'kort' });
    }
    // Every copy shows the new history line (and who has the case); the clicked card gets the answer.
    const kopier = oppdaterKopier(ktx, ny, cardId ? { kortId: cardId } : { oid: aktor.oid });
    try {
      const skrevet = await saveSak(ktx.store, stored, ny, [...messages, ...kopier], [auditEntry(ktx, aktor.oid, steg, `sak=${sak.id}`)]);
      ktx.log.info({ sakId: sak.id, steg }, 'skoleeier-steg utført');
      ktx.startLevering({ list: 'saker', item: skrevet.item });
      const svar = steg === 'ta_over' ? nb.skoleeierSteg.overtatt : nb.skoleeierSteg.bedt(navnPaa(ktx.org, rektor));
      return ok({ ...(await view(ktx, skrevet.sak, aktor.oid)), melding: svar });
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
    }
  }
  return feil({ kode: 'konflikt', melding: nb.feil.konflikt });
}

/**
 * What a repeated click finds already done (undefined: nothing, so do it): the case taken over by her,
 * or rektor asked by her today with no step (decision) taken in the case since.
 */
function alleredeGjort(ktx: AppKontekst, sak: Sak, oid: string, steg: SkoleeierSteg): string | undefined {
  if (steg === 'ta_over') return sak.overtattAvSkoleeier?.av === oid ? nb.skoleeierSteg.alleredeOvertatt(formaterTid(new Date(sak.overtattAvSkoleeier.tid))) : undefined;
  const siste = sak.historikk.findLast((h) => h.handling === 'be_om_oppfolging' && h.av === oid);
  if (!siste || osloDato(new Date(siste.tid)) !== osloDato(ktx.naa())) return undefined;
  const forSiste = beslutningsversjon({ historikk: sak.historikk.filter((h) => h.nr < siste.nr) });
  return forSiste === beslutningsversjon(sak) ? nb.skoleeierSteg.alleredeBedt(formaterTid(new Date(siste.tid))) : undefined;
}

async function view(ktx: AppKontekst, sak: Sak, oid: string): Promise<SakView> {
  return byggSakView(ktx.org, sak, oid, 'full', await sakKunnskap(ktx, sak));
}
