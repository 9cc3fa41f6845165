import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'expose-proto-casing';
describe('expose-proto-casing (ExposeProtoCasing)', () => {
  it('points at the protocol', () => {
    const f = expectOne('FROM alpine\nEXPOSE 80 53/UDP\n', R, 'UDP');
    assert.deepStrictEqual(f.aliases, ['ExposeProtoCasing']);
  });
  it('does not fire for lower-case protocols or none', () => {
    expectNone('FROM alpine\nEXPOSE 80 53/udp 8000-8010/tcp\n', R);
  });
  it('lower-cases the protocol, keeping CRLF', () => {
    expectFix('FROM alpine\nEXPOSE 53/Udp\n', R, 'FROM alpine\nEXPOSE 53/udp\n');
    expectFix('FROM alpine\r\nEXPOSE 80/TCP\r\n', R, 'FROM alpine\r\nEXPOSE 80/tcp\r\n');
  });
});
