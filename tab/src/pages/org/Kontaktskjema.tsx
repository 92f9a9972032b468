/**
 * The school's (or the kommune's) phone, e-mail and postal address, which the letters to the family
 * print. The server checks the formats and names each wrong field; an empty field is left out of
 * the letters.
 */
import { useState } from 'react';
import { Body1, Field, Input, Textarea } from '@fluentui/react-components';
import { lagreKontakt, type Kontakt } from '../../api/org';
import { orgTekster } from '../../tekster';
import { Skjema, feltFeil } from './Skjema';

const t = orgTekster.kontakt;

/** `skoleId`: a school's contact; none: the kommune's. */
export function Kontaktskjema({ id, tittel, skoleId, kontakt, lagret: stored }: { id: string; tittel: string; skoleId?: string; kontakt: Kontakt; lagret?: () => void }) {
  const [verdi, settVerdi] = useState({ telefon: kontakt.telefon ?? '', epost: kontakt.epost ?? '', postadresse: kontakt.postadresse ?? '' });
  return (
    <Skjema
      id={id}
      tittel={tittel}
      knapp={t.lagre}
      send={async () => {
        const ny = await lagreKontakt(skoleId, verdi);
        settVerdi({ telefon: ny.telefon ?? '', epost: ny.epost ?? '', postadresse: ny.postadresse ?? '' });
        stored?.();
        return t.lagret;
      }}
    >
      {(feil) => (
        <>
          <Body1 as="p" block>
            {t.forklaring}
          </Body1>
          <Field label={t.telefon} {...feltFeil(feil, 'telefon')}>
            <Input type="tel" value={verdi.telefon} onChange={(_, d) => settVerdi({ ...verdi, telefon: d.value })} autoComplete="off" />
          </Field>
          <Field label={t.epost} {...feltFeil(feil, 'epost')}>
            <Input type="email" value={verdi.epost} onChange={(_, d) => settVerdi({ ...verdi, epost: d.value })} autoComplete="off" />
          </Field>
          <Field label={t.postadresse} {...feltFeil(feil, 'postadresse')}>
            <Textarea value={verdi.postadresse} onChange={(_, d) => settVerdi({ ...verdi, postadresse: d.value })} rows={2} resize="vertical" />
          </Field>
        </>
      )}
    </Skjema>
  );
}
