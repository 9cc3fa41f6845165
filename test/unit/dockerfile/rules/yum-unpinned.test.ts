import * as assert from 'assert';
import { expectNone } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'yum-unpinned';
describe('yum-unpinned (DL3033)', () => {
  it('reports the unpinned packages once per RUN', () => {
    const f = expectUnpinned('FROM centos:7\nRUN yum install -y httpd-2.4.6 python3-pip && yum clean all\n', R, 'yum install -y httpd-2.4.6 python3-pip', ['python3-pip']);
    assert.deepStrictEqual(f.aliases, ['DL3033']);
    const text = 'FROM centos:7\nRUN yum -y install \\\n    git \\\n    make\n';
    expectUnpinned(text, R, 'yum -y install \\\n    git \\\n    make', ['git', 'make']);
  });
  it('wants a stream for module installs', () => {
    expectUnpinned('FROM centos:8\nRUN yum -y module install nodejs\n', R, 'yum -y module install nodejs', ['nodejs']);
    expectNone('FROM centos:8\nRUN yum -y module install nodejs:18\n', R);
  });
  it('accepts versions, rpm files, variables and option values', () => {
    expectNone('FROM centos:7\nRUN yum install -y httpd-2.4.6-99.el7.centos.1 /tmp/x.rpm nginx-${V} "vim = 7.4"\n', R);
    expectNone('FROM centos:7\nRUN yum --setopt tsflags=nodocs install -y --enablerepo epel jq-1.6\n', R);
    expectNone('FROM centos:7\nRUN yum install -y tree = 1.6.0\n', R);
    expectNone('FROM centos:7\nRUN yum remove -y git\n', R);
  });
});
