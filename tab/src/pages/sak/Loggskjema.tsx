/**
 * A case log entry (loggføring): its kind (the pupil's own experience is its own kind), date, who
 * took part and a short summary. A correction is a new entry pointing to the old one.
 */
import type { FormEvent } from 'react';
import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { LOGG_TYPER, MAKS_LOGG_LENGDE } from '../../../../src/domain/sakslogg';
import { loggfor } from '../../api/saker';
import { visDato } from '../../deler/tid';
import { useForm } from '../../deler/useForm';
import type { Loggforing } from './typer';
import { Lagreknapp, Skjemastatus } from './Skjemastatus';
import { ElevensSvarFelt } from './ElevensSvarFelt';
import { LOGG_TYPE_TEKST, sakTekster } from '../../tekster';

const t = sakTekster.logg;
const TOMT = { type: '', dato: '', deltakere: '', tekst: '', korrigerer: '', elevensSvar: '', elevensSvarHvorfor: '' };

const useStiler = makeStyles({
  skjema: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
});

export function Loggskjema({ sakId, logg, idag, lagret: stored }: { sakId: string; logg: Loggforing[]; idag: string; lagret: () => void }) {
  const s = useStiler();
  const skjema = useForm({ ...TOMT, dato: idag });
  const { verdier, settVerdier, sett } = skjema;

  async function lagre(e: FormEvent) {
    e.preventDefault();
    const ok = await skjema.utfor(async () => void (await loggfor(sakId, { ...verdier, skjemaId: skjema.skjemaId })), t.lagret);
    if (ok) {
      settVerdier({ ...TOMT, dato: idag });
      stored();
    }
  }

  return (
    <div ref={skjema.skjemaRef}>
      <form className={s.skjema} onSubmit={lagre} noValidate aria-labelledby="logg-tittel">
        <p>{t.forklaring}</p>
        <Skjemastatus skjema={skjema} />
        <Field label={t.type} required {...skjema.felt('type')}>
          <Select value={verdier.type} onChange={sett('type')}>
            <option value="">{t.velgType}</option>
            {LOGG_TYPER.map((type) => (
              <option key={type} value={type}>
                {LOGG_TYPE_TEKST[type]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.dato} required {...skjema.felt('dato')}>
          <Input type="date" value={verdier.dato} max={idag} onChange={sett('dato')} />
        </Field>
        <Field label={t.deltakere} {...skjema.felt('deltakere')}>
          <Input value={verdier.deltakere} onChange={sett('deltakere')} maxLength={MAKS_LOGG_LENGDE.deltakere} autoComplete="off" />
        </Field>
        <Field label={t.tekst} required {...skjema.felt('tekst')}>
          <Textarea value={verdier.tekst} onChange={sett('tekst')} maxLength={MAKS_LOGG_LENGDE.tekst} rows={4} resize="vertical" />
        </Field>
        {verdier.type === 'elevens_opplevelse' && <ElevensSvarFelt verdi={verdier} endre={(svar) => settVerdier((v) => ({ ...v, ...svar }))} skjema={skjema} />}
        {logg.length > 0 && (
          <Field label={t.korrigerer} {...skjema.felt('korrigerer')}>
            <Select value={verdier.korrigerer} onChange={sett('korrigerer')}>
              <option value="">{t.ingenKorrigering}</option>
              {logg
                .filter((l) => !l.korrigertAv)
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {`${visDato(l.dato)}: ${l.typeTekst} – ${l.tekst.slice(0, 60)}`}
                  </option>
                ))}
            </Select>
          </Field>
        )}
        <Lagreknapp skjema={skjema}>{t.lagre}</Lagreknapp>
      </form>
    </div>
  );
}
