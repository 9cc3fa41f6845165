/** Chart templates in the editor: hover on `.Values` paths, and no YAML syntax errors on template text. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { english, type Translate } from '../../../src/core/features/docs/translate';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { hoverAt } from '../../../src/core/features/hover';
import { memoryHost } from '../../../src/core/base/host/file-host';

const TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-api
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:{{ $.Values.image.tag }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          env:
            - name: MODE
              value: {{ .Values.mode | quote }}
`;

const VALUES = `replicaCount: 3
image:
  repository: registry.example.com/api
  # pinned release
  tag: "4.2.0"
resources: {}
`;

const files = { '/c/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n', '/c/values.yaml': VALUES, '/c/templates/deployment.yaml': TEMPLATE };
const host = memoryHost(files);

const used = new Set<string>();
const recording: Translate = (m, ...a) => {
  used.add(m);
  return english(m, ...a);
};

function hoverOn(needle: string, shift: number, text = TEMPLATE) {
  const at = text.indexOf(needle) + shift;
  const before = text.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  return hoverAt({ text, kind: 'kubernetes', path: '/c/templates/deployment.yaml', findings: [], position, sandboxRuntimes: [], host, t: recording });
}

describe('helm: editor', () => {
  it('hover on `.Values.image.tag` shows the chart default and its values.yaml line', () => {
    const h = hoverOn('$.Values.image.tag', 16)!;
    const md = h.contents.join('\n');
    assert.match(md, /\*\*Helm value `image\.tag`\*\*/);
    assert.match(md, /Chart default: `4\.2\.0`/);
    assert.match(md, /\[values\.yaml, line 5\]\(file:\/\/\/c\/values\.yaml#L5\)/);
    const line = TEMPLATE.split('\n')[h.range.start.line];
    assert.strictEqual(line.slice(h.range.start.character, h.range.end.character), '$.Values.image.tag');
  });

  it('hover on a map segment shows that map as YAML; the range ends at the segment', () => {
    const h = hoverOn('.Values.image.repository', 9)!;
    const md = h.contents.join('\n');
    assert.match(md, /Helm value `image`/);
    assert.match(md, /```yaml\nrepository: registry\.example\.com\/api\ntag: 4\.2\.0\n```/);
    assert.match(md, /values\.yaml, line 2/);
    const line = TEMPLATE.split('\n')[h.range.start.line];
    assert.strictEqual(line.slice(h.range.start.character, h.range.end.character), '.Values.image');
  });

  it('hover on a key values.yaml does not set says so', () => {
    const md = hoverOn('.Values.mode', 9)!.contents.join('\n');
    assert.match(md, /Helm value `mode`/);
    assert.match(md, /Not set in values\.yaml\./);
  });

  it('no Helm hover outside a chart or away from .Values', () => {
    const outside = hoverAt({ text: TEMPLATE, kind: 'kubernetes', path: '/elsewhere/deployment.yaml', findings: [], position: { line: 5, character: 20 }, sandboxRuntimes: [], host, t: recording });
    assert.ok(!outside || !outside.contents.join('\n').includes('Helm value'));
    const name = hoverOn('name: api', 2);
    assert.ok(!name || !name.contents.join('\n').includes('Helm value'));
  });

  it('hover on a key in values.yaml lists the template lines that read it, itself, a parent or a child', () => {
    const on = (needle: string) => {
      const before = VALUES.slice(0, VALUES.indexOf(needle) + 1).split('\n');
      const position = { line: before.length - 1, character: before[before.length - 1].length };
      return hoverAt({ text: VALUES, kind: 'kubernetes', path: '/c/values.yaml', findings: [], position, sandboxRuntimes: [], host, t: recording });
    };
    const tag = on('tag:')!;
    assert.match(tag.contents.join('\n'), /Helm value `image\.tag`\*\*\n\nRead by: \[deployment\.yaml, line 11\]\(file:\/\/\/c\/templates\/deployment\.yaml#L11\)$/);
    assert.deepStrictEqual([tag.range.start.line, tag.range.start.character, tag.range.end.character], [4, 2, 5]);
    assert.match(on('resources:')!.contents.join('\n'), /line 13/);
    const mem = memoryHost({ ...files, '/c/values.yaml': VALUES + 'unused: 1\n' });
    const text = VALUES + 'unused: 1\n';
    const unused = hoverAt({ text, kind: 'kubernetes', path: '/c/values.yaml', findings: [], position: { line: 6, character: 2 }, sandboxRuntimes: [], host: mem, t: recording })!;
    assert.match(unused.contents.join('\n'), /No template of the chart names `unused`/);
  });

  it('every hover text has a Korean translation (l10n/bundle.l10n.ko.json)', () => {
    hoverOn('.Values.mode', 9);
    hoverOn('$.Values.image.tag', 16);
    const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    assert.ok(used.size >= 6);
    assert.deepStrictEqual([...used].filter((m) => !(m in bundle)), []);
  });

  it('template text gets no YAML syntax error, also when no action isHelmTemplate knows is in it', () => {
    const odd = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ printf "%s-cm" "x" }}\ndata:\n  a: {{ "{" }}\n';
    const mem = memoryHost({ ...files, '/c/templates/cm.yaml': odd });
    for (const [p, text] of [['/c/templates/cm.yaml', odd], ['/c/templates/deployment.yaml', TEMPLATE]]) {
      const fs2 = analyzeFile({ path: p, text }, defaultConfig(), mem).findings;
      assert.deepStrictEqual(fs2.filter((f) => f.rule === 'yaml-syntax' || f.severity === 'error').map((f) => f.message), [], p);
    }
    const notes = analyzeFile({ path: '/c/templates/cm.yaml', text: odd }, defaultConfig(), mem).findings;
    assert.deepStrictEqual(notes.map((f) => [f.rule, f.messageId]), [['helm-template-skipped', 'outputNotYaml']]);
  });
});
