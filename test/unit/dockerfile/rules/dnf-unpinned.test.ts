import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'dnf-unpinned';
describe('dnf-unpinned (DL3041)', () => {
  it('reports the unpinned package, also for microdnf and behind sudo', () => {
    const f = expectOne('FROM fedora:40\nRUN dnf install -y nginx && dnf clean all\n', R, 'nginx');
    assert.deepStrictEqual(f.aliases, ['DL3041']);
    expectOne('FROM ubi9-minimal\nRUN sudo microdnf install -y tar-1.34 shadow-utils\n', R, 'shadow-utils');
  });
  it('treats name-word suffixes as names, not versions', () => {
    expectOne('FROM fedora:40\nRUN dnf install -y python3-devel\n', R, 'python3-devel');
  });
  it('accepts versions, epochs, groups and modules with a stream', () => {
    expectNone('FROM fedora:40\nRUN dnf install -y nginx-1:1.24.0-1.fc40 vim-9.1 @development-tools\n', R);
    expectNone('FROM fedora:40\nRUN dnf module install -y nodejs:20/common\n', R);
    expectNone('FROM fedora:40\nRUN dnf groupinstall -y "Development Tools"\n', R);
    expectOne('FROM fedora:40\nRUN dnf module install -y nodejs\n', R, 'nodejs');
  });
});
