import * as assert from 'assert';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import { fixAllEdits } from '../../../src/core/engine/fix/fix-all';
import { ignoreFileEdit, ignoreLineEdit, kubeLinterIgnoreEdits } from '../../../src/core/engine/fix/ignore-edits';
import type { Finding, TextEdit } from '../../../src/core/base/model/finding';
import { lint } from '../helpers';

const at = (line: number, character = 0) => ({ start: { line, character }, end: { line, character: character + 1 } });
const apply = (text: string, edit: TextEdit | TextEdit[] | undefined) => {
  assert.ok(edit, 'an edit');
  return applyEdits(text, Array.isArray(edit) ? edit : [edit]).text;
};

describe('ignore edits', () => {
  const latest = { rule: 'base-image-latest-tag', aliases: ['DL3007'], range: at(1, 5) };

  it('Dockerfile: `# containment ignore=` above the instruction, with its indentation, and the engine honours it', () => {
    const text = 'FROM alpine:3.20\nFROM node:latest\n';
    const out = apply(text, ignoreLineEdit(text, 'dockerfile', latest));
    assert.strictEqual(out, 'FROM alpine:3.20\n# containment ignore=base-image-latest-tag\nFROM node:latest\n');
    assert.ok(!lint(out).some((f) => f.rule === 'base-image-latest-tag'));
  });

  it('Dockerfile: a finding inside a continued RUN gets the pragma above the instruction start', () => {
    const text = 'FROM alpine:3.20\n  RUN echo a && \\\n    sudo ls\n';
    const edit = ignoreLineEdit(text, 'dockerfile', { rule: 'run-uses-sudo', aliases: ['DL3004'], range: at(2, 4) });
    assert.strictEqual(apply(text, edit), 'FROM alpine:3.20\n  # containment ignore=run-uses-sudo\n  RUN echo a && \\\n    sudo ls\n');
  });

  it('Dockerfile: uses the DL code when the file already uses hadolint pragmas', () => {
    const text = '# hadolint global ignore=DL3008\nFROM alpine:3.20\nFROM node:latest\n';
    const latest2 = { ...latest, range: at(2, 5) };
    assert.strictEqual(apply(text, ignoreLineEdit(text, 'dockerfile', latest2)), '# hadolint global ignore=DL3008\nFROM alpine:3.20\n# hadolint ignore=DL3007\nFROM node:latest\n');
    // a rule without DL alias still gets a containment pragma
    const noDl = { rule: 'base-image-heavy', aliases: [], range: at(2, 5) };
    assert.match(apply(text, ignoreLineEdit(text, 'dockerfile', noDl)), /# containment ignore=base-image-heavy\nFROM node/);
  });

  it('Dockerfile: extends a pragma directly above instead of adding a second one', () => {
    const text = 'FROM alpine:3.20\n# hadolint ignore=DL3008\nFROM node:latest\n';
    assert.strictEqual(apply(text, ignoreLineEdit(text, 'dockerfile', { ...latest, range: at(2, 5) })), 'FROM alpine:3.20\n# hadolint ignore=DL3008,DL3007\nFROM node:latest\n');
    const done = 'FROM alpine:3.20\n# containment ignore=base-image-latest-tag\nFROM node:latest\n';
    assert.strictEqual(ignoreLineEdit(done, 'dockerfile', { ...latest, range: at(2, 5) }), undefined);
  });

  it('Dockerfile: file ignore goes after the parser directives and keeps CRLF', () => {
    const text = '# syntax=docker/dockerfile:1\r\n# escape=\\\r\nFROM node:latest\r\n';
    const out = apply(text, ignoreFileEdit(text, 'dockerfile', latest));
    assert.strictEqual(out, '# syntax=docker/dockerfile:1\r\n# escape=\\\r\n# containment global ignore=base-image-latest-tag\r\nFROM node:latest\r\n');
    assert.ok(!lint(out).some((f) => f.rule === 'base-image-latest-tag'));
    // an existing global pragma is extended
    const out2 = apply(out, ignoreFileEdit(out, 'dockerfile', { rule: 'container-runs-as-root', aliases: [] }));
    assert.match(out2, /# containment global ignore=base-image-latest-tag,container-runs-as-root\r\n/);
  });

  it('ShellCheck findings are ignored by their SC code', () => {
    const text = 'FROM alpine:3.20\nRUN echo $x\n';
    const edit = ignoreLineEdit(text, 'dockerfile', { rule: 'shellcheck', aliases: ['SC2086'], range: at(1, 9) });
    assert.strictEqual(apply(text, edit), 'FROM alpine:3.20\n# containment ignore=SC2086\nRUN echo $x\n');
  });

  const manifest = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '    - name: web',
    '      image: nginx:latest',
    '',
  ].join('\n');

  it('YAML: `# containment ignore=` above the key with its indentation, honoured by the engine', () => {
    const findings = lint(manifest, { path: '/w/pod.yaml' }).filter((f) => f.rule === 'k8s-image-latest-tag');
    assert.strictEqual(findings.length, 1);
    const out = apply(manifest, ignoreLineEdit(manifest, 'kubernetes', findings[0]));
    assert.match(out, /\n {6}# containment ignore=k8s-image-latest-tag\n {6}image: nginx:latest/);
    assert.ok(!lint(out, { path: '/w/pod.yaml' }).some((f) => f.rule === 'k8s-image-latest-tag'));
    const global = apply(manifest, ignoreFileEdit(manifest, 'kubernetes', findings[0]));
    assert.ok(global.startsWith('# containment global ignore=k8s-image-latest-tag\napiVersion'));
    assert.ok(!lint(global, { path: '/w/pod.yaml' }).some((f) => f.rule === 'k8s-image-latest-tag'));
  });

  it('Kubernetes: the kube-linter annotation under metadata.annotations', () => {
    const finding = lint(manifest, { path: '/w/pod.yaml' }).find((f) => f.rule === 'k8s-image-latest-tag')!;
    const alias = finding.aliases.find((a) => !/^DL|^SC/.test(a));
    if (!alias) return; // rule without kube-linter name: nothing to test
    const out = apply(manifest, kubeLinterIgnoreEdits(manifest, finding));
    assert.match(out, new RegExp(`metadata:\\n  name: web\\n  annotations:\\n    ignore-check\\.kube-linter\\.io/${alias}: "explain why this is acceptable"\\n`));
    assert.ok(!lint(out, { path: '/w/pod.yaml' }).some((f) => f.rule === 'k8s-image-latest-tag'));
    assert.strictEqual(kubeLinterIgnoreEdits(out, finding), undefined, 'already annotated');
    assert.strictEqual(kubeLinterIgnoreEdits(manifest, { ...finding, aliases: [] }), undefined);
  });
});

describe('fix all', () => {
  const f = (title: string, edits: TextEdit[]): Finding => ({ rule: 'r', aliases: [], category: 'style', severity: 'info', message: 'm', range: at(0), fix: { title, edits } });
  const e = (line: number, s: number, end: number, newText: string): TextEdit => ({ range: { start: { line, character: s }, end: { line, character: end } }, newText });

  it('dedupes identical edits and skips fixes that overlap an accepted one, whole', () => {
    const r = fixAllEdits([f('a', [e(0, 0, 3, 'X')]), f('same', [e(0, 0, 3, 'X')]), f('clash', [e(0, 2, 5, 'Y'), e(1, 0, 0, 'Z')]), f('b', [e(1, 0, 1, 'W')])]);
    assert.deepStrictEqual(r.edits, [e(0, 0, 3, 'X'), e(1, 0, 1, 'W')]);
    assert.deepStrictEqual(r.skipped, ['clash']);
    assert.deepStrictEqual(r.applied, ['a', 'same', 'b']);
  });

  it('two insertions at one point both apply', () => {
    assert.strictEqual(fixAllEdits([f('a', [e(0, 0, 0, 'A')]), f('b', [e(0, 0, 0, 'B')])]).edits.length, 2);
  });

  it('applying every fix of a real Dockerfile removes the fixable findings', () => {
    const text = 'FROM node:20\nRUN apt-get update && apt-get install curl\nMAINTAINER me\n';
    const before = lint(text);
    const { edits } = fixAllEdits(before);
    assert.ok(edits.length > 0);
    const after = lint(applyEdits(text, edits).text);
    const fixedRules = new Set(before.filter((x) => x.fix).map((x) => x.rule));
    assert.ok(after.filter((x) => x.fix && fixedRules.has(x.rule)).length < before.filter((x) => x.fix).length);
  });
});
