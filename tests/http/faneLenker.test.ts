import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { FANE_ENTITY_ID, faneLenke, faneRuter } from '../../src/http/faneLenker';

describe('links to the tab', () => {
  it('opens a case in a browser as a hash route on the server', () => {
    assert.equal(faneLenke(faneRuter.sak('2026-KF7M-3QXA'), { baseUrl: 'http://localhost:3978/' }), 'http://localhost:3978/#/sak/2026-KF7M-3QXA');
  });

  it('opens a case in Teams as a deep link to the app\'s tab with the route as subEntityId', () => {
    const lenke = new URL(faneLenke(faneRuter.sak('a/b'), { teamsAppId: '11111111-2222-3333-4444-555555555555' }));
    assert.equal(lenke.origin, 'https://teams.microsoft.com');
    assert.equal(lenke.pathname, '/l/entity/11111111-2222-3333-4444-555555555555/skolemiljo');
    assert.deepEqual(JSON.parse(lenke.searchParams.get('context') ?? ''), { subEntityId: 'sak/a%2Fb' });
  });
});

describe('the tab routes and the manifest', () => {
  it('has a personal tab for every page, opening that page', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../manifest/manifest.template.json'), 'utf8')) as {
      staticTabs: { entityId: string; contentUrl: string }[];
    };
    const sider = Object.values(faneRuter).filter((r) => typeof r === 'string');
    for (const rute of sider) {
      assert.ok(
        manifest.staticTabs.some((t) => t.contentUrl.endsWith(`/#${String(rute)}`)),
        `manifest has no tab opening ${String(rute)}`,
      );
    }
    const deeplenkenesFane = manifest.staticTabs.find((t) => t.entityId === FANE_ENTITY_ID);
    assert.ok(deeplenkenesFane?.contentUrl.endsWith(`/#${faneRuter.venter}`), 'deep links open the start page\'s tab');
  });
});
