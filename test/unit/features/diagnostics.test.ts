import * as assert from 'assert';
import { findingToDiagnostic, type DiagnosticLinks } from '../../../src/core/features/diagnostics';
import { findingsOf } from '../helpers';

const LINKS: DiagnosticLinks = { ruleDoc: () => undefined, fileUri: (p) => `file://${p}` };

describe('editor-neutral diagnostics: related locations in the display language', () => {
  it('pinning, duplicate stage and replaced-instruction notes read in Korean, with English as the source', () => {
    const [pin] = findingsOf('FROM alpine:3.22\nRUN apk add --no-cache curl\n', 'apk-unpinned');
    assert.strictEqual(findingToDiagnostic(pin, LINKS).relatedInformation?.[0].message, "'curl' has no version; use 'curl=<version>'.");
    assert.strictEqual(findingToDiagnostic(pin, LINKS, 'ko').relatedInformation?.[0].message, "'curl'에 버전이 없습니다. 'curl=<version>'를 쓰세요.");
    const [npm] = findingsOf('FROM node:22-slim\nRUN npm install -g typescript@latest\n', 'npm-unpinned');
    assert.match(findingToDiagnostic(npm, LINKS, 'ko').relatedInformation?.[0].message ?? '', /움직이는 '@latest'/);
    const [dup] = findingsOf('FROM alpine:3.22 AS build\nFROM alpine:3.22 AS build\n', 'duplicate-stage-name');
    assert.strictEqual(findingToDiagnostic(dup, LINKS, 'ko').relatedInformation?.[0].message, "'build' 이름을 처음 쓴 스테이지");
    const [cmd] = findingsOf('FROM alpine:3.22\nCMD ["a"]\nCMD ["b"]\n', 'multiple-instructions-disallowed');
    assert.strictEqual(findingToDiagnostic(cmd, LINKS, 'ko').relatedInformation?.[0].message, '실제로 적용되는 CMD');
    assert.strictEqual(findingToDiagnostic(cmd, LINKS).relatedInformation?.[0].message, 'The CMD that takes effect');
  });
});
