/**
 * The kommunalsjef reads the answers side by side: per question, each school's answer (columns
 * where there is room, stacked at Teams' narrow widths), and each school's figures with every case
 * counted; then the report to the kommunestyre, as a PDF download and as text to paste.
 */
import { useState } from 'react';
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { lastNed } from '../../api/fil';
import { hent } from '../../api/http';
import { useForm } from '../../deler/useForm';
import { ErrorMessage } from '../../deler/Tilstand';
import { rapportPdf, rapportTekst } from '../../api/revisjon';
import type { RevisjonSide } from '../../kontrakt';
import { Tall } from './Tall';
import { revisjonTekster } from '../../tekster';

const t = revisjonTekster.side;
const useStiler = makeStyles({
  seksjon: { marginTop: tokens.spacingVerticalXXL },
  kolonner: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalL },
  kort: { padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, overflowWrap: 'anywhere' },
  h3: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  knapper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  svar: { whiteSpace: 'pre-wrap' },
});

export function SvarSideOmSide({ side }: { side: RevisjonSide }) {
  const s = useStiler();
  // The form hook's sending state and guard: one download or read at a time, the server's refusal shown.
  const rapport = useForm();
  const [tekst, settTekst] = useState<string>();
  const gjor = (arbeid: () => Promise<unknown>) =>
    void rapport.utfor(async () => {
      await arbeid();
    });
  return (
    <>
      <section className={s.seksjon} aria-labelledby="revisjon-svar">
        <h2 id="revisjon-svar">{t.svarene}</h2>
        {side.sporsmal.sporsmal.map((q, i) => (
          <section key={q.id} aria-labelledby={`svar-${q.id}`}>
            <h3 id={`svar-${q.id}`} className={s.h3}>{`${i + 1}. ${q.tekst}`}</h3>
            <div className={s.kolonner}>
              {side.skoler.map((skole) => {
                const svar = skole.svar?.svar.find((x) => x.id === q.id);
                return (
                  <div key={skole.skoleId} className={s.kort}>
                    <strong>{skole.navn}</strong> {skole.svar && skole.svar.versjon !== side.sporsmal.nr && t.svartVersjon(skole.svar.versjon)}
                    <p className={s.svar}>{skole.svar ? svar?.svar || '–' : t.ikkeSvart}</p>
                  </div>
                );
              })}
            </div>
          </section>
        ))}
      </section>
      <section className={s.seksjon} aria-labelledby="revisjon-tall">
        <h2 id="revisjon-tall">{revisjonTekster.rapport.skoler}</h2>
        <div className={s.kolonner}>
          {side.skoler.map((skole) => (
            <div key={skole.skoleId} className={s.kort}>
              <h3 className={s.h3}>{skole.navn}</h3>
              <Tall tall={skole.tall} temanavn={side.temanavn} />
            </div>
          ))}
        </div>
      </section>
      <section className={s.seksjon} aria-labelledby="revisjon-rapport">
        <h2 id="revisjon-rapport">{t.rapport}</h2>
        {rapport.melding && <ErrorMessage melding={rapport.melding} />}
        <div className={s.knapper}>
          <Button appearance="primary" disabled={rapport.sender} onClick={() => gjor(() => lastNed(rapportPdf()))}>
            {t.lastNedPdf}
          </Button>
          <Button disabled={rapport.sender} onClick={() => gjor(async () => settTekst((await hent(rapportTekst())).tekst))}>
            {t.visTekst}
          </Button>
        </div>
        {tekst !== undefined && (
          <Field label={t.tekstEtikett}>
            <Textarea value={tekst} readOnly rows={16} resize="vertical" />
          </Field>
        )}
      </section>
    </>
  );
}
