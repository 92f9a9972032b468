/**
 * The kommunalsjef's questions: edited here and saved as a new version (answers keep the version
 * they answered), then sent to every rektor — one card each, once; a second click sends nothing more.
 */
import { useState } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { lagreSporsmal, sendRevisjon as send } from '../../api/revisjon';
import type { RevisjonSide } from '../../kontrakt';
import { useForm } from '../../deler/useForm';
import { Skjemastatus } from '../sak/Skjemastatus';
import { revisjonTekster } from '../../tekster';

const t = revisjonTekster.side;
const useStiler = makeStyles({
  liste: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: 0, margin: 0, listStyleType: 'none' },
  knapper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

type Utkast = { id?: string; tekst: string; tall?: boolean };

export function Sporsmalsredigering({ side, endret }: { side: RevisjonSide; endret: () => void }) {
  const s = useStiler();
  const skjema = useForm();
  const sending = useForm();
  const [utkast, settUtkast] = useState<Utkast[]>(side.sporsmal.sporsmal);
  const [stored, settLagret] = useState<number>();
  const endre = (i: number, e: Partial<Utkast>) => settUtkast((u) => u.map((q, j) => (j === i ? { ...q, ...e } : q)));
  const lagre = () =>
    skjema
      .utfor(async () => {
        const svar = await lagreSporsmal(utkast);
        settLagret(svar.versjon);
      })
      .then((ok) => ok && endret());
  const sendRevisjon = () => sending.utfor(async () => void (await send()), undefined).then((ok) => ok && endret());
  return (
    <section aria-labelledby="revisjon-sporsmal">
      <h2 id="revisjon-sporsmal">{t.spørsmål}</h2>
      <p>{t.versjon(side.sporsmal.nr)}</p>
      <div ref={skjema.skjemaRef}>
        <Skjemastatus skjema={skjema} />
        {stored !== undefined && !skjema.melding && (
          <MessageBar layout="multiline" intent="success" role="status">
            <MessageBarBody>{t.sporsmalLagret(stored)}</MessageBarBody>
          </MessageBar>
        )}
        <form onSubmit={(e) => e.preventDefault()} noValidate>
          <ol className={s.liste}>
            {utkast.map((q, i) => (
              <li key={q.id ?? `ny-${i}`}>
                <Field label={t.sporsmalNr(i + 1)} {...skjema.felt(`sporsmal${i}`)}>
                  <Textarea value={q.tekst} onChange={(_, d) => endre(i, { tekst: d.value })} maxLength={500} resize="vertical" />
                </Field>
                <Checkbox checked={!!q.tall} onChange={(_, d) => endre(i, { tall: !!d.checked })} label={t.medTall} />
                <Button appearance="subtle" onClick={() => settUtkast((u) => u.filter((_, j) => j !== i))}>
                  {t.fjern(i + 1)}
                </Button>
              </li>
            ))}
          </ol>
          <div className={s.knapper}>
            <Button onClick={() => settUtkast((u) => [...u, { tekst: '' }])}>{t.nyttSporsmal}</Button>
            <Button appearance="primary" disabled={skjema.sender} onClick={() => void lagre()}>
              {t.lagreSporsmal}
            </Button>
          </div>
        </form>
      </div>
      <div className={s.knapper}>
        {side.sendt ? (
          <MessageBar layout="multiline" intent="info">
            <MessageBarBody>{t.sendt(side.sendt.dato, side.sendt.antall)}</MessageBarBody>
          </MessageBar>
        ) : (
          <Button appearance="primary" disabled={sending.sender} onClick={() => void sendRevisjon()}>
            {t.send}
          </Button>
        )}
      </div>
      <Skjemastatus skjema={sending} />
    </section>
  );
}
