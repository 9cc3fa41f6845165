import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'dnf-missing-yes';
describe('dnf-missing-yes (DL3038)', () => {
  it('points at install', () => {
    const f = expectOne('FROM fedora:40\nRUN dnf install nginx-1.24.0\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3038']);
    expectOne('FROM fedora:40\nRUN dnf --nodocs groupinstall "Development Tools"\n', R, 'groupinstall');
    expectOne('FROM fedora:40\nRUN dnf module install nodejs:20\n', R, 'install');
    expectOne('FROM fedora:40\nRUN <<EOF\nset -e\ndnf install nginx-1.24.0\nEOF\n', R, 'install');
  });
  it('accepts -y, --assumeyes and clusters, anywhere', () => {
    expectNone('FROM fedora:40\nRUN dnf -y install nginx-1.24.0\n', R);
    expectNone('FROM fedora:40\nRUN dnf install --assumeyes nginx-1.24.0\n', R);
    expectNone('FROM fedora:40\nRUN dnf install -qy nginx-1.24.0\n', R);
    expectNone('FROM fedora:40\nRUN dnf makecache && dnf upgrade --refresh -y\n', R);
  });
  it('fixes by adding -y after install, across continuations and CRLF', () => {
    expectFix('FROM fedora:40\nRUN dnf install nginx-1.24.0\n', R, 'FROM fedora:40\nRUN dnf install -y nginx-1.24.0\n');
    expectFix(
      'FROM fedora:40\r\nRUN dnf makecache && \\\r\n    dnf install \\\r\n      nginx-1.24.0\r\n',
      R,
      'FROM fedora:40\r\nRUN dnf makecache && \\\r\n    dnf install -y \\\r\n      nginx-1.24.0\r\n',
    );
  });
});
