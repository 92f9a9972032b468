/**
 * Skolerute (issue 23): the municipality's school calendar for a school year — first and last
 * school day, holidays and planning days. The kommunalsjef and the administrator keep it (typed in,
 * or read from the .ics file the municipality publishes, then checked and saved); everyone else
 * reads it. It moves default dates to school days and pauses the weekly rounds in the summer.
 */
import { useState } from 'react';
import { Body1 } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tabell } from '../deler/Tabell';
import { Tilstand } from '../deler/Tilstand';
import { skolerute } from '../api/skolear';
import type { SkoleruteSide } from '../kontrakt';
import type { SideProps } from '../sideProps';
import { norskDato, VelgSkolear } from './skolear/felles';
import { SkoleruteSkjema } from './skolear/SkoleruteSkjema';
import { skolearTekster } from '../tekster';

const t = skolearTekster.skolerute;

export default function Skolerute(_: SideProps) {
  const [skolear, settSkolear] = useState<string>();
  const fetched = useGet(skolerute(skolear));
  return (
    <>
      <Sidetittel>{skolearTekster.sider.skolerute}</Sidetittel>
      <Body1 as="p" block>{t.forklaring}</Body1>
      <Tilstand henting={fetched}>
        {(side) => (
          <>
            <VelgSkolear etikett={t.skolear} verdi={side.skolear} valg={side.valg} velg={settSkolear} />
            <Body1 as="p" block>
              {side.kildeTekst} {side.endretTekst ?? ''}
            </Body1>
            {side.kanEndre ? (
              <SkoleruteSkjema key={`${side.skolear}-${side.versjon ?? 'standard'}`} side={side} lagret={fetched.lastPåNytt} />
            ) : (
              <LeseView side={side} />
            )}
          </>
        )}
      </Tilstand>
    </>
  );
}

function LeseView({ side }: { side: SkoleruteSide }) {
  const r = side.rute;
  const navn = new Map(side.friValg.map((v) => [v.verdi, v.tekst]));
  const rader = [
    { id: 'forste', hva: t.forsteSkoledag, fra: r.forsteSkoledag, til: r.forsteSkoledag },
    ...r.fri.map((f, i) => ({ id: `fri-${i}`, hva: f.navn ?? navn.get(f.type) ?? f.type, fra: f.fra, til: f.til })),
    { id: 'siste', hva: t.sisteSkoledag, fra: r.sisteSkoledag, til: r.sisteSkoledag },
  ];
  return (
    <>
      <Tabell
        tittel={t.fri}
        tom=""
        rader={rader}
        nøkkel={(x) => x.id}
        kolonner={[
          { tittel: t.friType, vis: (x) => x.hva },
          { tittel: t.fra, vis: (x) => norskDato(x.fra) },
          { tittel: t.til, vis: (x) => norskDato(x.til) },
        ]}
      />
      <Body1 as="p" block>{t.kunLese}</Body1>
    </>
  );
}
