import * as assert from 'assert';
import { hoverAt } from '../../../src/core/features/hover';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { lint } from '../helpers';

function hoverOn(text: string, needle: string, shift = 0) {
  const at = text.indexOf(needle) + shift;
  const before = text.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const findings = lint(text);
  return hoverAt({ text, kind: 'dockerfile', path: '/work/Dockerfile', findings, position, sandboxRuntimes: [], host: memoryHost({}) });
}

describe('hover assembly', () => {
  it('on an image, the image facts come first, then the rule explanations, shortest first', () => {
    const text = 'FROM python:latest\nRUN pip install --no-cache-dir flask==3.0.0\nCMD ["python", "-m", "flask", "run"]\n';
    const result = hoverOn(text, 'latest', 2)!;
    assert.ok(result.contents.length >= 3, result.contents.join('\n---\n'));
    assert.match(result.contents[0], /python/);
    assert.doesNotMatch(result.contents[0], /\*\*Why:\*\*/);
    const rules = result.contents.slice(1);
    assert.ok(rules.some((c) => /base-image-latest-tag|base-image-untagged/.test(c)), rules.join('\n---\n'));
    assert.ok(rules.some((c) => /container-runs-as-root/.test(c)), rules.join('\n---\n'));
    for (let i = 1; i < rules.length; i++) assert.ok(rules[i - 1].length <= rules[i].length, 'shortest first');
  });

  it('on a finding elsewhere, its explanation leads, headed by the rule title rather than the message again', () => {
    const text = 'FROM python:3.13-slim\nRUN pip install flask==3.0.0\nUSER 1000\n';
    const result = hoverOn(text, 'install', 2)!;
    const [finding] = lint(text).filter((f) => f.rule === 'pip-cache-not-disabled');
    assert.match(result.contents[0], /^\*\*pip-cache-not-disabled\*\* — /);
    assert.ok(!result.contents[0].includes(finding.message), 'the message is not repeated');
  });
});
