/** Mine oppgaver: the tiltak I am responsible for and the evaluations I own, overdue first. */
import { Badge, Body1, Link } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { Tilstand } from '../deler/Tilstand';
import { visDato } from '../deler/tid';
import { mineOppgaver } from '../api/saker';
import { tabRoutes } from '../../../src/http/tabLinks';
import { lenke } from '../routes';
import type { SideProps } from '../sideProps';
import { tekster } from '../tekster';

const t = tekster.oppgaver;

export default function MineOppgaver(_: SideProps) {
  const fetched = useGet(mineOppgaver());
  return (
    <>
      <Sidetittel>{tekster.sider.oppgaver}</Sidetittel>
      <Body1 as="p" block>{t.forklaring}</Body1>
      <Tilstand henting={fetched}>
        {(oppgaver) => (
          <Tabell
            tittel={t.tabell}
            tom={t.ingen}
            rader={oppgaver}
            nøkkel={(o) => `${o.sakId}:${o.type}:${o.tekst}:${o.frist}`}
            kolonner={[
              {
                tittel: t.frist,
                vis: (o) => (
                  <>
                    {visDato(o.frist)}{' '}
                    {o.forfalt && (
                      <Badge color="danger" appearance="filled">
                        {t.forfalt}
                      </Badge>
                    )}
                  </>
                ),
              },
              { tittel: t.hva, vis: (o) => (o.type === 'evaluering' ? t.evaluering : t.tiltak(o.tekst, o.tidsrom)) },
              { tittel: t.elev, vis: (o) => o.elevNavn },
              // Both tasks are done on the plan's page: a tiltak's note, an evaluation (issue 10).
              { tittel: t.sak, vis: (o) => <Link href={lenke(tabRoutes.plan(o.sakId))}>{o.saksnummer}</Link> },
            ]}
          />
        )}
      </Tilstand>
    </>
  );
}
