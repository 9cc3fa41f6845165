import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'stage-name-casing';
describe('stage-name-casing (StageNameCasing)', () => {
  it('points at a mixed-case stage name', () => {
    const f = expectOne('FROM alpine AS BuilderBase\nRUN true\n', R, 'BuilderBase');
    assert.deepStrictEqual(f.aliases, ['StageNameCasing']);
    assert.match(f.message, /'BuilderBase'.*'builderbase'/);
  });
  it('does not fire for lower-case names or unnamed stages', () => {
    expectNone('FROM alpine AS builder-base\nFROM alpine\n', R);
  });
});
