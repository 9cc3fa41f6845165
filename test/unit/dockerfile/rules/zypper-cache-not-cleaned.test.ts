import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'zypper-cache-not-cleaned';
describe('zypper-cache-not-cleaned (DL3036)', () => {
  it('points at install/in without zypper clean', () => {
    const f = expectOne('FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3036']);
    expectOne('FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6.0\n', R, 'in');
  });
  it('accepts zypper clean / cc and cache mounts', () => {
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean --all\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6.0 && zypper cc -a\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl=8.6.0\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n refresh\n', R);
  });
});
