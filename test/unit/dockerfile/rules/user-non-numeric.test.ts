import * as assert from 'assert';
import { expectNone, expectOne, type LintOptions } from '../../helpers';

const R = 'user-non-numeric';
const on: LintOptions = { config: (c) => c.rules.set('dl3066', 'info') };
describe('user-non-numeric (DL3066)', () => {
  it('points at the user name of the last USER of the final stage', () => {
    const f = expectOne('FROM debian:12\nUSER 1000\nUSER app:app\n', R, 'app', on);
    assert.deepStrictEqual(f.aliases, ['DL3066']);
    assert.strictEqual(f.range.start.line, 2);
  });
  it('is off unless configured', () => {
    expectNone('FROM debian:12\nUSER app\n', R);
  });
  it('accepts numeric ids, variables and names in earlier stages or earlier USERs', () => {
    expectNone('FROM debian:12\nUSER root\nRUN true\nUSER 10001:10001\n', R, on);
    expectNone('FROM debian:12 AS b\nUSER builder\nFROM debian:12\nUSER 10001\n', R, on);
    expectNone('ARG UID=1000\nFROM debian:12\nUSER ${UID}:${UID}\n', R, on);
    expectNone('FROM debian:12\nRUN true\n', R, on);
  });
});
