import * as assert from 'assert';
import { expectFix, expectNone, findingsOf } from '../../helpers';

const R = 'empty-continuation-line';
describe('empty-continuation-line (NoEmptyContinuation)', () => {
  it('points at the empty line inside a continued RUN', () => {
    const found = findingsOf('FROM alpine\nRUN apk add \\\n\n    curl\n', R);
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].aliases, ['NoEmptyContinuation']);
    assert.strictEqual(found[0].range.start.line, 2);
    assert.match(found[0].message, /line 3 continues the RUN that starts on line 2/);
  });
  it('does not fire for comment lines, separate instructions or heredocs', () => {
    expectNone('FROM alpine\nRUN apk add \\\n# a comment\n    curl\n\nRUN true\n', R);
    expectNone('FROM alpine\nRUN <<EOF\necho a\n\necho b\nEOF\n', R);
  });
  it('deletes the empty line, keeping CRLF', () => {
    expectFix('FROM alpine\nRUN a \\\n\n  b\n', R, 'FROM alpine\nRUN a \\\n  b\n');
    expectFix('FROM alpine\r\nRUN a \\\r\n   \r\n  b\r\n', R, 'FROM alpine\r\nRUN a \\\r\n  b\r\n');
  });
});
