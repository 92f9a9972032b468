/**
 * The pupil's tab (issue 25): two pages, «Si fra» and «Det jeg har sagt fra om», in a frame like the
 * staff's (a list of links for the menu, wrapping at 320 px). Nothing else is reachable from here, and
 * the API refuses a pupil everything else anyway.
 */
import { useEffect } from 'react';
import { Button, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Kunngjoringsregion } from '../deler/Kunngjoring';
import type { SiFraSkjemaVisning } from '../kontrakt';
import { lenke, useSti } from '../routes';
import { elevOrd } from '../../../src/i18n/elevOrd';
import { SiFra } from './SiFra';
import { SagtFra } from './SagtFra';

export const ELEV_STIER = { siFra: '/si-fra', sagtFra: '/sagt-fra' } as const;

const useStiler = makeStyles({
  skall: { maxWidth: '40rem', margin: '0 auto', padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  topp: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  appnavn: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  meny: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    listStyle: 'none',
    padding: 0,
    margin: `0 0 ${tokens.spacingVerticalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  lenke: { display: 'inline-block', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`, fontSize: tokens.fontSizeBase400 },
  aktiv: { fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}` },
});

export default function ElevSkall({ skjema, byttPerson }: { skjema: SiFraSkjemaVisning; byttPerson?: () => void }) {
  const s = useStiler();
  const sti = useSti();
  const t = elevOrd(skjema.sprak);
  // A screen reader reads the page in the pupil's language, as the staff's pages do (tekster.ts, brukSprak).
  useEffect(() => {
    document.documentElement.lang = skjema.sprak;
  }, [skjema.sprak]);
  const side = sti.startsWith(ELEV_STIER.sagtFra) ? 'sagtFra' : 'siFra';
  const meny = [
    { id: 'siFra', sti: ELEV_STIER.siFra, tittel: t.menySiFra },
    { id: 'sagtFra', sti: ELEV_STIER.sagtFra, tittel: t.menyMine },
  ] as const;
  return (
    <div className={s.skall}>
      <Kunngjoringsregion />
      <header className={s.topp}>
        <span className={s.appnavn}>{t.appNavn}</span>
        <span>{skjema.skolenavn}</span>
        {byttPerson && (
          <Button size="small" onClick={byttPerson}>
            {t.byttPerson}
          </Button>
        )}
      </header>
      <nav aria-label={t.navigasjon}>
        <ul className={s.meny}>
          {meny.map((m) => (
            <li key={m.id}>
              <Link href={lenke(m.sti)} className={mergeClasses(s.lenke, side === m.id && s.aktiv)} aria-current={side === m.id ? 'page' : undefined}>
                {m.tittel}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main>{side === 'siFra' ? <SiFra skjema={skjema} /> : <SagtFra t={t} />}</main>
    </div>
  );
}
