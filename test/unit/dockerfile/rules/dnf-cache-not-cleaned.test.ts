import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'dnf-cache-not-cleaned';
describe('dnf-cache-not-cleaned (DL3040)', () => {
  it('points at install of dnf and microdnf without a clean-up', () => {
    const f = expectOne('FROM fedora:40\nRUN dnf install -y nginx-1.24.0\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3040']);
    assert.match(expectOne('FROM ubi9-minimal\nRUN microdnf install -y tar-1.34\n', R, 'install').message, /microdnf clean all/);
  });
  it('needs the clean-up after the install', () => {
    expectOne('FROM fedora:40\nRUN dnf clean all && dnf install -y nginx-1.24.0\n', R, 'install');
  });
  it('accepts dnf clean all, rm -rf /var/cache/dnf and a cache mount', () => {
    expectNone('FROM fedora:40\nRUN dnf install -y nginx-1.24.0 && dnf clean all\n', R);
    expectNone('FROM fedora:40\nRUN dnf -y install nginx-1.24.0 && rm -rf /var/cache/dnf\n', R);
    expectNone('FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx-1.24.0\n', R);
  });
});
