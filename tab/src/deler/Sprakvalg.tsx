/**
 * The person's language (issue 24): Bokmål, Nynorsk or English, each named in its own language so
 * it can be found by someone who reads none of the others. The choice is stored on the server
 * (PUT /api/meg/sprak), so the bot answers in it too; the page then draws itself anew in it.
 * A native select: known to every screen reader and phone, and light on the first page.
 */
import { useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { SPRAK, type Sprak } from '../../../src/i18n/sprak';
import { somApiFeil } from '../api/http';
import { settSprak } from '../api/meg';
import { messages, tekster } from '../tekster';
import { kunngjor } from './Kunngjoring';
import { ErrorMessage } from './Tilstand';

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
  const [sender, settSender] = useState(false);
  const [feil, settFeil] = useState<string>();

  async function velg(sprak: Sprak) {
    if (sender || sprak === valgt) return;
    settSender(true);
    settFeil(undefined);
    try {
      await settSprak({ sprak });
      await bytt(sprak);
      kunngjor(tekster.sprakvalg.lagret); // now in the chosen language
    } catch (e) {
      settFeil(somApiFeil(e).message);
    } finally {
      settSender(false);
    }
  }

  return (
    <span className={s.valg}>
      <label htmlFor={'sprakvalg'}>{tekster.sprakvalg.etikett}</label>
      <select
        id={'sprakvalg'}
        className={s.select}
        value={valgt}
        aria-disabled={sender || undefined}
        onChange={(e) => void velg(e.target.value as Sprak)}
      >
        {SPRAK.map((sprak) => (
          <option key={sprak} value={sprak} lang={sprak}>
            {messages.sprak.navn[sprak]}
          </option>
        ))}
      </select>
      {feil && <ErrorMessage melding={feil} />}
    </span>
  );
}
