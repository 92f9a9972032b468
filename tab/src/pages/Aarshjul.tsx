/**
 * Årshjul (issue 23): the year's checkpoints for internkontroll. The kommunalsjef (and the
 * administrator) sees every school's progress at a glance — how many done, which are late — and
 * defines the checkpoints; rektor sees the own school's and marks one done with a note and a link;
 * the rest of the school's leadership reads them.
 */
import { useState } from 'react';
import { Badge, Body1 } from '@fluentui/react-components';
import { useHent } from '../api';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { Tilstand } from '../deler/Tilstand';
import { RUTER, type AarshjulSide } from '../kontrakt';
import type { SideProps } from '../sideProps';
import { VelgSkolear } from './skolear/felles';
import { AarshjulDefinisjon } from './skolear/AarshjulDefinisjon';
import { Sjekkpunkter } from './skolear/Sjekkpunkter';
import { skolearTekster } from '../../../src/i18n/skolear';

const t = skolearTekster.aarshjul;

export default function Aarshjul(_: SideProps) {
  const [skolear, settSkolear] = useState<string>();
  const henting = useHent<AarshjulSide>(`${RUTER.aarshjul.sti}${skolear ? `?skolear=${encodeURIComponent(skolear)}` : ''}`);
  return (
    <>
      <Sidetittel>{skolearTekster.sider.aarshjul}</Sidetittel>
      <Body1 as="p" block>{t.forklaring}</Body1>
      <Tilstand henting={henting}>
        {(side) => (
          <>
            <VelgSkolear etikett={t.skolear} verdi={side.skolear} valg={side.valg} velg={settSkolear} />
            {side.alle && <Oversikt side={side} />}
            {side.skoler
              .filter((s) => !side.alle || s.kanMarkere)
              .map((skole) => (
                <Sjekkpunkter key={skole.skoleId} skolear={side.skolear} skole={skole} endret={henting.lastPåNytt} />
              ))}
            {side.kanEndre && <AarshjulDefinisjon key={`${side.skolear}-${side.versjon ?? 'standard'}`} side={side} lagret={henting.lastPåNytt} />}
          </>
        )}
      </Tilstand>
    </>
  );
}

/** Every school at a glance: how many checkpoints are done, and which are late. */
function Oversikt({ side }: { side: AarshjulSide }) {
  return (
    <section aria-labelledby="oversikt-tittel">
      <h2 id="oversikt-tittel">{t.oversikt}</h2>
      <Body1 as="p" block>{t.oversiktForklaring}</Body1>
      <Tabell
        tittel={t.oversikt}
        tom=""
        rader={side.skoler}
        nøkkel={(s) => s.skoleId}
        kolonner={[
          { tittel: t.skole, vis: (s) => s.navn },
          { tittel: t.status.utfort, vis: (s) => s.gjortTekst },
          {
            tittel: t.forsinkede,
            vis: (s) =>
              s.forsinket.length === 0 ? (
                t.ingenForsinket
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                  {s.forsinket.map((navn) => (
                    <li key={navn}>
                      <Badge appearance="tint" color="danger">
                        {t.status.forsinket}
                      </Badge>{' '}
                      {navn}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </section>
  );
}
