import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'zypper-dist-upgrade';
describe('zypper-dist-upgrade (DL3035)', () => {
  it('points at dist-upgrade and dup', () => {
    const f = expectOne('FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n', R, 'dist-upgrade');
    assert.deepStrictEqual(f.aliases, ['DL3035']);
    expectOne('FROM opensuse/leap:15.6\nRUN zypper --non-interactive dup --no-recommends\n', R, 'dup');
  });
  it('does not fire for update or install', () => {
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n update && zypper -n in curl=8.6.0\n', R);
    expectNone('FROM fedora:40\nRUN dnf distro-sync -y\n', R);
  });
});
