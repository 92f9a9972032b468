/**
 * Marking what has been archived (docs/oppbevaring.md): closed cases get the archive reference and
 * an audit entry, once; open ones are refused; nothing is deleted; a dry run writes nothing.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { markerArkivert } from '../../src/app/arkivering';
import type { AppKontekst } from '../../src/app/kontekst';
import { utforHandling, visSak } from '../../src/app/sakHandlinger';
import { leggTilLoggforing } from '../../src/app/sakslogg';
import { submitVarsel } from '../../src/app/submitVarsel';
import { main as archiveMark } from '../../src/arkivCli';
import { verifiserKjede } from '../../src/store/auditChain';
import { getSak } from '../../src/store/sakRepo';
import { openSqliteStore } from '../../src/store/sqlite/SqliteStore';
import { drain, OutboxDispatcher } from '../../src/outbox/dispatcher';
import { DEMO, DEMO_ORG_FIL, aktor, kontekstPaa, varselSkjema } from '../support/appKontekst';
import { ELEVENS_OPPLEVELSE_TRYGG, INFORMERT } from '../support/saksgang';

describe('archive: marking what has been archived', () => {
  let dir: string;
  let ktx: AppKontekst;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-arkiv-'));
    ktx = await kontekstPaa(await openSqliteStore({ dataDir: dir }), () => new Date('2026-11-23T09:00:00Z'));
  });
  afterEach(async () => {
    await ktx.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function sak(lukk: boolean): Promise<{ id: string; saksnummer: string }> {
    const sendt = await submitVarsel(ktx, aktor(DEMO.laerer), varselSkjema(), { skjemaId: randomUUID() });
    assert.ok(sendt.ok);
    const rektor = aktor(DEMO.rektor);
    assert.ok((await utforHandling(ktx, rektor, { sakId: sendt.verdi.id, handling: 'ta_imot' })).ok);
    if (lukk) {
      // Closing without tiltak needs the investigation started and the pupil's own experience logged.
      assert.ok((await utforHandling(ktx, rektor, { sakId: sendt.verdi.id, handling: 'start_undersokelse' })).ok);
      assert.ok((await leggTilLoggforing(ktx, rektor, sendt.verdi.id, ELEVENS_OPPLEVELSE_TRYGG)).ok);
      const verdier = { begrunnelse: 'Undersøkelsen viser at eleven har det trygt og godt.', ...INFORMERT };
      const r = await utforHandling(ktx, rektor, { sakId: sendt.verdi.id, handling: 'avslutt_uten_tiltak', verdier });
      assert.ok(r.ok, JSON.stringify(r));
    }
    return { id: sendt.verdi.id, saksnummer: sendt.verdi.saksnummer };
  }

  it('marks closed cases with the archive reference once, keeps their content, and logs it in the audit chain', async () => {
    const lukket = await sak(true);
    const aapen = await sak(false);
    const proeve = await markerArkivert(ktx, { referanse: '2026/1234', utfor: false });
    assert.deepEqual(proeve.merket, [lukket.saksnummer]);
    assert.equal((await getSak(ktx.store, lukket.id))?.sak.arkivert, undefined, 'a dry run writes nothing');

    const r = await markerArkivert(ktx, { referanse: '2026/1234', utfor: true });
    assert.deepEqual(r.merket, [lukket.saksnummer]);
    const stored = (await getSak(ktx.store, lukket.id))!;
    assert.deepEqual(stored.sak.arkivert, { tid: '2026-11-23T09:00:00.000Z', referanse: '2026/1234' });
    assert.equal(stored.sak.varsel.elevNavn, 'Kari Nordmann', 'marking deletes nothing');
    assert.ok((await visSak(ktx, aktor(DEMO.rektor), lukket.id)).ok, 'rektor still reads the case');

    const igjen = await markerArkivert(ktx, { referanse: '2026/9999', utfor: true });
    assert.deepEqual([igjen.merket, igjen.alleredeArkivert], [[], [lukket.saksnummer]]);
    assert.equal((await getSak(ktx.store, lukket.id))?.sak.arkivert?.referanse, '2026/1234');

    const spurt = await markerArkivert(ktx, { referanse: '2026/1', saksnumre: [aapen.saksnummer, '2026-XXXX-XXXX'], utfor: true });
    assert.deepEqual([spurt.merket, spurt.ikkeAvsluttet, spurt.ukjente], [[], [aapen.saksnummer], ['2026-XXXX-XXXX']]);

    await drain(new OutboxDispatcher({ store: ktx.store, handlers: {}, now: ktx.naa }));
    const arkivert: string[] = [];
    for await (const i of ktx.store.query<{ action: string; detail?: string }>('revisjonslogg', { where: [{ column: 'ElementId', op: 'eq', value: stored.itemId }] })) if (i.data.action === 'arkivert') arkivert.push(i.data.detail ?? '');
    assert.deepEqual(arkivert, ['ref=2026/1234']);
    assert.ok((await verifiserKjede(ktx.store)).ok);
  });

  it('runs as npm run archive:mark: dry run by default, --apply marks, a wrong reference or an open case is said plainly', async () => {
    const lukket = await sak(true);
    const aapen = await sak(false);
    const env = { DATA_DIR: dir, ORG_FILE: DEMO_ORG_FIL };
    await ktx.store.close();
    const ut: string[] = [];
    const kjor = async (...args: string[]) => {
      ut.length = 0;
      return archiveMark(args, env, (l) => ut.push(l));
    };
    assert.equal(await kjor('--ref', 'har mellomrom'), 2);
    assert.match(ut.join('\n'), /--ref mangler eller er ugyldig/);
    assert.equal(await kjor('--ref', 'A-17'), 0);
    assert.match(ut.join('\n'), new RegExp(`prøvekjøring.*${lukket.saksnummer}`));
    assert.equal(await kjor('--ref', 'A-17', '--apply'), 0);
    assert.match(ut.join('\n'), new RegExp(`Merket som arkivert med referanse A-17: ${lukket.saksnummer}`));
    assert.equal(await kjor('--ref', 'A-18', '--sak', aapen.saksnummer, '--apply'), 1);
    assert.match(ut.join('\n'), new RegExp(`Ikke avsluttet, ikke merket: ${aapen.saksnummer}`));
    ktx.store = await openSqliteStore({ dataDir: dir });
    assert.equal((await getSak(ktx.store, lukket.id))?.sak.arkivert?.referanse, 'A-17');
  });
});
