import * as assert from 'assert';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { Finding } from '../../../src/core/base/model/finding';
import { localizedMessage } from '../../../src/core/base/l10n/rule-text';
import { textAt } from '../helpers';
import { deployment } from './k8s';

/** Lints `path` in a small project of files; `roots` as the editor or the CLI would give them. */
function lintProject(files: Record<string, string>, path: string, options: { roots?: string[]; guaranteed?: boolean } = {}): Finding[] {
  const config = defaultConfig();
  if (options.guaranteed) config.policy.guaranteedQoS = true;
  return analyzeFile({ path, text: files[path], kind: 'kubernetes' }, config, memoryHost(files, options.roots)).findings;
}

const limitRange = (extra = '', spec = 'default: {memory: 512Mi, cpu: 500m}\n      defaultRequest: {cpu: 100m}') =>
  `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n${extra}spec:\n  limits:\n    - type: Container\n      ${spec}\n`;
const of = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('kubernetes analysis: LimitRange defaults across a project', () => {
  it('a LimitRange in another folder under the project root applies, with its location as related', () => {
    const files = { '/proj/platform/limits.yaml': limitRange(), '/proj/apps/web/deploy.yaml': deployment() };
    const [f] = of(lintProject(files, '/proj/apps/web/deploy.yaml', { roots: ['/proj'] }), 'k8s-memory-limit-missing');
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /LimitRange "defaults" in \/proj\/platform\/limits\.yaml fills in limits\.memory = 512Mi/);
    assert.strictEqual(f.related?.[0].path, '/proj/platform/limits.yaml');
    assert.strictEqual(textAt(files['/proj/platform/limits.yaml'], f.related![0].range), '512Mi');
  });

  it('the message gives the QoS class the pod has once the defaults apply, not BestEffort', () => {
    const files = { '/proj/limits.yaml': limitRange(), '/proj/deploy.yaml': deployment() };
    const [f] = of(lintProject(files, '/proj/deploy.yaml', { roots: ['/proj'] }), 'k8s-memory-limit-missing');
    assert.match(f.message, /pod QoS class: Burstable with the LimitRange defaults/);
    assert.doesNotMatch(f.message, /BestEffort/);
    // the same facts in Korean: the rule's message nested with the QoS class the defaults give
    const ko = localizedMessage(f, 'ko');
    assert.match(ko, /LimitRange 기본값 적용 시 Burstable/);
    assert.match(ko, /LimitRange "defaults"이\(가\) 값을 정하지 않은 컨테이너에 limits\.memory = 512Mi/);
    assert.doesNotMatch(ko, /BestEffort|fills in/);
  });

  it('defaults that make the pod Guaranteed drop the QoS policy finding; others say what they fill in', () => {
    const equal = limitRange('', 'default: {memory: 512Mi, cpu: 500m}');
    const same = { '/proj/limits.yaml': equal, '/proj/deploy.yaml': deployment() };
    assert.deepStrictEqual(of(lintProject(same, '/proj/deploy.yaml', { roots: ['/proj'], guaranteed: true }), 'k8s-qos-not-guaranteed'), []);
    const burst = { '/proj/limits.yaml': limitRange(), '/proj/deploy.yaml': deployment() };
    const [f] = of(lintProject(burst, '/proj/deploy.yaml', { roots: ['/proj'], guaranteed: true }), 'k8s-qos-not-guaranteed');
    assert.match(f.message, /is Burstable, not Guaranteed, even with the defaults of LimitRange "defaults" in limits\.yaml/);
    assert.match(localizedMessage(f, 'ko'), /limits\.yaml의 LimitRange "defaults" 기본값\(.*\)을 적용해도 Guaranteed가 아니라 Burstable입니다/);
    assert.ok(f.related?.length);
  });

  it('max becomes the default limit and min the default request (API server defaulting)', () => {
    const files = { '/proj/limits.yaml': limitRange('', 'max: {memory: 1Gi}\n      min: {cpu: 50m}'), '/proj/deploy.yaml': deployment() };
    const all = lintProject(files, '/proj/deploy.yaml', { roots: ['/proj'] });
    assert.match(of(all, 'k8s-memory-limit-missing')[0].message, /limits\.memory = 1Gi/);
    assert.match(of(all, 'k8s-cpu-request-missing')[0].message, /requests\.cpu = 50m/);
  });

  it('namespaces: the object\'s, else its kustomization\'s, else default', () => {
    const other = { '/proj/limits.yaml': limitRange('  namespace: team-b\n'), '/proj/deploy.yaml': deployment({ meta: 'namespace: team-a' }) };
    assert.strictEqual(of(lintProject(other, '/proj/deploy.yaml', { roots: ['/proj'] }), 'k8s-memory-limit-missing')[0].severity, 'warning');
    const unsetVsNamed = { '/proj/limits.yaml': limitRange('  namespace: team-b\n'), '/proj/deploy.yaml': deployment() };
    assert.strictEqual(of(lintProject(unsetVsNamed, '/proj/deploy.yaml', { roots: ['/proj'] }), 'k8s-memory-limit-missing')[0].severity, 'warning');
    const viaKustomization = { ...unsetVsNamed, '/proj/kustomization.yaml': 'namespace: team-b\nresources:\n  - deploy.yaml\n' };
    assert.strictEqual(of(lintProject(viaKustomization, '/proj/deploy.yaml', { roots: ['/proj'] }), 'k8s-memory-limit-missing')[0].severity, 'info');
  });

  it('without roots, the nearest folder holding .git is the project', () => {
    const files = { '/repo/.git/HEAD': 'ref: main', '/repo/cluster/limits.yaml': limitRange(), '/repo/apps/deploy.yaml': deployment() };
    assert.strictEqual(of(lintProject(files, '/repo/apps/deploy.yaml'), 'k8s-memory-limit-missing')[0].severity, 'info');
    const noGit = { '/repo/cluster/limits.yaml': limitRange(), '/repo/apps/deploy.yaml': deployment() };
    assert.strictEqual(of(lintProject(noGit, '/repo/apps/deploy.yaml'), 'k8s-memory-limit-missing')[0].severity, 'warning');
  });

  it('a LimitRange later in the same file points at its own line', () => {
    const text = deployment() + '---\n' + limitRange();
    const [f] = of(lintProject({ '/p/all.yaml': text }, '/p/all.yaml'), 'k8s-memory-limit-missing');
    assert.strictEqual(f.related?.[0].path, '/p/all.yaml');
    assert.strictEqual(textAt(text, f.related![0].range), '512Mi');
  });
});
