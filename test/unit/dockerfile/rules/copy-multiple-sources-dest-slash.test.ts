import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'copy-multiple-sources-dest-slash';
describe('copy-multiple-sources-dest-slash (DL3021)', () => {
  it('points at the destination', () => {
    const f = expectOne('FROM node:20\nCOPY package.json package-lock.json /app\n', R, '/app');
    assert.deepStrictEqual(f.aliases, ['DL3021']);
    assert.strictEqual(f.severity, 'error');
    expectOne('FROM node:20\nCOPY --chown=node:node a b c ./dist\n', R, './dist');
    expectOne('FROM node:20\nCOPY ["a", "b", "/app"]\n', R, '/app');
  });
  it('accepts one source, a slash, variables', () => {
    expectNone('FROM node:20\nCOPY package.json /app\nCOPY a b /app/\nCOPY ["a", "b", "/app/"]\nCOPY a b $DEST\nCOPY --from=build /out /srv\n', R);
  });
  it('fixes by appending a slash', () => {
    expectFix('FROM node:20\nCOPY a b /app\n', R, 'FROM node:20\nCOPY a b /app/\n');
    expectFix('FROM node:20\r\nCOPY a \\\r\n     b /app\r\n', R, 'FROM node:20\r\nCOPY a \\\r\n     b /app/\r\n');
    expectFix('FROM node:20\nCOPY ["a", "b", "/app"]\n', R, 'FROM node:20\nCOPY ["a", "b", "/app/"]\n');
  });
});
