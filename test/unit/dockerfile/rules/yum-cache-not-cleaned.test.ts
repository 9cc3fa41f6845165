import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'yum-cache-not-cleaned';
describe('yum-cache-not-cleaned (DL3032)', () => {
  it('points at install when no yum clean all follows', () => {
    const f = expectOne('FROM centos:7\nRUN yum install -y httpd-2.4.6\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3032']);
    expectOne('FROM centos:7\nRUN yum clean all && sudo yum -y install httpd-2.4.6\n', R, 'install');
  });
  it('accepts yum clean all, rm -rf /var/cache/yum and cache mounts', () => {
    expectNone('FROM centos:7\nRUN yum install -y httpd-2.4.6 \\\n && yum clean all\n', R);
    expectNone('FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum/*\n', R);
    expectNone('FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6\n', R);
    expectNone('FROM centos:7\nRUN yum update -y httpd\n', R);
  });
  it('stays silent under a non-POSIX shell', () => {
    expectNone('FROM centos:7\nSHELL ["pwsh", "-c"]\nRUN yum install -y httpd-2.4.6\n', R);
  });
});
