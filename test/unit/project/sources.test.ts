import * as assert from 'assert';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { scanProject } from '../../../src/core/project/scan-project';
import { formatFor } from '../../../src/core/engine/formats';
import { factsOfText, ModelStore } from '../../../src/core/engine/models';
import type { FileHost } from '../../../src/core/base/host/file-host';
import type { FileKind } from '../../../src/core/base/model/finding';
import type { RawWorkload } from '../../../src/core/base/model/workload-facts';

/** The workloads a format's facts give for one file, read from its model as the project scan reads them. */
function workloadsOf(kind: FileKind, text: string, rel: string, abs: string, host: FileHost = memoryHost({})): RawWorkload[] {
  return factsOfText(formatFor(kind), text, new ModelStore(), { abs, rel, relOf: (p) => p, host, rootName: 'p' }).workloads ?? [];
}

const DOCKERFILE = ['FROM golang:1.22 AS dev', 'WORKDIR /src', 'CMD ["go", "run", "."]', '', 'FROM scratch', 'COPY --from=dev /src/app /app', 'USER 65532', 'ENTRYPOINT ["/app"]', ''].join('\n');

describe('format facts: the checker model, not a second reader', () => {
  it('Compose build.target: the panel judges the stage the service runs, not the last stage', () => {
    const compose = ['services:', '  api:', '    build:', '      context: .', '      target: dev', ''].join('\n');
    const host = memoryHost({ '/p/compose.yaml': compose, '/p/Dockerfile': DOCKERFILE });
    const m = scanProject('/p', { host, files: [{ path: '/p/compose.yaml' }, { path: '/p/Dockerfile' }] });
    const api = m.workloads.find((w) => w.name === 'api');
    assert.ok(api);
    assert.strictEqual(api.isolation.privileges.root, 'yes', 'the dev stage has no USER and golang runs as root');
    assert.strictEqual(api.isolation.privileges.rootBasis.params.image, 'golang');
    assert.ok(m.images.some((i) => i.ref === 'golang:1.22' && i.dockerfile === 'Dockerfile'));
  });

  it('Compose without a target: the last stage (USER 65532) decides', () => {
    const compose = ['services:', '  api:', '    build: .', ''].join('\n');
    const host = memoryHost({ '/p/compose.yaml': compose, '/p/Dockerfile': DOCKERFILE });
    const m = scanProject('/p', { host, files: [{ path: '/p/compose.yaml' }, { path: '/p/Dockerfile' }] });
    assert.strictEqual(m.workloads.find((w) => w.name === 'api')?.isolation.privileges.root, 'no');
  });

  it('Compose: mem_limit 0 is no limit, as the memory rule reads it', () => {
    const compose = ['services:', '  web:', '    image: nginx:1.30', '    mem_limit: 0', ''].join('\n');
    const [w] = workloadsOf('compose', compose, 'compose.yaml', '/p/compose.yaml');
    assert.strictEqual(w.containers[0].memoryLimit, undefined);
  });

  it('Compose: a variable volume source counts as a host mount for isolation', () => {
    const compose = ['services:', '  web:', '    image: nginx:1.30', '    volumes:', '      - ${MEDIA}:/media', '      - data:/data', ''].join('\n');
    const [w] = workloadsOf('compose', compose, 'compose.yaml', '/p/compose.yaml');
    assert.deepStrictEqual(w.hostMounts.map((m) => `${m.value}@${m.location.line}`), ['${MEDIA}@5']);
  });

  it('Kubernetes: legacy seccomp annotation is seen by the panel as by the rules', () => {
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      '  annotations:',
      '    seccomp.security.alpha.kubernetes.io/pod: unconfined',
      'spec:',
      '  containers:',
      '    - name: c',
      '      image: nginx:1.30',
      '',
    ].join('\n');
    const [w] = workloadsOf('kubernetes', pod, 'pod.yaml', '/p/pod.yaml');
    assert.strictEqual(w.pod.seccomp?.value, 'Unconfined');
  });

  it('Kubernetes: containers listed init first, untrusted label, Windows node selector, hostPath', () => {
    const deploy = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: d',
      '  labels:',
      '    example.com/untrusted: "true"',
      'spec:',
      '  template:',
      '    spec:',
      '      nodeSelector:',
      '        kubernetes.io/os: windows',
      '      containers:',
      '        - name: main',
      '          image: app:1',
      '      initContainers:',
      '        - name: setup',
      '          image: tool:1',
      '      volumes:',
      '        - name: host',
      '          hostPath:',
      '            path: /var/run/docker.sock',
      '',
    ].join('\n');
    const [w] = workloadsOf('kubernetes', deploy, 'd.yaml', '/p/d.yaml');
    assert.deepStrictEqual(w.containers.map((c) => `${c.name}:${c.init}`), ['setup:true', 'main:false']);
    assert.deepStrictEqual(w.untrusted, { value: 'example.com/untrusted', location: { path: 'd.yaml', line: 6 } });
    assert.deepStrictEqual(w.targetsWindows?.location, { path: 'd.yaml', line: 11 });
    assert.deepStrictEqual(w.hostMounts, [{ value: '/var/run/docker.sock', location: { path: 'd.yaml', line: 20 } }]);
  });

  it('Kubernetes: a PodTemplate is not a running workload', () => {
    const text = ['apiVersion: v1', 'kind: PodTemplate', 'metadata:', '  name: t', 'template:', '  spec:', '    containers:', '      - name: c', '        image: x:1', ''].join('\n');
    assert.deepStrictEqual(workloadsOf('kubernetes', text, 't.yaml', '/p/t.yaml'), []);
  });
});
