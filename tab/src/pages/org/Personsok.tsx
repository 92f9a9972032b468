/**
 * Naming a person for a role: type a name, pick the person from the directory (Entra ID through
 * Graph, or the organisation locally: GET /api/organisasjon/personer). The name shown and saved is
 * the directory's; nobody types an object id. The hits are buttons (keyboard and screen readers know
 * them), and how many there are is said in the tab's live region.
 */
import { useEffect, useState } from 'react';
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { hent, somApiFeil } from '../../api/http';
import { kunngjor } from '../../deler/Kunngjoring';
import { personsok } from '../../api/org';
import type { Katalogperson } from '../../kontrakt';
import { orgTekster } from '../../tekster';

const t = orgTekster.org;
const VENT_MS = 250;

const useStiler = makeStyles({
  sok: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  treff: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  knapp: { justifyContent: 'flex-start', textAlign: 'start', height: 'auto', overflowWrap: 'anywhere' },
});

export function Personsok(p: { hvem: string; etikett: string; valgt?: Katalogperson | undefined; velg: (person: Katalogperson) => void; feil?: string | undefined }) {
  const s = useStiler();
  const [tekst, settTekst] = useState('');
  const [treff, settTreff] = useState<Katalogperson[]>();
  const [feil, settFeil] = useState<string>();

  useEffect(() => {
    const sok = tekst.trim();
    if (sok.length < 2) return settTreff(undefined);
    let gjeldende = true;
    const tidtaker = setTimeout(() => {
      hent(personsok(sok)).then(
        (personer) => {
          if (!gjeldende) return;
          settFeil(undefined);
          settTreff(personer);
          kunngjor(t.treff(personer.length));
        },
        (e: unknown) => gjeldende && settFeil(somApiFeil(e).message),
      );
    }, VENT_MS);
    return () => {
      gjeldende = false;
      clearTimeout(tidtaker);
    };
  }, [tekst]);

  const message = p.feil ?? feil;
  return (
    <div className={s.sok} role="group" aria-label={p.etikett}>
      <Text weight="semibold">{p.etikett}</Text>
      <Text>{p.valgt ? t.valgt(p.valgt.navn, p.valgt.stilling) : t.ingenValgt}</Text>
      <Field label={t.sok(p.hvem)} hint={t.sokHint} {...(message ? { validationMessage: message, validationState: 'error' as const } : {})}>
        <Input type="search" value={tekst} onChange={(_, d) => settTekst(d.value)} autoComplete="off" />
      </Field>
      {treff && treff.length > 0 && (
        <ul className={s.treff} aria-label={t.treffListe(p.hvem)}>
          {treff.map((person) => (
            <li key={person.oid}>
              <Button
                className={s.knapp}
                appearance="subtle"
                onClick={() => {
                  p.velg(person);
                  settTekst('');
                  kunngjor(t.valgt(person.navn, person.stilling));
                }}
              >
                {t.velg(person.navn, person.stilling)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {treff && treff.length === 0 && <Text>{t.treff(0)}</Text>}
    </div>
  );
}
