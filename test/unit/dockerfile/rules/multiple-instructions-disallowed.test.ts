import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'multiple-instructions-disallowed';
describe('multiple-instructions-disallowed (DL3012, DL4003, DL4004, MultipleInstructionsDisallowed)', () => {
  it('points at the earlier, ignored CMD', () => {
    const text = 'FROM alpine\nCMD ["a"]\nRUN true\nCMD ["b"]\n';
    const f = expectOne(text, R, 'CMD');
    assert.deepStrictEqual(f.aliases, ['DL3012', 'DL4003', 'DL4004', 'MultipleInstructionsDisallowed']);
    assert.strictEqual(f.range.start.line, 1);
    assert.deepStrictEqual(f.tags, ['unnecessary']);
  });
  it('covers ENTRYPOINT and HEALTHCHECK', () => {
    const found = findingsOf('FROM alpine\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK NONE\nHEALTHCHECK CMD true\n', R);
    assert.deepStrictEqual(found.map((f) => f.range.start.line), [1, 3]);
  });
  it('is not also reported as a syntax error', () => {
    assert.deepStrictEqual(findingsOf('FROM alpine\nCMD ["a"]\nCMD ["b"]\n', 'dockerfile-syntax'), []);
  });
  it('does not fire for one per stage', () => {
    expectNone('FROM alpine AS a\nCMD ["a"]\nFROM alpine\nCMD ["b"]\nENTRYPOINT ["x"]\n', R);
  });
});
