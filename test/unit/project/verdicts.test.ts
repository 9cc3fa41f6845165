import * as assert from 'assert';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { ProjectModel, Workload } from '../../../src/core/project/model';
import { scanProject } from '../../../src/core/project/scan-project';
import { renderStandaloneHtml } from '../../../src/core/report/render-html';
import { renderMarkdown } from '../../../src/core/report/render-markdown';
import { NODE_EXPORTER } from '../fixtures/manifests';

/** A small in-memory project: file name → text. */
function project(files: Record<string, string>, hostOs: 'linux' | 'windows' = 'linux'): ProjectModel {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [`/p/${k}`, v]));
  return scanProject('/p', { host: memoryHost(abs), files: Object.keys(abs).map((path) => ({ path })), hostOs });
}

function only(m: ProjectModel): Workload {
  assert.strictEqual(m.workloads.length, 1, m.workloads.map((w) => w.name).join(', '));
  return m.workloads[0];
}

const at = (w: Workload, code: string) => {
  const r = w.reasons.find((x) => x.code === code);
  assert.ok(r, `${w.name}: ${code} in ${w.reasons.map((x) => x.code).join(', ')}`);
  return `${r.location?.path}:${r.location?.line}`;
};

describe('project model: verdicts from small projects', () => {
  it('a container manager UI mounting the Docker socket → host-agent, never "consider a sandbox"', () => {
    const w = only(project({ 'compose.yaml': 'services:\n  manager:\n    image: portainer/portainer-ce:2.21\n    mem_limit: 256m\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n' }));
    assert.strictEqual(w.verdict, 'host-agent');
    assert.strictEqual(at(w, 'container-runtime-socket'), 'compose.yaml:6');
    assert.strictEqual(w.reasons.find((r) => r.code === 'container-runtime-socket')?.severity, 'error', 'as compose-docker-socket in check');
    assert.ok(w.findings.some((f) => f.severity === 'error'), 'check reports it as an error too');
    assert.strictEqual(w.fit.gvisor.level, 'no');
    assert.strictEqual(w.fit.kata.level, 'no');
    assert.doesNotMatch(JSON.stringify(w.reasons), /sandboxed runtime or a VM/);
  });

  it('a node-exporter DaemonSet with hostPID/hostNetwork and host /proc → host-agent; sandboxes and VMs do not fit', () => {
    const w = only(project({ 'exporter.yaml': NODE_EXPORTER }));
    assert.strictEqual(w.verdict, 'host-agent');
    assert.strictEqual(at(w, 'node-agent'), 'exporter.yaml:11');
    assert.strictEqual(w.reasons.find((r) => r.code === 'host-pid')?.weight, 'info');
    assert.match(w.reasons.find((r) => r.code === 'host-pid')!.message, /CAP_SYS_PTRACE/, 'non-root without ptrace caps cannot ptrace');
    for (const rt of ['gvisor', 'kata', 'firecracker', 'vm'] as const) assert.strictEqual(w.fit[rt].level, 'no', rt);
  });

  it('a CI runner → sandbox, and it would keep working under gVisor', () => {
    const w = only(project({ 'compose.yaml': 'services:\n  runner:\n    image: gitlab/gitlab-runner:v17.5.0\n    user: "1000"\n    mem_limit: 1g\n' }));
    assert.strictEqual(w.verdict, 'sandbox');
    assert.strictEqual(at(w, 'untrusted-role'), 'compose.yaml:3');
    assert.strictEqual(w.fit.gvisor.level, 'yes');
    assert.strictEqual(w.fit.runc.level, 'caveat');
    assert.deepStrictEqual(w.fit.gvisor.cost.overheadPctOfLimit, [1, 5], '15–50 MiB of a 1 GiB limit');
  });

  it('WireGuard loading its kernel module → vm (Kata only with a matching guest kernel, never gVisor)', () => {
    const compose = [
      'services:',
      '  vpn:',
      '    image: lscr.io/linuxserver/wireguard:1.0.20210914',
      '    cap_add: [NET_ADMIN, SYS_MODULE]',
      '    mem_limit: 128m',
      '    volumes:',
      '      - /lib/modules:/lib/modules:ro',
      '    sysctls:',
      '      - net.ipv4.conf.all.src_valid_mark=1',
    ].join('\n');
    const w = only(project({ 'compose.yaml': compose }));
    assert.strictEqual(w.verdict, 'vm');
    assert.strictEqual(at(w, 'kernel-modules'), 'compose.yaml:4');
    assert.strictEqual(w.fit.gvisor.level, 'no');
    assert.strictEqual(w.fit.kata.level, 'caveat');
    assert.strictEqual(w.fit.vm.level, 'yes');
    assert.ok(!w.reasons.some((r) => r.code === 'node-sysctl'), 'net.* sysctls are namespaced');
    assert.strictEqual(w.reasons.find((r) => r.code === 'dangerous-caps')?.severity ?? 'warning', 'warning');
  });

  it('a Windows image on a Linux host → vm; the Linux-only rows are left off its card', () => {
    const m = project({ 'Dockerfile': 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["cmd"]\n' });
    const w = only(m);
    assert.strictEqual(w.verdict, 'vm');
    assert.strictEqual(at(w, 'windows-on-linux'), 'Dockerfile:1');
    for (const rt of ['runc', 'gvisor', 'kata', 'firecracker'] as const) assert.strictEqual(w.fit[rt].level, 'no', rt);
    const html = renderStandaloneHtml(m, { lang: 'en' });
    assert.doesNotMatch(html, /<dt>Seccomp<\/dt>/);
  });

  it('Linux image on a Windows host: says Docker runs it in a VM already', () => {
    const w = only(project({ 'Dockerfile': 'FROM alpine:3.20\nUSER 1000\nCMD ["sh"]\n' }, 'windows'));
    assert.match(w.reasons.find((r) => r.code === 'linux-vm-host')!.message, /Apple's Virtualization framework/);
  });

  it('a hardened web service → container; opt-in CPU-limit and pids policies are not listed', () => {
    const compose = [
      'services:',
      '  web:',
      '    image: nginxinc/nginx-unprivileged:1.27-alpine',
      '    user: "101"',
      '    read_only: true',
      '    cap_drop: [ALL]',
      '    security_opt: ["no-new-privileges:true"]',
      '    mem_limit: 256m',
    ].join('\n');
    const w = only(project({ 'compose.yaml': compose }));
    assert.ok(!w.reasons.some((r) => r.code === 'no-cpu-limit' || r.code === 'no-pids-limit'), JSON.stringify(w.reasons.map((r) => r.code)));
    assert.strictEqual(w.verdict, 'container', JSON.stringify(w.reasons.map((r) => r.code)));
    assert.strictEqual(w.fit.runc.level, 'yes');
  });

  it('privileged: severity as in check (info under Kata, where check lowers it); privileged under Kata does not claim host devices', () => {
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  runtimeClassName: kata\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext: {privileged: true}\n';
    const w = only(project({ 'pod.yaml': yaml }));
    const r = w.reasons.find((x) => x.code === 'privileged')!;
    assert.strictEqual(r.severity, w.findings.find((f) => f.rule === 'k8s-privileged-container')?.severity);
    assert.strictEqual(r.severity, 'info');
    assert.match(r.message, /inside the Kata guest/);
    assert.doesNotMatch(JSON.stringify(w.reasons), /root on the shared kernel/);
  });

  it('node-level sysctls are called node configuration; init containers are named as such', () => {
    const yaml = [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: {name: search}',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: sysctl',
      '          image: busybox:1.36',
      '          command: ["sysctl", "-w", "vm.max_map_count=262144"]',
      '          securityContext: {privileged: true}',
      '      containers:',
      '        - name: es',
      '          image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0',
      '          resources: {requests: {cpu: 1, memory: 2Gi}, limits: {memory: 2Gi}}',
    ].join('\n');
    const m = project({ 'search.yaml': yaml });
    const w = only(m);
    assert.strictEqual(at(w, 'node-sysctl'), 'search.yaml:10');
    assert.match(w.reasons.find((r) => r.code === 'node-sysctl')!.message, /node configuration/);
    assert.strictEqual(w.fit.gvisor.reasons.some((r) => r.code === 'io-heavy'), true, 'a search engine is I/O-heavy under gVisor');
    assert.match(renderStandaloneHtml(m), /<code>sysctl<\/code> <span class="tag">init container<\/span>/);
  });

  it('builder-only Dockerfiles (export stage, Dockerfile.codegen) are not workloads; a service Dockerfile is', () => {
    const m = project({
      'Dockerfile.codegen': 'FROM golang:1.23\nRUN go generate ./...\n',
      'export/Dockerfile': 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
      'svc/Dockerfile': 'FROM scratch\nCOPY app /app\nUSER 65532\nENTRYPOINT ["/app"]\n',
    });
    assert.deepStrictEqual(m.workloads.map((w) => w.name), ['svc']);
    assert.strictEqual(m.images.length, 3, 'their images are still listed');
  });

  it('an empty folder says it found no workloads, in both languages and in Markdown', () => {
    const m = project({});
    assert.strictEqual(m.workloads.length, 0);
    const en = renderStandaloneHtml(m, { lang: 'en' });
    assert.match(en, /No workloads were found, so there is nothing to decide yet/);
    assert.doesNotMatch(en, /every workload is fine/);
    assert.match(renderStandaloneHtml(m, { lang: 'ko' }), /워크로드를 찾지 못했/);
    assert.doesNotMatch(renderMarkdown(m), /every workload is fine/);
  });
});
