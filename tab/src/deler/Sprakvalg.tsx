/**
 * The person's language (issue 24): Bokmål, Nynorsk or English, each named in its own language so
 * it can be found by someone who reads none of the others. The choice is stored on the server
 * (PUT /api/meg/sprak), so the bot answers in it too; the page then draws itself anew in it.
 * A native select: known to every screen reader and phone, and light on the first page.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { SPRAK, type Sprak } from '../../../src/i18n/sprak';
import { settSprak } from '../api/meg';
import { messages, tekster } from '../tekster';
import { ErrorMessage } from './Tilstand';
import { useForm } from './useForm';

const useStiler = makeStyles({
  valg: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  select: {
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
  },
});

export function Sprakvalg({ valgt, bytt }: { valgt: Sprak; bytt: (sprak: Sprak) => Promise<void> }) {
  const s = useStiler();
  // The form hook's sending state and guard: one choice stored at a time, the server's refusal shown.
  const skjema = useForm();

  function velg(sprak: Sprak) {
    if (sprak === valgt) return;
    void skjema.utfor(async () => {
      await settSprak({ sprak });
      await bytt(sprak);
      return tekster.sprakvalg.lagret; // read after the switch: said in the chosen language
    });
  }

  return (
    <span className={s.valg}>
      <label htmlFor={'sprakvalg'}>{tekster.sprakvalg.etikett}</label>
      <select
        id={'sprakvalg'}
        className={s.select}
        value={valgt}
        aria-disabled={skjema.sender || undefined}
        onChange={(e) => velg(e.target.value as Sprak)}
      >
        {SPRAK.map((sprak) => (
          <option key={sprak} value={sprak} lang={sprak}>
            {messages.sprak.navn[sprak]}
          </option>
        ))}
      </select>
      {skjema.melding && <ErrorMessage melding={skjema.melding} />}
    </span>
  );
}
