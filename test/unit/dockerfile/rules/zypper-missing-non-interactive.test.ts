import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'zypper-missing-non-interactive';
describe('zypper-missing-non-interactive (DL3034)', () => {
  it('points at the subcommand', () => {
    const f = expectOne('FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3034']);
    expectOne('FROM opensuse/leap:15.6\nRUN zypper rm git\n', R, 'rm');
  });
  it('treats -n after the subcommand as --name, not as non-interactive', () => {
    expectOne('FROM opensuse/leap:15.6\nRUN zypper install -n curl=8.6.0\n', R, 'install');
  });
  it('accepts -n, --non-interactive, -y and --no-confirm', () => {
    expectNone('FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl=8.6.0\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper rm --no-confirm git\n', R);
    expectNone('FROM opensuse/leap:15.6\nRUN zypper refresh\n', R);
  });
  it('fixes by inserting -n after zypper', () => {
    expectFix('FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0\n', R, 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0\n');
    expectFix('FROM opensuse/leap:15.6\r\nRUN sudo zypper \\\r\n    install curl=8.6.0\r\n', R, 'FROM opensuse/leap:15.6\r\nRUN sudo zypper -n \\\r\n    install curl=8.6.0\r\n');
  });
});
