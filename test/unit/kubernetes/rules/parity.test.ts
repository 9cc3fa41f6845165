import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-removed-api-version', () => {
  const RULE = 'k8s-removed-api-version';
  it('fires on the apiVersion value and says in which release it was removed', () => {
    const f = expectOne(deployment().replace('apps/v1', 'extensions/v1beta1'), RULE, 'extensions/v1beta1', opts());
    assert.match(f.message, /Deployment extensions\/v1beta1 was removed in Kubernetes 1\.16: use apps\/v1/);
    assert.deepStrictEqual(f.aliases, ['no-extensions-v1beta']);
    const psp = 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\nspec: {}\n';
    assert.match(expectOne(psp, RULE, 'policy/v1beta1', opts()).message, /1\.25/);
  });
  it('does not fire on served versions or unknown kinds', () => {
    expectNone(deployment(), RULE, opts());
    expectNone('apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec: {minAvailable: 1}\n', RULE, opts());
    expectNone('apiVersion: example.com/v1beta1\nkind: Deployment\nmetadata: {name: p}\n', RULE, opts());
  });
});

describe('k8s-deprecated-service-account-field', () => {
  const RULE = 'k8s-deprecated-service-account-field';
  it('fires on the serviceAccount key, louder wording when it disagrees', () => {
    expectOne(deployment({ pod: 'serviceAccount: builder' }), RULE, 'serviceAccount', opts());
    const f = expectOne(deployment({ pod: 'serviceAccount: a\nserviceAccountName: b' }), RULE, 'serviceAccount', opts());
    assert.match(f.message, /disagrees/);
  });
  it('does not fire on serviceAccountName alone', () => {
    expectNone(deployment({ pod: 'serviceAccountName: builder' }), RULE, opts());
  });
});

describe('k8s-mismatching-selector', () => {
  const RULE = 'k8s-mismatching-selector';
  const withLabels = (selector: string, labels: string) =>
    deployment().replace('spec:\n  template:\n', `spec:\n  selector:\n    matchLabels: ${selector}\n  template:\n    metadata:\n      labels: ${labels}\n`);
  it('fires on the selector key the template lacks or sets differently', () => {
    expectOne(withLabels('{app: web}', '{app: api}'), RULE, 'app', opts());
    expectOne(withLabels('{app: web, tier: front}', '{app: web}'), RULE, 'tier', opts());
  });
  it('does not fire when the template carries every selected label (and more), nor on a patch', () => {
    expectNone(withLabels('{app: web}', '{app: web, version: v2}'), RULE, opts());
    const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    spec:\n      containers:\n        - name: web\n          resources: {limits: {memory: 1Gi}}\n';
    expectNone(patch, RULE, opts());
  });
});

describe('k8s-host-process', () => {
  const RULE = 'k8s-host-process';
  it('fires on hostProcess: true, once for a pod-level setting', () => {
    expectOne(deployment({ container: 'securityContext:\n  windowsOptions:\n    hostProcess: true' }), RULE, 'hostProcess: true', opts());
    const pod = deployment({ pod: 'securityContext:\n  windowsOptions: {hostProcess: true}' }).replace('          image: nginx:1.30.0\n', '          image: nginx:1.30.0\n        - name: b\n          image: nginx:1.30.0\n');
    assert.match(expectOne(pod, RULE, 'hostProcess: true', opts()).message, /every container/);
  });
  it('does not fire on hostProcess: false or Windows options without it', () => {
    expectNone(deployment({ container: 'securityContext:\n  windowsOptions:\n    hostProcess: false' }), RULE, opts());
    expectNone(deployment({ container: 'securityContext:\n  windowsOptions:\n    runAsUserName: ContainerUser' }), RULE, opts());
  });
});
