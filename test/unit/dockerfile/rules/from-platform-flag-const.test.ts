import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'from-platform-flag-const';
describe('from-platform-flag-const (DL3029, FromPlatformFlagConstDisallowed)', () => {
  it('points at a constant platform', () => {
    const f = expectOne('FROM --platform=linux/amd64 alpine AS base\n', R, 'linux/amd64');
    assert.deepStrictEqual(f.aliases, ['DL3029', 'FromPlatformFlagConstDisallowed']);
  });
  it('does not fire for variables or stages named after the platform', () => {
    expectNone('FROM --platform=$BUILDPLATFORM golang AS build\nFROM --platform=${TARGETPLATFORM} alpine\n', R);
    expectNone('FROM --platform=linux/amd64 alpine AS build_amd64\nFROM --platform=linux/arm64 alpine AS build-arm64\n', R);
  });
});
