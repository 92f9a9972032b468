/**
 * «Si fra» (issue 25): the pupil's form, in words for their age (the school's trinn), the same fields
 * and the same server check as the chat card. What they wrote is never lost on a refusal: each kind
 * message is at its field, and focus goes to the first. One form has one id: a double click is one record.
 * After sending: the receipt, in their words.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { send, somApiFeil } from '../api';
import { Sidetittel } from '../deler/Sidetittel';
import { ErrorMessage } from '../deler/Tilstand';
import { RUTER, type ElevKvittering, type SiFraSkjemaVisning } from '../kontrakt';
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
  const [skjemaId] = useState(() => crypto.randomUUID());
  const [v, settV] = useState<Record<string, string>>({});
  const [feltfeil, settFeltfeil] = useState<Record<string, string>>({});
  const [message, settMelding] = useState<string>();
  const [sender, settSender] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // A group of radio buttons carries aria-invalid on the group: focus its first button.
    const felt = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (felt?.matches('input, textarea') ? felt : felt?.querySelector<HTMLElement>('input, textarea'))?.focus();
  }, [feltfeil]);
  const sett = (felt: string) => (_: unknown, d: { value: string }) => settV((x) => ({ ...x, [felt]: d.value }));
  const feil = (felt: string, paakrevd = false) => ({
    required: paakrevd,
    validationMessage: feltfeil[felt],
    validationState: feltfeil[felt] ? ('error' as const) : ('none' as const),
  });

  async function sendInn(e: FormEvent) {
    e.preventDefault();
    if (sender) return;
    settSender(true);
    settMelding(undefined);
    try {
      sendt(await send<ElevKvittering>(RUTER.siFra.sti, { ...v, skjemaId }));
    } catch (f) {
      const a = somApiFeil(f);
      settFeltfeil(a.felt);
      settMelding(a.message);
    } finally {
      settSender(false);
    }
  }

  return (
    <form ref={form} className={s.skjema} onSubmit={sendInn} noValidate>
      <Body1 as="p" block>{ord.intro}</Body1>
      {message && <ErrorMessage melding={message} />}
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
      <Button type="submit" appearance="primary" className={s.knapp} disabled={sender}>
        {sender ? t.sender : t.send}
      </Button>
    </form>
  );
}

function Kvittering({ k, t, igjen }: { k: ElevKvittering; t: ElevOrd; igjen: () => void }) {
  const s = useStiler();
  return (
    <>
      <Sidetittel>{k.tittel}</Sidetittel>
      <div className={s.linjer}>
        <MessageBar intent="success">
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
