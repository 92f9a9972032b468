/**
 * The frame around every page: the app's name, who I am, the menu of my pages, and the page the
 * route names. The menu is a list of links (keyboard and screen readers know links), wrapping at
 * Teams' narrow widths instead of scrolling sideways.
 */
import { Suspense } from 'react';
import { Button, Link, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Kunngjoringsregion } from './deler/Kunngjoring';
import { ErrorMessage } from './deler/Tilstand';
import { Sidetittel } from './deler/Sidetittel';
import { Sprakvalg } from './deler/Sprakvalg';
import type { Sprak } from '../../src/i18n/sprak';
import type { Meg } from './kontrakt';
import { lenke, useSti } from './routes';
import { sideFor, sider, startside } from './sider';
import { tekster } from './tekster';

const useStiler = makeStyles({
  skall: { maxWidth: '64rem', margin: '0 auto', padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  topp: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  appnavn: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  meny: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    listStyle: 'none',
    padding: 0,
    margin: `0 0 ${tokens.spacingVerticalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  lenke: { display: 'inline-block', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}` },
  aktiv: { fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}` },
});

export interface SkallProps {
  meg: Meg;
  /** The language the pages are drawn in, and how the person changes it (Rot.tsx). */
  sprak: Sprak;
  byttSprak: (sprak: Sprak) => Promise<void>;
  byttPerson?: () => void;
}

export function Skall({ meg, sprak, byttSprak, byttPerson }: SkallProps) {
  const s = useStiler();
  const sti = useSti();
  const gjeldende = sti === '/' ? startside : sti;
  const treff = sideFor(sti);
  const meny = sider.filter((side) => side.meny?.(meg));

  return (
    <div className={s.skall}>
      <Kunngjoringsregion />
      <header className={s.topp}>
        <span className={s.appnavn}>{tekster.app}</span>
        <span className={s.person}>
          <span>{tekster.lokal.du(meg.navn)}</span>
          {byttPerson && (
            <Button size="small" onClick={byttPerson}>
              {tekster.lokal.bytt}
            </Button>
          )}
          <Sprakvalg valgt={sprak} bytt={byttSprak} />
        </span>
      </header>
      <nav aria-label={tekster.navigasjon}>
        <ul className={s.meny}>
          {meny.map((side) => {
            const aktiv = treff?.side === side;
            return (
              <li key={side.sti}>
                <Link
                  href={lenke(side.sti)}
                  className={mergeClasses(s.lenke, aktiv && s.aktiv)}
                  aria-current={aktiv ? 'page' : undefined}
                >
                  {side.tittel()}
                  {side.merke && <side.merke sti={gjeldende} />}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {/* A new language draws the page anew (its data too: the server's words follow the choice); the header keeps focus on the choice. */}
      <main key={sprak}>
        {treff ? (
          <Suspense fallback={<Spinner size="small" label={tekster.laster} />}>
            <treff.side.komponent meg={meg} parametre={treff.parametre ?? {}} sti={gjeldende} />
          </Suspense>
        ) : (
          <>
            <Sidetittel>{tekster.sider.ikkeFunnet}</Sidetittel>
            <ErrorMessage melding={tekster.ikkeFunnet} />
          </>
        )}
      </main>
    </div>
  );
}
