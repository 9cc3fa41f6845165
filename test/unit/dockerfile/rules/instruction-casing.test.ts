import * as assert from 'assert';
import { expectFix, expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'instruction-casing';
describe('instruction-casing (ConsistentInstructionCasing)', () => {
  it('points at the mixed-case keyword', () => {
    const f = expectOne('FROM alpine\nRun echo hi\nCMD ["sh"]\n', R, 'Run');
    assert.deepStrictEqual(f.aliases, ['ConsistentInstructionCasing']);
  });
  it('follows the majority case', () => {
    const found = findingsOf('from alpine\nrun echo hi\nWORKDIR /x\ncmd ["sh"]\n', R);
    assert.deepStrictEqual(found.map((f) => f.message.match(/'(\w+)'/)?.[1]), ['WORKDIR']);
  });
  it('does not fire for consistent files', () => {
    expectNone('FROM alpine\nRUN echo hi\n', R);
    expectNone('from alpine\nrun echo hi\n', R);
  });
  it('fixes the keyword, keeping CRLF', () => {
    expectFix('FROM alpine\nRun echo hi\n', R, 'FROM alpine\nRUN echo hi\n');
    expectFix('FROM alpine\r\nRUN a\r\nCopy . /x\r\n', R, 'FROM alpine\r\nRUN a\r\nCOPY . /x\r\n');
  });
});
