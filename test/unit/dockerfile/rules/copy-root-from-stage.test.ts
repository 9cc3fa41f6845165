import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'copy-root-from-stage';
describe('copy-root-from-stage (DL3067)', () => {
  it('points at the / source', () => {
    const f = expectOne('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build / /\n', R, '/');
    assert.deepStrictEqual(f.aliases, ['DL3067']);
    assert.strictEqual(f.range.start.character, 18);
  });
  it('does not fire for specific paths or without --from', () => {
    expectNone('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /out/app /app\nCOPY / /\n', R);
    expectNone('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build / /rootfs/\n', R);
  });
});
