import * as assert from 'assert';
import { expectNone, expectOne, findingsOf, textAt } from '../../helpers';

const R = 'apk-unpinned';
describe('apk-unpinned (DL3018)', () => {
  it('reports each unpinned package', () => {
    const f = expectOne('FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0 git\n', R, 'git');
    assert.deepStrictEqual(f.aliases, ['DL3018']);
    assert.strictEqual(f.category, 'supply-chain');
    const text = 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps \\\n    gcc \\\n    musl-dev@edge\n';
    assert.deepStrictEqual(findingsOf(text, R).map((x) => textAt(text, x.range)), ['gcc', 'musl-dev@edge']);
  });
  it('accepts pins, fuzzy pins, .apk files, variables and the virtual name', () => {
    expectNone('FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0 "git~2.43" "tzdata>2024a" ./x.apk "bash=$BASH_V"\n', R);
    expectNone('FROM alpine:3.20\nRUN apk add --no-cache -t .deps --repository http://dl-cdn.alpinelinux.org/alpine/edge/main gcc=13.2.1-r0\n', R);
    expectNone('FROM alpine:3.20\nRUN apk del git && apk upgrade\n', R);
  });
});
