/**
 * «Si fra» (issue 25): the pupil's form, in words for their age (the school's trinn), the same fields
 * and the same server check as the chat card. What they wrote is never lost on a refusal: each kind
 * message is at its field, and focus goes to the first. One form has one id: a double click is one record.
 * After sending: the receipt, in their words.
 */
import { useState, type FormEvent } from 'react';
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { siFra } from '../api/elev';
import { Sidetittel } from '../deler/Sidetittel';
import { ErrorMessage } from '../deler/Tilstand';
import { useForm } from '../deler/useForm';
import type { ElevKvittering, SiFraSkjemaVisning } from '../kontrakt';
import { elevOrd, type ElevOrd } from '../../../src/i18n/elevOrd';

const useStiler = makeStyles({
  skjema: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  knapp: { alignSelf: 'flex-start', minHeight: '44px', minWidth: '8rem' },
  linjer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function SiFra({ skjema }: { skjema: SiFraSkjemaVisning }) {
  const [kvittering, settKvittering] = useState<ElevKvittering>();
  const [runde, settRunde] = useState(0);
  const t = elevOrd(skjema.sprak);
  const ord = t.trinn[skjema.trinn];
  if (kvittering) return <Kvittering k={kvittering} t={t} igjen={() => (settKvittering(undefined), settRunde((r) => r + 1))} />;
  return (
    <>
      <Sidetittel>{ord.tittel}</Sidetittel>
      <Skjema key={runde} skjema={skjema} sendt={settKvittering} />
    </>
  );
}

function Skjema({ skjema, sendt }: { skjema: SiFraSkjemaVisning; sendt: (k: ElevKvittering) => void }) {
  const s = useStiler();
  const t = elevOrd(skjema.sprak);
  const ord = t.trinn[skjema.trinn];
  const form = useForm();
  const { verdier: v, sett, felt: feil } = form;

  async function sendInn(e: FormEvent) {
    e.preventDefault();
    await form.utfor(async () => sendt(await siFra({ ...v, skjemaId: form.skjemaId })));
  }

  return (
    <div ref={form.skjemaRef}>
      <form className={s.skjema} onSubmit={sendInn} noValidate>
        <Body1 as="p" block>{ord.intro}</Body1>
        {form.melding && <ErrorMessage melding={form.melding} />}
        <Field label={t.hvem.sporsmal} {...feil('hvem', true)}>
          <RadioGroup value={v.hvem ?? ''} onChange={sett('hvem')}>
            <Radio value="meg" label={t.hvem.meg} />
            <Radio value="annen" label={t.hvem.annen} />
          </RadioGroup>
        </Field>
        {v.hvem === 'annen' && (
          <Field label={`${t.annenNavn.etikett} ${t.valgfritt}`} hint={t.annenNavn.hjelp} {...feil('annenNavn')}>
            <Input value={v.annenNavn ?? ''} onChange={sett('annenNavn')} maxLength={skjema.grenser.annenNavn} autoComplete="off" />
          </Field>
        )}
        <Field label={ord.hva} hint={ord.hvaHjelp} {...feil('hva', true)}>
          <Textarea value={v.hva ?? ''} onChange={sett('hva')} maxLength={skjema.grenser.hva} rows={5} resize="vertical" />
        </Field>
        {v.hvem === 'meg' && (
          <Field label={t.hvordan.sporsmal} {...feil('hvordan', true)}>
            <RadioGroup value={v.hvordan ?? ''} onChange={sett('hvordan')}>
              <Radio value="ja" label={t.hvordan.ja} />
              <Radio value="delvis" label={t.hvordan.delvis} />
              <Radio value="nei" label={t.hvordan.nei} />
            </RadioGroup>
          </Field>
        )}
        <Field label={t.voksen.sporsmal} {...feil('voksen', true)}>
          <RadioGroup value={v.voksen ?? ''} onChange={sett('voksen')}>
            {(['nei', 'ansatt', 'ledelse', 'vet_ikke'] as const).map((k) => (
              <Radio key={k} value={k} label={t.voksen[k]} />
            ))}
          </RadioGroup>
        </Field>
        {skjema.voksne.length > 0 && (
          <Field label={`${t.snakkeMed.sporsmal} ${t.valgfritt}`} {...feil('snakkeMed')}>
            <RadioGroup value={v.snakkeMed ?? ''} onChange={sett('snakkeMed')}>
              <Radio value={skjema.hvemSomHelst} label={t.snakkeMed.hvemSomHelst} />
              {skjema.voksne.map((a) => (
                <Radio key={a.oid} value={a.oid} label={`${a.navn} (${a.rolle})`} />
              ))}
            </RadioGroup>
          </Field>
        )}
        <Body1 as="p" block>{t.kvittering.haster}</Body1>
        <Button type="submit" appearance="primary" className={s.knapp} disabled={form.sender}>
          {form.sender ? t.sender : t.send}
        </Button>
      </form>
    </div>
  );
}

function Kvittering({ k, t, igjen }: { k: ElevKvittering; t: ElevOrd; igjen: () => void }) {
  const s = useStiler();
  return (
    <>
      <Sidetittel>{k.tittel}</Sidetittel>
      <div className={s.linjer}>
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{k.statusTekst}</MessageBarBody>
        </MessageBar>
        {k.linjer.map((l) => (
          <Body1 key={l} as="p" block>
            {l}
          </Body1>
        ))}
        <Button className={s.knapp} onClick={igjen}>
          {t.sendNy}
        </Button>
      </div>
    </>
  );
}
