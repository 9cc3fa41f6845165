import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'duplicate-stage-name';
describe('duplicate-stage-name (DL3024, DuplicateStageName)', () => {
  it('points at the second use of the name (case-insensitive)', () => {
    const f = expectOne('FROM node:20 AS build\nFROM golang:1.22 AS Build\n', R, 'Build');
    assert.deepStrictEqual(f.aliases, ['DL3024', 'DuplicateStageName']);
    assert.strictEqual(f.range.start.line, 1);
    assert.strictEqual(f.related?.[0].range.start.line, 0);
  });
  it('is not also reported as a syntax error', () => {
    assert.deepStrictEqual(findingsOf('FROM node:20 AS build\nFROM golang:1.22 AS build\n', 'dockerfile-syntax'), []);
  });
  it('does not fire for unique names', () => {
    expectNone('FROM node:20 AS web\nFROM golang:1.22 AS api\nFROM alpine\n', R);
  });
});
