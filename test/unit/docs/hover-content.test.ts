import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeFieldDoc, fieldDocTexts, kubernetesFieldDoc } from '../../../src/core/features/docs/field-docs';
import { composeHover as composeModelHover, dockerfileHover as dockerfileModelHover, findingHover, hoverContentTexts, kubernetesHover as kubernetesModelHover } from '../../../src/core/features/docs/hover-content';
import { documentModels } from '../../../src/core/features/document-parts';
import type { FileHost } from '../../../src/core/base/host/file-host';
import type { Position } from '../../../src/core/base/model/finding';
import { INSTRUCTION_DOCS, instructionDocTexts } from '../../../src/core/features/docs/instruction-docs';
import { containerSummary, serviceSummary, summaryTexts } from '../../../src/core/features/docs/isolation-summary';
import { english, type Translate } from '../../../src/core/features/docs/translate';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { setKnowledgeClock } from '../../../src/core/knowledge';
import { findRule } from '../../../src/core/engine/rules-registry';
import { composeServices, kubernetesWorkloads } from '../readers';

// the hover builders read a document's models, as the editor's hover passes them (src/core/features/hover.ts)
const NO_FILES = memoryHost({});
function dockerfileHover(text: string, position: Position, t: Translate) {
  const read = documentModels({ text, kind: 'dockerfile', path: '/p/Dockerfile', host: NO_FILES });
  return read.kind === 'dockerfile' && read.model ? dockerfileModelHover(read.model, position, t) : undefined;
}
function kubernetesHover(text: string, position: Position, options: { sandboxRuntimes: string[] }, t: Translate) {
  const read = documentModels({ text, kind: 'kubernetes', path: '/p/app.yaml', host: NO_FILES });
  return read.kind === 'kubernetes' ? kubernetesModelHover(read.parts, position, options, t) : undefined;
}
function composeHover(text: string, path: string, position: Position, host: FileHost, options: { sandboxRuntimes: string[] }, t: Translate) {
  const read = documentModels({ text, kind: 'compose', path, host });
  return read.kind === 'compose' && read.model ? composeModelHover(read.model, position, options, t) : undefined;
}

/** Position of the n-th occurrence of `needle` (plus `shift` characters). */
function pos(text: string, needle: string, shift = 0, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" in text`);
  const before = text.slice(0, i + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Records every message passed to `t`, to check the Korean bundle covers what the builders really use. */
const used = new Set<string>();
const recording: Translate = (m, ...a) => {
  used.add(m);
  return english(m, ...a);
};

describe('hover content', () => {
  before(() => setKnowledgeClock(new Date('2025-06-01T00:00:00Z')));
  after(() => setKnowledgeClock(undefined));

  const dockerfile = [
    'ARG NODE_VERSION=18',
    'FROM node:${NODE_VERSION}-bookworm AS build',
    'ENV APP_HOME=/app',
    'WORKDIR $APP_HOME',
    'RUN npm ci',
    'FROM build AS final',
    'USER 1001',
    'EXPOSE 8080 9090/udp',
    'HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1',
    'CMD ["node", "server.js"]',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    '',
  ].join('\n');

  it('instruction keyword: what it does, build vs run time, shell vs exec form', () => {
    const h = dockerfileHover(dockerfile, pos(dockerfile, 'RUN', 1), recording)!;
    assert.match(h.markdown, /^\*\*RUN\*\* — Runs a command while the image is built/);
    assert.match(h.markdown, /build time/);
    assert.match(h.markdown, /Exec form/);
    assert.deepStrictEqual(h.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } });
    const cmd = dockerfileHover(dockerfile, pos(dockerfile, 'CMD [', 0), recording)!;
    assert.match(cmd.markdown, /run time/);
    assert.match(cmd.markdown, /PID 1/);
  });

  it('base image: resolved with ARGs, registry / repository / tag / digest, EOL with date, default user, kernel sharing', () => {
    const h = dockerfileHover(dockerfile, pos(dockerfile, 'node:', 2), recording)!;
    assert.match(h.markdown, /`node:18-bookworm`/);
    assert.match(h.markdown, /written `node:\$\{NODE_VERSION\}-bookworm`/);
    assert.match(h.markdown, /Registry: `docker\.io`/);
    assert.match(h.markdown, /Repository: `library\/node`/);
    assert.match(h.markdown, /Tag: `18-bookworm`/);
    assert.match(h.markdown, /Digest: not pinned/);
    assert.match(h.markdown, /Node\.js 18.*past end of life since 2025-04-30/);
    assert.match(h.markdown, /Default user: root/);
    assert.match(h.markdown, /shares the host kernel/);
    assert.match(h.markdown, /Lighter alternatives/);
  });

  it('FROM an earlier stage and a Windows image', () => {
    const stage = dockerfileHover(dockerfile, pos(dockerfile, 'build AS final', 1), recording)!;
    assert.match(stage.markdown, /earlier stage `build`/);
    const win = dockerfileHover(dockerfile, pos(dockerfile, 'servercore', 2), recording)!;
    assert.match(win.markdown, /OS: Windows/);
    assert.match(win.markdown, /process isolation.*Hyper-V isolation/s);
  });

  it('ARG / ENV references resolve to their values', () => {
    const arg = dockerfileHover(dockerfile, pos(dockerfile, '${NODE_VERSION}', 3), recording)!;
    assert.match(arg.markdown, /`NODE_VERSION` = `18` \(global ARG on line 1\)/);
    const env = dockerfileHover(dockerfile, pos(dockerfile, '$APP_HOME', 2), recording)!;
    assert.match(env.markdown, /`APP_HOME` = `\/app` \(ENV on line 3\)/);
    const missing = dockerfileHover('FROM alpine:3.20\nRUN echo ${NOPE}\n', { line: 1, character: 12 }, recording)!;
    assert.match(missing.markdown, /not set by an ARG or ENV/);
    const nodefault = dockerfileHover('FROM alpine:3.20\nARG TOKEN\nRUN echo $TOKEN\n', { line: 2, character: 11 }, recording)!;
    assert.match(nodefault.markdown, /no default .*--build-arg TOKEN=/);
  });

  it('USER, EXPOSE and HEALTHCHECK arguments', () => {
    assert.match(dockerfileHover(dockerfile, pos(dockerfile, '1001'), recording)!.markdown, /uid 1001 \(not root\)/);
    assert.match(dockerfileHover('FROM alpine:3.20\nUSER root\n', { line: 1, character: 6 }, recording)!.markdown, /Runs as root/);
    const expose = dockerfileHover(dockerfile, pos(dockerfile, '9090'), recording)!;
    assert.match(expose.markdown, /`8080\/tcp`, `9090\/udp`.*Nothing is published/);
    assert.match(dockerfileHover(dockerfile, pos(dockerfile, '--interval', 3), recording)!.markdown, /Kubernetes ignores it/);
    assert.strictEqual(dockerfileHover(dockerfile, pos(dockerfile, 'npm ci', 1), recording), undefined, 'nothing on plain RUN text');
  });

  it('every Dockerfile instruction has a doc', () => {
    const keywords = INSTRUCTION_DOCS.map((d) => d.keyword).sort();
    assert.deepStrictEqual(keywords, ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
  });

  const manifest = [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata:',
    '  name: agent',
    'spec:',
    '  template:',
    '    spec:',
    '      hostPID: true',
    '      hostNetwork: true',
    '      runtimeClassName: runc',
    '      containers:',
    '        - name: agent',
    '          image: python:3.8',
    '          securityContext:',
    '            privileged: true',
    '            capabilities:',
    '              add: [SYS_ADMIN]',
    '          resources:',
    '            requests:',
    '              cpu: 100m',
    '            limits:',
    '              memory: 256Mi',
    '              cpu: 500m',
    '      volumes:',
    '        - name: root',
    '          hostPath:',
    '            path: /',
    '',
  ].join('\n');
  const opts = { sandboxRuntimes: ['gvisor', 'runsc', 'kata*'] };

  it('Kubernetes: resources with throttling vs OOM kill and this pod\'s QoS class', () => {
    const res = kubernetesHover(manifest, pos(manifest, 'resources:', 2), opts, recording)!;
    assert.match(res.markdown, /\*\*resources\*\*.*cgroup/);
    assert.match(res.markdown, /QoS class: Burstable/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'memory: 256Mi', 1), opts, recording)!.markdown, /OOM killer/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'cpu: 500m', 1), opts, recording)!.markdown, /throttled/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'cpu: 100m', 1), opts, recording)!.markdown, /CPU request/);
  });

  it('Kubernetes: host namespaces, securityContext, capabilities, hostPath, runtimeClassName, image', () => {
    assert.match(kubernetesHover(manifest, pos(manifest, 'hostPID', 2), opts, recording)!.markdown, /process \(PID\) namespace/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'hostNetwork', 2), opts, recording)!.markdown, /network namespace/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'privileged', 2), opts, recording)!.markdown, /effectively root on the node/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'SYS_ADMIN', 2), opts, recording)!.markdown, /container escape/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'hostPath', 2), opts, recording)!.markdown, /bypassing the container boundary/);
    const rc = kubernetesHover(manifest, pos(manifest, 'runtimeClassName', 2), opts, recording)!.markdown;
    assert.match(rc, /gVisor/);
    assert.match(rc, /not one of your sandboxed runtimes/);
    const image = kubernetesHover(manifest, pos(manifest, 'python:3.8', 2), opts, recording)!.markdown;
    assert.match(image, /Python 3\.8: past end of life/);
  });

  it('Kubernetes: the Pod Security Standards level on kind and metadata.name', () => {
    const h = kubernetesHover(manifest, pos(manifest, 'DaemonSet', 1), opts, recording)!;
    assert.match(h.markdown, /DaemonSet `agent` meets the `privileged` level/);
    assert.match(h.markdown, /Host Namespaces/);
    assert.match(h.markdown, /command:containment\.openTradeoffPanel/);
    assert.match(kubernetesHover(manifest, pos(manifest, 'agent', 1), opts, recording)!.markdown, /Pod Security Standards/);
  });

  const compose = [
    'services:',
    '  web:',
    '    image: nginx:1.30',
    '    privileged: true',
    '    network_mode: host',
    '    pid: host',
    '    ipc: host',
    '    cap_add: [NET_ADMIN]',
    '    user: root',
    '    read_only: true',
    '    security_opt: ["no-new-privileges:true"]',
    '    runtime: runsc',
    '    isolation: hyperv',
    '    mem_limit: 512m',
    '    cpus: "0.5"',
    '    deploy:',
    '      resources:',
    '        limits:',
    '          memory: 256M',
    '',
  ].join('\n');
  const host = memoryHost({ '/p/compose.yaml': compose });

  it('Compose: every isolation / resource field has a hover', () => {
    const keys = ['privileged', 'network_mode', 'pid:', 'ipc:', 'cap_add', 'user:', 'read_only', 'security_opt', 'runtime', 'isolation', 'mem_limit', 'cpus', 'deploy', 'resources', 'memory: 256M'];
    for (const k of keys) {
      const h = composeHover(compose, '/p/compose.yaml', pos(compose, k, 1), host, opts, recording);
      assert.ok(h, `hover for ${k}`);
    }
    assert.match(composeHover(compose, '/p/compose.yaml', pos(compose, 'network_mode', 1), host, opts, recording)!.markdown, /network namespace/);
    assert.match(composeHover(compose, '/p/compose.yaml', pos(compose, 'runsc', 1), host, opts, recording)!.markdown, /is a sandboxed runtime/);
    assert.match(composeHover(compose, '/p/compose.yaml', pos(compose, 'memory: 256M', 1), host, opts, recording)!.markdown, /OOM killer/);
    assert.match(composeHover(compose, '/p/compose.yaml', pos(compose, 'user: root', 7), host, opts, recording)!.markdown, /Runs as root/);
    assert.match(composeHover(compose, '/p/compose.yaml', pos(compose, 'nginx:1.30', 1), host, opts, recording)!.markdown, /Registry: `docker\.io`/);
    assert.match(composeHover(compose, '/p/compose.yaml', pos(compose, 'web:', 1), host, opts, recording)!.markdown, /sandboxed \(runsc\).*privileged.*host network/);
  });

  it('field docs look keys up by their parent where the name alone is ambiguous', () => {
    assert.match(kubernetesFieldDoc(['spec', 'containers', 0, 'resources', 'limits', 'cpu'])!.text, /throttled/);
    assert.match(kubernetesFieldDoc(['spec', 'containers', 0, 'resources', 'requests', 'cpu'])!.text, /Reserved for scheduling/);
    assert.strictEqual(kubernetesFieldDoc(['spec', 'limits', 0, 'default', 'cpu']), undefined);
    assert.match(composeFieldDoc(['services', 'web', 'deploy', 'resources', 'limits', 'cpus'])!.text, /CFS quota/);
    assert.strictEqual(composeFieldDoc(['networks', 'x', 'privileged']), undefined);
  });

  it('finding hover: message, why, how to fix, doc link; trade-off link only for isolation / resources', () => {
    const meta = findRule('k8s-host-pid')!;
    const md = findingHover({ rule: meta.id, aliases: meta.aliases, category: meta.category, severity: 'warning', message: 'hostPID is set', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, meta, recording);
    // the editor shows the message above the hover: the heading is the rule's title, not the message again
    assert.match(md, /^\*\*k8s-host-pid\*\* — Pod shares the host's process namespace\n/);
    assert.doesNotMatch(md, /hostPID is set/);
    assert.match(md, /\*\*Why:\*\*/);
    assert.match(md, /\*\*How to fix:\*\*/);
    assert.match(md, /command:containment\.showRuleDoc\?%5B%22k8s-host-pid%22%5D/);
    assert.match(md, /\[Explain VM vs container trade-offs\]\(command:containment\.openTradeoffPanel\)/);
    const style = findRule('instruction-casing') ?? findRule('maintainer-deprecated')!;
    const md2 = findingHover({ rule: style.id, aliases: [], category: style.category, severity: 'hint', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, style, recording);
    assert.doesNotMatch(md2, /openTradeoffPanel/);
  });

  it('code lens summaries', () => {
    const w = kubernetesWorkloads(manifest)[0];
    assert.strictEqual(containerSummary(w, w.containers[0], opts, recording), 'PSS privileged · privileged · memory limit ✓ · CPU request ✓ · root');
    const hardened = kubernetesWorkloads('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  runtimeClassName: gvisor\n  containers:\n    - name: a\n      image: nginx:1.30\n      securityContext:\n        runAsNonRoot: true\n')[0];
    assert.strictEqual(containerSummary(hardened, hardened.containers[0], opts, recording), 'PSS baseline · sandboxed (gvisor) · memory limit ✗ · CPU request ✗ · non-root');
    const s = composeServices(compose, '/p/compose.yaml', host)[0];
    assert.strictEqual(serviceSummary(s, opts, recording), 'sandboxed (runsc) · privileged · host network · host PID · host IPC · memory limit ✓ · CPU limit ✓ · root');
    const plain = composeServices('services:\n  db:\n    image: postgres:16\n', '/p/compose.yaml', host)[0];
    assert.strictEqual(serviceSummary(plain, opts, recording), 'shares the host kernel · memory limit ✗ · CPU limit ✗ · root?');
  });

  it('image hovers: a release line the table does not list reads "unknown", and the table date is shown (stale after six months)', () => {
    setKnowledgeClock(new Date('2026-09-01T00:00:00Z'));
    try {
      const known = dockerfileHover('FROM python:3.13-slim\n', pos('FROM python:3.13-slim\n', 'python'), recording)!.markdown;
      assert.match(known, /Python 3\.13: supported until/);
      assert.match(known, /Release dates as of \d{4}-\d{2}-\d{2}\./);
      const unknown = dockerfileHover('FROM python:3.99-slim\n', pos('FROM python:3.99-slim\n', 'python'), recording)!.markdown;
      assert.match(unknown, /Python 3\.99: end of life unknown/);
      assert.doesNotMatch(unknown, /supported until/);
      setKnowledgeClock(new Date('2027-12-01T00:00:00Z'));
      const later = dockerfileHover('FROM python:3.13-slim\n', pos('FROM python:3.13-slim\n', 'python'), recording)!.markdown;
      assert.match(later, /more than six months old/);
    } finally {
      setKnowledgeClock(undefined);
    }
  });

  it('every text the builders use has a Korean translation (l10n/bundle.l10n.ko.json)', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    const all = new Set([...used, ...instructionDocTexts(), ...fieldDocTexts(), ...summaryTexts(), ...hoverContentTexts()]);
    const missing = [...all].filter((m) => !(m in bundle));
    assert.deepStrictEqual(missing, []);
    for (const m of all) {
      const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
      assert.deepStrictEqual(placeholders(bundle[m]), placeholders(m), `placeholders of "${m}"`);
    }
  });
});
