import { strict as assert } from 'node:assert';
import { faneLenke, faneRuter } from '../../src/http/faneLenker';

describe('links to the tab', () => {
  it('opens a case in a browser as a hash route on the server', () => {
    assert.equal(faneLenke(faneRuter.sak('2026-KF7M-3QXA'), { baseUrl: 'http://localhost:3978/' }), 'http://localhost:3978/#/sak/2026-KF7M-3QXA');
  });

  it('opens a case in Teams as a deep link to the personal tab with the route as subEntityId', () => {
    const lenke = new URL(faneLenke(faneRuter.sak('a/b'), { teamsAppId: '11111111-2222-3333-4444-555555555555' }));
    assert.equal(lenke.origin, 'https://teams.microsoft.com');
    assert.equal(lenke.pathname, '/l/entity/11111111-2222-3333-4444-555555555555/skolemiljo');
    assert.deepEqual(JSON.parse(lenke.searchParams.get('context') ?? ''), { subEntityId: 'sak/a%2Fb' });
  });
});
