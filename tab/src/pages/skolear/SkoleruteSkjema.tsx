/**
 * The skolerute's form for those who keep it: the first and last school day, one row per holiday or
 * planning day, an .ics file read into the rows (nothing is saved until «Lagre»), and each field's
 * own error from the server under it. Native inputs and buttons: it works by keyboard alone.
 */
import { useState } from 'react';
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { lagreSkolerute, skoleruteIcs } from '../../api/skolear';
import { useForm } from '../../deler/useForm';
import type { SkoleruteSide } from '../../kontrakt';
import { skolearTekster } from '../../tekster';

const t = skolearTekster.skolerute;

type Rad = { nr: number; type: string; fra: string; til: string; navn: string };

const useStiler = makeStyles({
  rad: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  datoer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  etikett: { display: 'block', marginBottom: tokens.spacingVerticalXS },
  seksjon: { margin: `${tokens.spacingVerticalL} 0` },
  knapper: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalL} 0` },
});

let teller = 0;
const somRader = (fri: SkoleruteSide['rute']['fri']): Rad[] => fri.map((f) => ({ nr: ++teller, type: f.type, fra: f.fra, til: f.til, navn: f.navn ?? '' }));

export function SkoleruteSkjema({ side, lagret: stored }: { side: SkoleruteSide; lagret: () => void }) {
  const s = useStiler();
  const [forste, settForste] = useState(side.rute.forsteSkoledag);
  const [siste, settSiste] = useState(side.rute.sisteSkoledag);
  const [rader, settRader] = useState<Rad[]>(() => somRader(side.rute.fri));
  const [kilde, settKilde] = useState<'kommunen' | 'ics'>(side.rute.kilde === 'ics' ? 'ics' : 'kommunen');
  const form = useForm();
  // Reading an .ics file saves nothing, but it is a request to the server (which parses it): the form
  // hook's guard and refusal, the file's own error first. What was read is shown with its notes.
  const innlesing = useForm();
  const [lest, settLest] = useState<{ tekst: string; linjer: string[] }>();
  const icsFeil = innlesing.feltfeil.ics ?? innlesing.melding;

  const endre = (nr: number, hva: Partial<Rad>) => settRader((r) => r.map((x) => (x.nr === nr ? { ...x, ...hva } : x)));
  const feilVed = (navn: string) => form.felt(navn);

  async function lesFil(filer: FileList | null) {
    const f = filer?.[0];
    if (!f) return;
    settLest(undefined);
    await innlesing.utfor(async () => {
      const svar = await skoleruteIcs(side.skolear, await f.text());
      settForste(svar.rute.forsteSkoledag);
      settSiste(svar.rute.sisteSkoledag);
      settRader(somRader(svar.rute.fri));
      settKilde('ics');
      form.glemFeil();
      settLest({ tekst: svar.melding, linjer: svar.merknader });
    });
  }

  async function lagre() {
    settLest(undefined);
    innlesing.glemFeil();
    const fri = rader.map((r) => ({ type: r.type, fra: r.fra, til: r.til, ...(r.navn.trim() ? { navn: r.navn.trim() } : {}) }));
    const kropp = { skolear: side.skolear, ...(side.versjon ? { versjon: side.versjon } : {}), kilde, forsteSkoledag: forste, sisteSkoledag: siste, fri };
    if (await form.utfor(async () => void (await lagreSkolerute(kropp)), t.lagret)) stored();
  }

  return (
    <>
      <section className={s.seksjon} aria-labelledby="ics-tittel">
        <h2 id="ics-tittel">{t.importTittel}</h2>
        <Body1 as="p" block>{t.importForklaring}</Body1>
        {/* A native file input: Fluent has none, and a Field's label reaches only Fluent inputs. */}
        <label htmlFor="ics-fil" className={s.etikett}>
          {t.velgFil}
        </label>
        <input id="ics-fil" type="file" accept=".ics,text/calendar" onChange={(e) => void lesFil(e.target.files)} />
      </section>
      <div aria-live="polite">
        {form.melding && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{form.melding}</MessageBarBody>
          </MessageBar>
        )}
        {icsFeil && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{icsFeil}</MessageBarBody>
          </MessageBar>
        )}
        {lest && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {lest.tekst}
              {lest.linjer.map((l) => (
                <div key={l}>{l}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={s.datoer}>
        <Field label={t.forsteSkoledag} {...feilVed('forsteSkoledag')}>
          <Input type="date" value={forste} onChange={(_, d) => settForste(d.value)} />
        </Field>
        <Field label={t.sisteSkoledag} {...feilVed('sisteSkoledag')}>
          <Input type="date" value={siste} onChange={(_, d) => settSiste(d.value)} />
        </Field>
      </div>
      <h2>{t.fri}</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rader.map((r, i) => (
          <li key={r.nr} className={s.rad}>
            <Field label={t.friType}>
              <Select value={r.type} onChange={(_, d) => endre(r.nr, { type: d.value })}>
                {side.friValg.map((v) => (
                  <option key={v.verdi} value={v.verdi}>
                    {v.tekst}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.fra} {...feilVed(`fri.${i}.fra`)}>
              <Input type="date" value={r.fra} onChange={(_, d) => endre(r.nr, { fra: d.value })} />
            </Field>
            <Field label={t.til} {...feilVed(`fri.${i}.til`)}>
              <Input type="date" value={r.til} onChange={(_, d) => endre(r.nr, { til: d.value })} />
            </Field>
            <Field label={t.navn} {...feilVed(`fri.${i}.navn`)}>
              <Input value={r.navn} maxLength={200} onChange={(_, d) => endre(r.nr, { navn: d.value })} />
            </Field>
            <Button onClick={() => settRader((x) => x.filter((y) => y.nr !== r.nr))}>{t.fjern(r.navn || (side.friValg.find((v) => v.verdi === r.type)?.tekst ?? ''))}</Button>
          </li>
        ))}
      </ul>
      <div className={s.knapper}>
        <Button onClick={() => settRader((x) => [...x, { nr: ++teller, type: 'planleggingsdag', fra: forste, til: forste, navn: '' }])}>{t.leggTil}</Button>
        <Button appearance="primary" onClick={() => void lagre()} disabledFocusable={form.sender}>
          {t.lagre}
        </Button>
      </div>
    </>
  );
}
