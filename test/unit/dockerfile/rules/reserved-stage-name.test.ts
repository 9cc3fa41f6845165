import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'reserved-stage-name';
describe('reserved-stage-name (DL3063)', () => {
  it('points at the stage name', () => {
    const f = expectOne('FROM golang:1.22 AS context\nRUN true\n', R, 'context');
    assert.deepStrictEqual(f.aliases, ['DL3063', 'ReservedStageName']);
    expectOne('FROM golang:1.22 AS Scratch\n', R, 'Scratch');
  });
  it('does not fire for other names', () => {
    expectNone('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /x /x\n', R);
  });
});
