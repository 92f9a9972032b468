/**
 * The kommunalsjef's definition of the year's checkpoints: one row each (name, what counts as
 * done, by when, who), added and removed here and saved together over the version read. A date in
 * a holiday is moved to the next school day by the server, which names each wrong field.
 */
import { useState } from 'react';
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { lagreAarshjul } from '../../api/skolear';
import { useForm } from '../../deler/useForm';
import type { AarshjulSide } from '../../kontrakt';
import { skolearTekster } from '../../tekster';

const t = skolearTekster.aarshjul;

type Rad = { nr: number; id?: string; navn: string; ferdigNar: string; dato: string; ansvar: string; bekreftelse?: boolean };

const useStiler = makeStyles({
  rad: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalM} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, maxWidth: '40rem' },
  linje: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  knapper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalL} 0` },
});

let teller = 0;

export function AarshjulDefinisjon({ side, lagret: stored }: { side: AarshjulSide; lagret: () => void }) {
  const s = useStiler();
  const [rader, settRader] = useState<Rad[]>(() => side.sjekkpunkter.map((p) => ({ nr: ++teller, ...p })));
  const form = useForm();
  // Closed at first: the overview is what the kommunalsjef looks at most days.
  const [apen, settApen] = useState(false);
  const endre = (nr: number, hva: Partial<Rad>) => settRader((r) => r.map((x) => (x.nr === nr ? { ...x, ...hva } : x)));
  const feilVed = (navn: string) => form.felt(navn);

  async function lagre() {
    const sjekkpunkter = rader.map(({ nr: _nr, ...p }) => p);
    if (await form.utfor(async () => void (await lagreAarshjul({ skolear: side.skolear, ...(side.versjon ? { versjon: side.versjon } : {}), sjekkpunkter })), t.lagret)) stored();
  }

  return (
    <section aria-labelledby="definer-tittel">
      <h2 id="definer-tittel">{t.definer}</h2>
      <Body1 as="p" block>{t.definerForklaring}</Body1>
      {side.standard && <Body1 as="p" block>{t.standardBrukt}</Body1>}
      {!apen && (
        <Button onClick={() => settApen(true)} aria-expanded={false}>
          {t.endre}
        </Button>
      )}
      {apen && (
        <>
          <ol style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
            {rader.map((r, i) => (
              <li key={r.nr} className={s.rad}>
                <Field label={t.navn} required {...feilVed(`sjekkpunkter.${i}.navn`)}>
                  <Input value={r.navn} maxLength={200} onChange={(_, d) => endre(r.nr, { navn: d.value })} />
                </Field>
                <Field label={t.ferdigNar} required {...feilVed(`sjekkpunkter.${i}.ferdigNar`)}>
                  <Textarea value={r.ferdigNar} maxLength={1000} onChange={(_, d) => endre(r.nr, { ferdigNar: d.value })} />
                </Field>
                <div className={s.linje}>
                  <Field label={t.dato} required {...feilVed(`sjekkpunkter.${i}.dato`)}>
                    <Input type="date" value={r.dato} onChange={(_, d) => endre(r.nr, { dato: d.value })} />
                  </Field>
                  <Field label={t.ansvar}>
                    <Select value={r.ansvar} onChange={(_, d) => endre(r.nr, { ansvar: d.value })}>
                      {side.ansvarValg.map((v) => (
                        <option key={v.verdi} value={v.verdi}>
                          {v.tekst}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Button onClick={() => settRader((x) => x.filter((y) => y.nr !== r.nr))}>{t.fjern(r.navn)}</Button>
                </div>
              </li>
            ))}
          </ol>
          <div className={s.knapper}>
            <Button onClick={() => settRader((x) => [...x, { nr: ++teller, navn: '', ferdigNar: '', dato: '', ansvar: 'skolen' }])}>{t.leggTil}</Button>
            <Button appearance="primary" onClick={() => void lagre()} disabledFocusable={form.sender}>
              {t.lagre}
            </Button>
          </div>
        </>
      )}
      <div aria-live="polite">
        {form.melding && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{form.melding}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
