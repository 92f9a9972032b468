/**
 * Start-up: the server says whether this is Teams (an app id is configured) or a local trial.
 * In Teams: teams-js, the Teams theme, the SSO token on every call, the deep link's page.
 * Locally: the person picker, the browser's theme.
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ApiFeil, brukIdentitet, hent, somApiFeil } from './api/http';
import { hvemErJeg, type Hvem } from './elev/start';
import { ErrorMessage } from './deler/Tilstand';
import { oppsett as lesOppsett } from './api/meg';
import { LOCALE_HEADER, type Meg, type SiFraSkjemaVisning } from './kontrakt';
import { gjeldendeSti, gaaTil } from './routes';
import { forhaandslast } from './sider';
import { Skall } from './Skall';
import { TemaKontekst, fluentTema, folgNettleserTema, nettleserTema, type TemaNavn } from './tema';
import { lokalIdentitet } from './identitet';
import { brukSprak, forhaandslastSprak } from './tekster';
import { type Sprak, sprakFraLocale } from '../../src/i18n/sprak';
import { tekster } from './tekster';

type Fase =
  | { type: 'starter' }
  | { type: 'velgPerson' }
  | { type: 'klar'; meg: Meg; lokal: boolean }
  /** A pupil (issue 25): only «Si fra» and «Det jeg har sagt fra om». */
  | { type: 'elev'; skjema: SiFraSkjemaVisning; lokal: boolean }
  | { type: 'feil'; melding: string };

// Only the local trial picks a person: Teams never loads the picker (its Select stays off the first page).
const Personvelger = lazy(() => import('./Personvelger'));
// Only pupils load their pages (issue 25).
const ElevSkall = lazy(() => import('./elev/ElevSkall'));

const faseFor = (h: Hvem, lokal: boolean): Fase => (h.type === 'ansatt' ? { type: 'klar', meg: h.meg, lokal } : { type: 'elev', skjema: h.skjema, lokal });

const useStiler = makeStyles({
  flate: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  midt: { padding: tokens.spacingHorizontalL },
});

export function Rot() {
  const [tema, settTema] = useState<TemaNavn>(nettleserTema);
  const [fase, settFase] = useState<Fase>({ type: 'starter' });
  const [runde, settRunde] = useState(0);
  const [sprak, settSprak] = useState<Sprak>('nb');
  const s = useStiler();

  /** «meg» says which language staff read (own choice, Teams' locale, the målform): load it, then show the pages. A pupil's pages follow the målform (issue 25). */
  async function klar(hvem: Hvem, lokal: boolean) {
    if (hvem.type === 'ansatt') {
      await brukSprak(hvem.meg.sprak);
      settSprak(hvem.meg.sprak);
    }
    settFase(faseFor(hvem, lokal));
  }

  async function byttSprak(ny: Sprak) {
    await brukSprak(ny);
    settSprak(ny);
  }

  useEffect(() => {
    let stopp: (() => void) | undefined;
    (async () => {
      const oppsett = await hent(lesOppsett());
      if (oppsett.modus === 'teams') {
        const { startITeams, teamsToken } = await import('./teams');
        // Outside a Teams host, initialize() rejects after its time-out: say where to open the app.
        const start = await startITeams(settTema).catch(() => Promise.reject(new ApiFeil(0, tekster.teams.utenforTeams)));
        settTema(start.tema);
        if (start.side) gaaTil(start.side);
        brukIdentitet(async () => {
          const token = await teamsToken().catch(() => Promise.reject(new ApiFeil(401, tekster.teams.ikkePålogget)));
          // Teams' locale picks the language for someone who has not chosen one (the server decides).
          return { authorization: `Bearer ${token}`, ...(start.locale ? { [LOCALE_HEADER]: start.locale } : {}) };
        });
        forhaandslast(gjeldendeSti());
        forhaandslastSprak(sprakFraLocale(start.locale));
        await klar(await hvemErJeg(), false);
        return;
      }
      stopp = folgNettleserTema(settTema);
      const valgt = lokalIdentitet.hent();
      if (!valgt) return settFase({ type: 'velgPerson' });
      brukIdentitet(async () => lokalIdentitet.hodelinjer(valgt));
      forhaandslast(gjeldendeSti());
      await klar(await hvemErJeg(), true);
    })().catch((feil: unknown) => settFase({ type: 'feil', melding: somApiFeil(feil).message }));
    return () => stopp?.();
  }, [runde]);

  const byttPerson = () => {
    lokalIdentitet.glem();
    settFase({ type: 'velgPerson' });
  };

  return (
    <TemaKontekst.Provider value={tema}>
    <FluentProvider theme={fluentTema(tema)} className={s.flate}>
      {fase.type === 'starter' && (
        <div className={s.midt}>
          <Spinner label={tekster.laster} />
        </div>
      )}
      {fase.type === 'feil' && (
        <main className={s.midt}>
          <ErrorMessage melding={fase.melding} igjen={() => settRunde((r) => r + 1)} />
        </main>
      )}
      {fase.type === 'velgPerson' && (
        <Suspense fallback={<Spinner label={tekster.laster} />}>
          <Personvelger
            valgt={(oid) => {
              lokalIdentitet.husk(oid);
              settRunde((r) => r + 1);
            }}
          />
        </Suspense>
      )}
      {fase.type === 'klar' && <Skall meg={fase.meg} sprak={sprak} byttSprak={byttSprak} {...(fase.lokal ? { byttPerson } : {})} />}
      {fase.type === 'elev' && (
        <Suspense fallback={<Spinner label={tekster.laster} />}>
          <ElevSkall skjema={fase.skjema} {...(fase.lokal ? { byttPerson } : {})} />
        </Suspense>
      )}
    </FluentProvider>
    </TemaKontekst.Provider>
  );
}
