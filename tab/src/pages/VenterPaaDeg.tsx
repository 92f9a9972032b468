/**
 * «Venter på deg»: the person's first page — what waits for them, overdue first, each a link to
 * the page where it is done (the case, its plan, or Mine plikter). The menu's count follows it.
 */
import { useEffect } from 'react';
import { Badge, Body1, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tilstand } from '../deler/Tilstand';
import { visDato } from '../deler/tid';
import { venter } from '../api/meg';
import type { Venter } from '../kontrakt';
import { tabRoutes } from '../../../src/http/tabLinks';
import { lenke } from '../routes';
import type { SideProps } from '../sideProps';
import { meldAntallVenter } from '../venter';
import { arbeidTekster } from '../tekster';

const t = arbeidTekster.venter;

const useStiler = makeStyles({
  liste: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  oppgave: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  forfalt: { borderInlineStartWidth: tokens.strokeWidthThickest, borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  handling: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  linje: { margin: `${tokens.spacingVerticalXXS} 0 0`, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function hvor(o: Venter): string {
  if (o.hvor === 'plikter' || !o.sak) return tabRoutes.plikter;
  return o.hvor === 'plan' ? tabRoutes.plan(o.sak.id) : tabRoutes.sak(o.sak.id);
}

const handling = (o: Venter) => (o.type === 'tiltak' ? t.handling.tiltak(o.tekst ?? '') : t.handling[o.type]);

export default function VenterPaaDeg(_: SideProps) {
  const s = useStiler();
  const fetched = useGet(venter());
  const antall = fetched.data?.oppgaver.length;
  useEffect(() => {
    if (antall !== undefined) meldAntallVenter(antall);
  }, [antall]);
  return (
    <>
      <Sidetittel>{t.side}</Sidetittel>
      <Body1 as="p">{t.forklaring}</Body1>
      <Tilstand henting={fetched}>
        {({ oppgaver }) =>
          oppgaver.length === 0 ? (
            <p>{t.ingen}</p>
          ) : (
            <ul className={s.liste} aria-label={t.liste}>
              {oppgaver.map((o) => (
                <li key={`${o.type}:${o.sak?.id ?? ''}:${o.tekst ?? ''}`} className={mergeClasses(s.oppgave, o.forfalt && s.forfalt)}>
                  <Link className={s.handling} href={lenke(hvor(o))}>
                    {handling(o)}
                  </Link>
                  <p className={s.linje}>
                    {o.sak ? t.om(o.sak.elevNavn, o.sak.saksnummer, o.sak.skolenavn) : t.bekreftForklaring}
                  </p>
                  {(o.frist || o.forfalt || o.straks) && (
                    <p className={s.linje}>
                      {o.frist && <span>{t.frist(visDato(o.frist))}</span>}
                      {o.forfalt && (
                        <Badge color="danger" appearance="filled">
                          {t.forfalt}
                        </Badge>
                      )}
                      {o.straks && (
                        <Badge color="danger" appearance="outline">
                          {t.straks}
                        </Badge>
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Tilstand>
    </>
  );
}
