/**
 * The Entra sync on the Organisasjon page: its state (when it last ran, what changed, why the last
 * attempt failed), how many schools a run reads, and «Synkroniser nå» for administrators.
 */
import { useEffect, useRef, useState } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { OrgOppsett, SynkStatus } from '../../kontrakt';
import { hent, somApiFeil, useGet } from '../../api/http';
import { startSync, sync } from '../../api/org';
import { ErrorMessage, Tilstand } from '../../deler/Tilstand';
import { visTid } from '../../deler/tid';
import { useForm } from '../../deler/useForm';
import { orgTekster } from '../../tekster';

const useStiler = makeStyles({
  seksjon: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  knapp: { alignSelf: 'flex-start' },
});

/**
 * The sync's state, and «Synkroniser nå» on the form hook: its guard lets a double click send one
 * request, and its form id (kept after a refusal, renewed after a start) goes as `foresporsel`, so a
 * retried request is one run too.
 */
export function Synkronisering({ endret, oppsett }: { endret: () => void; oppsett: OrgOppsett | undefined }) {
  const s = useStiler();
  const fetched = useGet(sync());
  const [status, settStatus] = useState<SynkStatus>();
  // A school linked or unlinked below changes what a run reads: the count here follows at once.
  const lestOppsett = useRef(oppsett);
  useEffect(() => {
    if (!oppsett || oppsett === lestOppsett.current) return;
    const forste = lestOppsett.current === undefined;
    lestOppsett.current = oppsett;
    if (!forste) hent(sync()).then(settStatus, (e: unknown) => settFeil(somApiFeil(e).message));
  }, [oppsett]);
  const start = useForm();
  // Reading the state while a run goes is not the form's request: its failure is shown on its own.
  const [feil, settFeil] = useState<string>();
  const gjeldende = status ?? fetched.data;
  const kjorte = useRef(false);

  // While a run is going, ask every other second; when it ends, read the schools again.
  useEffect(() => {
    if (!gjeldende?.kjorer) {
      if (kjorte.current) {
        kjorte.current = false;
        endret();
      }
      return;
    }
    kjorte.current = true;
    const tidtaker = setTimeout(() => {
      hent(sync()).then(settStatus, (e: unknown) => settFeil(somApiFeil(e).message));
    }, 2000);
    return () => clearTimeout(tidtaker);
  }, [gjeldende, endret]);

  const visFeil = start.melding ?? feil;
  const synkroniser = () =>
    void start.utfor(async () => {
      settFeil(undefined);
      settStatus(await startSync(start.skjemaId));
    });

  return (
    <section className={s.seksjon} aria-labelledby="synk">
      <h2 id="synk">{orgTekster.synk.tittel}</h2>
      <Tilstand henting={fetched}>
        {() =>
          gjeldende && (
            <div aria-live="polite">
              {!gjeldende.oppsatt && <Body1 as="p" block>{orgTekster.synk.ikkeOppsatt}</Body1>}
              <Body1 as="p" block>{orgTekster.synk.tilkoblet(gjeldende.tilkobledeSkoler)}</Body1>
              {gjeldende.sist ? (
                <Body1 as="p" block>
                  {orgTekster.synk.sist(visTid(gjeldende.sist.tid), gjeldende.sist.av)} {orgTekster.synk.endringer(gjeldende.sist.nye, gjeldende.sist.endret, gjeldende.sist.sluttet)}
                </Body1>
              ) : (
                <Body1 as="p" block>{orgTekster.synk.aldri}</Body1>
              )}
              {gjeldende.sistFeilet && <Body1 as="p" block>{orgTekster.synk.feilet(visTid(gjeldende.sistFeilet), gjeldende.feilGrunn ?? '')}</Body1>}
            </div>
          )
        }
      </Tilstand>
      {gjeldende?.oppsatt && (
        <Button className={s.knapp} appearance="primary" disabled={gjeldende.kjorer} disabledFocusable={start.sender} onClick={synkroniser}>
          {gjeldende.kjorer ? orgTekster.synk.kjorer : orgTekster.synk.knapp}
        </Button>
      )}
      {visFeil && <ErrorMessage melding={visFeil} />}
    </section>
  );
}
