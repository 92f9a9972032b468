/**
 * The English catalog reads as English (issue 24): every text is there and is not bokmål left
 * behind. A Norwegian word may stand only where the reader needs it — in brackets after its English
 * term the first time («activity plan (aktivitetsplan)»), or as a name (the app, Bokmål, Nynorsk,
 * Entra ID). Functions are called with sample arguments so their sentences are checked too.
 */
import { strict as assert } from 'node:assert';
import { en } from '../../src/i18n/en';
import { nbKatalog } from '../../src/i18n/katalog';

/** Names that are Norwegian in every language. */
const NAVN = ['Skolemiljø', 'Bokmål', 'Nynorsk'];

/** Every text in a catalog with its path; a function is called with sample arguments of its parameters' kinds. */
function tekster(v: unknown, sti: string, ut: [string, string][] = []): [string, string][] {
  if (typeof v === 'string') ut.push([sti, v]);
  else if (typeof v === 'function') {
    const prover = [['X', 'Y', 'Z', 'W', 'V'], [2, 3, 4, 5, 6]] as const;
    for (const args of prover) {
      try {
        tekster((v as (...a: unknown[]) => unknown)(...args), `${sti}()`, ut);
      } catch {
        // a function that needs an object argument (informertHvemTekst) is checked on its own below
      }
    }
  } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) tekster(x, `${sti}.${k}`, ut);
  return ut;
}

/** The text with what may be Norwegian taken out: bracketed terms, quoted words, names. */
function utenTillatt(tekst: string): string {
  let t = tekst.replace(/\([^()]*\)/g, ' ').replace(/«[^»]*»/g, ' ');
  for (const n of NAVN) t = t.split(n).join(' ');
  return t;
}

describe('the English catalog', () => {
  const alle = tekster(en, 'en');

  it('has a text for every text bokmål has (the same keys, none empty)', () => {
    // Keys, not the texts a call makes: a sentence built from an object argument (a refusal) may not be callable with placeholders.
    const blader = (o: unknown, p = ''): string[] => (o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => blader(v, `${p}.${k}`)) : [p]);
    assert.deepEqual(blader(en).sort(), blader(nbKatalog).sort());
    assert.deepEqual(alle.filter(([, t]) => !t.trim()).map(([s]) => s), []);
  });

  it('leaves no bokmål behind: æ, ø and å only in a bracketed term or a name', () => {
    const norsk = (k: unknown) => tekster(k, '').filter(([, t]) => /[æøåÆØÅ]/.test(utenTillatt(t)));
    assert.deepEqual(norsk(en), []);
    assert.ok(norsk(nbKatalog).length > 100, 'the check finds bokmål where there is some');
  });

  it('says who was told in English', () => {
    const hvem = en.betegnelser.informertHvemTekst;
    assert.equal(hvem({ hvem: 'elev', elev: true, foresatte: false }), 'The pupil');
    assert.equal(hvem({ hvem: 'foresatt', navn: 'mor', elev: false, foresatte: true }), 'Parent/guardian (mor)');
    assert.equal(hvem({ elev: true, foresatte: true }), 'The pupil and the parents (recorded together)');
    assert.equal(hvem({ elev: false, foresatte: true }), 'The parents (recorded together)');
  });

  it('gives the legal terms their Norwegian name in brackets', () => {
    const alt = alle.map(([, t]) => t).join('\n');
    for (const term of ['activity plan (aktivitetsplan)', 'the County Governor (Statsforvalteren)', 'best-interests assessment (barnets beste-vurdering)', 'measures (tiltak)', 'principal (rektor)', 'head of education (kommunalsjef)']) {
      assert.ok(alt.toLowerCase().includes(term.toLowerCase()), term);
    }
  });
});
