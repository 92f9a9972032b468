import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { TAB_ENTITY_ID, tabLink, tabRoutes } from '../../src/http/tabLinks';

describe('links to the tab', () => {
  it('opens a case in a browser as a hash route on the server', () => {
    assert.equal(tabLink(tabRoutes.sak('2026-KF7M-3QXA'), { baseUrl: 'http://localhost:3978/' }), 'http://localhost:3978/#/sak/2026-KF7M-3QXA');
  });

  it('opens a case in Teams as a deep link to the app\'s tab with the route as subEntityId', () => {
    const lenke = new URL(tabLink(tabRoutes.sak('a/b'), { teamsAppId: '11111111-2222-3333-4444-555555555555' }));
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
    const sider = Object.values(tabRoutes).filter((r) => typeof r === 'string');
    for (const route of sider) {
      assert.ok(
        manifest.staticTabs.some((t) => t.contentUrl.endsWith(`/#${String(route)}`)),
        `manifest has no tab opening ${String(route)}`,
      );
    }
    const deeplenkenesTab = manifest.staticTabs.find((t) => t.entityId === TAB_ENTITY_ID);
    assert.ok(deeplenkenesTab?.contentUrl.endsWith(`/#${tabRoutes.venter}`), 'deep links open the start page\'s tab');
  });
});
