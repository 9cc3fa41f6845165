/**
 * Package-manager dry runs install nothing, so neither the pinning rules nor the cache rules apply to them; the same
 * command without the dry-run flag still reports (issue 14).
 */
import { expectNone, expectOne } from '../helpers';

interface Case {
  rule: string;
  base: string;
  real: string;
  dry: string[];
  token: string;
}

const CASES: Case[] = [
  { rule: 'apk-unpinned', base: 'alpine:3.20', real: 'apk add --no-cache jq', dry: ['apk add --no-cache --simulate jq', 'apk add --no-cache -s jq', 'apk -s add --no-cache jq'], token: 'apk add --no-cache jq' },
  { rule: 'apk-missing-no-cache', base: 'alpine:3.20', real: 'apk add jq=1.7.1-r0', dry: ['apk add --simulate jq=1.7.1-r0'], token: 'add' },
  { rule: 'dnf-unpinned', base: 'fedora:41', real: 'dnf install -y jq && dnf clean all', dry: ['dnf install --assumeno jq && dnf clean all'], token: 'dnf install -y jq' },
  { rule: 'dnf-cache-not-cleaned', base: 'fedora:41', real: 'dnf install -y jq-1.7.1', dry: ['dnf install --assumeno jq-1.7.1', 'dnf --assumeno upgrade'], token: 'install' },
  { rule: 'yum-unpinned', base: 'centos:7', real: 'yum install -y jq && yum clean all', dry: ['yum install --assumeno jq && yum clean all'], token: 'yum install -y jq' },
  { rule: 'zypper-unpinned', base: 'opensuse/leap:15.6', real: 'zypper -n install jq && zypper clean', dry: ['zypper -n install --dry-run jq && zypper clean'], token: 'zypper -n install jq' },
  { rule: 'pip-unpinned', base: 'python:3.13-slim', real: 'pip install --no-cache-dir requests', dry: ['pip install --no-cache-dir --dry-run requests'], token: 'pip install --no-cache-dir requests' },
  { rule: 'pip-cache-not-disabled', base: 'python:3.13-slim', real: 'pip install requests==2.32.3', dry: ['pip install --dry-run requests==2.32.3', 'python3 -m pip install --dry-run requests==2.32.3'], token: 'install' },
  { rule: 'npm-unpinned', base: 'node:22-slim', real: 'npm install -g typescript', dry: ['npm install -g --dry-run typescript', 'npm i --dry-run=true typescript'], token: 'npm install -g typescript' },
];

describe('dry runs of package managers install nothing', () => {
  for (const c of CASES) {
    it(`${c.rule}: reports the real install, not its dry run`, () => {
      expectOne(`FROM ${c.base}\nRUN ${c.real}\n`, c.rule, c.token);
      for (const dry of c.dry) expectNone(`FROM ${c.base}\nRUN ${dry}\n`, c.rule);
    });
  }

  it('--dry-run=false is a real install', () => {
    expectOne('FROM node:22-slim\nRUN npm install --dry-run=false -g typescript\n', 'npm-unpinned', 'npm install --dry-run=false -g typescript');
  });
});
