/**
 * Reminders before an årshjul checkpoint: from SJEKKPUNKT_VARSEL_DAGER working days before its
 * date until the date, a school's rektor gets one card about a checkpoint the school has not marked
 * done — claimed once per school, checkpoint and date (the reminder store's key), so a sweep every
 * few minutes, a restart or a second process sends it once. A new date is a new reminder. Sent in
 * working hours like every reminder that is not «straks»; read again at delivery, so a checkpoint
 * marked done meanwhile sends nothing.
 */
import { formaterDato, osloDato } from '../../domain/frister';
import { fristerFor } from '../../domain/fristinnstillinger';
import { kanSendesNa } from '../../domain/paaminnelser';
import { finnSkole } from '../../domain/roller';
import { skolearForDato } from '../../domain/skolerute';
import { kravPaaminnelse, paaminnelseNokkel, type Paaminnelse } from '../../store/paaminnelseRepo';
import { utforteI } from '../../store/skolearRepo';
import type { PaaminnelseView } from '../notifier';
import type { AppKontekst } from '../kontekst';
import type { KjenteKrav, SweepResultat } from '../paaminnelser/sweepResultat';
import { outboxEntry, auditEntry } from '../outboxEntries';
import { lesAarshjul, snartFra } from './aarshjulView';
import type { Aarshjul } from '../../domain/aarshjul';
import type { Skole } from '../../domain/organisasjon';

export const SJEKKPUNKT_KIND = 'sjekkpunkt';

/**
 * The year's årshjul as the sweep reads it: kept a few minutes per store, since the sweep runs every
 * few minutes and the årshjul changes a few times a year (delivery reads it fresh before sending).
 */
const KEEP_MS = 5 * 60_000;
const kept = new WeakMap<AppKontekst['store'], { skolear: string; hjul: Aarshjul; at: number }>();
async function aarshjulForSweep(ktx: AppKontekst, skolear: string): Promise<Aarshjul> {
  const k = kept.get(ktx.store);
  if (k && k.skolear === skolear && Date.now() - k.at < KEEP_MS) return k.hjul;
  const { hjul } = await lesAarshjul(ktx, skolear);
  kept.set(ktx.store, { skolear, hjul, at: Date.now() });
  return hjul;
}

/** The sweep's step: claims the checkpoint reminders due today. */
export async function sjekkpunktRunde(ktx: AppKontekst, kjente: KjenteKrav, resultat: SweepResultat): Promise<void> {
  const naa = ktx.naa();
  const idag = osloDato(naa);
  const skolear = skolearForDato(idag);
  const hjul = await aarshjulForSweep(ktx, skolear);
  const opprettet = naa.toISOString();
  const krav = ktx.org.skoler
    .filter((s) => s.rektor)
    .flatMap((skole) =>
      hjul.sjekkpunkter
        .filter((p) => snartFra(p) <= idag && idag <= p.dato)
        .map((punkt): { skole: Skole; p: Paaminnelse } => ({
          skole,
          p: { type: 'sjekkpunkt_snart', ting: `sjekkpunkt:${skole.id}:${skolear}:${punkt.id}@${punkt.dato}`, dag: snartFra(punkt), straks: false, skoleId: skole.id, skolear, sjekkpunktId: punkt.id, opprettet },
        })),
    )
    .filter((k) => !kjente.har(paaminnelseNokkel(k.p)));
  // Nothing new to claim (the usual case): no read of what the schools marked done.
  if (krav.length === 0) return;
  if (!kanSendesNa({ straks: false }, naa, fristerFor(ktx.org.kommune))) {
    resultat.venter += krav.length;
    return;
  }
  const utforte = await utforteI(ktx.store, skolear);
  for (const { skole, p } of krav) {
    const nokkel = paaminnelseNokkel(p);
    kjente.legg(nokkel);
    if (utforte.some((u) => u.skoleId === skole.id && u.sjekkpunktId === p.sjekkpunktId)) continue;
    const audit = [auditEntry(ktx, 'system', 'paminnelse', `sjekkpunkt_snart skole=${skole.id} punkt=${p.sjekkpunktId} til=${skole.rektor}`)];
    const tatt = await kravPaaminnelse(ktx.store, p, idag, [outboxEntry(ktx, SJEKKPUNKT_KIND, skole.rektor)], audit);
    resultat[tatt ? 'sendt' : 'alleredeSendt']++;
  }
}

/**
 * The card as rektor gets it now, or undefined when there is nothing to say any more: the school
 * marked it done, the checkpoint was removed or moved, or the recipient is no longer rektor.
 */
export async function sjekkpunktView(ktx: AppKontekst, til: string, p: Paaminnelse): Promise<PaaminnelseView | undefined> {
  const skole = p.skoleId ? finnSkole(ktx.org, p.skoleId) : undefined;
  if (!skole || skole.rektor !== til || !p.skolear || !p.sjekkpunktId) return undefined;
  const { hjul } = await lesAarshjul(ktx, p.skolear);
  const punkt = hjul.sjekkpunkter.find((x) => x.id === p.sjekkpunktId);
  if (!punkt || !p.ting.endsWith(`@${punkt.dato}`)) return undefined;
  if ((await utforteI(ktx.store, p.skolear)).some((u) => u.skoleId === skole.id && u.sjekkpunktId === punkt.id)) return undefined;
  return { type: 'sjekkpunkt', skole: skole.navn, navn: punkt.navn, ferdigNar: punkt.ferdigNar, dato: formaterDato(punkt.dato) };
}
