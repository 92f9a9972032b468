/**
 * Årshjul (issue 23): the year's checkpoints for internkontroll. The kommunalsjef (and the
 * administrator) sees every school's progress at a glance — how many done, which are late — and
 * defines the checkpoints; rektor sees the own school's and marks one done with a note and a link;
 * the rest of the school's leadership reads them.
 */
import { useState } from 'react';
import { Badge, Body1, Button, Field, ProgressBar } from '@fluentui/react-components';
import { useGet } from '../api/http';
import { Sidetittel } from '../deler/Sidetittel';
import { Tilstand } from '../deler/Tilstand';
import { aarshjul } from '../api/skolear';
import type { AarshjulSide } from '../kontrakt';
import type { SideProps } from '../sideProps';
import { VelgSkolear } from './skolear/felles';
import { AarshjulDefinisjon } from './skolear/AarshjulDefinisjon';
import { Sjekkpunkter } from './skolear/Sjekkpunkter';
import { skolearTekster } from '../tekster';

const t = skolearTekster.aarshjul;

export default function Aarshjul(_: SideProps) {
  const [skolear, settSkolear] = useState<string>();
  const fetched = useGet(aarshjul(skolear));
  return (
    <>
      <Sidetittel>{skolearTekster.sider.aarshjul}</Sidetittel>
      <Body1 as="p" block>{t.forklaring}</Body1>
      <Tilstand henting={fetched}>
        {(side) => (
          <>
            <VelgSkolear etikett={t.skolear} verdi={side.skolear} valg={side.valg} velg={settSkolear} />
            {side.alle && <Oversikt side={side} endret={fetched.lastPåNytt} />}
            {side.skoler
              .filter((s) => !side.alle || s.kanMarkere)
              .map((skole) => (
                <Sjekkpunkter key={skole.skoleId} skolear={side.skolear} skole={skole} endret={fetched.lastPåNytt} />
              ))}
            {side.kanEndre && <AarshjulDefinisjon key={`${side.skolear}-${side.versjon ?? 'standard'}`} side={side} lagret={fetched.lastPåNytt} />}
          </>
        )}
      </Tilstand>
    </>
  );
}

/** Every school at a glance: how many checkpoints are done, and which are late (a list, readable at 320 px). */
function Oversikt({ side, endret }: { side: AarshjulSide; endret: () => void }) {
  const [apne, settApne] = useState<ReadonlySet<string>>(new Set());
  const veksle = (id: string) => settApne((a) => (a.has(id) ? new Set([...a].filter((x) => x !== id)) : new Set([...a, id])));
  return (
    <section aria-labelledby="oversikt-tittel">
      <h2 id="oversikt-tittel">{t.oversikt}</h2>
      <Body1 as="p" block>{t.oversiktForklaring}</Body1>
      {side.skoler.map((s) => (
        <section key={s.skoleId} aria-labelledby={`oversikt-${s.skoleId}`} style={{ overflowWrap: 'anywhere' }}>
          <h3 id={`oversikt-${s.skoleId}`}>{s.navn}</h3>
          <Field label={s.gjortTekst} validationState="none">
            <ProgressBar value={s.punkter.length === 0 ? 0 : s.gjort / s.punkter.length} thickness="large" aria-valuetext={s.gjortTekst} />
          </Field>
          {s.forsinket.length === 0 ? (
            <Body1 as="p" block>{t.ingenForsinketTekst}</Body1>
          ) : (
            <>
              <Body1 as="p" block>
                <Badge appearance="tint" color="danger">
                  {t.forsinketAntall(s.forsinket.length)}
                </Badge>
              </Body1>
              <ul>
                {s.forsinket.map((navn) => (
                  <li key={navn}>{navn}</li>
                ))}
              </ul>
            </>
          )}
          <Button onClick={() => veksle(s.skoleId)} aria-expanded={apne.has(s.skoleId)}>
            {apne.has(s.skoleId) ? t.skjulPunkter(s.navn) : t.visPunkter(s.navn)}
          </Button>
          {apne.has(s.skoleId) && <Sjekkpunkter skolear={side.skolear} skole={s} endret={endret} iOversikt />}
        </section>
      ))}
    </section>
  );
}
