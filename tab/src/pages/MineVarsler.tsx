/** Mine varsler: what I reported and where it stands — only what I wrote, nothing of the handling. */
import { Body1 } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { Tilstand } from '../deler/Tilstand';
import { visTid } from '../deler/tid';
import { mineVarsler } from '../api/saker';
import type { SideProps } from '../sideProps';
import { tekster } from '../tekster';

const t = tekster.varsler;

export default function MineVarsler(_: SideProps) {
  const fetched = useGet(mineVarsler());
  return (
    <>
      <Sidetittel>{tekster.sider.varsler}</Sidetittel>
      <Body1 as="p" block>{t.forklaring}</Body1>
      <Tilstand henting={fetched}>
        {(varsler) => (
          <Tabell
            tittel={t.tabell}
            tom={t.ingen}
            rader={varsler}
            nøkkel={(v) => v.id}
            kolonner={[
              { tittel: t.saksnummer, vis: (v) => v.saksnummer },
              { tittel: t.sendt, vis: (v) => visTid(v.opprettet) },
              { tittel: t.elev, vis: (v) => v.elevNavn },
              { tittel: t.skole, vis: (v) => v.skolenavn },
              { tittel: t.status, vis: (v) => v.statusTekst },
            ]}
          />
        )}
      </Tilstand>
    </>
  );
}
