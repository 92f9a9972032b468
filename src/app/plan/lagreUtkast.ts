/**
 * Saving the plan being written (the latest version, until it is activated). Saving never refuses
 * an incomplete plan — a draft may be half-written; what is missing is shown at its field
 * (PlanVisning.mangler) and checked at activation.
 */
import type { PlanInnhold } from '../../domain/aktivitetsplan';
import { kanRedigeres } from '../../domain/aktivitetsplan';
import { nb } from '../../i18n/aktiv';
import { getLogg } from '../../store/loggRepo';
import type { Aktor, AppKontekst } from '../kontekst';
import { type Resultat, feil, medStore, ok } from '../resultat';
import { auditEntry } from '../outboxEntries';
import { endrePlan } from './lesPlan';
import { utkastSkjema } from './planSkjema';
import { byggPlanView, type PlanView } from './planView';
import { feltFeil } from '../feltFeil';

export async function lagreUtkast(ktx: AppKontekst, aktor: Aktor, sakId: string, raw: unknown): Promise<Resultat<PlanView>> {
  const parsed = utkastSkjema.safeParse(raw ?? {});
  if (!parsed.success) return feil({ kode: 'ugyldig', melding: nb.feil.skjemaUgyldig, felt: feltFeil(parsed.error, { rad: 'klammer' }) });
  const input = parsed.data;
  return medStore(async () => {
    const r = await endrePlan(ktx, aktor, sakId, 'full', async ({ lagret: stored }) => {
      const plan = structuredClone(stored.plan);
      if (!kanRedigeres(plan)) return feil({ kode: 'ulovlig_overgang', melding: nb.feil.planIkkeRedigerbar });
      const loggIder = [...new Set(input.loggIder)];
      if (loggIder.length > 0) {
        const kjente = new Set((await getLogg(ktx.store, sakId)).map((l) => l.id));
        const ukjent = loggIder.find((id) => !kjente.has(id));
        if (ukjent) return feil({ kode: 'ugyldig', melding: nb.feil.korrigererUkjent, felt: { loggIder: nb.feil.korrigererUkjent } });
      }
      const versjon = plan.versjoner.at(-1)!;
      const innhold: PlanInnhold = {
        bakgrunn: input.bakgrunn.trim(),
        loggIder,
        problem: input.problem.trim(),
        mal: input.mal.trim(),
        // A tiltak keeps its id across saves (evaluations refer to it); a new one gets one.
        // Its notes are the owner's, with who and when: kept from the stored tiltak, never taken from the draft.
        tiltak: input.tiltak.map((t) => {
          const storedTiltak = t.id ? versjon.tiltak.find((g) => g.id === t.id) : undefined;
          return {
            id: storedTiltak ? storedTiltak.id : ktx.nyId(),
            beskrivelse: t.beskrivelse.trim(),
            niva: t.niva,
            ansvarlig: t.ansvarlig.trim(),
            tidsrom: t.tidsrom.trim(),
            evalueringsnotat: t.evalueringsnotat.trim(),
            ...(storedTiltak?.notater ? { notater: storedTiltak.notater } : {}),
          };
        }),
        evalueringsdato: input.evalueringsdato,
        elevensStemme: input.elevensStemme.trim(),
        foresattesSyn: input.foresattesSyn.trim(),
        barnetsBeste: input.barnetsBeste.trim(),
      };
      plan.versjoner[plan.versjoner.length - 1] = { ...versjon, ...innhold };
      return ok({ plan, revisjon: [auditEntry(ktx, aktor.oid, 'plan_lagret', `sak=${sakId} versjon=${versjon.nr}`)] });
    });
    if (!r.ok) return r;
    return ok(byggPlanView(ktx, r.verdi.lagretSak.sak, r.verdi.lagret.plan, aktor.oid, r.verdi.innsyn));
  });
}
