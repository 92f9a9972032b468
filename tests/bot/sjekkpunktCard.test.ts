/**
 * Rektor's reminder card before an årshjul checkpoint (issue 23): a valid Adaptive Card within
 * Teams' size, saying which checkpoint, by when, what counts as done, with a link to the Årshjul page.
 */
import { strict as assert } from 'node:assert';
import { sjekkpunktCard } from '../../bot/cards/sjekkpunkt';
import { assertValidCard } from '../support/cardValidation';

describe('the årshjul checkpoint reminder card', () => {
  it('names the school, the checkpoint, its date and what counts as done, and links to the Årshjul page', () => {
    const card = sjekkpunktCard(
      { type: 'sjekkpunkt', skole: 'Bakkeløkka skole', navn: 'Elevundersøkelsen gjennomført', ferdigNar: 'Elevene på 5.–10. trinn har svart.', dato: '15.12.2026' },
      'http://localhost/#/aarshjul',
    );
    assertValidCard(card, 'sjekkpunktkortet');
    const json = JSON.stringify(card);
    for (const tekst of ['Årshjul: sjekkpunkt for Bakkeløkka skole', 'Elevundersøkelsen gjennomført', 'Frist 15.12.2026.', 'Dette teller som gjort: Elevene på 5.–10. trinn har svart.', 'http://localhost/#/aarshjul']) {
      assert.ok(json.includes(tekst), tekst);
    }
  });
});
