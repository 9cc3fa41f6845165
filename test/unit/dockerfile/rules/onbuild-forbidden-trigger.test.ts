import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'onbuild-forbidden-trigger';
describe('onbuild-forbidden-trigger (DL3043)', () => {
  it('points at the trigger keyword', () => {
    const f = expectOne('FROM node:20\nONBUILD FROM debian:12\n', R, 'FROM');
    assert.deepStrictEqual(f.aliases, ['DL3043']);
    assert.strictEqual(f.range.start.line, 1);
    expectOne('FROM node:20\nONBUILD MAINTAINER me\n', R, 'MAINTAINER');
    expectOne('FROM node:20\nONBUILD ONBUILD RUN true\n', R, 'ONBUILD');
  });
  it('does not fire for ordinary triggers', () => {
    expectNone('FROM node:20\nONBUILD COPY . /app\nONBUILD RUN npm ci\n', R);
  });
});
