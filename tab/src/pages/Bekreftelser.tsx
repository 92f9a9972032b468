/**
 * Bekreftelser (rektor): how many of the school's staff have confirmed «Jeg er kjent med
 * pliktene» this school year, who has not, and a button that reminds them through the bot.
 */
import { useState } from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { send, somApiFeil, useHent } from '../api';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { Feilmelding, Tilstand } from '../deler/Tilstand';
import type { BekreftelseSide } from '../kontrakt';
import type { SideProps } from '../sider';
import { tekster } from '../tekster';

const t = tekster.bekreftelser;
type Skole = BekreftelseSide['skoler'][number];

const useStiler = makeStyles({
  skole: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  knapp: { alignSelf: 'flex-start' },
});

export default function Bekreftelser(_: SideProps) {
  const henting = useHent<BekreftelseSide>('/api/bekreftelser');
  return (
    <>
      <Sidetittel>{tekster.sider.bekreftelser}</Sidetittel>
      <Tilstand henting={henting}>
        {(side) => (
          <>
            <Body1 as="p">{t.forklaring(side.skoleår)}</Body1>
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
  const [sender, settSender] = useState(false);
  const [svar, settSvar] = useState<{ ok: boolean; tekst: string }>();
  const andel = skole.ansatte === 0 ? 0 : skole.bekreftet / skole.ansatte;
  const prosent = Math.round(andel * 100);
  async function påminn() {
    if (sender) return;
    settSender(true);
    try {
      const r = await send<{ påminnet: number }>(`/api/bekreftelser/${encodeURIComponent(skole.skoleId)}/paminnelse`);
      settSvar({ ok: true, tekst: t.påminnet(r.påminnet) });
    } catch (e) {
      settSvar({ ok: false, tekst: somApiFeil(e).message });
    } finally {
      settSender(false);
    }
  }
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
      {skole.ikkeBekreftet.length > 0 && (
        <Button className={s.knapp} appearance="primary" onClick={påminn} disabledFocusable={sender}>
          {t.påminn(skole.ikkeBekreftet.length)}
        </Button>
      )}
      {svar &&
        (svar.ok ? (
          <MessageBar intent="success">
            <MessageBarBody>{svar.tekst}</MessageBarBody>
          </MessageBar>
        ) : (
          <Feilmelding melding={svar.tekst} />
        ))}
    </section>
  );
}
