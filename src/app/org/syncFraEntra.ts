/**
 * The admin starts the Entra sync from the admin page and sees when it last ran and what changed.
 * The sync itself is a driver (src/org/sync); the app reaches it through this port, so the use
 * case decides who may start it and what the page is told. A request id makes a double click one run.
 */
import { z } from 'zod';
import '../../i18n/zodNorsk';
import { nb } from '../../i18n/aktiv';
import type { SyncStarter } from '../../org/data';
import { getSkoler, getSync } from '../../org/orgRepo';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { somAdministrator } from './orgTilgang';
import { endrerNavn } from './varslingsliste';

export interface SyncPort {
  /** Starts a run, or joins the one running; the same request id twice is one run. Does not wait for it. */
  start(foresporsel: string, av: SyncStarter): void;
  readonly kjorer: boolean;
}

export interface SyncStatus {
  /** The app has Graph access and the timer runs; false: nothing can be synced (the page says why). */
  oppsatt: boolean;
  kjorer: boolean;
  /** Schools connected to an Entra group or Team (what a run reads). */
  tilkobledeSkoler: number;
  sist?: { tid: string; av: string; nye: number; endret: number; sluttet: number; grupperLestHelt: number };
  /** The last attempt failed after the last completed run (when it started). */
  sistFeilet?: string;
  /** Why, in words an administrator can act on. */
  feilGrunn?: string;
}

async function status(ktx: AppKontekst, sync: SyncPort | undefined): Promise<SyncStatus> {
  const [tilstand, skoler] = await Promise.all([getSync(ktx.store), getSkoler(ktx.store)]);
  const sist = tilstand?.data.sisteKjoring;
  return {
    oppsatt: sync !== undefined,
    kjorer: sync?.kjorer ?? false,
    tilkobledeSkoler: skoler.filter((s) => s.data.kobling).length,
    ...(sist ? { sist: { ...sist, av: sist.av === 'tidsplan' ? nb.org.synkTidsplan : endrerNavn(ktx.org, sist.av) } } : {}),
    ...(tilstand?.data.sistFeilet ? { sistFeilet: tilstand.data.sistFeilet, feilGrunn: nb.org.synkFeil[tilstand.data.sistFeilGrunn ?? 'ukjent'] } : {}),
  };
}

export async function visSync(ktx: AppKontekst, aktor: Aktor, sync: SyncPort | undefined): Promise<Resultat<SyncStatus>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  return medStore(async () => ok(await status(ktx, sync)));
}

const startSkjema = z.object({ foresporsel: z.string().regex(/^[\w-]{8,64}$/, { error: () => nb.org.foresporselMangler }) });

export async function startSync(ktx: AppKontekst, aktor: Aktor, raw: unknown, sync: SyncPort | undefined): Promise<Resultat<SyncStatus>> {
  const admin = somAdministrator(ktx, aktor);
  if (!admin.ok) return admin;
  const input = startSkjema.safeParse(raw);
  if (!input.success) return feil({ kode: 'ugyldig', melding: nb.org.foresporselMangler, felt: { foresporsel: nb.org.foresporselMangler } });
  if (!sync) return feil({ kode: 'utilgjengelig', melding: nb.org.synkIkkeOppsatt });
  sync.start(input.data.foresporsel, aktor.oid);
  ktx.log.info({ av: aktor.oid }, 'synkronisering startet fra administrasjonssiden');
  return medStore(async () => ok(await status(ktx, sync)));
}
