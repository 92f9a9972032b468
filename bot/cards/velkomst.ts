/** The greeting: what the bot does, that suspicion is enough, and one button to the form. */
import { botTekster as t } from '../../src/i18n/aktiv';
import { VERB } from '../verbnavn';
import { adaptiveCard, overskrift, tekst, utfor, type Card } from './felles';

export function velkomstCard(): Card {
  return adaptiveCard(
    [overskrift(t.velkomst.tittel), tekst(t.velkomst.hva), tekst(t.velkomst.mistanke, { weight: 'Bolder' }), tekst(t.velkomst.hvem, { isSubtle: true })],
    { actions: [utfor(t.velkomst.knapp, VERB.visSkjema, {}, { stil: 'positive' })] },
  );
}
