/**
 * Rektor's answer for one school: the school's figures, pre-filled from the product, beside the
 * questions that ask about them, and a text field per question. Saved answers fill the form; a
 * refused save keeps what was typed and shows the server's words at the field (e.g. a pupil named).
 */
import { useState } from 'react';
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { svar as sendSvar } from '../../api/revisjon';
import type { RektorSkole, SporsmalsVersjon } from '../../kontrakt';
import { useForm } from '../../deler/useForm';
import { Skjemastatus } from '../sak/Skjemastatus';
import { Tall } from './Tall';
import { revisjonTekster } from '../../tekster';

const t = revisjonTekster.side;
const useStiler = makeStyles({
  skole: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tall: { padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  h3: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

export function RektorSvar({ skole, sporsmal, temanavn, lagret: stored }: { skole: RektorSkole; sporsmal: SporsmalsVersjon; temanavn: Record<string, string>; lagret: () => void }) {
  const s = useStiler();
  const skjema = useForm();
  const [svar, settSvar] = useState<Record<string, string>>(skole.utfylt);
  const lagre = () => skjema.utfor(async () => void (await sendSvar(skole.skoleId, svar)), t.svarLagret).then((ok) => ok && stored());
  return (
    <section className={s.skole} aria-labelledby={`revisjon-${skole.skoleId}`}>
      <h2 id={`revisjon-${skole.skoleId}`}>{skole.navn}</h2>
      <p>{t.versjon(sporsmal.nr)}</p>
      {skole.svar && <p>{t.sistLagret(skole.svar.av, skole.svar.dato)}</p>}
      <div ref={skjema.skjemaRef}>
        <form onSubmit={(e) => e.preventDefault()} noValidate className={s.skole}>
          {sporsmal.sporsmal.map((q, i) => (
            <div key={q.id}>
              {q.tall && (
                <div className={s.tall}>
                  <h3 className={s.h3}>{t.skolensTall}</h3>
                  <p>{t.talletForklaring}</p>
                  <Tall tall={skole.tall} temanavn={temanavn} />
                </div>
              )}
              <Field label={`${i + 1}. ${q.tekst}`} {...skjema.felt(q.id)}>
                <Textarea value={svar[q.id] ?? ''} onChange={(_, d) => settSvar((v) => ({ ...v, [q.id]: d.value }))} maxLength={4000} resize="vertical" />
              </Field>
            </div>
          ))}
          <Skjemastatus skjema={skjema} />
          <div>
            <Button appearance="primary" disabled={skjema.sender} onClick={() => void lagre()}>
              {t.lagreSvar}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}
