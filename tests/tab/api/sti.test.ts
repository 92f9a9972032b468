/** The tab's one path builder (tab/src/api/sti.ts): each call's URL comes from the route table. */
import assert from 'node:assert/strict';
import { ROUTES } from '../../../src/http/api/routes';
import { sti } from '../../../tab/src/api/sti';

describe('sti: a route of the table as a URL', () => {
  it('fills each :parameter, encoded, so an id cannot reach another path', () => {
    assert.equal(sti(ROUTES.sak, { sakId: 'abc-123' }), '/api/saker/abc-123');
    assert.equal(sti(ROUTES.tiltaksnotat, { sakId: 'a/b', tiltakId: 'x y?' }), '/api/saker/a%2Fb/plan/tiltak/x%20y%3F/notat');
    assert.equal(sti(ROUTES.bekreftelsePaminnelse, { skoleId: '../meg' }), '/api/bekreftelser/..%2Fmeg/paminnelse');
  });

  it('refuses a missing or empty parameter instead of sending another path (the list, or «/api/saker/»)', () => {
    assert.throws(() => sti(ROUTES.sak, { sakId: '' }), /:sakId/);
    assert.throws(() => sti(ROUTES.tiltaksnotat, { sakId: 's', tiltakId: '' }), /tiltak/);
  });

  it('adds a query string, encoded, leaving out what is not set', () => {
    assert.equal(sti(ROUTES.skolerute, {}, { skolear: '2026-2027' }), '/api/skolerute?skolear=2026-2027');
    assert.equal(sti(ROUTES.skolerute, {}, { skolear: undefined }), '/api/skolerute');
    assert.equal(sti(ROUTES.personsok, {}, { sok: 'Åse & Ola' }), '/api/organisasjon/personer?sok=%C3%85se+%26+Ola');
    assert.equal(sti(ROUTES.saker, {}, { sok: '', status: 'mottatt', side: '2' }), '/api/saker?status=mottatt&side=2');
  });

  it('knows a route\'s parameters from its path, so a call without them does not typecheck', () => {
    // @ts-expect-error sakId is missing
    assert.throws(() => sti(ROUTES.sak, {}));
    // @ts-expect-error tiltakId is missing
    assert.throws(() => sti(ROUTES.tiltaksnotat, { sakId: 's' }));
  });
});
