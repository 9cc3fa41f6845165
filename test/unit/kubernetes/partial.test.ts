import * as assert from 'assert';
import { expectOne, lint } from '../helpers';
import { opts } from './k8s';

describe('kubernetes analysis: partial objects (patches) are not workloads', () => {
  const patch = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          resources:',
    '            limits: {memory: 256Mi}',
  ].join('\n') + '\n';

  it('a strategic-merge fragment without an image gets no "missing" findings', () => {
    assert.deepStrictEqual(lint(patch, opts({ path: '/work/k8s/overlay/mem.yaml' })).map((f) => f.rule), []);
  });

  it('a kind/kubeadm style static-pod patch gets no run-as-root, seccomp or resource findings', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n  - name: kube-apiserver\n    resources:\n      requests: {cpu: 250m}\n';
    assert.deepStrictEqual(lint(text, opts()).map((f) => f.rule), []);
  });

  it('a pod-level fragment without containers is not a workload either', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      nodeSelector: {disk: ssd}\n';
    assert.deepStrictEqual(lint(text, opts()).map((f) => f.rule), []);
  });

  it('what a fragment writes explicitly is still reported on its line', () => {
    const text = patch.replace('          resources:\n            limits: {memory: 256Mi}\n', '          securityContext:\n            privileged: true\n');
    expectOne(text, 'k8s-privileged-container', 'privileged: true', opts());
    assert.deepStrictEqual(lint(text, opts()).map((f) => f.rule).filter((r) => r !== 'k8s-privileged-container' && r !== 'k8s-privilege-escalation'), []);
  });

  it('a whole workload with an image is still judged', () => {
    const text = patch.replace('        - name: web\n', '        - name: web\n          image: nginx:1.30.0\n');
    expectOne(text, 'k8s-run-as-root', 'web', opts());
  });
});
