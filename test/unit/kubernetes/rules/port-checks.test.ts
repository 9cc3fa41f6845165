import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { deployment, opts } from '../k8s';

const service = (ports: string, extra = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${extra}  ports:\n${ports}`;

describe('k8s-invalid-target-port (invalid-target-ports)', () => {
  const R = 'k8s-invalid-target-port';
  it('fires on a quoted number, a bad name and a number out of range, at the value', () => {
    const f = expectOne(service('    - port: 80\n      targetPort: "8080"\n'), R, '"8080"', opts());
    assert.deepStrictEqual(f.aliases, ['invalid-target-ports']);
    assert.match(f.message, /at least one letter; write a number unquoted/);
    assert.match(localizedMessage(f, 'ko'), /글자가 하나 이상 있어야 함/);
    expectOne(service('    - port: 80\n      targetPort: HTTP_Web\n'), R, 'HTTP_Web', opts());
    expectOne(service('    - port: 80\n      targetPort: metrics-endpoint-1\n'), R, 'metrics-endpoint-1', opts());
    expectOne(service('    - port: 80\n      targetPort: 70000\n'), R, '70000', opts());
    expectOne(service('    - targetPort: web-http-metrics-1\n'), R, 'web-http-metrics-1', opts());
  });
  it('fires on a container port name the API server rejects', () => {
    const f = expectOne(deployment({ container: 'ports:\n  - name: web--http\n    containerPort: 8080' }), R, 'web--http', opts());
    assert.match(f.message, /Container "web" of Deployment "web" names a port "web--http"/);
  });
  it('does not fire on numbers, valid names, 0 or templated values', () => {
    expectNone(service('    - port: 80\n      targetPort: 8080\n    - port: 81\n      targetPort: http-metrics\n    - port: 82\n      targetPort: 0\n    - port: 83\n      targetPort: ${PORT}\n'), R, opts());
    expectNone(deployment({ container: 'ports:\n  - name: http\n    containerPort: 8080\n  - containerPort: 9090' }), R, opts());
  });
});

describe('k8s-liveness-probe-port / readiness / startup (liveness-port, readiness-port, startup-port)', () => {
  const ports = 'ports:\n  - name: http\n    containerPort: 8080\n';
  it('fires as an error on a named port the container does not declare', () => {
    const f = expectOne(deployment({ container: ports + 'livenessProbe:\n  httpGet: {path: /healthz, port: metrics}' }), 'k8s-liveness-probe-port', 'metrics', opts());
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(f.aliases, ['liveness-port']);
    assert.match(localizedMessage(f, 'ko'), /liveness 프로브가 포트 "metrics"를 검사하지만/);
    expectOne(deployment({ container: ports + 'readinessProbe:\n  tcpSocket: {port: admin}' }), 'k8s-readiness-probe-port', 'admin', opts());
  });
  it('fires as a warning on a number missing from declared ports, for each probe kind', () => {
    const f = expectOne(deployment({ container: ports + 'startupProbe:\n  grpc: {port: 9090}' }), 'k8s-startup-probe-port', '9090', opts());
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /startup probe on port 9090, which it does not declare \(it declares 8080\)/);
  });
  it('does not fire on declared ports, on a container that declares none, on UDP-only names or other probes', () => {
    expectNone(deployment({ container: ports + 'livenessProbe:\n  httpGet: {port: http}\nreadinessProbe:\n  httpGet: {port: 8080}' }), 'k8s-liveness-probe-port', opts());
    expectNone(deployment({ container: ports + 'readinessProbe:\n  httpGet: {port: "8080"}' }), 'k8s-readiness-probe-port', opts());
    expectNone(deployment({ container: 'livenessProbe:\n  tcpSocket: {port: 5432}' }), 'k8s-liveness-probe-port', opts());
    expectNone(deployment({ container: ports + 'livenessProbe:\n  exec: {command: [true]}' }), 'k8s-liveness-probe-port', opts());
    expectNone(deployment({ container: ports + 'readinessProbe:\n  httpGet: {port: http}' }), 'k8s-liveness-probe-port', opts());
    // a UDP port's name does not count for a TCP probe, so that one does fire
    assert.strictEqual(findingsOf(deployment({ container: 'ports:\n  - {name: dns, containerPort: 53, protocol: UDP}\nlivenessProbe:\n  tcpSocket: {port: dns}' }), 'k8s-liveness-probe-port', opts()).length, 1);
  });
});

describe('k8s-duplicate-env-var (duplicate-env-var)', () => {
  const R = 'k8s-duplicate-env-var';
  it('fires on the second entry, with the first as related location', () => {
    const text = deployment({ container: 'env:\n  - {name: LOG_LEVEL, value: info}\n  - {name: MODE, value: a}\n  - {name: LOG_LEVEL, value: debug}' });
    const [f, ...rest] = findingsOf(text, R, opts());
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(f.range.start.line, 13);
    assert.strictEqual(f.related?.[0].range.start.line, 11);
    assert.match(localizedMessage(f, 'ko'), /LOG_LEVEL를 두 번 설정합니다/);
  });
  it('does not fire on distinct names', () => {
    expectNone(deployment({ container: 'env:\n  - {name: A, value: x}\n  - {name: B, valueFrom: {fieldRef: {fieldPath: metadata.name}}}' }), R, opts());
  });
});

const pdb = (spec: string) => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n${spec}`;

describe('k8s-pdb-max-unavailable-zero (pdb-max-unavailable)', () => {
  const R = 'k8s-pdb-max-unavailable-zero';
  it('fires on maxUnavailable 0 and 0%', () => {
    assert.deepStrictEqual(expectOne(pdb('  maxUnavailable: 0\n  selector: {matchLabels: {app: web}}\n'), R, '0', opts()).aliases, ['pdb-max-unavailable']);
    expectOne(pdb('  maxUnavailable: "0%"\n  selector: {matchLabels: {app: web}}\n'), R, '"0%"', opts());
  });
  it('does not fire on 1, 10% or minAvailable budgets', () => {
    expectNone(pdb('  maxUnavailable: 1\n'), R, opts());
    expectNone(pdb('  maxUnavailable: 10%\n'), R, opts());
    expectNone(pdb('  minAvailable: 0\n'), R, opts());
  });
});

describe('k8s-pdb-unhealthy-eviction-policy (pdb-unhealthy-pod-eviction-policy)', () => {
  const R = 'k8s-pdb-unhealthy-eviction-policy';
  it('fires on spec when the policy is not set', () => {
    const f = expectOne(pdb('  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}\n'), R, 'spec', opts());
    assert.strictEqual(f.severity, 'info');
  });
  it('does not fire when set either way, nor on a budget without selector (a patch)', () => {
    expectNone(pdb('  maxUnavailable: 1\n  unhealthyPodEvictionPolicy: IfHealthyBudget\n  selector: {matchLabels: {app: web}}\n'), R, opts());
    expectNone(pdb('  maxUnavailable: 2\n'), R, opts());
  });
});

describe('k8s-job-ttl-after-finished (job-ttl-seconds-after-finished)', () => {
  const R = 'k8s-job-ttl-after-finished';
  const job = (spec = '', meta = '') => `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n${meta}spec:\n${spec}  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: m\n          image: app:1.2.3\n`;
  const cron = (jobSpec = '') => `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n${jobSpec}      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: n\n              image: app:1.2.3\n`;
  it('fires on a standalone Job without a TTL (at spec) and on a CronJob job template with one (at the key)', () => {
    const f = expectOne(job(), R, 'spec', opts());
    assert.match(localizedMessage(f, 'ko'), /ttlSecondsAfterFinished를 설정하지 않습니다/);
    expectOne(cron('      ttlSecondsAfterFinished: 600\n'), R, 'ttlSecondsAfterFinished', opts());
  });
  it('does not fire on a Job with a TTL, a hook the tool deletes, or a CronJob without one', () => {
    expectNone(job('  ttlSecondsAfterFinished: 3600\n'), R, opts());
    expectNone(job('', '  annotations:\n    helm.sh/hook: pre-upgrade\n    helm.sh/hook-delete-policy: hook-succeeded\n'), R, opts());
    expectNone(cron(), R, opts());
  });
});

describe('probe and target ports: what real manifests mean on purpose', () => {
  it('a probe on a port another container of the pod declares, or that the command line names, is not judged', () => {
    const sidecar = deployment({ container: 'ports:\n  - containerPort: 9000\nlivenessProbe:\n  httpGet: {path: /health, port: 8000}' }).replace(
      'spec:\n      containers:\n',
      'spec:\n      containers:\n        - name: http-front\n          image: front:2.0.1\n          ports:\n            - containerPort: 8000\n',
    );
    expectNone(sidecar, 'k8s-liveness-probe-port', opts());
    const flags = deployment({ container: 'args: ["--health-addr=:8081"]\nports:\n  - {name: webhook, containerPort: 9443}\nreadinessProbe:\n  httpGet: {path: /readyz, port: 8081}' });
    expectNone(flags, 'k8s-readiness-probe-port', opts());
    // 18081 is not 8081
    const other = deployment({ container: 'args: ["--health-addr=:18081"]\nports:\n  - {name: webhook, containerPort: 9443}\nreadinessProbe:\n  httpGet: {path: /readyz, port: 8081}' });
    expectOne(other, 'k8s-readiness-probe-port', '8081', opts());
  });
  it('a Service port entry written as placeholders (port: PORT) is not judged', () => {
    expectNone(service('    - protocol: SCTP\n      port: PORT\n      targetPort: PORT\n'), 'k8s-invalid-target-port', opts());
    expectNone(deployment({ container: 'ports:\n  - name: PORT_NAME\n    containerPort: PORT' }), 'k8s-invalid-target-port', opts());
  });
});
