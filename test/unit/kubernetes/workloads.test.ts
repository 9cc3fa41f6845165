import * as assert from 'assert';
import { podSecurityLevel } from '../../../src/core/formats/kubernetes/pod-security';
import { parseQuantity, qosClass } from '../../../src/core/formats/kubernetes/workloads';
import { textAt } from '../helpers';
import { deployment, HARDENED } from './k8s';
import { kubernetesWorkloads } from '../readers';

function qos(containers: string): string {
  const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n${containers}`;
  const [w] = kubernetesWorkloads(text);
  return qosClass(w);
}

describe('kubernetes/workloads model', () => {
  it('recognises every workload kind and finds the pod template', () => {
    const spec = 'spec:\n  containers:\n    - name: c\n      image: busybox:1.36\n';
    const tpl = 'template:\n' + spec.replace(/^/gm, '  ');
    const docs = [
      `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n${spec}`,
      ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'].map(
        (k) => `apiVersion: apps/v1\nkind: ${k}\nmetadata: {name: a}\nspec:\n${tpl.replace(/^/gm, '  ')}`,
      ),
      `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: a}\nspec:\n  jobTemplate:\n    spec:\n${tpl.replace(/^/gm, '      ')}`,
      `apiVersion: v1\nkind: PodTemplate\nmetadata: {name: a}\n${tpl}`,
    ];
    const ws = kubernetesWorkloads(docs.map((d) => d.trimEnd()).join('\n---\n'));
    assert.deepStrictEqual(ws.map((w) => w.kind), ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate']);
    assert.ok(ws.every((w) => w.containers.length === 1 && w.containers[0].image?.raw === 'busybox:1.36'));
  });

  it('reads containers, init and ephemeral containers with exact ranges, in later documents', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n' + deployment({ pod: 'initContainers:\n  - name: init\n    image: busybox:1.36\nephemeralContainers:\n  - image: busybox:1.36' });
    const [w] = kubernetesWorkloads(text);
    assert.strictEqual(w.name, 'web');
    assert.strictEqual(textAt(text, w.kindRange), 'kind: Deployment');
    assert.strictEqual(textAt(text, w.nameRange!), 'web');
    assert.deepStrictEqual(w.containers.map((c) => [c.type, c.name]), [['container', 'web'], ['initContainer', 'init'], ['ephemeralContainer', undefined]]);
    assert.strictEqual(textAt(text, w.containers[0].anchorRange), 'web');
    assert.strictEqual(textAt(text, w.containers[2].anchorRange), 'image');
    assert.strictEqual(w.containers[0].anchorRange.start.line, 17);
  });

  it('combines pod and container securityContext the way Kubernetes does (container wins)', () => {
    const text = deployment({ pod: 'securityContext:\n  runAsUser: 1000\n  runAsNonRoot: true\n  seccompProfile: {type: RuntimeDefault}', container: 'securityContext:\n  runAsUser: 0\n  privileged: false' });
    const sc = kubernetesWorkloads(text)[0].containers[0].securityContext;
    assert.strictEqual(sc.runAsUser?.value, 0);
    assert.strictEqual(sc.runAsUser?.source, 'container');
    assert.strictEqual(sc.runAsNonRoot?.source, 'pod');
    assert.strictEqual(sc.seccompProfile?.value, 'RuntimeDefault');
    assert.strictEqual(textAt(text, sc.runAsUser!.range), 'runAsUser: 0');
  });

  it('follows anchors and merge keys, and reads List items', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    metadata: {name: a}',
      '    spec:',
      '      containers:',
      '        - &base',
      '          name: a',
      '          image: busybox:1.36',
      '          securityContext: {privileged: true}',
      '        - <<: *base',
      '          name: b',
    ].join('\n');
    const [w] = kubernetesWorkloads(text);
    assert.deepStrictEqual(w.containers.map((c) => [c.name, c.securityContext.privileged?.value]), [['a', true], ['b', true]]);
    assert.strictEqual(textAt(text, w.containers[1].securityContext.privileged!.range), 'privileged: true');
  });

  it('parses quantities', () => {
    assert.strictEqual(parseQuantity('100m'), 0.1);
    assert.strictEqual(parseQuantity('128Mi'), 128 * 2 ** 20);
    assert.strictEqual(parseQuantity('1G'), 1e9);
    assert.strictEqual(parseQuantity('1e3'), 1000);
    assert.strictEqual(parseQuantity('0.5'), 0.5);
    assert.strictEqual(parseQuantity('${CPU}'), undefined);
  });
});

describe('kubernetes/qosClass', () => {
  const c = (name: string, res: string) => `    - name: ${name}\n      image: x:1\n${res ? '      resources:\n' + res.replace(/^/gm, '        ') + '\n' : ''}`;
  it('BestEffort without requests or limits', () => {
    assert.strictEqual(qos(c('a', '')), 'BestEffort');
    assert.strictEqual(qos(c('a', 'requests: {ephemeral-storage: 1Gi}')), 'BestEffort');
  });
  it('Burstable with requests only, or requests below limits', () => {
    assert.strictEqual(qos(c('a', 'requests: {cpu: 100m}')), 'Burstable');
    assert.strictEqual(qos(c('a', 'requests: {cpu: 100m, memory: 1Gi}\nlimits: {cpu: 200m, memory: 1Gi}')), 'Burstable');
    assert.strictEqual(qos(c('a', 'limits: {memory: 1Gi}')), 'Burstable');
  });
  it('Guaranteed when limits are set and requests default to them', () => {
    assert.strictEqual(qos(c('a', 'limits: {cpu: 500m, memory: 1Gi}')), 'Guaranteed');
    assert.strictEqual(qos(c('a', 'requests: {cpu: "0.5", memory: 1024Mi}\nlimits: {cpu: 500m, memory: 1Gi}')), 'Guaranteed');
  });
  it('needs every container to be Guaranteed', () => {
    assert.strictEqual(qos(c('a', 'limits: {cpu: 1, memory: 1Gi}') + c('b', '')), 'Burstable');
    assert.strictEqual(qos(c('a', 'limits: {cpu: 1, memory: 1Gi}') + c('b', 'limits: {cpu: 1, memory: 1Gi}')), 'Guaranteed');
  });
  it('ignores zero quantities', () => {
    assert.strictEqual(qos(c('a', 'requests: {cpu: 0, memory: 0}')), 'BestEffort');
  });
});

describe('kubernetes/podSecurityLevel', () => {
  const level = (parts: Parameters<typeof deployment>[0]) => podSecurityLevel(kubernetesWorkloads(deployment(parts))[0]);
  it('restricted for a hardened pod', () => {
    const r = level({ container: HARDENED });
    assert.deepStrictEqual(r.violations.map((v) => v.control), []);
    assert.strictEqual(r.level, 'restricted');
  });
  it('baseline for a default pod, listing the restricted controls it misses', () => {
    const r = level({});
    assert.strictEqual(r.level, 'baseline');
    assert.deepStrictEqual([...new Set(r.violations.map((v) => v.control))].sort(), ['Capabilities', 'Privilege Escalation', 'Running as Non-root', 'Seccomp']);
  });
  it('privileged for each baseline control, with the range of the offending value', () => {
    const cases: Array<[Parameters<typeof deployment>[0], string, string]> = [
      [{ pod: 'hostNetwork: true' }, 'Host Namespaces', 'hostNetwork: true'],
      [{ pod: 'hostPID: true' }, 'Host Namespaces', 'hostPID: true'],
      [{ container: 'securityContext:\n  privileged: true' }, 'Privileged Containers', 'privileged: true'],
      [{ container: 'securityContext:\n  capabilities:\n    add: [SYS_ADMIN]' }, 'Capabilities', 'SYS_ADMIN'],
      [{ pod: 'volumes:\n  - name: h\n    hostPath: {path: /data}' }, 'HostPath Volumes', 'hostPath'],
      [{ container: 'ports:\n  - containerPort: 80\n    hostPort: 8080' }, 'Host Ports', '8080'],
      [{ container: 'securityContext:\n  procMount: Unmasked' }, '/proc Mount Type', 'procMount: Unmasked'],
      [{ container: 'securityContext:\n  seccompProfile: {type: Unconfined}' }, 'Seccomp', 'type: Unconfined'],
      [{ pod: 'securityContext:\n  sysctls:\n    - {name: kernel.msgmax, value: "1"}' }, 'Sysctls', 'kernel.msgmax'],
      [{ container: 'securityContext:\n  seLinuxOptions: {type: spc_t}' }, 'SELinux', 'type: spc_t'],
      [{ container: 'securityContext:\n  appArmorProfile: {type: Unconfined}' }, 'AppArmor', 'type: Unconfined'],
    ];
    for (const [parts, control, token] of cases) {
      const text = deployment(parts);
      const r = podSecurityLevel(kubernetesWorkloads(text)[0]);
      const v = r.violations.find((x) => x.control === control && x.level === 'baseline');
      assert.ok(v, `${control} in ${JSON.stringify(r.violations.map((x) => x.control))}`);
      assert.strictEqual(textAt(text, v.range), token, control);
      assert.strictEqual(r.level, 'privileged', control);
    }
  });
  it('pod-level runAsNonRoot and seccomp satisfy restricted for every container', () => {
    const r = level({
      pod: 'securityContext:\n  runAsNonRoot: true\n  seccompProfile: {type: RuntimeDefault}',
      container: 'securityContext:\n  allowPrivilegeEscalation: false\n  capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}',
    });
    assert.strictEqual(r.level, 'restricted');
  });
  it('runAsUser 0 and a non-restricted volume type fail restricted only', () => {
    const r = level({ container: HARDENED + '\n  runAsUser: 0', pod: 'volumes:\n  - name: n\n    nfs: {server: x, path: /}' });
    assert.strictEqual(r.level, 'baseline');
    assert.deepStrictEqual(r.violations.map((v) => v.control).sort(), ['Running as Non-root user', 'Volume Types']);
  });
});
