import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'apk-missing-no-cache';
describe('apk-missing-no-cache (DL3019)', () => {
  it('points at add', () => {
    const f = expectOne('FROM alpine:3.20\nRUN apk add curl=8.5.0-r0\n', R, 'add');
    assert.deepStrictEqual(f.aliases, ['DL3019']);
    assert.strictEqual(f.severity, 'info');
    expectOne('FROM alpine:3.20\nRUN apk update && sudo apk -U add --virtual .deps gcc=13.2.1-r0\n', R, 'add');
  });
  it('accepts --no-cache, cache mounts and removing /var/cache/apk', () => {
    expectNone('FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0\n', R);
    expectNone('FROM alpine:3.20\nRUN apk --no-cache add curl=8.5.0-r0\n', R);
    expectNone('FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.5.0-r0\n', R);
    expectNone('FROM alpine:3.20\nRUN apk add curl=8.5.0-r0 && rm -rf /var/cache/apk/*\n', R);
    expectNone('FROM alpine:3.20\nRUN apk del curl && apk info\n', R);
  });
  it('fixes by adding --no-cache after add', () => {
    expectFix('FROM alpine:3.20\nRUN apk add curl=8.5.0-r0\n', R, 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0\n');
    expectFix(
      'FROM alpine:3.20\r\nRUN apk add \\\r\n    curl=8.5.0-r0\r\n',
      R,
      'FROM alpine:3.20\r\nRUN apk add --no-cache \\\r\n    curl=8.5.0-r0\r\n',
    );
  });
});
