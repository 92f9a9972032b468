/**
 * The evaluation of an aktivitetsplan (opplæringslova §12-4: the plan says when the tiltak are
 * evaluated): recorded against the version in force, with the pupil's own experience deciding
 * whether the plan may close. The plan and its versions are in aktivitetsplan.ts.
 */
import { erGyldigDato, osloDato } from './frister';
import type { Avslag } from './avslag';
import type { Oid } from './organisasjon';
import { erVurdering, tiltakspliktStaar } from './elevensOpplevelse';
import { gjeldendeVersjon, ikkeVurdering, sisteVersjon, tom, type Aktivitetsplan, type Evaluering, type Mangel } from './aktivitetsplan';

export type NyEvaluering = Omit<Evaluering, 'id' | 'versjon' | 'av' | 'tid'>;
export type Evalueringsresultat = { ok: true; plan: Aktivitetsplan; evaluering: Evaluering } | { ok: false; mangler: Mangel[]; avslag?: Avslag };

/**
 * Records an evaluation of the version in force. Outcome 1 closes the plan; 2 and 3 need a next
 * date after the evaluation; 3 opens a new version (a copy of the one evaluated, to be changed
 * and activated), while the tiltak in force go on meanwhile.
 */
export function evaluer(plan: Aktivitetsplan, e: NyEvaluering, p: { id: string; av: Oid; tid: string; idag: string }): Evalueringsresultat {
  if (plan.status === 'avsluttet') return { ok: false, mangler: [], avslag: { kode: 'plan_avsluttet_evaluer' } };
  const gjeldende = gjeldendeVersjon(plan);
  if (!gjeldende) return { ok: false, mangler: [], avslag: { kode: 'plan_ikke_aktivert' } };

  const mangler: Mangel[] = [];
  if (!erGyldigDato(e.dato)) mangler.push({ kode: 'dato_mangler', felt: 'dato' });
  else if (e.dato > p.idag) mangler.push({ kode: 'dato_frem_i_tid', felt: 'dato' });
  else if (gjeldende.aktivert && e.dato < osloDato(new Date(gjeldende.aktivert.tid))) {
    // The version evaluated did not exist before it was activated: an earlier date cannot be true.
    mangler.push({ kode: 'dato_for_aktivering', felt: 'dato', aktivert: osloDato(new Date(gjeldende.aktivert.tid)) });
  }
  if (tom(e.deltakere)) mangler.push({ kode: 'deltakere_mangler', felt: 'deltakere' });
  if (tom(e.elevensOpplevelse)) mangler.push({ kode: 'elevens_opplevelse_mangler', felt: 'elevensOpplevelse' });
  if (!e.elevensSvar) mangler.push({ kode: 'elevens_svar_mangler', felt: 'elevensSvar' });
  else if (e.utfall === 'gjenopprettet' && tiltakspliktStaar(e.elevensSvar.svar)) {
    // The pupil's own experience decides: outcome 1 against it only with the saksleder's written reason.
    if (!e.motEleven) mangler.push({ kode: 'utfall1_mot_eleven', felt: 'utfall', svar: e.elevensSvar.svar });
    else if (!erVurdering(e.motEleven.begrunnelse)) mangler.push({ ...ikkeVurdering('begrunnelse'), felt: 'begrunnelseMotEleven' });
  }
  gjeldende.tiltak.forEach((t, i) => {
    const v = e.vurderinger.find((x) => x.tiltakId === t.id);
    if (!v || tom(v.vurdering)) mangler.push({ kode: 'vurdering_mangler', felt: `vurderinger[${i}]`, nr: i + 1 });
  });
  // Outcome 2 says some tiltak continue: which, from the version evaluated (a card that cannot ask leaves it out).
  const fortsetter = e.utfall === 'gjenopprettet_tiltak_fortsetter' ? e.fortsetter : undefined;
  if (fortsetter && (fortsetter.length === 0 || fortsetter.some((id) => !gjeldende.tiltak.some((t) => t.id === id)))) {
    mangler.push({ kode: 'velg_fortsetter', felt: 'fortsetter' });
  }
  const trengerDato = e.utfall !== 'gjenopprettet';
  if (trengerDato) {
    const neste = e.nesteEvalueringsdato ?? '';
    if (!erGyldigDato(neste)) mangler.push({ kode: 'neste_dato_mangler', felt: 'nesteEvalueringsdato' });
    else if (erGyldigDato(e.dato) && neste <= e.dato) mangler.push({ kode: 'neste_dato_for_tidlig', felt: 'nesteEvalueringsdato' });
  }
  if (mangler.length > 0) return { ok: false, mangler };

  const evaluering: Evaluering = {
    id: p.id,
    dato: e.dato,
    deltakere: e.deltakere.trim(),
    versjon: gjeldende.nr,
    vurderinger: gjeldende.tiltak.map((t) => ({ tiltakId: t.id, vurdering: e.vurderinger.find((x) => x.tiltakId === t.id)!.vurdering.trim() })),
    elevensOpplevelse: e.elevensOpplevelse.trim(),
    ...(e.elevensSvar ? { elevensSvar: e.elevensSvar } : {}),
    ...(e.motEleven && e.utfall === 'gjenopprettet' && tiltakspliktStaar(e.elevensSvar?.svar) ? { motEleven: { begrunnelse: e.motEleven.begrunnelse.trim(), av: e.motEleven.av } } : {}),
    utfall: e.utfall,
    ...(fortsetter ? { fortsetter: gjeldende.tiltak.filter((t) => fortsetter.includes(t.id)).map((t) => t.id) } : {}),
    ...(trengerDato ? { nesteEvalueringsdato: e.nesteEvalueringsdato } : {}),
    av: p.av,
    tid: p.tid,
  };
  const ny: Aktivitetsplan = structuredClone(plan);
  ny.evalueringer.push(evaluering);
  if (e.utfall === 'gjenopprettet') {
    ny.status = 'avsluttet';
    ny.nesteEvaluering = '';
  } else {
    ny.status = 'evaluert';
    ny.nesteEvaluering = e.nesteEvalueringsdato!;
  }
  if (e.utfall === 'ikke_gjenopprettet') {
    const forrige = sisteVersjon(ny);
    // An unactivated revision already open is the one to change; otherwise copy the version in force.
    if (forrige.aktivert) {
      const { aktivert: _a, fraEvaluering: _f, ...innhold } = structuredClone(gjeldende);
      ny.versjoner.push({ ...innhold, evalueringsdato: e.nesteEvalueringsdato!, nr: forrige.nr + 1, opprettet: p.tid, opprettetAv: p.av, fraEvaluering: p.id });
    }
  }
  return { ok: true, plan: ny, evaluering };
}

/** The plan's last evaluation concluded the pupil is safe again: the case may close. */
export function evaluertTrygg(plan: Aktivitetsplan): boolean {
  return plan.evalueringer.at(-1)?.utfall === 'gjenopprettet';
}

