import * as assert from 'assert';
import { expectFix, expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'apt-instead-of-apt-get';
describe('apt-instead-of-apt-get (DL3027)', () => {
  it('points at apt', () => {
    const f = expectOne('FROM ubuntu:24.04\nRUN apt install -y curl\n', R, 'apt');
    assert.deepStrictEqual(f.aliases, ['DL3027']);
    assert.strictEqual(findingsOf('FROM ubuntu:24.04\nRUN apt update && sudo apt upgrade -y\n', R).length, 2);
  });
  it('suggests apt-cache for queries, without a fix', () => {
    const f = expectOne('FROM ubuntu:24.04\nRUN apt show curl\n', R, 'apt');
    assert.match(f.message, /apt-cache show/);
    assert.strictEqual(f.fix, undefined);
    assert.strictEqual(expectOne('FROM ubuntu:24.04\nRUN apt list --installed\n', R, 'apt').fix, undefined);
  });
  it('does not fire for apt-get, apt-cache or apt as an argument', () => {
    expectNone('FROM ubuntu:24.04\nRUN apt-get update && apt-cache policy curl && echo apt && rm -rf /var/lib/apt\n', R);
  });
  it('fixes by replacing apt with apt-get', () => {
    expectFix('FROM ubuntu:24.04\nRUN apt install -y curl\n', R, 'FROM ubuntu:24.04\nRUN apt-get install -y curl\n');
    expectFix(
      'FROM ubuntu:24.04\r\nRUN set -eux; \\\r\n    apt \\\r\n      remove -y curl\r\n',
      R,
      'FROM ubuntu:24.04\r\nRUN set -eux; \\\r\n    apt-get \\\r\n      remove -y curl\r\n',
    );
  });
});
