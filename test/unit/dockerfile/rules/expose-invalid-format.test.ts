import * as assert from 'assert';
import { expectFix, expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'expose-invalid-format';
describe('expose-invalid-format (ExposeInvalidFormat)', () => {
  it('points at a port with a host address or host port', () => {
    const f = expectOne('FROM alpine\nEXPOSE 80 127.0.0.1:8080:80/tcp\n', R, '127.0.0.1:8080:80/tcp');
    assert.deepStrictEqual(f.aliases, ['ExposeInvalidFormat']);
    expectOne('FROM alpine\nEXPOSE 8080:80\n', R, '8080:80');
  });
  it('is not also reported as a syntax error', () => {
    assert.deepStrictEqual(findingsOf('FROM alpine\nEXPOSE 8080:80\n', 'dockerfile-syntax'), []);
  });
  it('does not fire for plain container ports', () => {
    expectNone('FROM alpine\nEXPOSE 80 443/tcp 7000-7010/udp $PORT\n', R);
  });
  it('keeps only the container port, keeping CRLF', () => {
    expectFix('FROM alpine\nEXPOSE 8080:80\n', R, 'FROM alpine\nEXPOSE 80\n');
    expectFix('FROM alpine\r\nEXPOSE 0.0.0.0:53:53/udp\r\n', R, 'FROM alpine\r\nEXPOSE 53/udp\r\n');
  });
});
