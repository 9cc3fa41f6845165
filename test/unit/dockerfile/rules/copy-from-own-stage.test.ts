import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'copy-from-own-stage';
describe('copy-from-own-stage (DL3023)', () => {
  it('points at the --from value', () => {
    const f = expectOne('FROM golang:1.22 AS build\nCOPY --from=build /go/bin/app /app\n', R, 'build');
    assert.deepStrictEqual(f.aliases, ['DL3023']);
    assert.strictEqual(f.severity, 'error');
    expectOne('FROM golang:1.22 AS build\nFROM alpine:3.20 AS Final\nCOPY --from=final /x /y\n', R, 'final');
    expectOne('FROM golang:1.22\nFROM alpine:3.20\nCOPY --from=1 /x /y\n', R, '1');
  });
  it('accepts earlier stages and images', () => {
    expectNone('FROM golang:1.22 AS build\nFROM alpine:3.20 AS final\nCOPY --from=build /x /y\nCOPY --from=0 /x /y\nCOPY --from=busybox:1.36 /bin/sh /sh\n', R);
  });
});
