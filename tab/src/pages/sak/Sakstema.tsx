/**
 * A case's theme (issue 23): chosen at receipt beside «Ta imot», or shown and changed on the case
 * page by those who work the case. The list is the municipality's (the server sends it).
 */
import { useState } from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useGet } from '../../api/http';
import { settTema, tema } from '../../api/revisjon';
import { Tilstand } from '../../deler/Tilstand';
import { useForm } from '../../deler/useForm';
import { Skjemastatus } from './Skjemastatus';
import { revisjonTekster } from '../../tekster';

const t = revisjonTekster.tema;
// One column, the button below: at 320 px a row would let the field's hint widen the page.
const useStiler = makeStyles({ rad: { display: 'grid', gridTemplateColumns: 'minmax(0, 30rem)', justifyItems: 'start', gap: tokens.spacingVerticalS } });

function Temavalg({ valg, verdi, endre, feil }: { valg: { id: string; navn: string }[]; verdi: string; endre: (id: string) => void; feil?: ReturnType<ReturnType<typeof useForm>['felt']> }) {
  return (
    <Field label={t.felt} hint={t.forklaring} {...(feil ?? {})}>
      <Select value={verdi} onChange={(_, d) => endre(d.value)}>
        <option value="">{t.velg}</option>
        {valg.map((x) => (
          <option key={x.id} value={x.id}>
            {x.navn}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Beside «Ta imot»: the theme may be chosen now or later. */
export function TemaVedMottak({ valg, verdi, endre }: { valg: { id: string; navn: string }[] | undefined; verdi: string; endre: (id: string) => void }) {
  if (!valg || valg.length === 0) return null;
  return <Temavalg valg={valg} verdi={verdi} endre={endre} />;
}

/** The case page's theme: shown to whoever reads the case in full, changed by those who work it. */
export function Sakstema({ sakId }: { sakId: string }) {
  const s = useStiler();
  const fetched = useGet(tema(sakId));
  const skjema = useForm();
  const [valgt, settValgt] = useState<string>();
  return (
    <Tilstand henting={fetched}>
      {(v) =>
        v.kanEndre ? (
          <div ref={skjema.skjemaRef}>
            <Skjemastatus skjema={skjema} />
            <form className={s.rad} onSubmit={(e) => e.preventDefault()} noValidate>
              <Temavalg valg={v.valg} verdi={valgt ?? v.tema?.id ?? ''} endre={settValgt} feil={skjema.felt('tema')} />
              <Button disabled={skjema.sender} onClick={() => void skjema.utfor(async () => void (await settTema(sakId, valgt ?? v.tema?.id ?? '')), t.lagret).then((ok) => ok && fetched.lastPåNytt())}>
                {t.lagre}
              </Button>
            </form>
          </div>
        ) : (
          <p>{v.tema?.navn ?? t.ingen}</p>
        )
      }
    </Tilstand>
  );
}
