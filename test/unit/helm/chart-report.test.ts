import * as assert from 'assert';
import * as path from 'path';
import { runReport } from '../../../src/cli/report';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import type { ProjectModel, Workload } from '../../../src/core/project/model';
import { scanProjectDetailed } from '../../../src/core/project/scan-project';
import { renderReportBody } from '../../../src/core/report/render-html';
import { renderMarkdown } from '../../../src/core/report/render-markdown';
import { tempProject } from '../temp-project';

const CHART = 'apiVersion: v2\nname: shop\nversion: 0.1.0\nappVersion: "1.16.0"\n';

// the shape `helm create` writes: values blocks switched on by `with`, empty by default
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-{{ .Chart.Name }}
spec:
  template:
    spec:
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .Chart.Name }}
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
`;

const VALUES = `image:
  repository: nginx
  # empty: the chart's appVersion
  tag: ""

podSecurityContext: {}

securityContext: {}
  # runAsNonRoot: true

resources: {}
  # limits:
  #   memory: 128Mi
`;

const PROD = `# sized for production
resources:
  requests:
    cpu: 250m
    memory: 256Mi
  limits:
    memory: 512Mi
`;

function scaffold(extra: Record<string, string> = {}): string {
  return tempProject({ 'shop/Chart.yaml': CHART, 'shop/values.yaml': VALUES, 'shop/templates/deployment.yaml': DEPLOYMENT, ...extra });
}

function scan(root: string, overlays: string[] = []): { model: ProjectModel; paths: Map<string, string> } {
  const config = defaultConfig();
  config.helmValues = overlays.map((o) => path.join(root, o).replace(/\\/g, '/'));
  return scanProjectDetailed(root, { configFor: () => config });
}

function only(model: ProjectModel): Workload {
  assert.strictEqual(model.workloads.length, 1, model.workloads.map((w) => w.name).join(', '));
  return model.workloads[0];
}

const at = (l: { path: string; line: number } | undefined) => (l ? `${l.path}:${l.line}` : '');
const reasonAt = (w: Workload, code: string) => at(w.reasons.find((r) => r.code === code)?.location);

async function report(args: string[], cwd: string): Promise<string> {
  let out = '';
  const io = { stdout: (t: string) => (out += t), stderr: () => undefined, isTTY: false, cwd, readStdin: () => '' };
  assert.strictEqual(await runReport(args, io), 0);
  return out;
}

describe('helm charts in the trade-off report', () => {
  it('helm create shape: one chart workload; missing memory limit at the values line, securityContext {} leaves the image root', () => {
    const { model, paths } = scan(scaffold());
    const w = only(model);
    assert.strictEqual(w.kind, 'Deployment');
    assert.strictEqual(w.name, 'release-name-shop');
    assert.deepStrictEqual(w.chart, { name: 'shop', valuesFiles: ['shop/values.yaml'], notFollowed: [], unknown: [] });
    assert.deepStrictEqual(w.containers.map((c) => [c.image, at(c.location)]), [['nginx:1.16.0', 'shop/values.yaml:2']]);
    assert.strictEqual(w.isolation.cgroups.memoryLimit, undefined);
    assert.strictEqual(reasonAt(w, 'no-memory-limit'), 'shop/values.yaml:11', 'resources: {}');
    assert.strictEqual(w.isolation.privileges.root, 'yes');
    assert.strictEqual(reasonAt(w, 'runs-as-root'), 'shop/values.yaml:2', 'the image that runs as root by default');
    assert.ok(w.findings.some((f) => f.rule === 'k8s-memory-limit-missing' && at(f.location) === 'shop/values.yaml:11'), JSON.stringify(w.findings));
    assert.ok(w.findings.some((f) => f.rule === 'k8s-run-as-root' && at(f.location) === 'shop/values.yaml:8'));
    assert.ok(model.files.some((f) => f.path === 'shop/values.yaml'), 'the values file is scanned: its findings count');
    assert.ok(paths.has('shop/values.yaml'), 'the panel may open the values file');
  });

  it('values-prod.yaml overlay with limits: the card shows the limit and points at the overlay line', () => {
    const root = scaffold({ 'shop/values-prod.yaml': PROD });
    const w = only(scan(root, ['shop/values-prod.yaml']).model);
    assert.deepStrictEqual(w.chart?.valuesFiles, ['shop/values.yaml', 'shop/values-prod.yaml']);
    assert.strictEqual(w.isolation.cgroups.memoryLimit, '512Mi');
    assert.strictEqual(at(w.isolation.cgroups.locations?.memoryLimit), 'shop/values-prod.yaml:7');
    assert.strictEqual(at(w.isolation.cgroups.locations?.cpuRequest), 'shop/values-prod.yaml:4');
    assert.strictEqual(reasonAt(w, 'no-memory-limit'), '');
    assert.strictEqual(w.isolation.cgroups.qos, 'Burstable');
    // without the overlay chosen it does not apply
    assert.strictEqual(only(scan(root).model).isolation.cgroups.memoryLimit, undefined);
  });

  it("an overlay inside another chart's folder does not change this chart", () => {
    const root = scaffold({ 'shop/values-prod.yaml': PROD, 'other/Chart.yaml': CHART.replace('shop', 'other'), 'other/values.yaml': VALUES, 'other/templates/deployment.yaml': DEPLOYMENT });
    const { model } = scan(root, ['shop/values-prod.yaml']);
    const limits = Object.fromEntries(model.workloads.map((w) => [w.chart?.name, w.isolation.cgroups.memoryLimit ?? 'none']));
    assert.deepStrictEqual(limits, { shop: '512Mi', other: 'none' });
  });

  it('constructs not followed: the card says unknown and does not guess a missing limit or root', () => {
    const template = DEPLOYMENT.replace('{{- with .Values.securityContext }}', '{{- if semverCompare ">=1.25-0" .Capabilities.KubeVersion.GitVersion }}').replace(
      /\{\{- with \.Values\.resources \}\}[\s\S]*?\{\{- end \}\}\n/,
      'resources:\n            {{- tpl (toYaml .Values.resources) . | nindent 12 }}\n',
    );
    const { model } = scan(scaffold({ 'shop/templates/deployment.yaml': template }));
    const w = only(model);
    assert.deepStrictEqual(w.chart?.unknown, ['resources', 'securityContext']);
    assert.deepStrictEqual(w.chart?.notFollowed.map((n) => `${n.what}@${at(n.location)}`), ['if semverCompare@shop/templates/deployment.yaml:14', 'tpl@shop/templates/deployment.yaml:20']);
    assert.strictEqual(reasonAt(w, 'no-memory-limit'), '', 'resources come from tpl: unknown, not missing');
    assert.strictEqual(reasonAt(w, 'no-cpu-request'), '');
    assert.strictEqual(w.isolation.cgroups.qos, undefined);
    assert.strictEqual(w.isolation.privileges.root, 'unknown');
    assert.strictEqual(w.isolation.privileges.rootBasis.code, 'not-followed');
    assert.strictEqual(w.isolation.pss, undefined, 'the securityContext not followed could hold anything');
    const html = renderReportBody(model);
    assert.match(html, /Not followed:<\/span> <code>if semverCompare<\/code>/);
    assert.match(html, /<dd><span class="muted">unknown \(not followed\)<\/span><\/dd>/, 'memory limit row');
    assert.match(renderReportBody(model, { lang: 'ko' }), /알 수 없음 \(따라가지 못함\)/);
  });

  it('a construct not followed inside args (a list at its key\'s column) leaves resources and securityContext known', () => {
    const args = '          args:\n          - --url={{ tpl .Values.url . }}\n          {{- if semverCompare ">=1.25-0" .Capabilities.KubeVersion.GitVersion }}\n          - --new-flag\n          {{- end }}\n';
    const template = DEPLOYMENT.replace('          {{- with .Values.resources }}', `${args}          {{- with .Values.resources }}`);
    const w = only(scan(scaffold({ 'shop/templates/deployment.yaml': template })).model);
    assert.deepStrictEqual(w.chart?.unknown, []);
    assert.deepStrictEqual(w.chart?.notFollowed, []);
    assert.strictEqual(reasonAt(w, 'no-memory-limit'), 'shop/values.yaml:11');
    assert.strictEqual(w.isolation.privileges.root, 'yes');
  });

  it('an image written by an include the chart does not define is unknown, not "not set"', () => {
    const template = DEPLOYMENT.replace(/image: ".*"/, 'image: {{ include "common.image" . }}');
    const { model } = scan(scaffold({ 'shop/templates/deployment.yaml': template }));
    const w = only(model);
    assert.strictEqual(w.containers[0].image, '');
    assert.deepStrictEqual(w.chart?.unknown, ['image']);
    assert.deepStrictEqual(w.chart?.notFollowed.map((n) => `${n.what}@${at(n.location)}`), ['<include common.image>@shop/templates/deployment.yaml:18']);
    assert.match(renderReportBody(model), /<code>shop<\/code> → <span class="muted">unknown \(not followed\)<\/span>/);
  });

  it("a name written by something not followed reads '<not followed>', never the reader's placeholder", () => {
    const template = DEPLOYMENT.replace('name: {{ .Release.Name }}-{{ .Chart.Name }}', 'name: {{ printf "%s-web" (lookup "v1" "Namespace" "" "x") }}');
    const w = only(scan(scaffold({ 'shop/templates/deployment.yaml': template })).model);
    assert.strictEqual(w.name, '<not followed>');
    assert.deepStrictEqual(w.chart?.notFollowed, [], 'a name changes no setting the card reads');
  });

  it("a chart image links to the project's Dockerfile of the same name", () => {
    const values = VALUES.replace('repository: nginx', 'repository: registry.example.com/acme/api');
    const root = scaffold({ 'shop/values.yaml': values, 'api/Dockerfile': 'FROM alpine:3.20\nUSER 10001\nCMD ["/api"]\n' });
    const w = only(scan(root).model);
    assert.deepStrictEqual(w.dockerfiles, ['api/Dockerfile']);
    assert.strictEqual(w.isolation.privileges.root, 'no');
    assert.strictEqual(at(w.isolation.privileges.rootLocation), 'api/Dockerfile:2');
  });

  it('Markdown report (--values, --lang ko): the chart card names the chart and the values files in order', async () => {
    const root = scaffold({ 'shop/values-prod.yaml': PROD });
    const md = await report(['--format', 'md', '--values', 'shop/values-prod.yaml', '.'], root);
    assert.match(md, /#### release-name-shop/);
    assert.ok(md.includes('Helm chart shop · Values files: shop/values.yaml → shop/values-prod.yaml (a later file wins)\n'), md);
    assert.doesNotMatch(md, /no memory limit/i);
    const ko = await report(['--format', 'md', '--lang', 'ko', '.'], root);
    assert.ok(ko.includes('Helm 차트 shop · values 파일: shop/values.yaml\n'), ko);
  });

  it('HTML report: the chart card shows the chart, its values files and the limit with its values line', async () => {
    const root = scaffold({ 'shop/values-prod.yaml': PROD });
    const html = await report(['--format', 'html', '--values', path.join(root, 'shop', 'values-prod.yaml'), '.'], root);
    assert.match(html, /<span class="tag">Helm chart shop<\/span> <span class="muted">Values files:<\/span> <code>shop\/values\.yaml<\/code> → <code>shop\/values-prod\.yaml<\/code>/);
    assert.match(html, /<dd><code>512Mi<\/code> <span class="loc" data-path="shop\/values-prod\.yaml" data-line="7">/);
  });
});
