/**
 * Marking closed cases as taken into the municipality's archive (docs/oppbevaring.md). Case
 * documentation is archive material: nothing is deleted here or anywhere in the app; the mark
 * records which archive reference holds the copy, and an audit entry says when it was made.
 * Run by the archive's operator as a command (src/arkivCli.ts), not by a person in Teams.
 */
import { z } from 'zod';
import type { Sak, Status } from '../domain/sak';
import { ConflictError } from '../store/port';
import { nb } from '../i18n/aktiv';
import { getSak, saveSak, sakerMedStatus, type StoredSak } from '../store/sakRepo';
import type { AppKontekst } from './kontekst';
import { auditEntry } from './outboxEntries';

const AVSLUTTET: readonly Status[] = ['avsluttet', 'avsluttet_uten_tiltak'];

/** An archive system's reference (journal/document number): no spaces or personal data. */
export const arkivreferanse = z.string().trim().regex(/^[\p{L}\p{N}_./:#-]{1,100}$/u, { error: () => nb.validering.arkivreferanse });

export interface ArkivValg {
  referanse: string;
  /** These case numbers only; otherwise every closed case (closed before `avsluttetFor`, if given). */
  saksnumre?: string[];
  /** YYYY-MM-DD: only cases closed before this date. */
  avsluttetFor?: string;
  /** false: a dry run that only says what would be marked. */
  utfor: boolean;
}

export interface ArkivResultat {
  merket: string[];
  alleredeArkivert: string[];
  /** Case numbers asked for that are not closed (an open case is not archive-ready). */
  ikkeAvsluttet: string[];
  ukjente: string[];
}

export async function markerArkivert(ktx: AppKontekst, valg: ArkivValg): Promise<ArkivResultat> {
  const r: ArkivResultat = { merket: [], alleredeArkivert: [], ikkeAvsluttet: [], ukjente: [] };
  const onsket = valg.saksnumre && new Set(valg.saksnumre);
  const funnet = new Set<string>();
  for (const status of statuserFor(onsket)) {
    for await (const stored of sakerMedStatus(ktx.store, status)) {
      const sak = stored.sak;
      if (onsket && !onsket.has(sak.saksnummer)) continue;
      funnet.add(sak.saksnummer);
      if (!AVSLUTTET.includes(sak.status)) {
        r.ikkeAvsluttet.push(sak.saksnummer);
        continue;
      }
      if (valg.avsluttetFor && !(sak.avslutning && sak.avslutning.tid.slice(0, 10) < valg.avsluttetFor)) continue;
      if (sak.arkivert) {
        r.alleredeArkivert.push(sak.saksnummer);
        continue;
      }
      if (valg.utfor) await merk(ktx, stored, valg.referanse);
      r.merket.push(sak.saksnummer);
    }
  }
  if (onsket) r.ukjente = [...onsket].filter((n) => !funnet.has(n));
  return r;
}

/** Asked for by number: every status, to tell "not closed" from "unknown"; otherwise the closed ones. */
function statuserFor(onsket: Set<string> | undefined): readonly Status[] {
  return onsket ? ['ny', 'mottatt', 'undersokes', 'tiltak', ...AVSLUTTET] : AVSLUTTET;
}

async function merk(ktx: AppKontekst, stored: StoredSak, referanse: string): Promise<void> {
  let gjeldende = stored;
  for (let forsok = 0; ; forsok++) {
    if (gjeldende.sak.arkivert) return;
    const sak: Sak = { ...gjeldende.sak, arkivert: { tid: ktx.naa().toISOString(), referanse } };
    try {
      await saveSak(ktx.store, gjeldende, sak, [], [auditEntry(ktx, 'system', 'arkivert', `ref=${referanse}`)]);
      return;
    } catch (e) {
      if (!(e instanceof ConflictError) || forsok >= 3) throw e;
      const fersk = await getSak(ktx.store, gjeldende.sak.id);
      if (!fersk) throw e;
      gjeldende = fersk;
    }
  }
}
