/** Fixes on a chart's values file: the missing resources / hardening go under the values key the template reads. */
import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { Finding } from '../../../src/core/base/model/finding';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-shop
spec:
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      automountServiceAccountToken: false
      containers:
        - name: shop
          image: "registry.example.com/shop:3.1.0@sha256:1111111111111111111111111111111111111111111111111111111111111111"
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;

const VALUES = `# shop defaults
securityContext: {}
  # runAsUser: 1000

resources: {}
  # limits:
  #   memory: 128Mi

# keep this
replicaCount: 2
`;

function analyse(values: string, template = DEPLOYMENT): Finding[] {
  const files = { '/c/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n', '/c/values.yaml': values, '/c/templates/deployment.yaml': template };
  return analyzeFile({ path: '/c/values.yaml', text: values }, defaultConfig(), memoryHost(files)).findings;
}

/** Every fix of the file applied once, as `containment check --fix` does. */
function fixAll(text: string): string {
  const edits = analyse(text).flatMap((f) => f.fix?.edits ?? []);
  const unique = [...new Map(edits.map((e) => [JSON.stringify(e), e])).values()];
  return applyEdits(text, unique).text;
}

describe('helm: fixes in values.yaml', () => {
  it('fills `resources: {}` with the resource defaults, keeping the comments below it', () => {
    const f = analyse(VALUES).find((x) => x.rule === 'k8s-memory-limit-missing')!;
    assert.strictEqual(f.range.start.line, 4);
    assert.match(f.fix!.title, /memory limit 256Mi/);
    const fixed = applyEdits(VALUES, f.fix!.edits).text;
    assert.match(fixed, /^resources:\n {2}requests:\n {4}cpu: 100m\n {4}memory: 128Mi\n {2}limits:\n {4}memory: 256Mi\n {2}# limits:\n/m);
    const doc = parseDocument(fixed);
    assert.deepStrictEqual(doc.errors, []);
    assert.deepStrictEqual(doc.toJS().resources, { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } });
  });

  it('sets the securityContext hardening under the key a `with` reads', () => {
    const f = analyse(VALUES).find((x) => x.rule === 'k8s-run-as-root')!;
    assert.strictEqual(f.range.start.line, 1);
    const fixed = applyEdits(VALUES, f.fix!.edits).text;
    const sc = parseDocument(fixed).toJS().securityContext;
    assert.strictEqual(sc.runAsNonRoot, true);
    assert.strictEqual(sc.allowPrivilegeEscalation, false);
    assert.deepStrictEqual(sc.capabilities, { drop: ['ALL'] });
    assert.match(fixed, /# runAsUser: 1000/);
  });

  it('after the fixes the chart has no resource or hardening finding, and a second run changes nothing', () => {
    const once = fixAll(VALUES);
    assert.deepStrictEqual(parseDocument(once).errors, []);
    assert.match(once, /# keep this\nreplicaCount: 2\n$/);
    const left = analyse(once).filter((f) => f.rule !== 'k8s-qos-not-guaranteed');
    assert.deepStrictEqual(left.map((f) => f.rule), []);
    assert.strictEqual(fixAll(once), once);
  });

  it('adds only what is missing to a values map that sets some keys, never overwriting them', () => {
    const values = 'securityContext:\n  runAsUser: 1000\n  readOnlyRootFilesystem: false\nresources:\n  limits:\n    memory: 512Mi\n';
    const fixed = fixAll(values);
    const js = parseDocument(fixed).toJS();
    assert.strictEqual(js.securityContext.readOnlyRootFilesystem, false);
    assert.strictEqual(js.securityContext.runAsUser, 1000);
    assert.strictEqual(js.securityContext.runAsNonRoot, true);
    assert.deepStrictEqual(js.resources.limits, { memory: '512Mi' });
    assert.strictEqual(js.resources.requests.cpu, '100m');
  });

  it('no fix when the values key only switches the block on (`if .Values.hardening.enabled`)', () => {
    const template = DEPLOYMENT.replace('{{- with .Values.securityContext }}', '{{- if .Values.hardening.enabled }}').replace('{{- toYaml . | nindent 12 }}', 'runAsNonRoot: true');
    const f = analyse('hardening:\n  enabled: false\nresources: {}\n', template).find((x) => x.rule === 'k8s-privilege-escalation')!;
    assert.strictEqual(f.range.start.line, 1, 'the finding sits on the switch');
    assert.strictEqual(f.fix, undefined);
  });
});
