/**
 * One school's checkpoints: each with its date, where it stands (done, late, soon, later), what
 * counts as done, the yearly bekreftelse's figures on its checkpoint — and for the school's rektor
 * «Marker som gjort» with a note and an optional link to the document.
 */
import { useState } from 'react';
import { Badge, Body1, Button, Field, Input, Link, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { markerSjekkpunkt } from '../../api/skolear';
import { useForm } from '../../deler/useForm';
import type { PunktVisning, SkoleAarshjul } from '../../kontrakt';
import { skolearTekster } from '../../tekster';

const t = skolearTekster.aarshjul;
const FARGE = { utfort: 'success', forsinket: 'danger', snart: 'warning', senere: 'informative' } as const;

const useStiler = makeStyles({
  // A long URL or name wraps at 320 px instead of widening the page.
  liste: { listStyle: 'none', padding: 0, margin: 0, overflowWrap: 'anywhere' },
  punkt: { padding: `${tokens.spacingVerticalM} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  topp: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  navn: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  skjema: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
});

/**
 * `iOversikt`: shown inside the kommunalsjef's overview under the school's own heading (level 3),
 * so the list stands without a heading of its own and each checkpoint's name is a level 4 heading.
 */
export function Sjekkpunkter({ skolear, skole, endret, iOversikt = false }: { skolear: string; skole: SkoleAarshjul; endret: () => void; iOversikt?: boolean }) {
  const s = useStiler();
  const Navn = iOversikt ? 'h4' : 'h3';
  const liste = (
    <ul className={s.liste}>
      {skole.punkter.map((p) => (
        <li key={p.id} className={s.punkt}>
          <div className={s.topp}>
            <Navn className={s.navn}>{p.navn}</Navn>
            <Badge appearance="tint" color={FARGE[p.status]}>
              {p.statusTekst}
            </Badge>
          </div>
          <Body1>
            {t.frist(p.datoTekst)} · {p.ansvarTekst}
          </Body1>
          <Body1>{p.ferdigNar}</Body1>
          {p.bekreftelseTekst && <Body1>{p.bekreftelseTekst}</Body1>}
          {p.utfort && <Utfort utfort={p.utfort} />}
          {skole.kanMarkere && !p.utfort && <Marker skolear={skolear} skoleId={skole.skoleId} punkt={p} endret={endret} />}
        </li>
      ))}
    </ul>
  );
  if (iOversikt) return liste;
  return (
    <section aria-labelledby={`skole-${skole.skoleId}`}>
      <h2 id={`skole-${skole.skoleId}`}>
        {t.mineSkoler}: {skole.navn}
      </h2>
      <Body1 as="p" block>{skole.gjortTekst}</Body1>
      {liste}
    </section>
  );
}

function Utfort({ utfort }: { utfort: NonNullable<PunktVisning['utfort']> }) {
  return (
    <div>
      <Body1 as="p" block>{utfort.tekst}</Body1>
      <Body1 as="p" block style={{ whiteSpace: 'pre-line' }}>
        {utfort.notat}
      </Body1>
      {utfort.lenke && (
        <Link href={utfort.lenke} target="_blank" rel="noopener noreferrer">
          {utfort.lenke}
        </Link>
      )}
    </div>
  );
}

function Marker({ skolear, skoleId, punkt, endret }: { skolear: string; skoleId: string; punkt: PunktVisning; endret: () => void }) {
  const s = useStiler();
  const [apen, settApen] = useState(false);
  const [notat, settNotat] = useState('');
  const [lenke, settLenke] = useState('');
  const form = useForm();
  const id = `marker-${skoleId}-${punkt.id}`;

  async function marker() {
    const kropp = { skolear, skoleId, sjekkpunktId: punkt.id, notat, ...(lenke.trim() ? { lenke: lenke.trim() } : {}) };
    if (await form.utfor(async () => void (await markerSjekkpunkt(kropp)), t.markert)) endret();
  }

  if (!apen) {
    return (
      <div>
        <Button onClick={() => settApen(true)} aria-label={`${t.markerTittel}: ${punkt.navn}`}>
          {t.markerTittel}
        </Button>
      </div>
    );
  }
  return (
    <div className={s.skjema} role="group" aria-labelledby={`${id}-tittel`}>
      <span id={`${id}-tittel`} hidden>
        {`${t.markerTittel}: ${punkt.navn}`}
      </span>
      <Field label={t.notat} required {...form.felt('notat')}>
        <Textarea value={notat} maxLength={2000} onChange={(_, d) => settNotat(d.value)} />
      </Field>
      <Field label={t.lenke} {...form.felt('lenke')}>
        <Input type="url" value={lenke} maxLength={2000} placeholder="https://" onChange={(_, d) => settLenke(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void marker()} disabledFocusable={form.sender}>
          {t.marker}
        </Button>
      </div>
      {form.melding && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{form.melding}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
