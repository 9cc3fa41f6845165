/**
 * Every statement on a card is true for that card: small projects of our own, read the way a reviewer reads the
 * report (user namespace under a sandbox kernel, severities as `check` gives them, next steps that do not undo what a
 * node agent needs, sandbox decisions naming only runtimes that fit, Windows cards without Linux-only rows).
 */
import * as assert from 'assert';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { ProjectModel, Workload } from '../../../src/core/project/model';
import { scanProject } from '../../../src/core/project/scan-project';
import { renderStandaloneHtml } from '../../../src/core/report/render-html';
import { renderMarkdown } from '../../../src/core/report/render-markdown';
import { NODE_EXPORTER } from '../fixtures/manifests';

function project(files: Record<string, string>, hostOs: 'linux' | 'windows' = 'linux'): ProjectModel {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [`/p/${k}`, v]));
  return scanProject('/p', { host: memoryHost(abs), files: Object.keys(abs).map((path) => ({ path })), hostOs });
}

const byName = (m: ProjectModel, name: string): Workload => {
  const w = m.workloads.find((x) => x.name === name);
  assert.ok(w, `${name} in ${m.workloads.map((x) => x.name).join(', ')}`);
  return w;
};

const SANDBOXED_PODS = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: gvisor-job}',
  'spec:',
  '  runtimeClassName: gvisor',
  '  containers:',
  '    - {name: job, image: "python:3.12-slim", resources: {limits: {memory: 256Mi}}}',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: kata-job}',
  'spec:',
  '  runtimeClassName: kata',
  '  containers:',
  '    - {name: job, image: "python:3.12-slim", resources: {limits: {memory: 256Mi}}}',
].join('\n');

/** HTML in English and Korean, then Markdown in both with its escaping backslashes removed. */
const ALL_RENDERINGS = (m: ProjectModel) => [
  renderStandaloneHtml(m, { lang: 'en' }),
  renderStandaloneHtml(m, { lang: 'ko' }),
  renderMarkdown(m, { lang: 'en' }).replace(/\\/g, ''),
  renderMarkdown(m, { lang: 'ko' }).replace(/\\/g, ''),
];

describe('report: every statement true for its card', () => {
  it('gVisor and Kata cards: uid 0 is root of the sandbox or guest kernel, never "uid 0 on the host"', () => {
    const m = project({ 'pods.yaml': SANDBOXED_PODS });
    const [en, ko, mdEn, mdKo] = ALL_RENDERINGS(m);
    for (const out of [en, mdEn]) {
      assert.doesNotMatch(out, /uid 0 inside is uid 0 on the host/);
      assert.match(out, /uid 0 inside is root of the gVisor sandbox, not of the host kernel/);
      assert.match(out, /uid 0 inside is root of the Kata guest kernel, not of the host kernel/);
    }
    for (const out of [ko, mdKo]) {
      assert.doesNotMatch(out, /호스트의 uid 0/);
      assert.match(out, /Kata 게스트 커널의 root일 뿐 호스트 커널의 root가 아님/);
    }
    for (const out of [en, mdEn]) assert.doesNotMatch(out, /The container column \(namespaces and cgroups on the shared kernel\) fits/, 'both run sandboxed');
    // a runc card keeps the plain statement
    const runc = project({ 'compose.yaml': 'services:\n  app:\n    image: python:3.12-slim\n    mem_limit: 64m\n' });
    assert.match(renderMarkdown(runc).replace(/\\/g, ''), /\| User \| Host user ids \(default\) \| no user namespace: uid 0 inside is uid 0 on the host/);
  });

  it('severity agrees with check: privileged under gVisor/Kata is info in both, on runc an error in both', () => {
    const compose = [
      'services:',
      '  plain:',
      '    image: alpine:3.20',
      '    privileged: true',
      '    mem_limit: 64m',
      '  sandboxed:',
      '    image: alpine:3.20',
      '    runtime: runsc',
      '    privileged: true',
      '    mem_limit: 64m',
    ].join('\n');
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  runtimeClassName: kata\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext: {privileged: true}\n';
    const m = project({ 'compose.yaml': compose, 'pod.yaml': pod });
    // what `containment check` says about the same lines (the engine's findings, kept on each workload)
    const check = (name: string) => byName(m, name).findings.filter((f) => /privileged-container$/.test(f.rule)).map((f) => f.severity);
    assert.deepStrictEqual([check('plain'), check('sandboxed'), check('p')], [['error'], ['info'], ['info']]);
    const sev = (name: string) => byName(m, name).reasons.find((r) => r.code === 'privileged')?.severity;
    assert.strictEqual(sev('plain'), 'error');
    assert.strictEqual(sev('sandboxed'), 'info');
    assert.strictEqual(sev('p'), 'info');
    assert.doesNotMatch(renderMarkdown(m), /Kata guest[^\n]*containment check: error/);
  });

  it('SYS_ADMIN is an error in both, in Compose as in Kubernetes', () => {
    const compose = 'services:\n  admin:\n    image: alpine:3.20\n    user: "1000"\n    cap_add: [SYS_ADMIN]\n    mem_limit: 64m\n';
    const m = project({ 'compose.yaml': compose });
    assert.deepStrictEqual(byName(m, 'admin').findings.filter((f) => f.rule === 'compose-dangerous-capability').map((f) => f.severity), ['error']);
    assert.strictEqual(byName(m, 'admin').reasons.find((r) => r.code === 'dangerous-caps')?.severity, 'error');
  });

  it('what to do next does not ask a node agent to give up what it needs, nor a sandboxed job to move to a sandbox', () => {
    const builder = 'apiVersion: v1\nkind: Pod\nmetadata: {name: builder}\nspec:\n  runtimeClassName: kata\n  containers:\n    - name: dind\n      image: docker:27-dind\n      resources: {limits: {memory: 1Gi}}\n';
    const m = project({ 'exporter.yaml': NODE_EXPORTER, 'builder.yaml': builder });
    assert.strictEqual(byName(m, 'node-exporter').verdict, 'host-agent');
    const codes = m.nextSteps.map((st) => st.code);
    for (const undo of ['host-pid', 'host-network', 'host-path', 'untrusted-role', 'may-run-as-root']) assert.ok(!codes.includes(undo as never), `${undo} in ${codes.join(', ')}`);
    assert.ok(codes.includes('node-agent'), codes.join(', '));
    assert.doesNotMatch(renderMarkdown(m), /Remove hostPID/);
  });

  it('sandbox decisions name only the runtimes that fit, and say "keep" for workloads already sandboxed', () => {
    const priv = (name: string, runtime: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n${runtime}  containers:\n    - name: dind\n      image: docker:27-dind\n      securityContext: {privileged: true}\n      resources: {limits: {memory: 1Gi}}\n`;
    const m = project({ 'a.yaml': priv('builder-on-runc', ''), 'b.yaml': priv('builder-in-kata', '  runtimeClassName: kata\n') });
    assert.strictEqual(byName(m, 'builder-on-runc').verdict, 'sandbox');
    assert.strictEqual(byName(m, 'builder-on-runc').fit.gvisor.level, 'no');
    const [en, ko, mdEn, mdKo] = ALL_RENDERINGS(m);
    for (const out of [en, mdEn]) {
      assert.doesNotMatch(out, /sandboxed runtime \(gVisor or Kata; managed/);
      assert.match(out, /Run these under Kata \(managed: AKS Pod Sandboxing\) — gVisor does not fit them — or give them a VM: builder-on-runc\./);
      assert.match(out, /Already in a sandbox; keep them there: builder-in-kata\./);
      assert.match(out, /Privileged workloads, host devices, eBPF and kernel modules do not fit gVisor: those need Kata or a VM/, 'the next step qualifies gVisor');
    }
    for (const out of [ko, mdKo]) {
      assert.match(out, /gVisor는 맞지 않습니다: builder-on-runc\./);
      assert.match(out, /이미 샌드박스 안에서 실행되니 그대로 두세요: builder-in-kata\./);
    }
  });

  it('overhead below 1 % of the limit does not read "0–0 %"', () => {
    const m = project({ 'compose.yaml': 'services:\n  runner:\n    image: gitlab/gitlab-runner:v17.5.0\n    user: "1000"\n    mem_limit: 4g\n' });
    const [en, ko, mdEn] = ALL_RENDERINGS(m);
    for (const out of [en, ko, mdEn]) assert.doesNotMatch(out, /\b0–0 ?%/);
    assert.match(en, /0–5 MiB \(under 1 % of its limit\)/);
    assert.match(en, /15–50 MiB \(up to 1 % of its limit\)/);
    assert.match(ko, /0–5 MiB \(메모리 제한의 1% 미만\)/);
  });

  it('a Windows card on a Linux host: no capabilities, pids or cgroups rows, an administrator not "root", and it shares no kernel', () => {
    const m = project({ 'compose.yaml': 'services:\n  iis:\n    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n    mem_limit: 2g\n' });
    assert.strictEqual(byName(m, 'iis').verdict, 'vm');
    const [en, ko, mdEn] = ALL_RENDERINGS(m);
    for (const dt of ['Added capabilities', 'PIDs limit', 'Seccomp']) assert.doesNotMatch(en, new RegExp(`<dt>${dt}</dt>`));
    assert.doesNotMatch(en, /cgroups \(resource limits\)/);
    assert.match(en, /Resource limits \(Windows job objects\)/);
    assert.match(en, /<span class="state state-shared">administrator<\/span>/);
    assert.match(ko, /<span class="state state-shared">관리자<\/span>/);
    for (const out of [en, mdEn]) {
      assert.match(out, /Needs a Windows kernel: a Linux host cannot run it/);
      assert.match(out, /0 of 1 workloads share the host kernel directly/);
    }
  });

  it("a Linux image on a Windows host runs on the kernel of Docker's Linux VM, not the host's", () => {
    const m = project({ 'compose.yaml': 'services:\n  app:\n    image: python:3.12-slim\n    user: "1000"\n    mem_limit: 64m\n' }, 'windows');
    const [en, ko, mdEn] = ALL_RENDERINGS(m);
    for (const out of [en, mdEn]) {
      assert.match(out, /Kernel of Docker's Linux VM \(shared with the other Linux containers\)|Kernel of Docker&#39;s Linux VM \(shared with the other Linux containers\)/);
      assert.doesNotMatch(out, /uid 0 inside is uid 0 on the host/);
    }
    assert.match(ko, /Docker Linux VM의 커널/);
  });

  it('a CNI agent loading kernel modules is a host agent: the modules go into the node kernel, no VM is offered', () => {
    const cni = [
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: router}',
      'spec:',
      '  template:',
      '    spec:',
      '      hostNetwork: true',
      '      containers:',
      '        - name: router',
      '          image: docker.io/cloudnativelabs/kube-router:v2.2.1',
      '          securityContext: {capabilities: {add: [NET_ADMIN, SYS_MODULE]}}',
      '          resources: {requests: {cpu: 50m, memory: 64Mi}, limits: {memory: 128Mi}}',
      '          volumeMounts: [{name: modules, mountPath: /lib/modules, readOnly: true}]',
      '      volumes:',
      '        - {name: modules, hostPath: {path: /lib/modules}}',
    ].join('\n');
    const m = project({ 'cni.yaml': cni });
    const w = byName(m, 'router');
    assert.strictEqual(w.verdict, 'host-agent');
    const r = w.reasons.find((x) => x.code === 'kernel-modules')!;
    assert.strictEqual(r.weight, 'info');
    assert.match(r.message, /into the node's kernel/);
    assert.ok(!m.nextSteps.some((st) => st.code === 'kernel-modules'), m.nextSteps.map((st) => st.code).join(', '));
    const [en, ko, mdEn] = ALL_RENDERINGS(m);
    for (const out of [en, mdEn]) assert.doesNotMatch(out, /belongs in a VM or a Kata pod|a VM \(or a Kata guest kernel built with the module\) can/);
    assert.match(ko, /노드 커널에 커널 모듈을 올립니다/);
  });

  it('a service name several Compose files define is named once in the decisions, with its count', () => {
    const svc = 'services:\n  collector:\n    image: otel/opentelemetry-collector-contrib:0.110.0\n    mem_limit: 128m\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n';
    const m = project({ 'compose.yaml': svc, 'tests/compose.yaml': svc });
    assert.strictEqual(m.workloads.length, 2);
    const [en, , mdEn] = ALL_RENDERINGS(m);
    for (const out of [en, mdEn]) {
      assert.match(out, /least capabilities: collector ×2\./);
      assert.doesNotMatch(out, /collector, collector/);
    }
    assert.match(mdEn, /- \*\*Mount\*\*: [^\n]*\*\*→ collector ×2\*\*/, 'the Markdown explainer names the project workloads too');
  });

  it('a VPN mounting kernel headers and modules: neither tree is listed again as a plain host path', () => {
    const compose = [
      'services:',
      '  vpn:',
      '    image: lscr.io/linuxserver/wireguard:1.0.20210914',
      '    cap_add: [NET_ADMIN, SYS_MODULE]',
      '    mem_limit: 128m',
      '    volumes:',
      '      - ./config:/config',
      '      - /usr/src:/usr/src',
      '      - /lib/modules:/lib/modules',
    ].join('\n');
    const w = byName(project({ 'compose.yaml': compose }), 'vpn');
    assert.strictEqual(w.verdict, 'vm');
    assert.deepStrictEqual(w.reasons.filter((r) => r.code === 'host-path').map((r) => r.params.path), []);
  });

  it('privileged with hostPID under Kata is not "root on the host": the guest has no host processes to reach', () => {
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: debug}',
      'spec:',
      '  runtimeClassName: kata',
      '  hostPID: true',
      '  containers:',
      '    - name: c',
      '      image: busybox:1.36',
      '      securityContext: {privileged: true}',
      '      resources: {requests: {cpu: 10m}, limits: {memory: 64Mi}}',
    ].join('\n');
    const m = project({ 'pod.yaml': pod });
    const w = byName(m, 'debug');
    assert.notStrictEqual(w.verdict, 'host-agent');
    assert.ok(!w.reasons.some((r) => r.code === 'host-root-equivalent'), w.reasons.map((r) => r.code).join(', '));
    assert.match(w.reasons.find((r) => r.code === 'privileged')!.message, /inside the Kata guest/);
    assert.match(w.reasons.find((r) => r.code === 'host-pid')!.message, /sees only the sandbox's processes, never the node's/);
    assert.ok(!m.nextSteps.some((st) => st.code === 'host-pid'));
    const [en, ko, mdEn] = ALL_RENDERINGS(m);
    for (const out of [en, mdEn]) {
      assert.doesNotMatch(out, /root on the host, not a contained process/);
      assert.match(out, /hostPID: true: a process inside the Kata guest cannot reach the node(?:'|&#39;)s/);
    }
    assert.match(ko, /Kata 게스트 안에서는 샌드박스의 프로세스만 보이고/);
  });

  it('a CI runner with the runtime socket is told to get a VM per job, not also to move into a sandbox', () => {
    const m = project({ 'compose.yaml': 'services:\n  runner:\n    image: gitlab/gitlab-runner:v17.5.0\n    mem_limit: 1g\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n' });
    assert.strictEqual(byName(m, 'runner').verdict, 'vm');
    const codes = m.nextSteps.map((st) => st.code);
    assert.ok(codes.includes('untrusted-needs-host'), codes.join(', '));
    assert.ok(!codes.includes('untrusted-role'), codes.join(', '));
  });
});
