import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'useradd-without-no-log-init';
describe('useradd-without-no-log-init (DL3046)', () => {
  it('points at useradd with a high UID', () => {
    const f = expectOne('FROM debian:12\nRUN useradd -u 123456789 app\n', R, 'useradd');
    assert.deepStrictEqual(f.aliases, ['DL3046']);
    expectOne('FROM debian:12\nRUN groupadd -g 1000 app && useradd --uid=100000 -g app app\n', R, 'useradd');
    expectOne('FROM debian:12\nRUN useradd -mu 200000 app\n', R, 'useradd');
  });
  it('accepts -l, --no-log-init, low UIDs and variables', () => {
    expectNone('FROM debian:12\nRUN useradd -l -u 123456789 app\n', R);
    expectNone('FROM debian:12\nRUN useradd --no-log-init --uid 123456789 app\n', R);
    expectNone('FROM debian:12\nRUN useradd -u 10001 app && useradd app2\n', R);
    expectNone('FROM debian:12\nRUN useradd -u "$UID" app\n', R);
    expectNone('FROM debian:12\nRUN useradd -c 1234567 app\n', R);
  });
  it('fixes by adding --no-log-init', () => {
    expectFix('FROM debian:12\nRUN useradd -u 123456789 app\n', R, 'FROM debian:12\nRUN useradd --no-log-init -u 123456789 app\n');
  });
});
