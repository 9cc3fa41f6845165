import * as assert from 'assert';
import * as path from 'path';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { ProjectModel, Reason, ReasonCode, Workload } from '../../../src/core/project/model';
import { scanProject, scanProjectDetailed } from '../../../src/core/project/scan-project';
import { quantity } from '../../../src/core/project/isolation';
import { WEIGHT_ORDER } from '../../../src/core/project/verdict';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'projects');

function scan(name: string, hostOs: 'linux' | 'windows' = 'linux'): ProjectModel {
  return scanProject(path.join(FIXTURES, name), { hostOs });
}

function workload(model: ProjectModel, name: string): Workload {
  const w = model.workloads.find((x) => x.name === name);
  assert.ok(w, `workload ${name} in ${model.workloads.map((x) => x.name).join(', ')}`);
  return w;
}

function reasonOf(w: Workload, code: ReasonCode): Reason {
  const r = w.reasons.find((x) => x.code === code);
  assert.ok(r, `${w.name}: reason ${code} in ${w.reasons.map((x) => x.code).join(', ')}`);
  return r;
}

function at(r: Reason | { location?: { path: string; line: number } }): string {
  return r.location ? `${r.location.path}:${r.location.line}` : '';
}

describe('project model: scanProject', () => {
  it('hardened project: restricted, non-root, limits, linked Dockerfile → container is fine', () => {
    const m = scan('hardened');
    assert.deepStrictEqual(m.files.map((f) => `${f.path}:${f.kind}`), ['api/Dockerfile:dockerfile', 'deploy.yaml:kubernetes']);
    assert.strictEqual(m.workloads.length, 1, 'the Dockerfile is the Deployment image, not a workload of its own');
    const w = workload(m, 'api');
    assert.strictEqual(w.verdict, 'container');
    assert.deepStrictEqual(w.dockerfiles, ['api/Dockerfile']);
    assert.strictEqual(w.isolation.pss, 'restricted');
    assert.strictEqual(w.isolation.cgroups.qos, 'Guaranteed');
    assert.strictEqual(w.isolation.kernel.mode, 'shared');
    assert.strictEqual(w.isolation.privileges.root, 'no');
    assert.strictEqual(w.isolation.privileges.droppedAll, true);
    assert.strictEqual(w.isolation.privileges.seccomp, 'runtime-default');
    assert.ok(w.reasons.every((r) => r.weight === 'good'), JSON.stringify(w.reasons));
    assert.strictEqual(at(reasonOf(w, 'restricted')), 'deploy.yaml:4');
    for (const n of ['pid', 'network', 'mount', 'ipc', 'uts'] as const) assert.strictEqual(w.isolation.namespaces[n].state, 'isolated', n);
    assert.strictEqual(m.images[0].finalUser, '10001:10001');
    assert.strictEqual(m.images[0].runsAsRoot, 'no');
    assert.deepStrictEqual(m.images[0].userLocation, { path: 'api/Dockerfile', line: 6 });
  });

  it('privileged DaemonSet with hostPID and hostPath / → host-agent, reasons point at the lines', () => {
    const m = scan('privileged-daemonset');
    const w = workload(m, 'node-agent');
    assert.strictEqual(w.verdict, 'host-agent');
    assert.strictEqual(w.kind, 'DaemonSet');
    assert.strictEqual(w.namespace, 'kube-system');
    assert.strictEqual(at(reasonOf(w, 'host-root-equivalent')), 'node-agent.yaml:21');
    assert.strictEqual(at(reasonOf(w, 'host-root-mount')), 'node-agent.yaml:27');
    assert.strictEqual(at(reasonOf(w, 'host-network')), 'node-agent.yaml:16');
    assert.strictEqual(reasonOf(w, 'host-root-equivalent').weight, 'host-agent');
    assert.strictEqual(reasonOf(w, 'host-network').weight, 'info', 'host namespaces are by design for a node agent');
    assert.strictEqual(w.isolation.privileges.seccomp, 'unconfined', 'privileged switches seccomp off');
    for (const rt of ['gvisor', 'kata', 'firecracker', 'vm'] as const) assert.strictEqual(w.fit[rt].level, 'no', rt);
    assert.strictEqual(w.fit.runc.level, 'yes');
    const ns = w.isolation.namespaces;
    assert.deepStrictEqual([ns.pid.state, ns.network.state, ns.mount.state, ns.uts.state, ns.ipc.state], ['shared', 'shared', 'shared', 'shared', 'isolated']);
    assert.deepStrictEqual(ns.pid.location, { path: 'node-agent.yaml', line: 15 });
    assert.strictEqual(w.isolation.pss, 'privileged');
    assert.strictEqual(w.isolation.privileges.privileged, true);
    assert.strictEqual(w.isolation.cgroups.qos, 'BestEffort');
    assert.strictEqual(m.nextSteps[0].code, 'host-root-equivalent', 'ordered by impact');
  });

  it('Compose stack: network_mode host → harden, CI runner with docker.sock → vm, build: links the Dockerfile', () => {
    const m = scan('compose-host-network');
    const web = workload(m, 'web');
    assert.strictEqual(web.verdict, 'harden');
    assert.strictEqual(at(reasonOf(web, 'host-network')), 'compose.yaml:5');
    assert.strictEqual(web.isolation.namespaces.network.why, 'network_mode: host');
    assert.deepStrictEqual(web.dockerfiles, ['web/Dockerfile']);
    assert.strictEqual(web.isolation.privileges.root, 'no', 'USER node in web/Dockerfile');
    assert.deepStrictEqual(web.isolation.privileges.rootLocation, { path: 'web/Dockerfile', line: 5 });
    assert.strictEqual(web.isolation.cgroups.memoryLimit, '512m');
    assert.strictEqual(web.isolation.cgroups.cpuLimit, '1');
    const runner = workload(m, 'ci-runner');
    assert.strictEqual(runner.verdict, 'vm', 'untrusted jobs with the runtime socket: no sandbox contains that');
    assert.strictEqual(reasonOf(runner, 'untrusted-needs-host').weight, 'vm');
    assert.strictEqual(runner.fit.gvisor.level, 'no');
    assert.strictEqual(at(reasonOf(runner, 'container-runtime-socket')), 'compose.yaml:15');
    assert.strictEqual(runner.isolation.namespaces.mount.state, 'partial');
    assert.strictEqual(runner.isolation.cgroups.memoryLimit, '1g', 'deploy.resources.limits.memory');
    const db = workload(m, 'db');
    assert.strictEqual(db.verdict, 'harden');
    assert.strictEqual(at(reasonOf(db, 'no-memory-limit')), 'compose.yaml:8');
    assert.strictEqual(m.workloads.length, 3, 'web/Dockerfile is used by web, not listed again');
  });

  it('Windows image on a Linux host → vm; on a Windows host → a container is fine', () => {
    const m = scan('windows');
    const w = m.workloads[0];
    assert.strictEqual(w.platform, 'docker');
    assert.strictEqual(w.osFamily, 'windows');
    assert.strictEqual(w.isolation.kernel.mode, 'windows-process');
    assert.strictEqual(w.verdict, 'vm');
    assert.strictEqual(at(reasonOf(w, 'windows-on-linux')), 'Dockerfile:1');
    assert.strictEqual(m.images[0].osFamily, 'windows');
    const onWindows = scan('windows', 'windows').workloads[0];
    assert.strictEqual(onWindows.verdict, 'container');
    assert.ok(!onWindows.reasons.some((r) => r.code === 'windows-on-linux'));
  });

  it('gVisor workload: user-space kernel, untrusted code already sandboxed; the unsandboxed twin is flagged', () => {
    const m = scan('gvisor');
    const runner = workload(m, 'code-runner');
    assert.strictEqual(runner.isolation.kernel.mode, 'user-space-kernel');
    assert.strictEqual(runner.isolation.kernel.runtime, 'gvisor');
    assert.strictEqual(runner.verdict, 'sandbox', 'untrusted code: the sandbox is the right boundary, and it is already there');
    assert.strictEqual(at(reasonOf(runner, 'sandboxed-runtime')), 'sandbox.yaml:8');
    assert.strictEqual(reasonOf(runner, 'untrusted-code').params.sandboxed, 'yes');
    assert.match(reasonOf(runner, 'untrusted-code').message, /already runs in a sandbox/);
    assert.strictEqual(runner.fit.gvisor.reasons[0].code, 'current-runtime');
    assert.strictEqual(runner.isolation.privileges.root, 'no');
    const job = workload(m, 'tenant-job');
    assert.strictEqual(job.verdict, 'sandbox');
    assert.strictEqual(at(reasonOf(job, 'untrusted-code')), 'sandbox.yaml:27');
    assert.strictEqual(at(reasonOf(job, 'runs-as-root')), 'sandbox.yaml:31');
    assert.strictEqual(job.isolation.cgroups.cpuRequest, '200m', 'a CPU limit alone sets the request');
    assert.strictEqual(job.isolation.cgroups.qos, 'Guaranteed');
  });

  it('Kata via runtimeClassName → guest kernel; hostUsers: false → own user namespace', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: kata-pod}',
      'spec:',
      '  runtimeClassName: kata-qemu',
      '  hostUsers: false',
      '  containers:',
      '    - name: c',
      '      image: gcr.io/distroless/static-debian12:nonroot',
      '      resources: {limits: {memory: 64Mi, cpu: 100m}}',
    ].join('\n');
    const m = scanProject('/p', { host: memoryHost({ '/p/pod.yaml': text }), files: [{ path: '/p/pod.yaml' }] });
    const w = workload(m, 'kata-pod');
    assert.strictEqual(w.isolation.kernel.mode, 'guest-kernel');
    assert.strictEqual(w.isolation.namespaces.user.state, 'isolated');
    assert.deepStrictEqual(w.isolation.namespaces.user.location, { path: 'pod.yaml', line: 6 });
    assert.ok(w.reasons.some((r) => r.code === 'user-namespace'));
  });

  it('a Dockerfile that installs gosu and sets no USER: root, and the basis says its entrypoint most likely switches users', () => {
    const files = { '/p/db/Dockerfile': 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nENTRYPOINT ["docker-entrypoint.sh"]\n' };
    const m = scanProject('/p', { host: memoryHost(files), files: [{ path: '/p/db/Dockerfile' }] });
    assert.strictEqual(m.images[0].runsAsRoot, 'yes');
    const w = m.workloads[0];
    const root = w.reasons.find((r) => r.code === 'runs-as-root');
    assert.ok(root, JSON.stringify(w.reasons.map((r) => r.code)));
    assert.match(root.message, /installs gosu, so its entrypoint most likely switches users/);
  });

  it('a manifest image Skaffold builds is linked to the Dockerfile of its artifact, not a workload of its own', () => {
    const files = {
      '/p/skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: cart\n      context: svc/a1/app\n      docker:\n        dockerfile: build/Dockerfile\n',
      '/p/svc/a1/app/build/Dockerfile': 'FROM debian:12-slim\nUSER 10001:10001\nCMD ["/cart"]\n',
      '/p/manifests/cart.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: cart\nspec:\n  containers:\n    - name: server\n      image: cart\n',
    };
    const m = scanProject('/p', { host: memoryHost(files), files: Object.keys(files).filter((f) => !f.endsWith('skaffold.yaml')).map((p) => ({ path: p })) });
    assert.deepStrictEqual(m.workloads.map((w) => w.name), ['cart']);
    assert.deepStrictEqual(workload(m, 'cart').dockerfiles, ['svc/a1/app/build/Dockerfile']);
    assert.strictEqual(workload(m, 'cart').isolation.privileges.root, 'no');
  });

  it('whole fixture folder: summary counts, JSON round trip, display paths → absolute paths', () => {
    const { model, paths } = scanProjectDetailed(FIXTURES);
    const s = model.summary;
    assert.strictEqual(s.workloads, model.workloads.length);
    assert.strictEqual(Object.values(s.verdicts).reduce((a, b) => a + b, 0), s.workloads);
    assert.strictEqual(s.pss.privileged + s.pss.baseline + s.pss.restricted, model.workloads.filter((w) => w.platform === 'kubernetes').length);
    const json = JSON.stringify(model);
    assert.strictEqual(JSON.stringify(JSON.parse(json)), json);
    for (const f of model.files) assert.ok(paths.get(f.path)?.startsWith(FIXTURES), f.path);
    const weights = model.nextSteps.map((n) => n.weight);
    assert.deepStrictEqual(weights, [...weights].sort((a, b) => WEIGHT_ORDER[a] - WEIGHT_ORDER[b]));
  });

  it('uses the engine findings of the workload definition', () => {
    const m = scan('compose-host-network');
    const web = workload(m, 'web');
    for (const f of web.findings) assert.ok(['compose.yaml', 'web/Dockerfile'].includes(f.location.path), f.location.path);
    const db = workload(m, 'db');
    for (const f of db.findings.filter((x) => x.location.path === 'compose.yaml')) assert.ok(f.location.line >= 8 && f.location.line <= 11, `${f.rule} at ${f.location.line}`);
  });

  it('quantities', () => {
    assert.strictEqual(quantity('250m'), 0.25);
    assert.strictEqual(quantity('256Mi'), 256 * 1024 * 1024);
    assert.ok(Number.isNaN(quantity('lots')));
  });
});
