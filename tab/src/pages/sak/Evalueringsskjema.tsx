/**
 * Recording an evaluation of the plan in force: the date, who took part, an assessment per tiltak,
 * the pupil's own experience and one of three outcomes (2 and 3 need the next evaluation date;
 * 3 opens a new version of the plan to change and activate).
 */
import { useState, type FormEvent } from 'react';
import { Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { EVALUERING_UTFALL } from '../../../../src/domain/aktivitetsplan';
import { evaluer } from '../../api/saker';
import { idagOslo, useForm } from '../../deler/useForm';
import type { PlanVisning, Versjon } from './typer';
import { Lagreknapp, Skjemastatus } from './Skjemastatus';
import { ElevensSvarFelt } from './ElevensSvarFelt';
import { Tiltaksnotater } from './Tiltaksnotater';
import { Avkrysningsgruppe } from '../../deler/Avkrysningsgruppe';
import { UTFALL_TEKST, botTekster, sakTekster } from '../../tekster';

const t = sakTekster.evaluering;

const useStiler = makeStyles({
  skjema: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
});

export function Evalueringsskjema({ plan, gjeldende, lagret: stored }: { plan: PlanVisning; gjeldende: Versjon; lagret: (p: PlanVisning) => void }) {
  const s = useStiler();
  const skjema = useForm({ dato: idagOslo(), deltakere: '', elevensOpplevelse: '', elevensSvar: '', elevensSvarHvorfor: '', utfall: '', nesteEvalueringsdato: '', begrunnelseMotEleven: '' });
  const { verdier, settVerdier, sett } = skjema;
  const [vurderinger, settVurderinger] = useState<Record<string, string>>({});
  const [fortsetter, settFortsetter] = useState<string[]>([]);

  async function lagre(e: FormEvent) {
    e.preventDefault();
    let ny: PlanVisning | undefined;
    const kropp = { ...verdier, skjemaId: skjema.skjemaId, vurderinger: gjeldende.tiltak.map((x) => ({ tiltakId: x.id, vurdering: vurderinger[x.id] ?? '' })),
      ...(verdier.utfall === 'gjenopprettet_tiltak_fortsetter' ? { fortsetter } : {}),
    };
    const ok = await skjema.utfor(async () => {
      ny = await evaluer(plan.sakId, kropp);
    }, t.lagret);
    if (ok && ny) stored(ny);
  }

  return (
    <div ref={skjema.skjemaRef}>
      <form className={s.skjema} onSubmit={lagre} noValidate aria-label={t.tittel}>
        <Skjemastatus skjema={skjema} />
        <Field label={t.dato} required {...skjema.felt('dato')}>
          <Input type="date" value={verdier.dato} max={idagOslo()} onChange={sett('dato')} />
        </Field>
        <Field label={t.deltakere} required {...skjema.felt('deltakere')}>
          <Input value={verdier.deltakere} onChange={sett('deltakere')} maxLength={500} />
        </Field>
        {gjeldende.tiltak.map((x, i) => (
          <div key={x.id}>
            <Field label={t.vurdering(x.beskrivelse)} required {...skjema.felt(`vurderinger[${i}]`)}>
              <Textarea value={vurderinger[x.id] ?? ''} onChange={(_, d) => settVurderinger((v) => ({ ...v, [x.id]: d.value }))} maxLength={1000} rows={2} resize="vertical" />
            </Field>
            <Tiltaksnotater tiltak={x} />
          </div>
        ))}
        <Field label={t.elevensOpplevelse} required {...skjema.felt('elevensOpplevelse')}>
          <Textarea value={verdier.elevensOpplevelse} onChange={sett('elevensOpplevelse')} maxLength={2000} rows={3} resize="vertical" />
        </Field>
        <ElevensSvarFelt verdi={verdier} endre={(svar) => settVerdier((v) => ({ ...v, ...svar }))} skjema={skjema} />
        <Field label={t.utfall} required {...skjema.felt('utfall')}>
          <RadioGroup value={verdier.utfall} onChange={sett('utfall')}>
            {EVALUERING_UTFALL.map((u) => (
              <Radio key={u} value={u} label={UTFALL_TEKST[u]} />
            ))}
          </RadioGroup>
        </Field>
        {/* Outcome 1 while the pupil says «nei» or «delvis»: only rektor may conclude against it, and writes why. */}
        {verdier.utfall === 'gjenopprettet' && (verdier.elevensSvar === 'nei' || verdier.elevensSvar === 'delvis') && (
          <Field label={botTekster.elevensSvar.motElevenEtikett} hint={botTekster.elevensSvar.motEleven(verdier.elevensSvar)} {...skjema.felt('begrunnelseMotEleven')}>
            <Textarea value={verdier.begrunnelseMotEleven} onChange={sett('begrunnelseMotEleven')} maxLength={1000} rows={3} resize="vertical" />
          </Field>
        )}
        {verdier.utfall === 'gjenopprettet_tiltak_fortsetter' && (
          <Avkrysningsgruppe
            legend={t.fortsetter}
            hint={t.fortsetterHint}
            {...(skjema.felt('fortsetter').validationMessage ? { feil: skjema.felt('fortsetter').validationMessage } : {})}
            valg={gjeldende.tiltak.map((x) => ({ id: x.id, etikett: x.beskrivelse }))}
            valgt={fortsetter}
            endre={settFortsetter}
          />
        )}
        <Field label={t.nesteDato} hint={t.nesteDatoHint} {...skjema.felt('nesteEvalueringsdato')}>
          <Input type="date" value={verdier.nesteEvalueringsdato} min={verdier.dato} onChange={sett('nesteEvalueringsdato')} />
        </Field>
        <Lagreknapp skjema={skjema}>{t.lagre}</Lagreknapp>
      </form>
    </div>
  );
}
