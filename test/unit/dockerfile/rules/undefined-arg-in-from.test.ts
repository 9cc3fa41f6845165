import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'undefined-arg-in-from';
describe('undefined-arg-in-from (UndefinedArgInFrom)', () => {
  it('points at the undeclared variable and suggests a close name', () => {
    const f = expectOne('ARG VARIANT=-alpine\nFROM node:22${VARIANTT} AS js\n', R, '${VARIANTT}');
    assert.deepStrictEqual(f.aliases, ['UndefinedArgInFrom']);
    assert.match(f.message, /did you mean 'VARIANT'/);
    expectOne('FROM --platform=$BUILDPLATFROM golang:1.22\n', R, '$BUILDPLATFROM');
  });
  it('does not fire for global ARGs, platform ARGs or defaults', () => {
    expectNone('ARG TAG\nFROM alpine:${TAG}\nFROM --platform=$BUILDPLATFORM golang\nFROM alpine:${X:-3}\n', R);
  });
});
