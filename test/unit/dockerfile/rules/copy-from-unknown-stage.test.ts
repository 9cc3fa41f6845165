import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'copy-from-unknown-stage';
describe('copy-from-unknown-stage (DL3022)', () => {
  it('points at a misspelled or later stage', () => {
    const f = expectOne('FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=biuld /out/app /app\n', R, 'biuld');
    assert.deepStrictEqual(f.aliases, ['DL3022']);
    const g = expectOne('FROM alpine:3.20 AS final\nCOPY --from=build /out/app /app\nFROM golang:1.22 AS build\n', R, 'build');
    assert.match(g.message, /defined after/);
    expectOne('FROM golang:1.22\nCOPY --from=2 /x /y\nFROM alpine:3.20\n', R, '2');
  });
  it('accepts earlier stages (any case), earlier indexes, images and variables', () => {
    expectNone('FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=build /x /y\nCOPY --from=0 /x /y\n', R);
    expectNone('FROM alpine:3.20\nCOPY --from=busybox:1.36 /bin/busybox /bin/\nCOPY --from=ghcr.io/org/tools /t /t\nCOPY --from=nginx@sha256:abc /x /y\n', R);
    expectNone('ARG BASE=build\nFROM alpine:3.20\nCOPY --from=${BASE} /x /y\n', R);
    expectNone('FROM alpine:3.20 AS final\nCOPY --from=final /x /y\n', R);
  });
});
