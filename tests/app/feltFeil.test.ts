/** The one zod-refusal → field errors function every use case shares (src/app/feltFeil.ts). */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { feltFeil, feltsti } from '../../src/app/feltFeil';
import { lesVarselSkjema } from '../../src/app/varselSchema';
import { nb } from '../../src/i18n/aktiv';

const skjema = z.object({
  navn: z.string().min(1, { error: () => nb.org.navnMangler }).max(5, { error: 'For langt.' }),
  rader: z.array(z.object({ fra: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Skriv en dato.' }) })),
});

const feilFor = (verdi: unknown) => {
  const r = skjema.safeParse(verdi);
  assert.ok(!r.success);
  return r.error;
};

describe('feltFeil: a schema refusal as one message per field', () => {
  it('names each field by its path, a list row as the form names it (punktum by default, klammer for the plan)', () => {
    const e = feilFor({ navn: 'Alfabetet', rader: [{ fra: '2026-12-07' }, { fra: 'i morgen' }] });
    assert.deepEqual(feltFeil(e), { navn: 'For langt.', 'rader.1.fra': 'Skriv en dato.' });
    assert.deepEqual(feltFeil(e, { rad: 'klammer' }), { navn: 'For langt.', 'rader[1].fra': 'Skriv en dato.' });
    assert.deepEqual(feltFeil(e, { bareToppfelt: true }), { navn: 'For langt.', rader: 'Skriv en dato.' });
  });

  it("keeps the catalog's message, and the first one when a field is refused twice", () => {
    const e = feilFor({ navn: '', rader: [{ fra: 'x' }, { fra: 'y' }] });
    assert.equal(feltFeil(e).navn, nb.org.navnMangler);
    assert.deepEqual(Object.keys(feltFeil(e, { bareToppfelt: true })), ['navn', 'rader']);
  });

  it('puts a refusal of the whole input at the form\'s own name', () => {
    const r = skjema.safeParse('ikke et objekt');
    assert.ok(!r.success);
    assert.deepEqual(Object.keys(feltFeil(r.error)), ['skjema']);
    assert.deepEqual(Object.keys(feltFeil(r.error, { rot: 'kropp' })), ['kropp']);
    // zod's own words where the schema has none: Norwegian (i18n/zodNorsk.ts), not English.
    assert.doesNotMatch(feltFeil(r.error).skjema!, /expected/i);
  });

  it('writes a path both ways', () => {
    assert.equal(feltsti(['tiltak', 0, 'ansvarlig'], 'klammer'), 'tiltak[0].ansvarlig');
    assert.equal(feltsti(['fri', 0, 'fra']), 'fri.0.fra');
  });

  it('is what a use case answers: the varsel form names each missing answer at its field', () => {
    const r = lesVarselSkjema({}, '2026-12-07');
    assert.ok(!r.ok);
    for (const felt of ['skoleId', 'elevNavn', 'beskrivelse', 'kommerFra']) assert.ok(r.felt[felt], felt);
  });
});
