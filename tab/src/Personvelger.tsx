/**
 * The local trial's person picker (no Microsoft app id on the server): anyone can try the app as
 * any person in the organisation — a vaktmester, a rektor, the kommunalsjef. The server offers the
 * list and honours the choice only in that configuration.
 */
import { useId, useState } from 'react';
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useGet } from './api/http';
import { Sidetittel } from './deler/Sidetittel';
import { Tilstand } from './deler/Tilstand';
import { personer } from './api/org';
import { tekster } from './tekster';

const useStiler = makeStyles({
  side: {
    maxWidth: '40rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  // A native select is as wide as its longest option; at Teams' 320 px it must shrink instead.
  skjema: { minWidth: 0 },
  velger: { minWidth: 0, '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
});

export default function Personvelger({ valgt }: { valgt: (oid: string) => void }) {
  const s = useStiler();
  const fetched = useGet(personer());
  const [oid, settOid] = useState('');
  const skjemaId = useId();
  return (
    <main className={s.side}>
      <Sidetittel>{tekster.lokal.tittel}</Sidetittel>
      <Text as="p" block>{tekster.lokal.forklaring}</Text>
      <Tilstand henting={fetched}>
        {(personer) => (
          <form
            id={skjemaId}
            className={s.skjema}
            onSubmit={(e) => {
              e.preventDefault();
              const forste = oid || personer[0]?.oid;
              if (forste) valgt(forste);
            }}
          >
            <Field label={tekster.lokal.person}>
              <Select className={s.velger} value={oid || personer[0]?.oid} onChange={(_, d) => settOid(d.value)}>
                {personer.map((p) => (
                  <option key={`${p.oid}:${p.sted}`} value={p.oid}>
                    {`${p.navn}${p.stilling ? `, ${p.stilling}` : ''} – ${p.sted}`}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" type="submit" style={{ marginTop: tokens.spacingVerticalM }}>
              {tekster.lokal.velg}
            </Button>
          </form>
        )}
      </Tilstand>
    </main>
  );
}
