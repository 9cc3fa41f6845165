import * as assert from 'assert';
import { kubernetesStats } from '../../../src/core/formats/kubernetes/analyze-kubernetes';
import { expectNone, expectOne, findingsOf, lint, textAt } from '../helpers';
import { deployment, HARDENED, indent, opts, RESOURCES } from './k8s';

const clean = deployment({ container: RESOURCES + '\n' + HARDENED, pod: 'automountServiceAccountToken: false' });

describe('kubernetes analysis: documents and syntax', () => {
  it('a clean, hardened deployment has no findings', () => {
    assert.deepStrictEqual(lint(clean, opts()).map((f) => f.rule), []);
  });

  it('finds things in document 3 of a multi-document file at the right line', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  privileged: "true"\n---\n' + deployment({ container: 'securityContext:\n  privileged: true' });
    const f = expectOne(text, 'k8s-privileged-container', 'privileged: true', opts());
    assert.deepStrictEqual(f.range, { start: { line: 21, character: 12 }, end: { line: 21, character: 28 } });
  });

  it('reads kind: List items', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n' + indent('- ' + deployment({ pod: 'hostIPC: true' }).trimEnd().replace(/\n/g, '\n  '), 2) + '\n';
    expectOne(text, 'k8s-host-ipc', 'hostIPC: true', opts());
  });

  it('follows anchors and merge keys, pointing into the anchored map', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers:',
      '    - &c',
      '      name: a',
      '      image: busybox:1.36',
      '      securityContext: &sc {privileged: true}',
      '    - <<: *c',
      '      name: b',
      '  initContainers:',
      '    - name: i',
      '      image: busybox:1.36',
      '      securityContext: *sc',
    ].join('\n');
    const found = findingsOf(text, 'k8s-privileged-container', opts());
    assert.strictEqual(found.length, 3);
    assert.ok(found.every((f) => textAt(text, f.range) === 'privileged: true'));
    assert.deepStrictEqual(found.map((f) => /container "(\w)"/i.exec(f.message)![1]).sort(), ['a', 'b', 'i']);
  });

  it('handles flow style', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, containers: [{name: a, image: "nginx:latest", resources: {limits: {memory: 1Gi}}}]}\n';
    expectOne(text, 'k8s-host-network', 'hostNetwork: true', opts());
    expectOne(text, 'k8s-image-latest-tag', 'latest', opts());
    expectOne(text, 'k8s-cpu-request-missing', 'a', opts());
    expectNone(text, 'k8s-memory-limit-missing', opts());
  });

  it('broken YAML gives one yaml-syntax error at the error position and no exception', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "unclosed\nspec: {}\n';
    const all = lint(text, opts());
    assert.deepStrictEqual(all.map((f) => [f.rule, f.severity, f.category]), [['yaml-syntax', 'error', 'correctness']]);
    assert.ok(all[0].range.start.line >= 3);
  });

  it('keeps analysing the good documents next to a broken one', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: [unclosed\n---\n' + deployment({ pod: 'hostPID: true' });
    const all = lint(text, opts());
    assert.ok(all.some((f) => f.rule === 'yaml-syntax'));
    expectOne(text, 'k8s-host-pid', 'hostPID: true', opts());
  });

  it('Helm templates are skipped with one note', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          {{- with .Values.securityContext }}\n          securityContext: {{- toYaml . | nindent 12 }}\n          {{- end }}\n';
    assert.deepStrictEqual(lint(text, opts()).map((f) => [f.rule, f.severity]), [['helm-template-skipped', 'info']]);
  });

  it('Go templates inside a ConfigMap string are not Helm', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: alerts}\ndata:\n  rules.yaml: |\n    summary: "{{ $labels.instance }} down"\n';
    assert.deepStrictEqual(lint(text, opts()), []);
  });

  it('non-Kubernetes YAML gives nothing', () => {
    assert.deepStrictEqual(lint('image:\n  repository: nginx\n  tag: latest\nsecurityContext:\n  privileged: true\n', opts({ path: '/work/chart/values.yaml' })), []);
    assert.deepStrictEqual(lint('stages: [build]\nbuild:\n  image: node:latest\n  script: [npm ci]\n', opts({ path: '/work/.gitlab-ci.yml' })), []);
    assert.deepStrictEqual(lint('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  pod.yaml: |\n    kind: Pod\n    spec: {hostPID: true}\n', opts()), []);
  });

  it('alias bombs: the document is reported and not analysed', () => {
    const lines = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'x0: &a0 [lol]'];
    for (let i = 1; i < 12; i++) lines.push(`x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('spec: {hostPID: true, containers: [{name: a, image: "x:1"}]}');
    const all = lint(lines.join('\n') + '\n', opts());
    assert.deepStrictEqual(all.map((f) => f.rule), ['yaml-alias-limit']);
  });
});

describe('kubernetes analysis: caching', () => {
  it('a one-document edit in a 1,000-document manifest re-analyses only that document', () => {
    const docs = Array.from({ length: 1000 }, (_, i) => deployment({ name: `app-${i}` }));
    const text = docs.join('---\n');
    const first = lint(text, opts());
    assert.strictEqual(first.filter((f) => f.rule === 'k8s-cpu-request-missing').length, 1000);
    const before = kubernetesStats.documentsAnalysed;
    docs[500] = deployment({ name: 'app-500', pod: 'hostPID: true' });
    const edited = docs.join('---\n');
    const second = lint(edited, opts());
    assert.strictEqual(kubernetesStats.documentsAnalysed - before, 1);
    const hp = second.filter((f) => f.rule === 'k8s-host-pid');
    assert.strictEqual(hp.length, 1);
    assert.strictEqual(textAt(edited, hp[0].range), 'hostPID: true');
    // the cached findings of later documents are shifted correctly
    const last = second.filter((f) => f.rule === 'k8s-cpu-request-missing').pop()!;
    assert.strictEqual(textAt(edited, last.range), 'web');
    assert.strictEqual(last.range.start.line, edited.split('\n').length - 3);
  });
});

describe('kubernetes analysis: ignores', () => {
  it('kube-linter ignore-check annotation by check name, on the object or the pod template', () => {
    expectNone(deployment({ pod: 'hostPID: true', meta: 'annotations:\n  ignore-check.kube-linter.io/host-pid: "node agent"' }), 'k8s-host-pid', opts());
    const onTemplate = deployment({ pod: 'hostPID: true' }).replace('  template:\n', '  template:\n    metadata:\n      annotations:\n        ignore-check.kube-linter.io/host-pid: "x"\n');
    expectNone(onTemplate, 'k8s-host-pid', opts());
    expectOne(deployment({ pod: 'hostPID: true', meta: 'annotations:\n  ignore-check.kube-linter.io/host-ipc: "x"' }), 'k8s-host-pid', 'hostPID: true', opts());
  });
  it('kube-linter.io/ignore-all and polaris exempt', () => {
    expectNone(deployment({ pod: 'hostPID: true', meta: 'annotations:\n  kube-linter.io/ignore-all: "x"' }), 'k8s-host-pid', opts());
    expectNone(deployment({ pod: 'hostPID: true', meta: 'annotations:\n  polaris.fairwinds.com/exempt: "true"' }), 'k8s-host-pid', opts());
    expectNone(deployment({ pod: 'hostPID: true', meta: 'annotations:\n  polaris.fairwinds.com/hostPIDSet-exempt: "true"' }), 'k8s-host-pid', opts());
    expectOne(deployment({ pod: 'hostPID: true', meta: 'annotations:\n  polaris.fairwinds.com/hostPIDSet-exempt: "false"' }), 'k8s-host-pid', 'hostPID: true', opts());
  });
  it('kube-score/ignore comma list', () => {
    const text = deployment({ meta: 'annotations:\n  kube-score/ignore: container-image-tag, container-resources', image: 'nginx:latest' });
    expectNone(text, 'k8s-image-latest-tag', opts());
    expectNone(text, 'k8s-cpu-request-missing', opts());
    expectNone(text, 'k8s-memory-limit-missing', opts());
  });
  it('annotations only apply to their own object', () => {
    const text = deployment({ name: 'a', pod: 'hostPID: true', meta: 'annotations:\n  kube-linter.io/ignore-all: "x"' }) + '---\n' + deployment({ name: 'b', pod: 'hostPID: true' });
    assert.strictEqual(findingsOf(text, 'k8s-host-pid', opts()).length, 1);
  });
  it('# containment ignore= on the line above, by id or alias, and global ignore', () => {
    expectNone(deployment({ pod: '# containment ignore=host-pid\nhostPID: true' }), 'k8s-host-pid', opts());
    expectNone(deployment({ pod: '# containment ignore=k8s-host-pid\nhostPID: true' }), 'k8s-host-pid', opts());
    expectNone('# containment global ignore=latest-tag\n' + deployment({ image: 'nginx:latest' }), 'k8s-image-latest-tag', opts());
  });
  it('config switches rules off and changes severities by alias', () => {
    expectNone(deployment({ pod: 'hostPID: true' }), 'k8s-host-pid', opts({ config: (c) => c.rules.set('host-pid', 'off') }));
    const f = expectOne(deployment({ pod: 'hostPID: true' }), 'k8s-host-pid', 'hostPID: true', opts({ config: (c) => c.rules.set('host-pid', 'info') }));
    assert.strictEqual(f.severity, 'info');
  });
});

describe('kubernetes analysis: sandboxed runtimes', () => {
  it('runtimeClassName gvisor drops kernel-sharing findings to info and says why', () => {
    const text = deployment({ pod: 'runtimeClassName: gvisor\nhostNetwork: true', container: 'securityContext:\n  privileged: true' });
    for (const rule of ['k8s-privileged-container', 'k8s-host-network']) {
      const [f] = findingsOf(text, rule, opts());
      assert.strictEqual(f.severity, 'info', rule);
      assert.match(f.message, /runtimeClassName "gvisor" is a sandboxed runtime with its own kernel/);
    }
  });
  it('uses the configured list', () => {
    const text = deployment({ pod: 'runtimeClassName: my-vm\nhostNetwork: true' });
    assert.strictEqual(findingsOf(text, 'k8s-host-network', opts())[0].severity, 'warning');
    assert.strictEqual(findingsOf(text, 'k8s-host-network', opts({ config: (c) => c.sandboxRuntimes.push('my-*') }))[0].severity, 'info');
  });
  it('resource findings are not softened by a sandbox', () => {
    assert.strictEqual(findingsOf(deployment({ pod: 'runtimeClassName: gvisor' }), 'k8s-memory-limit-missing', opts())[0].severity, 'warning');
  });
});

describe('kubernetes analysis: LimitRange', () => {
  const limitRange = (ns?: string) =>
    `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n  limits:\n    - type: Container\n      default: {memory: 512Mi, cpu: 500m}\n      defaultRequest: {cpu: 100m}\n`;
  it('in the same file: missing becomes info naming the LimitRange', () => {
    const text = limitRange() + '---\n' + deployment();
    const f = expectOne(text, 'k8s-memory-limit-missing', 'web', opts());
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /LimitRange "defaults" fills in limits\.memory = 512Mi/);
    const cpu = expectOne(text, 'k8s-cpu-request-missing', 'web', opts());
    assert.match(cpu.message, /requests\.cpu = 100m/);
  });
  it('in the same folder', () => {
    const f = expectOne(deployment(), 'k8s-memory-limit-missing', 'web', opts({ files: { '/work/k8s/limits.yaml': limitRange(), '/work/k8s/notes.txt': 'LimitRange' } }));
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /LimitRange "defaults" in limits\.yaml/);
  });
  it('not for another namespace, nor from another folder', () => {
    const other = deployment({ meta: 'namespace: team-a' });
    assert.strictEqual(expectOne(other, 'k8s-memory-limit-missing', 'web', opts({ files: { '/work/k8s/limits.yaml': limitRange('team-b') } })).severity, 'warning');
    assert.strictEqual(expectOne(deployment(), 'k8s-memory-limit-missing', 'web', opts({ files: { '/work/other/limits.yaml': limitRange() } })).severity, 'warning');
  });
  it('a LimitRange without the resource changes nothing', () => {
    const text = limitRange() + '---\n' + deployment();
    expectOne(text, 'k8s-memory-request-missing', 'web', opts()); // default memory limit also serves as request → info
    assert.strictEqual(findingsOf(text, 'k8s-memory-request-missing', opts())[0].severity, 'info');
    const lr = 'apiVersion: v1\nkind: LimitRange\nmetadata: {name: cpu-only}\nspec:\n  limits:\n    - type: Container\n      defaultRequest: {cpu: 100m}\n';
    assert.strictEqual(findingsOf(lr + '---\n' + deployment(), 'k8s-memory-limit-missing', opts())[0].severity, 'warning');
  });
});

describe('kubernetes analysis: kustomize', () => {
  const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          resources:\n            requests: {cpu: 100m, memory: 128Mi}\n            limits: {memory: 256Mi}\n';
  const base = '/work/k8s/base/deploy.yaml';
  it('a patch file in the same folder\'s kustomization clears the missing-resource findings', () => {
    const files = { '/work/k8s/base/kustomization.yaml': 'resources:\n  - deploy.yaml\npatchesStrategicMerge:\n  - resources.yaml\n', '/work/k8s/base/resources.yaml': patch };
    const all = lint(deployment(), opts({ path: base, files }));
    assert.deepStrictEqual(all.filter((f) => f.category === 'resources'), []);
  });
  it('an overlay that lists the base folder, with a patches: path entry', () => {
    const files = {
      '/work/k8s/base/kustomization.yaml': 'resources: [deploy.yaml]\n',
      '/work/k8s/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: mem.yaml\n',
      '/work/k8s/overlays/prod/mem.yaml': patch,
    };
    assert.deepStrictEqual(lint(deployment(), opts({ path: base, files })).filter((f) => f.category === 'resources'), []);
  });
  it('an inline JSON6902 patch by container index covers only what it sets', () => {
    const files = {
      '/work/k8s/base/kustomization.yaml': 'resources: [deploy.yaml]\n',
      '/work/k8s/overlays/prod/kustomization.yaml': [
        'resources: [../../base]',
        'patches:',
        '  - target: {kind: Deployment, name: web}',
        '    patch: |-',
        '      - op: add',
        '        path: /spec/template/spec/containers/0/resources',
        '        value: {limits: {memory: 1Gi}}',
      ].join('\n') + '\n',
    };
    const res = lint(deployment(), opts({ path: base, files })).filter((f) => f.category === 'resources').map((f) => f.rule);
    assert.deepStrictEqual(res, ['k8s-cpu-request-missing']);
  });
  it('patches for another object or an unrelated kustomization change nothing', () => {
    const files = {
      '/work/k8s/base/kustomization.yaml': 'resources: [deploy.yaml]\npatchesStrategicMerge:\n  - |-\n' + indent(patch.replace('name: web\nspec', 'name: api\nspec'), 4),
      '/work/k8s/other/kustomization.yaml': 'resources: [../elsewhere]\npatches:\n  - path: p.yaml\n',
      '/work/k8s/other/p.yaml': patch,
    };
    assert.strictEqual(lint(deployment(), opts({ path: base, files })).filter((f) => f.category === 'resources').length, 3);
  });
});
