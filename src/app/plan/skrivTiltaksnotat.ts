/**
 * A tiltak's responsible staff member writes the tiltak's own evaluation note (how it works). They
 * see only their own tiltak; those who work the case may write any tiltak's note.
 */
import { gjeldendeVersjon, sisteVersjon } from '../../domain/aktivitetsplan';
import { nb } from '../../i18n/aktiv';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { auditEntry } from '../outboxEntries';
import { endrePlan } from './lesPlan';
import { tiltaksnotatSkjema } from './planSkjema';
import { byggPlanView, type PlanView } from './planView';
import { feltFeil } from '../feltFeil';

export async function skrivTiltaksnotat(ktx: AppKontekst, aktor: Aktor, sakId: string, raw: unknown): Promise<Resultat<PlanView>> {
  const parsed = tiltaksnotatSkjema.safeParse(raw ?? {});
  if (!parsed.success) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: feltFeil(parsed.error, { rad: 'klammer' }) });
  const { tiltakId, evalueringsnotat } = parsed.data;
  return medStore(async () => {
    const r = await endrePlan(ktx, aktor, sakId, 'tiltak', async ({ lagret: stored, innsyn }) => {
      const plan = structuredClone(stored.plan);
      if (plan.status === 'avsluttet') return feil({ kode: 'ulovlig_overgang', melding: nb.validering.planAvsluttet });
      const versjon = gjeldendeVersjon(plan) ?? sisteVersjon(plan);
      const tiltak = versjon.tiltak.find((t) => t.id === tiltakId && (innsyn === 'full' || t.ansvarlig === aktor.oid));
      if (!tiltak) return feil({ kode: 'ikke_funnet', melding: nb.feil.tiltakIkkeFunnet });
      if (tiltak.evalueringsnotat === evalueringsnotat.trim()) return ok('uendret' as const);
      tiltak.evalueringsnotat = evalueringsnotat.trim();
      // Each note is kept with who wrote it and when: rektor and the saksansvarlig read them on the plan.
      tiltak.notater = [...(tiltak.notater ?? []), { tekst: evalueringsnotat.trim(), av: aktor.oid, tid: ktx.naa().toISOString() }];
      return ok({ plan, revisjon: [auditEntry(ktx, aktor.oid, 'tiltaksnotat', `sak=${sakId} tiltak=${tiltakId}`)] });
    });
    if (!r.ok) return r;
    return ok(byggPlanView(ktx, r.verdi.lagretSak.sak, r.verdi.lagret.plan, aktor.oid, r.verdi.innsyn));
  });
}
