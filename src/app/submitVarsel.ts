/**
 * A staff member sends a varsel. Routed by law (src/domain/routing.ts), stored as one item with
 * the notifications to its receivers and its audit entries, so a crash right after the write
 * still delivers it. The same form submitted twice (double click, Teams retry) stores one varsel.
 */
import { routeVarsel, rutingFeil, rutingUten } from '../domain/routing';
import { finnSkole } from '../domain/roller';
import { osloDato } from '../domain/frister';
import type { Delivery, Ruting, Sak } from '../domain/sak';
import { nb } from '../i18n/aktiv';
import { lagSaksnummer, opprettSak, sakIdFor } from '../store/sakRepo';
import { iTenanten } from './aktorer';
import { elevITenanten } from './elev/elevAktor';
import type { FraEleven } from '../domain/fraEleven';
import type { OutboxEntry } from '../store/envelope';
import { endreAnsatt } from '../org/orgRepo';
import { outboxEntry, auditEntry } from './outboxEntries';
import type { Aktor, AppKontekst } from './kontekst';
import { type Resultat, feil, medStore, ok } from './resultat';
import { byggSakView, type SakView } from './sakView';
import { lesVarselSkjema } from './varselSchema';
import { skoleeierIkkeVarslet } from './skoleeierVarsling';

export interface SubmitValg {
  /** Unique per form card (set when the form was built); makes the submit idempotent. */
  skjemaId: string;
  /** Where the reporter's own card is, so its receipt can be updated as the case moves. */
  kopi?: { conversationId: string; activityId: string };
  /** A pupil raised it (issue 25, src/app/elev/siFra.ts): recorded on the case, with what it adds to the outbox. */
  fraEleven?: (ruting: Ruting) => { data: FraEleven; utboks: OutboxEntry[] };
}

/**
 * Anyone in the tenant may report, also someone the organisation places at no school (a vikar, a new
 * hire): they choose the school in the form, and the varsel is routed by that school's rules.
 */
export async function submitVarsel(ktx: AppKontekst, aktor: Aktor, raw: unknown, valg: SubmitValg): Promise<Resultat<SakView>> {
  const kjent = valg.fraEleven ? elevITenanten(ktx, aktor) : iTenanten(ktx, aktor);
  if (!kjent.ok) return kjent;
  const naa = ktx.naa();
  const lest = lesVarselSkjema(raw, osloDato(naa));
  if (!lest.ok) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: lest.felt });
  const innhold = lest.innhold;
  const skole = finnSkole(ktx.org, innhold.skoleId);
  if (!skole) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: { skoleId: nb.validering.skoleUkjent } });

  const involvert = innhold.involvertAnsatt;
  if (involvert && 'oid' in involvert && !skole.ansatte.some((p) => p.oid === involvert.oid)) {
    return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: { involvertAnsatt: nb.feil.involvertAnsattUgyldig } });
  }
  const ruting = rutingUten(ktx.org, skole, routeVarsel(ktx.org, skole, innhold.kommerFra), involvert && 'oid' in involvert ? involvert.oid : undefined);
  const rutingsfeil = rutingFeil(ruting);
  if (rutingsfeil) return feil({ kode: 'utilgjengelig', melding: rutingsfeil });

  const tid = naa.toISOString();
  const deliveries: Delivery[] = ruting.mottakere.map((oid) => ({ oid, rolle: 'mottaker', status: 'venter', tid }));
  if (valg.kopi) deliveries.push({ oid: aktor.oid, rolle: 'varsler', status: 'levert', ...valg.kopi, tid });
  const informeres = ruting.skoleeierInformeres ? ktx.org.kommune.kommunalsjefer.map((k) => k.oid) : [];
  for (const oid of informeres) deliveries.push({ oid, rolle: 'informert', status: 'venter', tid });

  const fraEleven = valg.fraEleven?.(ruting);
  const id = sakIdFor(aktor.oid, valg.skjemaId);
  const sak: Sak = {
    id,
    saksnummer: lagSaksnummer(id, tid),
    skoleId: skole.id,
    ruting,
    ...(skole.varslingslisteVersjon !== undefined ? { varslingslisteVersjon: skole.varslingslisteVersjon } : {}),
    status: 'ny',
    varsel: innhold,
    varsletAv: aktor.oid,
    opprettet: tid,
    ...(fraEleven ? { fraEleven: fraEleven.data } : {}),
    ...(involvert ? { involvertAnsatt: { ...involvert, av: aktor.oid, tid } } : {}),
    historikk: [{ nr: 1, handling: 'sendt', av: aktor.oid, tid }],
    leveringer: deliveries,
  };
  const outbox = [...ruting.mottakere.map((oid) => outboxEntry(ktx, 'varsel', oid)), ...informeres.map((oid) => outboxEntry(ktx, 'informert', oid))];
  const logg = [auditEntry(ktx, aktor.oid, 'varsel_sendt', `kanal=${ruting.kanal}`)];
  if (ruting.skoleeierInformeres) logg.push(auditEntry(ktx, 'system', 'skoleeier_informeres', '§12-5'));
  if (fraEleven) outbox.push(...fraEleven.utboks);
  if (ruting.skoleeierInformeres && informeres.length === 0) {
    // §12-5 with nobody to tell: the card must say skoleeier was NOT told, and the administrators must fix it.
    const ikke = skoleeierIkkeVarslet(ktx, tid);
    sak.historikk.push({ ...ikke.hendelse, nr: 2, tid });
    outbox.push(...ikke.meldinger);
    logg.push(...ikke.revisjon);
  }

  return medStore(async () => {
    if (!kjent.verdi.person && !kjent.verdi.elev && aktor.navn?.trim()) await huskVarsler(ktx, aktor.oid, aktor.navn.trim().slice(0, 200));
    const { lagret: stored, opprettet } = await opprettSak(ktx.store, sak, outbox, logg);
    ktx.startLevering({ list: 'saker', item: stored.item });
    ktx.log.info({ sakId: stored.sak.id, kanal: ruting.kanal, ny: opprettet }, opprettet ? 'varsel mottatt' : 'varsel sendt på nytt, finnes fra før');
    return ok(byggSakView(ktx.org, stored.sak, aktor.oid, 'varsler'));
  });
}


/**
 * A reporter the organisation does not know is kept by the name Teams gave, at no school, so the
 * receivers see who reported (the organisation's one way to name a person) — no role comes with it.
 */
async function huskVarsler(ktx: AppKontekst, oid: string, navn: string): Promise<void> {
  await endreAnsatt(ktx.store, oid, (a) => a ?? { oid, navn, stilling: '', grupper: [], skoler: [] });
  await ktx.register.last();
}
