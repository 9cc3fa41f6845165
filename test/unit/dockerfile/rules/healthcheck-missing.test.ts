import * as assert from 'assert';
import { expectNone, expectOne, type LintOptions } from '../../helpers';

const R = 'healthcheck-missing';
const on: LintOptions = { config: (c) => c.rules.set(R, 'info') };

describe('healthcheck-missing (DL3057, opt-in)', () => {
  it('is off by default', () => {
    expectNone('FROM nginx:1.30\nCOPY site /usr/share/nginx/html\n', R);
  });

  it('points at the final FROM when no stage of its chain declares a HEALTHCHECK', () => {
    const f = expectOne('FROM nginx:1.30\nCOPY site /usr/share/nginx/html\n', R, 'FROM', on);
    assert.deepStrictEqual(f.aliases, ['DL3057']);
    assert.strictEqual(f.messageId, 'missing');
    // a HEALTHCHECK in a builder the final stage does not build on does not count
    expectOne('FROM golang:1.24 AS build\nHEALTHCHECK CMD true\nFROM debian:12-slim\nCOPY --from=build /app /app\n', R, 'FROM', on);
  });

  it('does not fire with a HEALTHCHECK (or HEALTHCHECK NONE) in the final stage or a stage it is built FROM', () => {
    expectNone('FROM nginx:1.30\nHEALTHCHECK CMD curl -fsS http://localhost/ || exit 1\n', R, on);
    expectNone('FROM nginx:1.30\nHEALTHCHECK NONE\n', R, on);
    expectNone('FROM debian:12-slim AS base\nHEALTHCHECK CMD /probe\nFROM base AS mid\nFROM mid\nCMD ["/app"]\n', R, on);
  });
});
