/**
 * With a Microsoft app id configured (production), the bot endpoint accepts only requests that
 * carry a valid Bot Framework token: botbuilder's CloudAdapter validates it. Without one, nothing
 * reaches the use cases. (A request WITH a token makes botbuilder fetch Microsoft's signing keys,
 * which nothing here may reach, so signature checking itself is botbuilder's, not tested here.)
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/compose';
import { lesKonfig } from '../../src/config';
import { testLogger } from '../support/loggvakt';
import { DEMO, DEMO_ORG_FIL } from '../support/appKontekst';

describe('bot: authentication in production configuration', () => {
  let app: App;
  let url: string;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skolemiljo-auth-'));
    const k = lesKonfig({
      DATA_DIR: dir,
      ORG_FILE: DEMO_ORG_FIL,
      MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555',
      MICROSOFT_APP_PASSWORD: 'ikke-en-ekte-hemmelighet',
      MICROSOFT_APP_TENANT_ID: DEMO.tenantId,
      LOG_LEVEL: 'silent',
    });
    assert.ok(k.ok);
    app = await createApp(k.konfig, { log: testLogger('autentisering') });
    url = await app.listen(0, '127.0.0.1');
  });
  after(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const aktivitet = {
    type: 'message',
    text: 'varsel',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:x', aadObjectId: DEMO.laerer },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:1', conversationType: 'personal', tenantId: DEMO.tenantId },
  };

  it('refuses a request without a token, and stores nothing', async () => {
    const svar = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(aktivitet) });
    assert.equal(svar.status, 401);
    assert.equal(await app.samtaler.get(DEMO.laerer), undefined);
  });
});
