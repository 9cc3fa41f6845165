import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'zypper-unpinned';
describe('zypper-unpinned (DL3037)', () => {
  it('reports the package without a version', () => {
    const f = expectOne('FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 git\n', R, 'git');
    assert.deepStrictEqual(f.aliases, ['DL3037']);
    expectOne('FROM opensuse/leap:15.6\nRUN zypper --non-interactive in -r oss vim\n', R, 'vim');
  });
  it('accepts =, comparisons, rpm files', () => {
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n install "curl>=8.6" git=2.43.0 /tmp/a.rpm\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n remove git\n', R);
  });
});
