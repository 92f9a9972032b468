/**
 * Two instances, as App Service runs them: two real app processes on one store (one SQLite file),
 * a burst of varsler sent to both at once, the same form sent to both (a double click that the load
 * balancer split). Every case is stored once and every card is delivered once: the outbox claims
 * each entry with a version-guarded write, so only one instance sends it.
 */
import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startConnector, type ConnectorStandIn } from './support/connector';
import { demoBrukere } from './support/botHarness';
import { DEMO, DEMO_ORG_FIL } from './support/appKontekst';
import { type Instans, naarStille, sendVarsel, startInstans } from './support/appProsess';
import { sakIdPaa } from './bot/hjelpere';

describe('two app instances on one store', function () {
  this.timeout(300_000);
  let dir: string;
  let connector: ConnectorStandIn;
  const instanser: Instans[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-to-'));
    connector = await startConnector(demoBrukere());
    for (const oid of demoBrukere().map((b) => b.oid)) connector.kjentSamtale(`a:personlig-${oid}`, oid);
    const env = { PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dir, ORG_FILE: DEMO_ORG_FIL, BOT_SERVICE_URL: `${connector.url}/`, OUTBOX_INTERVAL_MS: '250' };
    // One after the other, as App Service starts them: the first creates the database.
    instanser.push(await startInstans(env));
    instanser.push(await startInstans(env));
  });
  after(async () => {
    for (const i of instanser) assert.equal(await i.stopp(), 0, 'each instance stops cleanly');
    await connector?.lukk();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores each varsel of a burst once and delivers every card once, the same form sent to both included', async () => {
    const [a, b] = instanser as [Instans, Instans];
    const varslere = [DEMO.laerer, DEMO.laerer2, DEMO.laerer3, DEMO.vaktmester];
    const dobbel = randomUUID();
    const sendt = await Promise.all([
      ...Array.from({ length: 16 }, (_, n) => sendVarsel(n % 2 ? a : b, connector, varslere[n % varslere.length]!, randomUUID())),
      sendVarsel(a, connector, DEMO.laerer, dobbel),
      sendVarsel(b, connector, DEMO.laerer, dobbel),
    ]);
    const [dobbelA, dobbelB] = sendt.slice(16);
    assert.equal(dobbelA, dobbelB, 'the same form sent to both instances is one case');
    const saker = new Set(sendt);
    assert.equal(saker.size, 17);

    await naarStille(connector, 4000, 180_000);
    const card = connector.opptak.filter((o) => o.kall === 'melding' && o.status < 300 && o.kort?.refresh);
    const perMottakerOgSak = new Map<string, number>();
    for (const o of card) {
      const nokkel = `${o.oid} ${sakIdPaa(o.kort!)}`;
      perMottakerOgSak.set(nokkel, (perMottakerOgSak.get(nokkel) ?? 0) + 1);
    }
    const flere = [...perMottakerOgSak].filter(([, n]) => n > 1);
    assert.deepEqual(flere, [], 'no card was sent twice');
    for (const sakId of saker) assert.ok(perMottakerOgSak.has(`${DEMO.rektor} ${sakId}`), `rektor got the card for ${sakId}`);
    assert.ok(card.every((o) => saker.has(sakIdPaa(o.kort!))), 'cards only for the cases that exist');
  });
});
