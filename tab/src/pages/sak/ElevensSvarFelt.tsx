/**
 * «Opplever eleven skolemiljøet som trygt og godt?» — ja / delvis / nei / ikke mulig å spørre (with
 * why) — in the log form (the pupil's own experience) and the evaluation form. The server decides;
 * its message shows at the field.
 */
import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { ELEVENS_SVAR, MAKS_HVORFOR } from '../../../../src/domain/elevensOpplevelse';
import type { Form } from '../../deler/useForm';
import { ELEVENS_SVAR_TEKST, betegnelser, botTekster } from '../../tekster';

export interface Svar {
  elevensSvar: string;
  elevensSvarHvorfor: string;
}

export function ElevensSvarFelt({ verdi, endre, skjema }: { verdi: Svar; endre: (v: Svar) => void; skjema: Pick<Form, 'felt'> }) {
  return (
    <>
      <Field label={betegnelser.ELEVENS_SVAR_SPORSMAL} required {...skjema.felt('elevensSvar')}>
        <RadioGroup layout="horizontal" value={verdi.elevensSvar} onChange={(_, d) => endre({ ...verdi, elevensSvar: d.value })}>
          {ELEVENS_SVAR.map((s) => (
            <Radio key={s} value={s} label={ELEVENS_SVAR_TEKST[s]} />
          ))}
        </RadioGroup>
      </Field>
      {verdi.elevensSvar === 'ikke_mulig' && (
        <Field label={botTekster.elevensSvar.hvorfor} required {...skjema.felt('elevensSvarHvorfor')}>
          <Input value={verdi.elevensSvarHvorfor} onChange={(_, d) => endre({ ...verdi, elevensSvarHvorfor: d.value })} maxLength={MAKS_HVORFOR} />
        </Field>
      )}
    </>
  );
}
