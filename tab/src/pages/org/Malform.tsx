/**
 * The municipality's målform (issue 24): what the records — the documentation, the history, the
 * innsyn export, the kommunestyre report — are written in, and the language of those who chose none.
 * The administrator chooses bokmål or nynorsk (PUT /api/organisasjon/kommune with the målform
 * alone: the municipality's people, not sent, stay as stored);
 * whoever else sees the Organisasjon page reads the current value.
 */
import { useState } from 'react';
import { Body1, Radio, RadioGroup, Field, makeStyles, tokens } from '@fluentui/react-components';
import { kommunensFolk } from '../../api/org';
import type { OrgOppsett } from '../../kontrakt';
import { orgTekster } from '../../tekster';
import { Skjema, feltFeil } from './Skjema';

const t = orgTekster.malform;

type Kommune = OrgOppsett['kommune'];
type Malform = Kommune['malform'];

const useStiler = makeStyles({
  seksjon: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
});

export function Malform({ kommune, kanEndre, endret }: { kommune: Kommune; kanEndre: boolean; endret: () => void }) {
  const s = useStiler();
  const [valgt, settValgt] = useState<Malform>(kommune.malform);
  const naa = <Body1 as="p" block>{t.naa(t.navn[kommune.malform])}</Body1>;
  if (!kanEndre) {
    return (
      <section className={s.seksjon} aria-labelledby="malform">
        <h2 id="malform">{t.tittel}</h2>
        {naa}
        <Body1 as="p" block>{t.bareAdministrator}</Body1>
      </section>
    );
  }
  return (
    <Skjema
      id="malform"
      tittel={t.tittel}
      knapp={t.lagre}
      send={async () => {
        await kommunensFolk({ malform: valgt });
        endret();
        return t.lagret(t.navn[valgt]);
      }}
    >
      {(feil) => (
        <>
          <Body1 as="p" block>{t.forklaring}</Body1>
          {naa}
          <Field label={t.etikett} {...feltFeil(feil, 'malform')}>
            <RadioGroup value={valgt} onChange={(_, d) => settValgt(d.value === 'nn' ? 'nn' : 'nb')}>
              {(['nb', 'nn'] as const satisfies readonly Malform[]).map((m) => (
                <Radio key={m} value={m} label={t.valg[m]} />
              ))}
            </RadioGroup>
          </Field>
        </>
      )}
    </Skjema>
  );
}
