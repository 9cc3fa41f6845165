import * as assert from 'assert';
import { expectNone } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'npm-unpinned';
describe('npm-unpinned (DL3016)', () => {
  it('reports the packages without a version once per RUN', () => {
    const f = expectUnpinned('FROM node:20\nRUN npm install -g typescript@5.4.5 ts-node\n', R, 'npm install -g typescript@5.4.5 ts-node', ['ts-node']);
    assert.deepStrictEqual(f.aliases, ['DL3016']);
    expectUnpinned('FROM node:20\nRUN npm i --save-dev @types/node\n', R, 'npm i --save-dev @types/node', ['@types/node']);
    const g = expectUnpinned('FROM node:20\nRUN npm add -g pnpm@latest\n', R, 'npm add -g pnpm@latest', ['pnpm@latest']);
    assert.match(g.message, /^'npm add' installs 'pnpm' without a pinned version; pin it: 'pnpm@<version>'/);
    assert.match(g.related![0].message, /follows the moving '@latest'/);
  });
  it('accepts lockfile installs, versions, git, tarball, URL and local specs', () => {
    expectNone('FROM node:20\nRUN npm ci && npm install && npm install --omit=dev\n', R);
    expectNone('FROM node:20\nRUN npm install -g @angular/cli@17.3.0 pnpm@^9 left-pad@1.3.0\n', R);
    expectNone('FROM node:20\nRUN npm install git+https://github.com/org/repo.git#v1 github:org/repo org/repo ./local ../pkg.tgz https://x.test/p.tgz\n', R);
    expectNone('FROM node:20\nRUN npm install --prefix /app --registry https://registry.example.com\n', R);
    expectNone('FROM node:20\nRUN npm run build && npm uninstall lodash\n', R);
  });
});
