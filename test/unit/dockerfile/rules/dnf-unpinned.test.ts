import * as assert from 'assert';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { expectNone } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'dnf-unpinned';
describe('dnf-unpinned (DL3041)', () => {
  it('reports the unpinned packages once per RUN, also for microdnf and behind sudo', () => {
    const f = expectUnpinned('FROM fedora:40\nRUN dnf install -y nginx && dnf clean all\n', R, 'dnf install -y nginx', ['nginx']);
    assert.deepStrictEqual(f.aliases, ['DL3041']);
    assert.strictEqual(f.message, "'dnf install' installs 'nginx' without a pinned version; pin it: 'nginx-<version>'.");
    const g = expectUnpinned('FROM ubi9-minimal\nRUN sudo microdnf install -y tar-1.34 shadow-utils\n', R, 'microdnf install -y tar-1.34 shadow-utils', ['shadow-utils']);
    assert.match(g.message, /^'microdnf install'/);
  });
  it('treats name-word suffixes as names, not versions', () => {
    expectUnpinned('FROM fedora:40\nRUN dnf install -y python3-devel\n', R, 'dnf install -y python3-devel', ['python3-devel']);
  });
  it('accepts versions, epochs, groups and modules with a stream', () => {
    expectNone('FROM fedora:40\nRUN dnf install -y nginx-1:1.24.0-1.fc40 vim-9.1 @development-tools\n', R);
    expectNone('FROM fedora:40\nRUN dnf module install -y nodejs:20/common\n', R);
    expectNone('FROM fedora:40\nRUN dnf groupinstall -y "Development Tools"\n', R);
    const m = expectUnpinned('FROM fedora:40\nRUN dnf module install -y nodejs\n', R, 'dnf module install -y nodejs', ['nodejs']);
    assert.match(m.message, /'dnf module install' .*'nodejs:<stream>'/);
    assert.strictEqual(m.related![0].message, "'nodejs' names no stream; use 'nodejs:<stream>'.");
  });
  it('words the message by how many packages and installs the RUN has, in English and Korean alike', () => {
    const mixed = expectUnpinned('FROM fedora:40\nRUN dnf install -y nginx && dnf module install -y nodejs\n', R, 'dnf install -y nginx', ['nginx', 'nodejs']);
    assert.strictEqual(mixed.messageId, 'runManyPackages');
    assert.strictEqual(mixed.message, "This RUN installs 2 packages without a pinned version: 'nginx' and 'nodejs'; pin each one, e.g. 'nginx-<version>'.");
    assert.strictEqual(localizedMessage(mixed, 'ko'), "이 RUN이 패키지 2개를 버전 고정 없이 설치합니다: 'nginx', 'nodejs'. 각각 버전을 고정하세요(예: 'nginx-<version>').");
    const same = expectUnpinned('FROM fedora:40\nRUN dnf install -y git git\n', R, 'dnf install -y git git', ['git', 'git']);
    assert.strictEqual(same.message, "'dnf install' installs 2 packages without a pinned version: 'git'; pin each one, e.g. 'git-<version>'.");
    const three = expectUnpinned('FROM fedora:40\nRUN dnf install -y a b c\n', R, 'dnf install -y a b c', ['a', 'b', 'c']);
    assert.deepStrictEqual(three.data, { install: 'dnf install', count: 3, pinned: 'a-<version>', packages: "'a', 'b'", lastPackage: 'c' });
    assert.match(three.message, /: 'a', 'b' and 'c'; /);
  });
});
