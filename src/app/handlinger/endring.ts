/**
 * What one action on a case changes, computed before anything is written (beregnEndring.ts), and
 * what every action's own step (one file per action here) is given to compute it from.
 */
import type { Aktivitetsplan } from '../../domain/aktivitetsplan';
import type { Hendelse, Sak } from '../../domain/sak';
import type { Klassifisering, KommerFra } from '../../domain/varsel';
import type { AuditEntry, OutboxEntry } from '../../store/envelope';
import type { Aktor, AppKontekst } from '../kontekst';
import type { Resultat } from '../resultat';
import type { HandlingsKontekst } from '../tilgang';

export interface Endring {
  /** The case as it is to be written (a copy of the one read). */
  sak: Sak;
  hendelse: Omit<Hendelse, 'nr' | 'av' | 'tid'>;
  /** An event by the system after the person's (skoleeier could not be told). */
  etterpaa?: Omit<Hendelse, 'nr' | 'tid'>;
  meldinger: OutboxEntry[];
  revisjon: AuditEntry[];
  /** A plan to create before the case is written (opprett_plan), with its own audit entries. */
  nyPlan?: { plan: Aktivitetsplan; revisjon: AuditEntry[] };
}

/** The action's inputs, read and checked once for every action. */
export interface Inndata {
  verdier: Record<string, unknown>;
  begrunnelse: string;
  begrunnelseMotEleven: string;
  /** Who the case is about now, before this action. */
  gjelder: KommerFra;
  /** The classification chosen, when the action classifies (omklassifiser, or ta_imot of a «vet ikke» case). */
  klassifisering?: Klassifisering;
  kunnskap: Required<HandlingsKontekst>;
  /** Now, as an ISO time. */
  tid: string;
}

/** One action's own change to the case: pure (no store), a refusal if its inputs do not hold. */
export type Steg = (ktx: AppKontekst, aktor: Aktor, endring: Endring, inn: Inndata) => Resultat<void>;
