/**
 * Bekreftelser (rektor): how many of the school's staff have confirmed «Jeg er kjent med
 * pliktene» this school year, and who has not — and «Send påminnelse», which sends those a card in
 * Teams to confirm in (once a day per school; a second click is told when it went, and by whom).
 */
import { useState } from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { useForm } from '../deler/useForm';
import { ErrorMessage, Tilstand } from '../deler/Tilstand';
import { bekreftelsePaaminnelse, bekreftelser } from '../api/org';
import type { BekreftelseSide, SendtPaminnelse } from '../kontrakt';
import type { SideProps } from '../sideProps';
import { tekster } from '../tekster';

const t = tekster.bekreftelser;
type Skole = BekreftelseSide['skoler'][number];

const useStiler = makeStyles({
  skole: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export default function Bekreftelser(_: SideProps) {
  const fetched = useGet(bekreftelser());
  return (
    <>
      <Sidetittel>{tekster.sider.bekreftelser}</Sidetittel>
      <Tilstand henting={fetched}>
        {(side) => (
          <>
            <Body1 as="p" block>{t.forklaring(side.skoleår)}</Body1>
            {side.skoler.map((skole) => (
              <Skoleandel key={skole.skoleId} skole={skole} />
            ))}
          </>
        )}
      </Tilstand>
    </>
  );
}

function Skoleandel({ skole }: { skole: Skole }) {
  const s = useStiler();
  const andel = skole.ansatte === 0 ? 0 : skole.bekreftet / skole.ansatte;
  const prosent = Math.round(andel * 100);
  return (
    <section className={s.skole} aria-labelledby={`skole-${skole.skoleId}`}>
      <h2 id={`skole-${skole.skoleId}`}>{skole.navn}</h2>
      <Field label={t.andel(skole.bekreftet, skole.ansatte, prosent)} validationState="none">
        <ProgressBar value={andel} thickness="large" aria-valuetext={`${prosent} %`} />
      </Field>
      <Tabell
        tittel={t.ikkeBekreftet(skole.ikkeBekreftet.length)}
        tom={t.alleHar}
        rader={skole.ikkeBekreftet}
        nøkkel={(p) => p.oid}
        kolonner={[
          { tittel: t.navn, vis: (p) => p.navn },
          { tittel: t.stilling, vis: (p) => p.stilling ?? '' },
        ]}
      />
      {skole.ikkeBekreftet.length > 0 && <SendPaaminnelse skoleId={skole.skoleId} />}
    </section>
  );
}

function SendPaaminnelse({ skoleId }: { skoleId: string }) {
  // The form hook's sending state and double-click guard; the server's answer (sent, or when and by
  // whom it already went today) is shown as it came.
  const skjema = useForm();
  const [svar, settSvar] = useState<SendtPaminnelse>();
  const sendNa = () =>
    void skjema.utfor(async () => {
      settSvar(await bekreftelsePaaminnelse(skoleId));
    });
  return (
    <div>
      <Body1 as="p" block>{t.sendPaminnelseForklaring}</Body1>
      <Button appearance="primary" onClick={sendNa} disabledFocusable={skjema.sender}>
        {t.sendPaminnelse}
      </Button>
      <div aria-live="polite">
        {svar && (
          <MessageBar intent={svar.sendt ? 'success' : 'info'} layout="multiline">
            <MessageBarBody>{svar.melding}</MessageBarBody>
          </MessageBar>
        )}
        {skjema.melding && <ErrorMessage melding={skjema.melding} />}
      </div>
    </div>
  );
}
