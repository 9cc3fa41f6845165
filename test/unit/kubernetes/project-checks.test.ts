import * as assert from 'assert';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { Finding } from '../../../src/core/base/model/finding';
import { localizedMessage } from '../../../src/core/base/l10n/rule-text';
import { textAt } from '../helpers';

/** Lints `path` in a small project of files, the project root being `/proj` as the CLI or the editor gives it. */
function lintProject(files: Record<string, string>, path: string, rule: string): Finding[] {
  const result = analyzeFile({ path, text: files[path], kind: 'kubernetes' }, defaultConfig(), memoryHost(files, ['/proj']));
  assert.deepStrictEqual(result.ruleErrors, []);
  return result.findings.filter((f) => f.rule === rule);
}

const service = (selector: string, meta = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${meta}spec:\n  selector:\n${selector}  ports:\n    - port: 80\n`;
const workload = (labels: string, opts: { name?: string; meta?: string; replicas?: string; pod?: string; kind?: string } = {}) =>
  `apiVersion: apps/v1\nkind: ${opts.kind ?? 'Deployment'}\nmetadata:\n  name: ${opts.name ?? 'web'}\n${opts.meta ?? ''}spec:\n${opts.replicas ? `  replicas: ${opts.replicas}\n` : ''}  template:\n    metadata:\n      labels: ${labels}\n    spec:\n${opts.pod ?? ''}      containers:\n        - name: web\n          image: web:1.2.3\n`;

describe('k8s-dangling-service (dangling-service) across a project', () => {
  const R = 'k8s-dangling-service';
  it('fires when no pod template anywhere in the project carries the labels, at the label no pod has', () => {
    const files = { '/proj/svc/web.yaml': service('    app: web-frontend\n    tier: front\n'), '/proj/apps/deploy.yaml': workload('{app: frontend, tier: front}') };
    const [f, ...rest] = lintProject(files, '/proj/svc/web.yaml', R);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(textAt(files['/proj/svc/web.yaml'], f.range), 'app');
    assert.match(f.message, /Service "web" selects app=web-frontend, tier=front, but no pod template in the project carries these labels/);
    assert.match(localizedMessage(f, 'ko'), /프로젝트의 어떤 파드 템플릿에도 이 레이블이 없습니다/);
    assert.deepStrictEqual(f.aliases, ['dangling-service']);
  });
  it('does not fire when a pod template in the same file or another file matches (extra labels allowed)', () => {
    const same = { '/proj/a.yaml': service('    app: web\n') + '---\n' + workload('{app: web, version: v2}') };
    assert.deepStrictEqual(lintProject(same, '/proj/a.yaml', R), []);
    const other = { '/proj/svc.yaml': service('    app: web\n'), '/proj/deep/er/cron.yaml': workload('{app: web}').replace('kind: Deployment', 'kind: StatefulSet') };
    assert.deepStrictEqual(lintProject(other, '/proj/svc.yaml', R), []);
  });
  it('follows namespaces: metadata.namespace, the kustomization namespace; unset matches any', () => {
    const ns = (n: string) => `  namespace: ${n}\n`;
    const apart = { '/proj/svc.yaml': service('    app: web\n', ns('shop')), '/proj/d.yaml': workload('{app: web}', { meta: ns('blog') }) };
    assert.strictEqual(lintProject(apart, '/proj/svc.yaml', R).length, 1);
    const unset = { '/proj/svc.yaml': service('    app: web\n', ns('shop')), '/proj/d.yaml': workload('{app: web}') };
    assert.deepStrictEqual(lintProject(unset, '/proj/svc.yaml', R), []);
    const kustomized = {
      '/proj/svc.yaml': service('    app: web\n', ns('shop')),
      '/proj/base/d.yaml': workload('{app: web}'),
      '/proj/base/kustomization.yaml': 'namespace: blog\nresources:\n  - d.yaml\n',
    };
    assert.strictEqual(lintProject(kustomized, '/proj/svc.yaml', R).length, 1);
  });
  it('stays silent without a selector, for ExternalName, kube-system, or a project holding no pod template', () => {
    const noSelector = { '/proj/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  ports: [{port: 5432}]\n', '/proj/d.yaml': workload('{app: web}') };
    assert.deepStrictEqual(lintProject(noSelector, '/proj/svc.yaml', R), []);
    const external = { '/proj/svc.yaml': service('    app: db\n').replace('spec:\n', 'spec:\n  type: ExternalName\n  externalName: db.example.com\n'), '/proj/d.yaml': workload('{app: web}') };
    assert.deepStrictEqual(lintProject(external, '/proj/svc.yaml', R), []);
    const control = { '/proj/svc.yaml': service('    component: kube-scheduler\n', '  namespace: kube-system\n'), '/proj/d.yaml': workload('{app: web}') };
    assert.deepStrictEqual(lintProject(control, '/proj/svc.yaml', R), []);
    assert.deepStrictEqual(lintProject({ '/proj/svc.yaml': service('    app: web\n') }, '/proj/svc.yaml', R), []);
  });
  it('stays silent when the project may hold pods it cannot see: an operator resource, a Helm chart, a kustomize patch', () => {
    const base = { '/proj/svc.yaml': service('    app: prometheus\n'), '/proj/d.yaml': workload('{app: web}') };
    const operator = { ...base, '/proj/prom.yaml': 'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s}\nspec: {replicas: 2}\n' };
    assert.deepStrictEqual(lintProject(operator, '/proj/svc.yaml', R), []);
    // a ServiceMonitor runs no pods: it hides nothing
    const monitor = { ...base, '/proj/sm.yaml': 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: web}\nspec: {}\n' };
    assert.strictEqual(lintProject(monitor, '/proj/svc.yaml', R).length, 1);
    assert.deepStrictEqual(lintProject({ ...base, '/proj/chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n' }, '/proj/svc.yaml', R), []);
    const patched = { ...base, '/proj/kustomization.yaml': 'resources: [d.yaml]\npatches:\n  - path: svc.yaml\n' };
    assert.deepStrictEqual(lintProject(patched, '/proj/svc.yaml', R), []);
    // a base outside the analysed folder, or a remote one, brings pods the walk never reads
    const outside = { ...base, '/proj/overlay/kustomization.yaml': 'resources:\n  - ../../shared/app\n' };
    assert.deepStrictEqual(lintProject(outside, '/proj/svc.yaml', R), []);
    const remote = { ...base, '/proj/overlay/kustomization.yaml': 'resources:\n  - https://github.com/example/app//deploy?ref=v1.2.0\n' };
    assert.deepStrictEqual(lintProject(remote, '/proj/svc.yaml', R), []);
  });
});

describe('k8s-missing-service-account (non-existent-service-account) across a project', () => {
  const R = 'k8s-missing-service-account';
  const sa = (name: string, ns = '') => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n${ns}`;
  it('fires at the name when the project defines ServiceAccounts but not this one', () => {
    const files = { '/proj/d.yaml': workload('{app: web}', { pod: '      serviceAccountName: web-reader\n' }), '/proj/rbac/sa.yaml': sa('web-readers') };
    const [f] = lintProject(files, '/proj/d.yaml', R);
    assert.strictEqual(textAt(files['/proj/d.yaml'], f.range), 'web-reader');
    assert.match(localizedMessage(f, 'ko'), /ServiceAccount "web-reader"로 실행되지만/);
  });
  it('does not fire when it is defined (same file or elsewhere), for default, or when the project defines none', () => {
    const pod = { pod: '      serviceAccountName: web\n' };
    assert.deepStrictEqual(lintProject({ '/proj/d.yaml': workload('{app: web}', pod) + '---\n' + sa('web') }, '/proj/d.yaml', R), []);
    assert.deepStrictEqual(lintProject({ '/proj/d.yaml': workload('{app: web}', pod), '/proj/x/sa.yaml': sa('web') }, '/proj/d.yaml', R), []);
    assert.deepStrictEqual(lintProject({ '/proj/d.yaml': workload('{app: web}', { pod: '      serviceAccountName: default\n' }), '/proj/sa.yaml': sa('x') }, '/proj/d.yaml', R), []);
    assert.deepStrictEqual(lintProject({ '/proj/d.yaml': workload('{app: web}', pod) }, '/proj/d.yaml', R), []);
  });
  it('an account of the same name in another namespace does not count', () => {
    const files = { '/proj/d.yaml': workload('{app: web}', { pod: '      serviceAccountName: web\n', meta: '  namespace: shop\n' }), '/proj/sa.yaml': sa('web', '  namespace: blog\n') };
    assert.strictEqual(lintProject(files, '/proj/d.yaml', R).length, 1);
  });
});

describe('k8s-pdb-min-available-blocks (pdb-min-available) across a project', () => {
  const R = 'k8s-pdb-min-available-blocks';
  const pdb = (min: string) => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: ${min}\n  selector:\n    matchLabels: {app: web}\n`;
  it('fires when minAvailable reaches the replicas of the selected workloads, naming them, with their replicas as related', () => {
    const files = { '/proj/pdb.yaml': pdb('2'), '/proj/apps/d.yaml': workload('{app: web}', { replicas: '2' }) };
    const [f] = lintProject(files, '/proj/pdb.yaml', R);
    assert.strictEqual(textAt(files['/proj/pdb.yaml'], f.range), '2');
    assert.match(f.message, /sets minAvailable 2, but the pods it selects \(Deployment "web"\) number 2/);
    assert.strictEqual(f.related?.[0].path, '/proj/apps/d.yaml');
    assert.match(localizedMessage(f, 'ko'), /선택된 파드\(Deployment "web"\)는 2개뿐입니다/);
    const percent = { '/proj/pdb.yaml': pdb('"60%"'), '/proj/d.yaml': workload('{app: web}', { replicas: '1' }) };
    assert.match(lintProject(percent, '/proj/pdb.yaml', R)[0].message, /rounds up to all of them/);
  });
  it('100% fires on its own; an autoscaler minimum counts as the replicas', () => {
    assert.strictEqual(lintProject({ '/proj/pdb.yaml': pdb('"100%"') }, '/proj/pdb.yaml', R).length, 1);
    const hpa = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 3\n  maxReplicas: 6\n';
    const scaled = { '/proj/pdb.yaml': pdb('2'), '/proj/d.yaml': workload('{app: web}', { replicas: '1' }), '/proj/hpa.yaml': hpa };
    assert.deepStrictEqual(lintProject(scaled, '/proj/pdb.yaml', R), []);
  });
  it('does not fire below the replicas, summed over every selected workload, nor when a count is unknown', () => {
    assert.deepStrictEqual(lintProject({ '/proj/pdb.yaml': pdb('2'), '/proj/d.yaml': workload('{app: web}', { replicas: '3' }) }, '/proj/pdb.yaml', R), []);
    const two = { '/proj/pdb.yaml': pdb('1'), '/proj/a.yaml': workload('{app: web}', { replicas: '1' }), '/proj/b.yaml': workload('{app: web}', { name: 'web-canary', replicas: '1' }) };
    assert.deepStrictEqual(lintProject(two, '/proj/pdb.yaml', R), []);
    assert.deepStrictEqual(lintProject({ '/proj/pdb.yaml': pdb('1'), '/proj/d.yaml': workload('{app: web}') }, '/proj/pdb.yaml', R), []);
    assert.deepStrictEqual(lintProject({ '/proj/pdb.yaml': pdb('1'), '/proj/d.yaml': workload('{app: web}', { kind: 'DaemonSet' }) }, '/proj/pdb.yaml', R), []);
    assert.deepStrictEqual(lintProject({ '/proj/pdb.yaml': pdb('1') }, '/proj/pdb.yaml', R), []);
  });
});

describe('k8s-dangling-service: pod templates of well-known custom resources', () => {
  it('an OpenShift DeploymentConfig or an Argo Rollout is a pod source, judged like a Deployment', () => {
    const dc = (labels: string) => `apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata:\n  name: shop\nspec:\n  template:\n    metadata:\n      labels: ${labels}\n`;
    assert.deepStrictEqual(lintProject({ '/proj/svc.yaml': service('    app: shop\n'), '/proj/dc.yaml': dc('{app: shop}') }, '/proj/svc.yaml', 'k8s-dangling-service'), []);
    assert.strictEqual(lintProject({ '/proj/svc.yaml': service('    app: shop\n'), '/proj/dc.yaml': dc('{app: shop-v2}') }, '/proj/svc.yaml', 'k8s-dangling-service').length, 1);
    const rollout = 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: shop\nspec:\n  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: shop}\n';
    assert.deepStrictEqual(lintProject({ '/proj/svc.yaml': service('    app: shop\n'), '/proj/r.yaml': rollout, '/proj/d.yaml': workload('{app: other}') }, '/proj/svc.yaml', 'k8s-dangling-service'), []);
  });
});
