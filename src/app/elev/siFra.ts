/**
 * A pupil tells an adult, from Teams (issue 25). It becomes a case like a staff varsel — the same
 * use case (submitVarsel) and so the same routing by law, the same one-item write and the same
 * double-click safety — marked as raised by the pupil, with when (§12-6's week starts then). The
 * pupil's own words about themselves are the case's first entry of «elevens egen opplevelse»; the
 * adult they chose gets a card when that is safe (domain/fraEleven.ts). The pupil gets a receipt in
 * their words, and afterwards only the status.
 */
import { createHash } from 'node:crypto';
import { kanVarsleValgtVoksen, MAKS_PER_DAG, type FraEleven } from '../../domain/fraEleven';
import { osloDato } from '../../domain/frister';
import { finnSkole } from '../../domain/roller';
import type { Loggforing } from '../../domain/sakslogg';
import type { Sak } from '../../domain/sak';
import { elevOrdNaa, elevTekster as t } from '../../i18n/aktiv';
import { opprettLoggforing } from '../../store/loggRepo';
import { getSak, sakIdFor } from '../../store/sakRepo';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { submitVarsel } from '../submitVarsel';
import { outboxEntry, auditEntry } from '../outboxEntries';
import { sakerHvor } from '../views/lesSaker';
import { elevITenanten } from './elevAktor';
import { elevKvittering, elevMelding, skjemaView, voksneFor, type ElevKvittering, type ElevMelding, type SiFraSkjemaView } from './elevView';
import { lesSiFra, type SiFraSvar } from './siFraSkjema';
import { ELEV_VIL_SNAKKE } from './vilSnakke';

/** The pupil's school and record, or a refusal for anyone who is not a pupil. */
function somElev(ktx: AppKontekst, aktor: Aktor) {
  const r = elevITenanten(ktx, aktor);
  if (!r.ok) return r;
  const skole = finnSkole(ktx.org, r.verdi.elev.skoleId);
  if (!skole) return feil<never>({ kode: 'ikke_tillatt', melding: elevOrdNaa(ktx.org.kommune.malform).feil.ikkeElev });
  return ok({ skole, elev: r.verdi.elev.elev });
}

export function getSiFraForm(ktx: AppKontekst, aktor: Aktor): Resultat<SiFraSkjemaView> {
  const e = somElev(ktx, aktor);
  return e.ok ? ok(skjemaView(ktx.org, e.verdi.skole, e.verdi.elev)) : e;
}

export async function siFra(ktx: AppKontekst, aktor: Aktor, raw: unknown, valg: { skjemaId: string }): Promise<Resultat<ElevKvittering>> {
  const e = somElev(ktx, aktor);
  if (!e.ok) return e;
  const { skole, elev } = e.verdi;
  const ord = elevOrdNaa(ktx.org.kommune.malform);
  const lest = lesSiFra(raw, voksneFor(ktx.org, skole, elev).map((v) => v.oid), ord);
  if (!lest.ok) return feil({ kode: 'ugyldig', melding: ord.feil.skjema, felt: lest.felt });
  const svar = lest.svar;
  const tid = ktx.naa().toISOString();
  const idag = osloDato(ktx.naa());

  return medStore(async () => {
    const id = sakIdFor(aktor.oid, valg.skjemaId);
    // The same form sent twice is one case; only a new one counts against the day's limit.
    if (!(await getSak(ktx.store, id))) {
      const idagSendt = (await sakerHvor(ktx, { column: 'VarsletAv', op: 'eq', value: aktor.oid })).filter((s) => osloDato(new Date(s.opprettet)) === idag);
      if (idagSendt.length >= MAKS_PER_DAG) return feil({ kode: 'konflikt', melding: ord.feil.forMange });
    }
    const skjema = {
      skoleId: skole.id,
      elevNavn: svar.gjelder === 'seg_selv' ? elev.navn : (svar.annenNavn ?? t.ikkeNavnPaaAnnen),
      elevKlasse: svar.gjelder === 'seg_selv' ? (elev.klasse ?? '') : '',
      beskrivelse: svar.hva,
      kilde: svar.gjelder === 'seg_selv' ? 'eleven' : 'annen_elev',
      kommerFra: svar.voksen,
      ...(svar.gjelder === 'seg_selv' ? { elevInformert: 'ja' } : {}),
    };
    const sendt = await submitVarsel(ktx, aktor, skjema, {
      skjemaId: valg.skjemaId,
      fraEleven: (ruting) => {
        const varsle = !!svar.snakkeMed && kanVarsleValgtVoksen(ruting, svar.snakkeMed);
        const data: FraEleven = { tid, gjelder: svar.gjelder, ...(svar.snakkeMed ? { snakkeMed: svar.snakkeMed, snakkeMedVarslet: varsle } : {}) };
        return { data, utboks: varsle ? [outboxEntry(ktx, ELEV_VIL_SNAKKE, svar.snakkeMed!)] : [] };
      },
    });
    if (!sendt.ok) return sendt.feil.kode === 'ugyldig' ? feil({ kode: 'ugyldig', melding: ord.feil.skjema, felt: { hva: ord.feil.skjema } }) : sendt;
    const stored = (await getSak(ktx.store, sendt.verdi.id))!;
    if (svar.gjelder === 'seg_selv' && svar.hvordan) await elevensOrd(ktx, stored.sak, svar, svar.hvordan);
    return ok(elevKvittering(ktx.org, stored.sak));
  });
}

/**
 * The pupil's own words and answer as the case's first entry of «elevens egen opplevelse». Keyed by
 * the case, so a second submit (or a retry after a crash between the two writes) stores it once.
 */
async function elevensOrd(ktx: AppKontekst, sak: Sak, svar: SiFraSvar, hvordan: NonNullable<SiFraSvar['hvordan']>): Promise<void> {
  const nokkel = createHash('sha256').update(`elevens-ord\n${sak.id}`).digest('base64url').slice(0, 22);
  const loggforing: Loggforing = {
    id: nokkel,
    sakId: sak.id,
    type: 'elevens_opplevelse',
    dato: osloDato(new Date(sak.opprettet)),
    deltakere: t.loggDeltakere,
    tekst: svar.hva,
    elevensSvar: { svar: hvordan },
    av: sak.varsletAv,
    tid: sak.fraEleven?.tid ?? sak.opprettet,
  };
  const r = await opprettLoggforing(ktx.store, nokkel, loggforing, [auditEntry(ktx, sak.varsletAv, 'loggfort', `sak=${sak.id} type=elevens_opplevelse`)]);
  ktx.startLevering({ list: 'sakslogg', item: r.item });
}

/** «Det jeg har sagt fra om»: the pupil's own matters, newest first, each with its status only. */
export async function mineMeldinger(ktx: AppKontekst, aktor: Aktor): Promise<Resultat<ElevMelding[]>> {
  const e = somElev(ktx, aktor);
  if (!e.ok) return e;
  return medStore(async () => {
    const saker = await sakerHvor(ktx, { column: 'VarsletAv', op: 'eq', value: aktor.oid });
    return ok(saker.filter((s) => s.fraEleven).sort((a, b) => b.opprettet.localeCompare(a.opprettet)).map((s) => elevMelding(ktx.org, s)));
  });
}
