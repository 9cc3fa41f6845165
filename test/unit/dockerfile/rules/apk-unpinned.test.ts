import * as assert from 'assert';
import { expectNone, findingsOf, textAt } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'apk-unpinned';
describe('apk-unpinned (DL3018)', () => {
  it('reports once per RUN, from apk to the last unpinned package, each package a related location', () => {
    const f = expectUnpinned('FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0 git\n', R, 'apk add --no-cache curl=8.5.0-r0 git', ['git']);
    assert.deepStrictEqual(f.aliases, ['DL3018']);
    assert.strictEqual(f.category, 'supply-chain');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.message, "'apk add' installs 'git' without a pinned version; pin it: 'git=<version>'.");
    assert.deepStrictEqual(f.related!.map((r) => r.message), ["'git' has no version; use 'git=<version>'."]);
    const text = 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps \\\n    gcc \\\n    musl-dev@edge \\\n    make=4.4.1-r2\n';
    const g = expectUnpinned(text, R, 'apk add --no-cache --virtual .build-deps \\\n    gcc \\\n    musl-dev@edge', ['gcc', 'musl-dev@edge']);
    assert.strictEqual(g.message, "'apk add' installs 2 packages without a pinned version: 'gcc' and 'musl-dev@edge'; pin each one, e.g. 'gcc=<version>'.");
  });
  it('names the packages of every apk add of the RUN in one finding on the first', () => {
    const text = 'FROM alpine:3.20\nRUN apk add --no-cache bash && echo ok && apk add --no-cache jq tini\n';
    const f = expectUnpinned(text, R, 'apk add --no-cache bash', ['bash', 'jq', 'tini']);
    assert.match(f.message, /3 packages .*'bash', 'jq' and 'tini'/);
  });
  it('reports each RUN on its own', () => {
    const text = 'FROM alpine:3.20\nRUN apk add --no-cache bash\nRUN apk add --no-cache jq\n';
    assert.deepStrictEqual(findingsOf(text, R).map((x) => textAt(text, x.range)), ['apk add --no-cache bash', 'apk add --no-cache jq']);
  });
  it('applies in builder stages too (supply chain, not image size)', () => {
    expectUnpinned('FROM alpine:3.20 AS build\nRUN apk add --no-cache gcc\nFROM scratch\nCOPY --from=build /out /out\n', R, 'apk add --no-cache gcc', ['gcc']);
  });
  it('accepts pins, fuzzy pins, .apk files, variables and the virtual name', () => {
    expectNone('FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0 "git~2.43" "tzdata>2024a" ./x.apk "bash=$BASH_V"\n', R);
    expectNone('FROM alpine:3.20\nRUN apk add --no-cache -t .deps --repository http://dl-cdn.alpinelinux.org/alpine/edge/main gcc=13.2.1-r0\n', R);
    expectNone('FROM alpine:3.20\nRUN apk del git && apk upgrade\n', R);
  });
});
