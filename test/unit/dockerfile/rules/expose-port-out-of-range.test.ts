import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'expose-port-out-of-range';
describe('expose-port-out-of-range (DL3011)', () => {
  it('points at the port number', () => {
    const f = expectOne('FROM nginx:1.30\nEXPOSE 80 80800\n', R, '80800');
    assert.deepStrictEqual(f.aliases, ['DL3011']);
    assert.strictEqual(f.severity, 'error');
    expectOne('FROM nginx:1.30\nEXPOSE 65536/udp\n', R, '65536');
    expectOne('FROM nginx:1.30\nEXPOSE 60000-70000/tcp\n', R, '60000-70000');
  });
  it('accepts valid ports, ranges, protocols and variables', () => {
    expectNone('FROM nginx:1.30\nEXPOSE 0 80 443/tcp 53/udp 65535 8000-8010\n', R);
    expectNone('FROM nginx:1.30\nARG PORT=99999\nEXPOSE ${PORT} $PORT/tcp\n', R);
  });
});
