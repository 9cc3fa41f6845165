import * as assert from 'assert';
import { expectNone, findingsOf, textAt } from '../../helpers';

const R = 'dockerfile-syntax';
const tokens = (text: string) => findingsOf(text, R).map((f) => `${textAt(text, f.range)}|${f.severity}`);

describe('dockerfile-syntax (dockerfile-utils validation)', () => {
  it('reports an unknown instruction', () => {
    const text = 'FROM alpine\nRUNN echo hi\n';
    const [f] = findingsOf(text, R);
    assert.strictEqual(textAt(text, f.range), 'RUNN');
    assert.match(f.message, /Unknown instruction/);
    assert.deepStrictEqual(f.aliases, []);
    assert.strictEqual(f.category, 'correctness');
  });
  it('reports missing arguments', () => {
    assert.deepStrictEqual(tokens('FROM alpine\nENV\n'), ['ENV|error']);
  });
  it('reports bad flags and flag values', () => {
    assert.deepStrictEqual(tokens('FROM alpine\nCOPY --frm=x a b\n'), ['--frm|error']);
    assert.deepStrictEqual(tokens('FROM alpine\nHEALTHCHECK --interval=xx CMD true\n'), ['xx|error']);
  });
  it('reports an invalid port', () => {
    assert.deepStrictEqual(tokens('FROM alpine\nEXPOSE http\n'), ['http|error']);
  });
  it('stays quiet on a valid Dockerfile and on what dedicated rules report', () => {
    expectNone('FROM alpine AS build\nRUN echo hi\nCOPY --from=build /a /b\nEXPOSE 80/tcp\nCMD ["sh"]\n', R);
    expectNone(
      'FROM alpine AS a\nFROM alpine AS a\nmaintainer x\nWORKDIR rel\nRUN a \\\n\n b\nCMD ["a"]\nCMD ["b"]\nEXPOSE 8080:80\nONBUILD FROM x\n',
      R,
    );
    expectNone('RUN true\nFROM alpine\n', R);
  });
});
