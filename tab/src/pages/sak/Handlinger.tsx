/**
 * The case's actions this person may take now (the server lists them: SakVisning.handlinger), as
 * the card offers them: receive, assign, start the investigation, open the plan, report to
 * skoleeier, and close — with or without tiltak — recording who was told (the pupil and each
 * parent on their own), how and when.
 * Each click sends the decision version the page showed, so a double click is one decision.
 */
import { TemaVedMottak } from './Sakstema';
import { useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { INFORMERT_RADER, type Handling } from '../../../../src/domain/sak';
import { MAKS_LENGDE } from '../../../../src/domain/varsel';
import { ApiFeil } from '../../api/http';
import { handling as sendHandling } from '../../api/saker';
import { useForm } from '../../deler/useForm';
import type { SakVisning } from './typer';
import { Skjemastatus } from './Skjemastatus';
import { ELEVENS_SVAR_TEKST, HANDLING_TEKST, botTekster, sakTekster } from '../../tekster';

const t = sakTekster.handlinger;
const AVSLUTNING: Handling[] = ['avslutt', 'avslutt_uten_tiltak'];

const useStiler = makeStyles({
  // At 320 px a long label or a long choice («Ansatt varselet gjelder …: Ahmed i 6B») wraps or is cut, never widens the page.
  rad: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', '& > *': { maxWidth: '100%', minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }, '& select': { maxWidth: '100%', minWidth: 0 } },
  skjema: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem', marginTop: tokens.spacingVerticalM },
  knapper: { display: 'flex', gap: tokens.spacingHorizontalS },
  person: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
});

export function Handlinger({ sak, endret }: { sak: SakVisning; endret: () => void }) {
  const s = useStiler();
  const skjema = useForm();
  const [saksansvarlig, settSaksansvarlig] = useState('');
  const [klassifisering, settKlassifisering] = useState('');
  // Receiving: the reason for classifying «vet ikke» as «nei», and who the employee is (§12-5), added or corrected.
  // A name only (no identity yet) comes with the school's person it suggests, picked in advance for rektor to confirm.
  const [mottak, settMottak] = useState({ begrunnelse: '', involvertAnsatt: sak.involvertAnsatt?.forslag?.oid ?? '', involvertAnsattTekst: '', involvertUtenfor: false, tema: '' });
  const [bekreft, settBekreft] = useState<Handling>();
  const [avslutning, settAvslutning] = useState<Handling>();
  const [verdier, settVerdier] = useState<Record<string, string>>({ begrunnelse: '', begrunnelseMotEleven: '' });
  // After an action the buttons wait for the case as it now is: a second click on the old page would
  // send the old decision version and be refused as if someone else had changed the case.
  const utfortPaa = useRef<SakVisning>(undefined);
  const [laastFor, settLaastFor] = useState<SakVisning>();
  const laast = skjema.sender || laastFor === sak;

  async function utfor(handling: Handling, ekstra: Record<string, unknown> = {}) {
    if (utfortPaa.current === sak) return;
    const klassifiseres = (handling === 'ta_imot' || handling === 'omklassifiser') && sak.klassifiseringValg.length > 0;
    const kropp = {
      handling,
      versjon: sak.versjon,
      // «Ta imot» with a person chosen beside it receives and assigns in one click, as the card does.
      ...(handling === 'tildel' || (handling === 'ta_imot' && saksansvarlig) ? { saksansvarlig } : {}),
      ...(klassifiseres ? { klassifisering } : {}),
      ...(handling === 'ta_imot' ? mottak : {}),
      ...ekstra,
    };
    const ok = await skjema.utfor(async () => {
      try {
        await sendHandling(sak.id, kropp);
      } catch (e) {
        // A final step (report to skoleeier, move to kommunalsjef) is confirmed with a second click.
        if (e instanceof ApiFeil && e.status === 428) settBekreft(handling);
        throw e;
      }
    }, t.utfort(HANDLING_TEKST[handling]));
    if (ok) {
      utfortPaa.current = sak;
      settLaastFor(sak);
      settBekreft(undefined);
      settAvslutning(undefined);
      endret();
    }
  }

  const vanlige = sak.handlinger.filter((h) => !AVSLUTNING.includes(h));
  const avslutte = sak.handlinger.filter((h) => AVSLUTNING.includes(h));
  const settVerdi = (navn: string) => (_: unknown, d: { value: string }) => settVerdier((v) => ({ ...v, [navn]: d.value }));

  return (
    <div ref={skjema.skjemaRef}>
      <Skjemastatus skjema={skjema} />
      {sak.handlinger.length === 0 && <p>{t.ingen}</p>}
      <form className={s.rad} onSubmit={(e) => e.preventDefault()} noValidate>
        {vanlige.includes('tildel') && sak.saksansvarligValg.length > 0 && (
          <Field label={t.saksansvarlig} {...skjema.felt('saksansvarlig')}>
            <Personvalg verdi={saksansvarlig} endre={settSaksansvarlig} personer={sak.saksansvarligValg} tom={t.velgPerson} />
          </Field>
        )}
        {sak.klassifiseringValg.length > 0 && (
          <Field label={t.klassifisering} {...skjema.felt('klassifisering')}>
            <Select value={klassifisering} onChange={(_, d) => settKlassifisering(d.value)}>
              <option value="">{t.velg}</option>
              {sak.klassifiseringValg.map((k) => (
                <option key={k} value={k}>
                  {botTekster.klassifiseringValg[k as keyof typeof botTekster.klassifiseringValg] ?? k}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {vanlige.includes('ta_imot') && sak.maaKlassifiseres && (
          <Field label={botTekster.sak.klassifiseringBegrunnelse} {...skjema.felt('begrunnelse')}>
            <Input value={mottak.begrunnelse} onChange={(_, d) => settMottak((m) => ({ ...m, begrunnelse: d.value }))} maxLength={1000} />
          </Field>
        )}
        {vanlige.includes('ta_imot') && (sak.gjelder === 'ansatt' || sak.gjelder === 'vet_ikke') && (
          <>
            <Field label={botTekster.sak.involvertAnsatt} {...skjema.felt('involvertAnsatt')}>
              <Personvalg
                verdi={mottak.involvertAnsatt}
                endre={(oid) => settMottak((m) => ({ ...m, involvertAnsatt: oid }))}
                personer={sak.saksansvarligValg}
                tom={sak.involvertAnsatt ? `${botTekster.sak.involvertAnsattNa}: ${sak.involvertAnsatt.navn}` : t.velgPerson}
              />
            </Field>
            <Field label={botTekster.sak.involvertAnsattTekst} {...skjema.felt('involvertAnsattTekst')}>
              <Input value={mottak.involvertAnsattTekst} onChange={(_, d) => settMottak((m) => ({ ...m, involvertAnsattTekst: d.value }))} maxLength={200} />
            </Field>
            {sak.involvertAnsatt?.forslag && mottak.involvertAnsatt === sak.involvertAnsatt.forslag.oid && <p>{botTekster.sak.involvertForslag(sak.involvertAnsatt.forslag.navn)}</p>}
            {sak.involvertAnsatt?.uavklart && (
              <Checkbox
                checked={mottak.involvertUtenfor}
                onChange={(_, d) => settMottak((m) => ({ ...m, involvertUtenfor: d.checked === true, ...(d.checked === true ? { involvertAnsatt: '' } : {}) }))}
                label={botTekster.sak.involvertUtenfor}
              />
            )}
          </>
        )}
        {vanlige.includes('ta_imot') && <TemaVedMottak valg={sak.temaValg} verdi={mottak.tema} endre={(tema) => settMottak((m) => ({ ...m, tema }))} />}
        {vanlige.map((h) => (
          <Button key={h} appearance={h === vanlige[0] ? 'primary' : 'secondary'} disabled={laast} onClick={() => void utfor(h)}>
            {HANDLING_TEKST[h]}
          </Button>
        ))}
        {bekreft && (
          <Button appearance="primary" disabled={laast} onClick={() => void utfor(bekreft, { bekreftet: true })}>
            {t.bekreft(HANDLING_TEKST[bekreft])}
          </Button>
        )}
        {avslutte.map((h) => (
          <Button key={h} disabled={laast} aria-expanded={avslutning === h} onClick={() => settAvslutning(avslutning === h ? undefined : h)}>
            {HANDLING_TEKST[h]} …
          </Button>
        ))}
      </form>
      {avslutning && (
        <form
          className={s.skjema}
          aria-label={t.avslutningTittel(avslutning === 'avslutt_uten_tiltak')}
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void utfor(avslutning, verdier);
          }}
        >
          <h3>{t.avslutningTittel(avslutning === 'avslutt_uten_tiltak')}</h3>
          <p>{t.avslutningForklaring}</p>
          {/* The pupil's latest answer is «nei» or «delvis»: closing needs rektor's reason against it (the server refuses without). */}
          {sak.elevIkkeTrygg && (
            <Field label={botTekster.elevensSvar.motElevenEtikett} hint={botTekster.elevensSvar.motEleven(ELEVENS_SVAR_TEKST[sak.elevIkkeTrygg].toLowerCase())} required {...skjema.felt('begrunnelseMotEleven')}>
              <Textarea value={verdier.begrunnelseMotEleven} onChange={settVerdi('begrunnelseMotEleven')} maxLength={1000} rows={3} resize="vertical" />
            </Field>
          )}
          <Field label={t.begrunnelse} required={avslutning === 'avslutt_uten_tiltak'} {...skjema.felt('begrunnelse')}>
            <Textarea value={verdier.begrunnelse} onChange={settVerdi('begrunnelse')} maxLength={4000} rows={3} resize="vertical" />
          </Field>
          {INFORMERT_RADER.map((rad, i) => (
            // One group per person told: the pupil, and each parent or guardian on their own.
            <fieldset key={rad.hvordan} className={s.person}>
              <legend>{rad.hvem === 'elev' ? t.informertElev : t.informertForesatt(i)}</legend>
              {'navn' in rad && (
                <Field label={t.informertNavn} {...skjema.felt(rad.navn)}>
                  <Input value={verdier[rad.navn] ?? ''} onChange={settVerdi(rad.navn)} maxLength={MAKS_LENGDE.informertNavn} />
                </Field>
              )}
              <Field label={t.informertHvordan} required={i < 2} {...skjema.felt(rad.hvordan)}>
                <Textarea value={verdier[rad.hvordan] ?? ''} onChange={settVerdi(rad.hvordan)} maxLength={4000} rows={2} resize="vertical" />
              </Field>
              <Field label={t.informertDato} {...skjema.felt(rad.dato)}>
                <Input type="date" value={verdier[rad.dato] ?? ''} onChange={settVerdi(rad.dato)} />
              </Field>
            </fieldset>
          ))}
          <div className={s.knapper}>
            <Button type="submit" appearance="primary" disabled={laast}>
              {t.avslutt}
            </Button>
            <Button onClick={() => settAvslutning(undefined)}>{t.avbryt}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

/** A choice of the school's staff (the server's list: those the case may involve); `tom` is the first, empty choice. */
function Personvalg({ verdi, endre, personer, tom }: { verdi: string; endre: (oid: string) => void; personer: SakVisning['saksansvarligValg']; tom: string }) {
  return (
    <Select value={verdi} onChange={(_, d) => endre(d.value)} style={{ maxWidth: '100%', minWidth: 0 }}>
      <option value="">{tom}</option>
      {personer.map((p) => (
        <option key={p.oid} value={p.oid}>
          {p.navn}
        </option>
      ))}
    </Select>
  );
}
