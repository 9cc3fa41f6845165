/**
 * Shapes met in public charts (exporter-style charts, the `helm create` scaffold, library-chart users), each as a small
 * chart of our own: what the reader follows, where findings land, and what it leaves alone.
 */
import * as assert from 'assert';
import * as path from 'path';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { nodeHost } from '../../../src/core/base/host/node-host';
import { collectDefines, renderTemplate, rootScope, type Defines } from '../../../src/core/formats/helm/render';
import type { Finding } from '../../../src/core/base/model/finding';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'helm').replace(/\\/g, '/');
const host = nodeHost();

function check(file: string): Finding[] {
  const p = `${FIXTURES}/${file}`;
  return analyzeFile({ path: p, text: host.readFile(p)! }, defaultConfig(), host).findings;
}

const lines = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);

function defines(helpers: string): Defines {
  const out: Defines = new Map();
  collectDefines(helpers, out);
  return out;
}

function render(template: string, values: Record<string, unknown>, helpers = ''): string {
  return renderTemplate(template, rootScope(values, { Name: 'demo', Version: '0.1.0', AppVersion: '2.0.0' }, defines(helpers)))
    .lines.map((l) => l.text)
    .join('\n');
}

describe('helm charts: shapes from public charts', () => {
  it("named templates from _helpers.tpl are expanded: the real default name, labels, no 'not followed' note", () => {
    const tpl = check('metricsd/templates/deployment.yaml');
    assert.deepStrictEqual(tpl.filter((f) => f.rule === 'helm-template-skipped'), []);
    const values = check('metricsd/values.yaml');
    assert.ok(values.length > 0);
    for (const f of [...tpl, ...values]) assert.match(f.message, /Deployment "release-name-metricsd"/);
  });

  it('a `with .Values.securityContext` left out because it is {} puts the container findings on that key', () => {
    const fs = check('metricsd/values.yaml');
    assert.deepStrictEqual(lines(fs, 'k8s-run-as-root'), [13]);
    assert.deepStrictEqual(lines(fs, 'k8s-privilege-escalation'), [13]);
    const f = fs.find((x) => x.rule === 'k8s-run-as-root')!;
    assert.deepStrictEqual(f.related?.map((r) => [path.basename(r.path), r.range.start.line + 1]), [['deployment.yaml', 17]]);
  });

  it('`resources:` then `toYaml .Values.resources | indent` on its own line, inside a named template: the values key', () => {
    assert.deepStrictEqual(lines(check('metricsd/values.yaml'), 'k8s-memory-limit-missing'), [15]);
  });

  it("an image tag that falls back to Chart.yaml's appVersion stays on the template line, not on image.repository", () => {
    assert.deepStrictEqual(lines(check('metricsd/templates/deployment.yaml'), 'k8s-image-eol'), [17]);
    assert.deepStrictEqual(lines(check('metricsd/values.yaml'), 'k8s-image-eol'), []);
  });

  it('`and` with a known false operand is false, whatever `.Capabilities` says: the optional resource renders nothing', () => {
    assert.deepStrictEqual(check('metricsd/templates/vpa.yaml'), []);
  });

  it('labels from an include it cannot follow: no selector finding (the label may be there)', () => {
    const fs = check('selector/templates/deployment.yaml');
    assert.deepStrictEqual(lines(fs, 'k8s-mismatching-selector'), []);
    assert.deepStrictEqual(lines(fs, 'helm-template-skipped'), [12]);
  });

  it('a name from an include it cannot expand reads as a placeholder, never as a made-up name', () => {
    const out = render('metadata:\n  name: {{ include "library.fullname" . }}\n', {});
    assert.strictEqual(out, 'metadata:\n  name: <include library.fullname>\n');
  });

  it('an include whose body is not followed stays opaque; one that includes itself ends', () => {
    const helpers = '{{- define "x.odd" -}}{{ tpl .Values.a . }}{{- end }}{{- define "x.loop" -}}{{ include "x.loop" . }}{{- end }}';
    assert.strictEqual(render('a: {{ include "x.odd" . }}\nb: {{ include "x.loop" . }}', { a: 'v' }, helpers), 'a: <include x.odd>\nb: <include x.loop>');
  });

  it('a named template read in part: written as a block with its unfollowed parts named; inline it stays opaque', () => {
    const helpers = '{{- define "x.pod" -}}\ncontainers:\n  - name: app\n    livenessProbe:\n      {{- omit .Values.probe "x" | toYaml | nindent 6 }}\n{{- end }}';
    const r = renderTemplate('spec:\n  {{- include "x.pod" . | nindent 2 }}\nname: {{ include "x.pod" . }}', rootScope({ probe: {} }, {}, defines(helpers)));
    assert.deepStrictEqual(r.lines.map((l) => l.text), ['spec:', '  containers:', '    - name: app', '      livenessProbe:', 'name: <include x.pod>']);
    assert.deepStrictEqual(r.notFollowed.map((n) => [n.what, n.templateLine, n.outLine, n.indent]), [['omit in "x.pod"', 1, 3, 8]]);
  });

  it('functions charts use in conditions: kindIs, hasKey, contains, ternary, (x).field', () => {
    const values = { m: { k: 1 }, s: 'abc', limits: undefined };
    assert.strictEqual(render('{{ if kindIs "map" .Values.m }}map{{ end }}{{ if kindIs "string" .Values.m }}str{{ end }}', values), 'map');
    assert.strictEqual(render('{{ if hasKey .Values.m "k" }}yes{{ end }}{{ if hasKey .Values.m "z" }}no{{ end }}', values), 'yes');
    assert.strictEqual(render('{{ if contains "b" .Values.s }}in{{ end }}', values), 'in');
    assert.strictEqual(render('{{ ternary "on" "off" (eq .Values.s "abc") }}', values), 'on');
    assert.strictEqual(render('{{ if (.Values.limits).cpu }}cpu{{ else }}none{{ end }}', values), 'none');
  });

  it('Go prints an empty list as [] and an empty map as map[]; a filled one is not followed', () => {
    assert.strictEqual(render('a: {{ .Values.l }}\nb: {{ .Values.m }}', { l: [], m: {} }), 'a: []\nb: map[]');
    const r = renderTemplate('a: {{ .Values.l }}', rootScope({ l: ['x'] }, {}));
    assert.strictEqual(r.notFollowed.length, 1);
  });
});
