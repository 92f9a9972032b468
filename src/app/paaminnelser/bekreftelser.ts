/**
 * Bekreftelse reminders: staff who have not confirmed «jeg er kjent med pliktene» this school year
 * get a card to confirm in, weekly from the school year's start and when rektor asks («Send
 * påminnelse» on the tab's Bekreftelser page, at most once a day per school); rektor gets a weekly
 * summary of who is missing. Who is missing is the tab's own count (fane/bekreftelser.ts), so the
 * card and the page never disagree.
 *
 * Each reminder is claimed once through its key (paminnelseRepo.ts): a weekly one per person and
 * round (so a person at two schools gets one card), a summary per school and round, rektor's per
 * school and day.
 */
import { skolearFor } from '../../domain/bekreftelse';
import { osloDato } from '../../domain/frister';
import { fristerFor } from '../../domain/fristinnstillinger';
import type { Oid } from '../../domain/organisasjon';
import { bekreftelseForfall, kanSendesNa } from '../../domain/paaminnelser';
import { finnSkole } from '../../domain/roller';
import { formaterTid, nb } from '../../i18n/aktiv';
import { kravEllerFinn, kravMange, kravPaaminnelse, paaminnelseNokkel, type Paaminnelse } from '../../store/paaminnelseRepo';
import { kjentAktor } from '../aktorer';
import { iSommerferien } from '../skolear/kalender';
import { bekreftelserForSkole } from '../views/bekreftelser';
import { getPlikter } from '../views/plikter';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { navnPaa } from '../sakView';
import { outboxEntry, auditEntry } from '../outboxEntries';
import type { KjenteKrav, SweepResultat } from './sweepResultat';

/** The outbox kinds of a bekreftelse reminder: the card to confirm in, and rektor's summary. */
export const PLIKTER_KIND = 'plikter';
export const OVERSIKT_KIND = 'bekreftelse_oversikt';

/**
 * This week's round: from the municipality's school year start (default 15 August) and every
 * `bekreftelseHverNteDag` days after, in working hours on working days (a round that starts on a
 * Saturday goes out on Monday, once).
 */
export async function bekreftelseRunde(ktx: AppKontekst, kjente: KjenteKrav, resultat: SweepResultat): Promise<void> {
  // The summer holiday by the municipality's skolerute: no round, no summary to rektor (issue 23).
  if (await iSommerferien(ktx)) return;
  const naa = ktx.naa();
  const f = fristerFor(ktx.org.kommune);
  const runde = bekreftelseForfall(naa, f);
  const skolear = runde.skolear;
  const idag = osloDato(naa);
  const opprettet = naa.toISOString();
  const grunnlag = { dag: runde.dag, straks: false, skolear, opprettet };
  const sett = new Set<Oid>();
  for (const skole of ktx.org.skoler) {
    const oversikt: Paaminnelse = { ...grunnlag, type: 'bekreftelse_oversikt', ting: `skole:${skole.id}@${skolear}`, skoleId: skole.id };
    // The school's summary is claimed last: once it is, the school's round is done and not read again.
    if (kjente.har(paaminnelseNokkel(oversikt))) continue;
    if (!kanSendesNa(runde, naa, f)) {
      resultat.venter++;
      continue;
    }
    const status = await bekreftelserForSkole(ktx.store, skole, skolear);
    const krav = status.ikkeBekreftet
      .filter((p) => !sett.has(p.oid))
      .map((p) => {
        sett.add(p.oid);
        const pm: Paaminnelse = { ...grunnlag, type: 'bekreftelse_mangler', ting: `person:${p.oid}@${skolear}`, skoleId: skole.id };
        return { p: pm, outbox: [outboxEntry(ktx, PLIKTER_KIND, p.oid)], audit: [auditEntry(ktx, 'system', 'paminnelse', `bekreftelse_mangler skole=${skole.id} til=${p.oid}`)] };
      })
      .filter((k) => !kjente.har(paaminnelseNokkel(k.p)));
    const nye = await kravMange(ktx.store, krav, idag);
    resultat.bekreftelser.sendt += nye;
    resultat.bekreftelser.alleredeSendt += krav.length - nye;
    for (const k of krav) kjente.legg(paaminnelseNokkel(k.p));

    const til = skole.rektor && status.ikkeBekreftet.length > 0 ? [skole.rektor] : [];
    const audit = [auditEntry(ktx, 'system', 'paminnelse', `bekreftelse_oversikt skole=${skole.id} mangler=${status.ikkeBekreftet.length} til=${til.join(',') || '-'}`)];
    const tatt = await kravPaaminnelse(ktx.store, oversikt, idag, til.map((oid) => outboxEntry(ktx, OVERSIKT_KIND, oid)), audit);
    if (til.length > 0) resultat.bekreftelser[tatt ? 'sendt' : 'alleredeSendt']++;
    kjente.legg(paaminnelseNokkel(oversikt));
  }
}

export interface SendtPaaminnelse {
  /** Whether this click sent it; false when it was sent earlier today (or nobody is missing). */
  sendt: boolean;
  /** How many it was sent to. */
  antall: number;
  /** When and by whom it was sent (absent when nobody is missing). */
  tid?: string;
  av?: string;
  /** What to tell the person who clicked. */
  melding: string;
}

/**
 * Rektor's «Send påminnelse»: a bekreftelse card to everyone at the school who has not confirmed,
 * once a day per school — a second click (or a colleague's) is told when it went and by whom.
 * Rektor and those rektor delegates receiving to (the school's varselmottakere) may send it.
 */
export async function sendBekreftelsePaaminnelse(ktx: AppKontekst, aktor: Aktor, skoleId: string): Promise<Resultat<SendtPaaminnelse>> {
  const kjent = kjentAktor(ktx, aktor);
  if (!kjent.ok) return kjent;
  const skole = finnSkole(ktx.org, skoleId);
  if (!skole || !(skole.rektor === aktor.oid || skole.varselmottakere.includes(aktor.oid))) {
    return feil({ kode: 'ikke_tillatt', melding: nb.feil.ikkeTillatt });
  }
  const naa = ktx.naa();
  const skolear = skolearFor(naa, fristerFor(ktx.org.kommune)).navn;
  const t = nb.bekreftelsePaminnelse;
  return medStore<SendtPaaminnelse>(async () => {
    const status = await bekreftelserForSkole(ktx.store, skole, skolear);
    const idag = osloDato(naa);
    const p: Paaminnelse = { type: 'bekreftelse_rektor', ting: `skole:${skole.id}@${skolear}`, dag: idag, straks: false, skoleId: skole.id, skolear, av: aktor.oid, opprettet: naa.toISOString() };
    const tidligere = await ktx.store.getByKey<{ value: Paaminnelse; outbox: unknown[] }>('paminnelser', paaminnelseNokkel(p));
    if (!tidligere && status.ikkeBekreftet.length === 0) return ok({ sendt: false, antall: 0, melding: t.alleHar });
    const outbox = status.ikkeBekreftet.map((x) => outboxEntry(ktx, PLIKTER_KIND, x.oid));
    const audit = [auditEntry(ktx, aktor.oid, 'bekreftelse_paminnelse', `skole=${skole.id} antall=${outbox.length}`)];
    const krav = tidligere ? undefined : await kravEllerFinn(ktx.store, { ...p, antall: outbox.length }, idag, outbox, audit);
    const paaminnelse = krav?.paminnelse ?? tidligere!.data.value;
    const antall = paaminnelse.antall ?? 0;
    const av = navnPaa(ktx.org, paaminnelse.av ?? aktor.oid);
    if (krav?.created) {
      ktx.log.info({ skoleId: skole.id, antall }, 'bekreftelsespåminnelse sendt av rektor');
      ktx.startLevering({ list: 'paminnelser', item: krav.item });
      return ok({ sendt: true, antall, tid: paaminnelse.opprettet, av, melding: t.sendt(antall) });
    }
    return ok({ sendt: false, antall, tid: paaminnelse.opprettet, av, melding: t.alleredeSendt(formaterTid(new Date(paaminnelse.opprettet)), av, antall) });
  });
}

/** Whether the person still has not confirmed this school year's duties (what Mine plikter shows). */
export async function harIkkeBekreftet(ktx: AppKontekst, oid: Oid): Promise<boolean> {
  const plikter = await getPlikter(ktx, { oid, tenantId: ktx.org.tenantId });
  return plikter.ok && !plikter.verdi.bekreftelse && plikter.verdi.mottakere.length > 0;
}
