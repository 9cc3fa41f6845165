import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'redundant-target-platform';
describe('redundant-target-platform (DL3065)', () => {
  it('points at the platform value', () => {
    const f = expectOne('FROM --platform=$TARGETPLATFORM alpine:3.20\n', R, '$TARGETPLATFORM');
    assert.deepStrictEqual(f.aliases, ['DL3065', 'RedundantTargetPlatform']);
    expectOne('FROM --platform=${TARGETPLATFORM} alpine:3.20 AS x\n', R, '${TARGETPLATFORM}');
  });
  it('does not fire for BUILDPLATFORM or a fixed platform', () => {
    expectNone('FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=linux/amd64 alpine:3.20\n', R);
  });
  it('removes the flag', () => {
    expectFix('FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN true\n', R, 'FROM alpine:3.20\nRUN true\n');
  });
});
