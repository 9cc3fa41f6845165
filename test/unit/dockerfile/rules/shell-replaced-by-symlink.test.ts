import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'shell-replaced-by-symlink';
describe('shell-replaced-by-symlink (DL4005)', () => {
  it('points at /bin/sh in ln', () => {
    const f = expectOne('FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n', R, '/bin/sh');
    assert.deepStrictEqual(f.aliases, ['DL4005']);
  });
  it('does not fire where the base has no /bin/sh to replace (distroless :debug, scratch), directly or through a stage', () => {
    const debug = 'FROM gcr.io/distroless/static:debug\nSHELL ["/busybox/sh", "-c"]\nRUN ln -s /busybox/sh /bin/sh\n';
    expectNone(debug, R);
    expectNone('FROM gcr.io/distroless/base-debian12:debug AS base\nFROM base\nSHELL ["/busybox/sh", "-c"]\nRUN ln -s /busybox/sh /bin/sh\n', R);
    expectNone('FROM scratch\nCOPY busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\nRUN ln -s /bin/busybox /bin/sh\n', R);
  });
  it('still fires on an image that has its own /bin/sh, SHELL or not', () => {
    expectOne('FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nRUN ln -sf /bin/bash /bin/sh\n', R, '/bin/sh');
  });
  it('does not fire for other links', () => {
    expectNone('FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python\nSHELL ["/bin/bash", "-c"]\n', R);
  });
});
