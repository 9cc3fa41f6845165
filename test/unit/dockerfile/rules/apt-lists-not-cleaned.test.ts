import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'apt-lists-not-cleaned';
describe('apt-lists-not-cleaned (DL3009)', () => {
  it('points at the install that follows apt-get update', () => {
    const f = expectOne('FROM debian:12\nRUN apt-get update && apt-get install -y curl\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3009']);
    assert.strictEqual(f.severity, 'info');
    expectOne('FROM debian:12\nRUN apt-get update\n', R, 'update');
    expectOne('FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n', R, 'install');
    expectOne('FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n', R, 'install');
  });
  it('accepts removing the lists, a cache or tmpfs mount, and installs without update', () => {
    expectNone('FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n  && rm -rf /var/lib/apt/lists/*\n', R);
    expectNone('FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists\n', R);
    expectNone('FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y curl\n', R);
    expectNone('FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt apt-get update && apt-get install -y curl\n', R);
    expectNone('FROM debian:12\nRUN apt-get install -y ./local.deb\n', R);
    expectNone('FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n', R);
  });
});
