import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'yarn-cache-not-cleaned';
describe('yarn-cache-not-cleaned (DL3060)', () => {
  it('points at install', () => {
    const f = expectOne('FROM node:20\nRUN yarn install --frozen-lockfile\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3060']);
    expectOne('FROM node:20\nRUN yarn cache clean && yarn install\n', R, 'install');
  });
  it('accepts yarn cache clean afterwards and a yarn cache mount', () => {
    expectNone('FROM node:20\nRUN yarn install --frozen-lockfile \\\n  && yarn cache clean\n', R);
    expectNone('FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n', R);
    expectNone('FROM node:20\nRUN yarn build && npm install\n', R);
  });
});
