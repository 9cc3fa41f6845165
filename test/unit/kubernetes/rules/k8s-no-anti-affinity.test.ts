import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { opts } from '../k8s';

const R = 'k8s-no-anti-affinity';

function replicated(replicas: string, pod = '', kind = 'Deployment'): string {
  return [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: web',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels: {app: web}',
    '  template:',
    '    metadata:',
    '      labels: {app: web}',
    '    spec:',
    ...pod.split('\n').filter(Boolean).map((l) => '      ' + l),
    '      containers:',
    '        - name: web',
    '          image: web:1.4.2',
    '',
  ].join('\n');
}

describe('k8s-no-anti-affinity (no-anti-affinity)', () => {
  it('points at replicas when several replicas have nothing spreading them', () => {
    const f = expectOne(replicated('3'), R, 'replicas', opts());
    assert.deepStrictEqual(f.aliases, ['no-anti-affinity']);
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /Deployment "web" runs 3 replicas/);
    expectOne(replicated('2', '', 'StatefulSet'), R, 'replicas', opts());
  });
  it('accepts pod anti-affinity or a topology spread constraint', () => {
    expectNone(replicated('3', 'affinity:\n  podAntiAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution: []'), R, opts());
    expectNone(replicated('3', 'topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: kubernetes.io/hostname\n    whenUnsatisfiable: ScheduleAnyway\n    labelSelector: {matchLabels: {app: web}}'), R, opts());
  });
  it('does not fire for one replica, no replicas key, templated counts or DaemonSets', () => {
    expectNone(replicated('1'), R, opts());
    expectNone(replicated('3').replace('  replicas: 3\n', ''), R, opts());
    expectNone(replicated('"${REPLICAS}"'), R, opts());
    expectNone(replicated('3', '', 'DaemonSet'), R, opts());
  });
});
