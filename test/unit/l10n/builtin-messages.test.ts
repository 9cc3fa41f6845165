/** The engine's own findings (skipped files, YAML errors, templates, alias bombs) report through message ids too. */
import * as assert from 'assert';
import type { Finding } from '../../../src/core/base/model/finding';
import { localizedMessage } from '../../../src/core/base/l10n/rule-text';
import { lint } from '../helpers';

const HANGUL = /[\uac00-\ud7a3]/;

function aliasBomb(levels: number, first: string): string[] {
  const lines = [first];
  for (let i = 1; i < levels; i++) lines.push(`x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return lines;
}

/** Each built-in finding with the English it has always had. */
function cases(): Array<[string, Finding, string]> {
  const one = (text: string, options: Parameters<typeof lint>[1]) => {
    const found = lint(text, options);
    assert.strictEqual(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    return found[0];
  };
  const k8s = { kind: 'kubernetes' as const, path: '/work/k8s.yaml' };
  const compose = { kind: 'compose' as const, path: '/work/compose.yaml' };
  return [
    ['too large', one('FROM debian:12\n'.repeat(200), { kind: 'dockerfile', path: '/work/Dockerfile', config: (c) => (c.maxFileBytes = 1024) }), 'File skipped: 3 KB is larger than the 1 KB limit (setting maxFileSize).'],
    ['binary', one('FROM x\u0000\u0001\u0002\u0000\u0000', { kind: 'dockerfile', path: '/work/Dockerfile' }), 'File skipped: it looks like binary content, not text.'],
    ['helm', one('apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n', k8s), 'Helm template: skipped until it is rendered (`helm template` output can be checked).'],
    ['template by name', one('FROM debian:12\n', { kind: 'dockerfile', path: '/work/Dockerfile.j2' }), 'Dockerfile template (by its file name): skipped until it is rendered; check the generated Dockerfile instead.'],
    ['template by line', one('FROM debian:12\n{% if dev %}\nRUN echo dev\n{% endif %}\n', { kind: 'dockerfile', path: '/work/Dockerfile' }), 'Dockerfile template (template syntax on line 2): skipped until it is rendered; check the generated Dockerfile instead.'],
    ['k8s YAML', one('apiVersion: v1\nkind: Pod\nmetadata: {name: "p}\n', k8s), ''],
    ['compose YAML', one('services:\n  web: {image: "x}\n', compose), ''],
    ['k8s alias bomb', one([...aliasBomb(12, 'x0: &a0 [lol]'), 'apiVersion: v1', 'kind: Pod', 'metadata: {name: p}'].join('\n') + '\n', k8s), "Expanding the YAML aliases of this document would give more than 200,000 nodes (an alias bomb); it is not analysed further."],
    ['compose alias bomb', one([...aliasBomb(9, 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'), 'services:', '  web:', '    image: nginx:1.30', '    labels: *a8'].join('\n').replace(/^x(\d+): &a/gm, 'a$1: &a') + '\n', compose), "Expanding the YAML aliases of this document would give more than 200,000 nodes (an alias bomb); it is not analysed further."],
  ];
}

describe('l10n: built-in findings', () => {
  it('keep their English messages', () => {
    for (const [name, finding, english] of cases()) {
      if (english) assert.strictEqual(finding.message, english, name);
      else assert.match(finding.message, /^(YAML syntax error|The file is not valid YAML): ./, name);
    }
  });

  it('carry a message id and read in Korean', () => {
    for (const [name, finding] of cases()) {
      assert.ok(finding.messageId, `${name}: no message id`);
      const korean = localizedMessage(finding, 'ko');
      assert.ok(HANGUL.test(korean) && korean !== finding.message, `${name}: ${korean}`);
      assert.ok(!/\{[a-zA-Z]+\}/.test(korean), `${name}: unfilled placeholder in ${korean}`);
    }
    const [, large] = cases()[0];
    assert.strictEqual(localizedMessage(large, 'ko'), '파일을 건너뜀: 3 KB로 1 KB 제한보다 큽니다(설정 maxFileSize).');
  });
});
