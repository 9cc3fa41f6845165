import * as assert from 'assert';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import { formatMessage } from '../../../../src/core/base/l10n/format-message';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { allRuleMetas } from '../../../../src/core/engine/rules-registry';
import { expectNone, findingsOf, textAt } from '../../helpers';

const R = 'dockerfile-syntax';
const meta = allRuleMetas().find((m) => m.id === R)!;
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

describe('dockerfile-syntax message ids', () => {
  it("matches the validator's text to a message id with its values, and reads in Korean", () => {
    const [unknown] = findingsOf('FROM alpine\nRUNN echo hi\n', R);
    assert.strictEqual(unknown.messageId, 'instructionUnknown');
    assert.deepStrictEqual(unknown.data, { instruction: 'RUNN' });
    assert.strictEqual(unknown.message, 'Unknown instruction: RUNN');
    assert.strictEqual(localizedMessage(unknown, 'ko'), '알 수 없는 명령어입니다: RUNN');
    const [unit] = findingsOf('FROM alpine\nHEALTHCHECK --interval=5x CMD true\n', R);
    assert.strictEqual(unit.messageId, 'flagUnknownUnit');
    assert.strictEqual(formatMessage(meta.messages![unit.messageId!], unit.data), unit.message);
  });
  it("keeps each template in the validator's own words, so its English reads as before", () => {
    const problems = (Validator as unknown as { dockerProblems: Record<string, string> }).dockerProblems;
    for (const [id, template] of Object.entries(meta.messages!)) {
      if (id === 'validator') continue;
      let k = 0;
      const numbered = template.replace(/\{[A-Za-z_]\w*\}/g, () => '${' + k++ + '}');
      assert.strictEqual(numbered, problems[id], id);
    }
  });
});
