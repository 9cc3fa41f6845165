import * as assert from 'assert';
import { expectNone } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'zypper-unpinned';
describe('zypper-unpinned (DL3037)', () => {
  it('reports the package without a version', () => {
    const f = expectUnpinned('FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 git\n', R, 'zypper -n install curl=8.6.0 git', ['git']);
    assert.deepStrictEqual(f.aliases, ['DL3037']);
    assert.match(f.message, /^'zypper install' .*'git=<version>'/);
    expectUnpinned('FROM opensuse/leap:15.6\nRUN zypper --non-interactive in -r oss vim\n', R, 'zypper --non-interactive in -r oss vim', ['vim']);
  });
  it('accepts =, comparisons, rpm files', () => {
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n install "curl>=8.6" git=2.43.0 /tmp/a.rpm\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n remove git\n', R);
  });
});
