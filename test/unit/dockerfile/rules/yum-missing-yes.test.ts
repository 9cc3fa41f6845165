import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'yum-missing-yes';
describe('yum-missing-yes (DL3030)', () => {
  it('points at install', () => {
    const f = expectOne('FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3030']);
    expectOne('FROM centos:7\nRUN sudo yum groupinstall "Development Tools"\n', R, 'groupinstall');
  });
  it('accepts -y and --assumeyes anywhere, and ignores dnf', () => {
    expectNone('FROM centos:7\nRUN yum -y install httpd-2.4.6 && yum install --assumeyes git-1.8.3\n', R);
    expectNone('FROM centos:7\nRUN yum install -yq httpd-2.4.6\n', R);
    expectNone('FROM fedora:40\nRUN dnf install git-2.44.0\n', R);
    expectNone('FROM centos:7\nRUN yum makecache && yum clean all\n', R);
  });
  it('fixes by adding -y', () => {
    expectFix('FROM centos:7\nRUN yum install httpd-2.4.6\n', R, 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n');
    expectFix('FROM centos:7\r\nRUN yum install \\\r\n  httpd-2.4.6\r\n', R, 'FROM centos:7\r\nRUN yum install -y \\\r\n  httpd-2.4.6\r\n');
  });
});
