/** A package manager asked only to simulate installs nothing: no pinning or cache finding for it (issue 14). */
import { expectNone, expectOne } from '../helpers';

const run = (base: string, script: string) => `FROM ${base}\nRUN ${script}\n`;

describe('dry runs install nothing', () => {
  it('apk add --simulate / -s', () => {
    expectNone(run('alpine:3.22', 'apk add --no-cache --simulate curl'), 'apk-unpinned');
    expectNone(run('alpine:3.22', 'apk add -s --no-cache curl'), 'apk-unpinned');
    expectOne(run('alpine:3.22', 'apk add --no-cache curl'), 'apk-unpinned', 'apk add --no-cache curl');
  });

  it('pip install --dry-run', () => {
    expectNone(run('python:3.13-slim', 'pip install --dry-run flask'), 'pip-unpinned');
    expectNone(run('python:3.13-slim', 'pip install --dry-run flask'), 'pip-cache-not-disabled');
    expectOne(run('python:3.13-slim', 'pip install --no-cache-dir flask'), 'pip-unpinned', 'pip install --no-cache-dir flask');
  });

  it('npm install --dry-run', () => {
    expectNone(run('node:24-slim', 'npm install --dry-run express'), 'npm-unpinned');
    expectOne(run('node:24-slim', 'npm install express'), 'npm-unpinned', 'npm install express');
  });

  it('dnf/yum --assumeno and zypper --dry-run', () => {
    expectNone(run('fedora:42', 'dnf install --assumeno -y nginx'), 'dnf-unpinned');
    expectNone(run('fedora:42', 'dnf install --assumeno nginx'), 'dnf-missing-yes');
    expectNone(run('fedora:42', 'dnf --assumeno install nginx && dnf clean all'), 'dnf-cache-not-cleaned');
    expectNone(run('rockylinux:9', 'yum install --assumeno -y nginx'), 'yum-unpinned');
    expectNone(run('opensuse/leap:15.6', 'zypper --non-interactive install --dry-run nginx'), 'zypper-unpinned');
    expectOne(run('fedora:42', 'dnf install -y nginx && dnf clean all'), 'dnf-unpinned', 'dnf install -y nginx');
  });
});
