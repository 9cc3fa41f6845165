/**
 * Structured generators for the fuzz suite: valid-ish Dockerfiles, Kubernetes manifests and Compose files, then
 * hostile mutations (random bytes, truncations, byte flips, CRLF, BOM, tabs, huge lines, deep nesting, unterminated
 * quotes and heredocs, continuations at EOF, alias bombs, huge anchors, NUL, lone surrogates).
 */
import fc from 'fast-check';

/* ------------------------------------------------------------------------------------------------------------------ */
/* tokens */

const images = fc.constantFrom(
  'ubuntu', 'ubuntu:22.04', 'debian:buster', 'node:20-alpine', 'python:3.12-slim', 'alpine', 'alpine:latest', 'nginx@sha256:' + 'a'.repeat(64),
  'registry.example.com:5000/team/app:1.2', 'mcr.microsoft.com/windows/servercore:ltsc2019', 'scratch', '$BASE', '${BASE:-ubuntu}', 'build', 'centos:7',
  'gcr.io/distroless/static', 'docker.io/library/redis:7', '', ':', '@', 'a:b:c', 'UBUNTU:Latest',
);
const words = fc.constantFrom('app', 'web', 'db', 'x', 'build', 'a-b', 'é', '日本', 'root', '0', '1000:1000', 'nobody', '$USER', '${X}', '"q"', "'s'", '\\', '#', '-', ':', '{{ x }}');
const shellCommands = fc.constantFrom(
  'apt-get update', 'apt-get install -y curl', 'apt-get install curl=7.0 --no-install-recommends', 'apt install vim', 'rm -rf /var/lib/apt/lists/*',
  'apk add --no-cache bash', 'apk add git', 'pip install flask', 'pip install --no-cache-dir requests==2.0', 'npm install -g yarn', 'npm i express@4',
  'gem install rails', 'go install example.com/x@latest', 'dnf install -y gcc', 'yum install httpd', 'microdnf install x', 'zypper install -y y',
  'curl -fsSL https://example.com/x.sh | sh', 'wget -qO- http://x | bash', 'cd /app', 'sudo make install', 'ln -sf /bin/bash /bin/sh', 'echo "unterminated',
  "echo 'also", 'set -o pipefail', 'ssh-keygen -A', 'mount /x', 'shutdown -h now', 'useradd -m app', 'chmod 777 /', 'echo $((1+', 'f() { echo; }',
  'if [ -x ]; then echo; fi', 'for i in 1 2; do echo $i; done', 'case $x in a) ;; esac', 'export A=$(cat <<X', 'a && b || c ; d | e', '$(', '`', '"', "'", '\\',
  'echo ${VAR:-default} ${#X} ${X//a/b}', 'bash -c "apt-get install -y x"', 'sh -c \'pip install y\'', 'env X=1 apt-get install -y z', 'true',
);
const shellScript = fc.array(shellCommands, { minLength: 1, maxLength: 5 }).chain((cmds) =>
  fc.constantFrom(' && ', '; ', ' | ', ' && \\\n    ', ' \\\n ', '\n', ' || ').map((sep) => cmds.join(sep)),
);

/* ------------------------------------------------------------------------------------------------------------------ */
/* Dockerfiles */

const dockerInstruction: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('FROM', 'from', 'From'), fc.constantFrom('', '--platform=linux/amd64 ', '--platform=$BUILDPLATFORM '), images, fc.constantFrom('', ' AS build', ' as Base', ' AS ', ' AS scratch', ' AS a b'))
    .map(([k, p, i, a]) => `${k} ${p}${i}${a}`),
  fc.tuple(fc.constantFrom('RUN', 'run', 'RUN --mount=type=cache,target=/root/.cache', 'RUN --network=none'), shellScript).map(([k, s]) => `${k} ${s}`),
  fc.tuple(fc.constantFrom('RUN', 'RUN <<EOF', 'RUN <<-"EOT" bash', 'COPY <<EOF /x'), shellScript, fc.constantFrom('EOF', 'EOT', '', 'EO')).map(([k, s, end]) =>
    k.includes('<<') ? `${k}\n${s}\n${end}` : `${k} ${s}`,
  ),
  fc.tuple(fc.constantFrom('CMD', 'ENTRYPOINT', 'SHELL', 'RUN'), fc.constantFrom('["a", "b"]', '["/bin/sh", "-c"]', '[', '["x"', 'echo hi', '["a",]', '[]', '["\\u0041"]'))
    .map(([k, v]) => `${k} ${v}`),
  fc.tuple(fc.constantFrom('ENV', 'ARG', 'LABEL'), words, words).map(([k, a, b]) => `${k} ${a}=${b}`),
  fc.tuple(fc.constantFrom('ENV', 'ARG'), fc.constantFrom('A', 'SECRET_KEY', 'PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'PATH', 'X'), fc.constantFrom('', ' value', '=$A', '=${A}x', ' a b c'))
    .map(([k, n, v]) => `${k} ${n}${v}`),
  fc.tuple(fc.constantFrom('COPY', 'ADD', 'COPY --from=build', 'COPY --from=0', 'COPY --from=nope', 'ADD --checksum=sha256:abc', 'COPY --chown=app'), fc.constantFrom('. .', 'a b c /d/', 'a.tar.gz /x', 'https://example.com/f.tgz /f', '--link x y', 'x', '["a", "b"]', '/ /', 'a b'))
    .map(([k, v]) => `${k} ${v}`),
  fc.tuple(fc.constantFrom('USER', 'WORKDIR', 'EXPOSE', 'STOPSIGNAL', 'VOLUME', 'MAINTAINER', 'ONBUILD', 'HEALTHCHECK', 'ONBUILD RUN', 'ONBUILD FROM'), words)
    .map(([k, v]) => `${k} ${v}`),
  fc.constantFrom('EXPOSE 22', 'EXPOSE 80/TCP 443/udp 70000', 'EXPOSE 8080-8090', 'EXPOSE $PORT', 'EXPOSE -1', 'HEALTHCHECK NONE', 'HEALTHCHECK --interval=5s CMD curl -f x || exit 1', 'USER root', 'USER 0:0', 'WORKDIR relative'),
  fc.constantFrom('# comment', '#', '# hadolint ignore=DL3008', '# containment global ignore=apt-get-unpinned', '# syntax=docker/dockerfile:1', '# escape=`', '# check=error=true;skip=JSONArgsRecommended', '', '   ', '\\', 'UNKNOWN x', 'FROM', 'RUN', 'RUN \\'),
);

export const dockerfileArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '# syntax=docker/dockerfile:1\n', '# escape=`\n', 'ARG BASE=ubuntu\n'), fc.array(dockerInstruction, { minLength: 0, maxLength: 25 }), fc.constantFrom('\n', '', '\n\n'))
  .map(([head, lines, tail]) => head + lines.join('\n') + tail);

/* ------------------------------------------------------------------------------------------------------------------ */
/* YAML scalars and structures */

const yamlScalar = fc.constantFrom(
  'x', '"quoted"', "'single'", '1', '0', '-1', 'true', 'null', '~', '', '100m', '128Mi', '1Gi', '0.5', '1e3', '"100m"', '|\n      block\n      text', '>-\n      folded',
  '[]', '{}', '[a, b]', '{a: 1}', '*ref', '&anc x', '!!str 1', '"\\u0000"', '"\\ud800"', '"unterminated', "'unterminated", '@', '`', '%', '? x', '- x', '{{ .Values.x }}', 'é日本', 'a: b',
  'RuntimeDefault', 'Unconfined', 'ALL', 'NET_RAW', 'SYS_ADMIN', 'unconfined', 'host', '/var/run/docker.sock', '/', '/etc:/etc', '22', 'yes', 'no', 'on',
);
const imageScalar = fc.oneof(images, yamlScalar);

function indentBlock(text: string, by: string): string {
  return text.split('\n').map((l) => (l ? by + l : l)).join('\n');
}

const securityContext = fc.record(
  {
    privileged: fc.constantFrom('true', 'false', '"true"', 'yes'),
    allowPrivilegeEscalation: fc.constantFrom('true', 'false'),
    runAsNonRoot: fc.constantFrom('true', 'false'),
    runAsUser: fc.constantFrom('0', '1000', '-1', '"0"', 'x'),
    readOnlyRootFilesystem: fc.constantFrom('true', 'false'),
    capabilities: fc.constantFrom('{add: [SYS_ADMIN, NET_RAW]}', '{drop: [ALL]}', '\n  add:\n    - ALL\n  drop: [NET_RAW]', '[]', 'null', '{add: x}'),
    seccompProfile: fc.constantFrom('{type: RuntimeDefault}', '{type: Unconfined}', '\n  type: Localhost', 'x'),
    procMount: fc.constantFrom('Unmasked', 'Default'),
  },
  { requiredKeys: [] },
);
function mapToBlock(obj: Record<string, string>): string {
  return Object.entries(obj)
    .map(([k, v]) => (v.startsWith('\n') ? `${k}:${indentBlock(v, '  ')}` : `${k}: ${v}`))
    .join('\n');
}
const resources = fc.record(
  {
    requests: fc.constantFrom('{cpu: 100m, memory: 128Mi}', '\n  cpu: "1"\n  memory: 1Gi', '{}', 'null', '{cpu: x}', '{ephemeral-storage: 1Gi}'),
    limits: fc.constantFrom('{cpu: 100m, memory: 128Mi}', '\n  memory: 256Mi', '{}', '{memory: -1}', '{cpu: 1e309}', '{memory: 99999999999999999999Ei}'),
  },
  { requiredKeys: [] },
);
const container = fc
  .record(
    {
      name: words,
      image: imageScalar,
      securityContext: securityContext.map(mapToBlock),
      resources: resources.map(mapToBlock),
      env: fc.constantFrom('[{name: PASSWORD, value: hunter2}]', '\n- name: API_TOKEN\n  value: "x"\n- name: A\n  valueFrom: {secretKeyRef: {name: s, key: k}}', '[]', 'x', '[{}]', '[null]'),
      ports: fc.constantFrom('[{containerPort: 22}]', '[{containerPort: 80, hostPort: 80}]', '\n- containerPort: "x"', '[1]'),
      volumeMounts: fc.constantFrom('[{name: sock, mountPath: /var/run/docker.sock}]', '\n- name: h\n  mountPath: /host\n  readOnly: false', '[]'),
      command: fc.constantFrom('[sh, -c, "apt-get install x"]', '["a"]', 'x'),
    },
    { requiredKeys: ['name', 'image'] },
  )
  .map((c) => {
    const lines = mapToBlock(c).split('\n');
    return '- ' + lines[0] + '\n' + lines.slice(1).map((l) => '  ' + l).join('\n');
  });
const podSpec = fc
  .record(
    {
      hostNetwork: fc.constantFrom('true', 'false'),
      hostPID: fc.constantFrom('true', 'false'),
      hostIPC: fc.constantFrom('true', 'false'),
      runtimeClassName: fc.constantFrom('gvisor', 'kata-qemu', 'runc', '""'),
      automountServiceAccountToken: fc.constantFrom('true', 'false'),
      securityContext: securityContext.map(mapToBlock),
      volumes: fc.constantFrom('[{name: sock, hostPath: {path: /var/run/docker.sock}}]', '\n- name: h\n  hostPath:\n    path: /\n    type: Directory', '[{name: e, emptyDir: {}}]', 'x'),
      initContainers: fc.array(container, { maxLength: 1 }).map((cs) => (cs.length ? '\n' + cs.join('\n') : '[]')),
      containers: fc.array(container, { minLength: 0, maxLength: 3 }).map((cs) => (cs.length ? '\n' + cs.join('\n') : '[]')),
      'securityContext.sysctls': fc.constantFrom('x'),
    },
    { requiredKeys: ['containers'] },
  )
  .map((o) => {
    delete (o as Record<string, string>)['securityContext.sysctls'];
    return mapToBlock(o as Record<string, string>);
  });

const k8sDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'LimitRange', 'Service', 'ConfigMap', 'List', 'Kustomization', 'Unknown'),
    fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'kustomize.config.k8s.io/v1beta1', ''),
    words,
    podSpec,
    fc.constantFrom('', '  annotations:\n    container.apparmor.security.beta.kubernetes.io/x: unconfined\n    ignore-check.kube-linter.io/privileged-container: "ok"\n', '  labels: {app: x}\n', '  namespace: kube-system\n'),
  )
  .map(([kind, api, name, spec, meta]) => {
    const head = `apiVersion: ${api}\nkind: ${kind}\nmetadata:\n  name: ${name}\n${meta}`;
    switch (kind) {
      case 'Pod':
        return head + 'spec:\n' + indentBlock(spec, '  ');
      case 'CronJob':
        return head + 'spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n' + indentBlock(spec, '          ');
      case 'LimitRange':
        return head + 'spec:\n  limits:\n    - type: Container\n      default: {cpu: 500m, memory: 512Mi}\n      defaultRequest: {cpu: 100m}\n';
      case 'List':
        return `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: p}\n    spec:\n${indentBlock(spec, '      ')}`;
      case 'Kustomization':
        return head + 'resources: [a.yaml]\npatches:\n  - target: {kind: Deployment}\n    patch: |\n      - op: add\n        path: /spec/template/spec/containers/0/resources\n        value: {}\n';
      default:
        return head + 'spec:\n  replicas: 1\n  selector: {matchLabels: {app: x}}\n  template:\n    metadata: {labels: {app: x}}\n    spec:\n' + indentBlock(spec, '      ');
    }
  });

export const kubernetesArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(k8sDocument, { minLength: 1, maxLength: 4 }), fc.constantFrom('---\n', '\n---\n', '\n...\n---\n', '\n--- # c\n'), fc.constantFrom('', '---\n', '# containment ignore=k8s-run-as-root\n'))
  .map(([docs, sep, head]) => head + docs.join(sep) + '\n');

const composeService = fc
  .record(
    {
      image: imageScalar,
      build: fc.constantFrom('.', '{context: ., dockerfile: Dockerfile}', '{context: ./nope}', 'x'),
      user: fc.constantFrom('root', '0', '"1000:1000"', 'app', '""'),
      privileged: fc.constantFrom('true', 'false', '"true"'),
      network_mode: fc.constantFrom('host', 'bridge', '"service:db"', 'none'),
      pid: fc.constantFrom('host', '"service:x"'),
      ipc: fc.constantFrom('host', 'shareable'),
      userns_mode: fc.constantFrom('host'),
      runtime: fc.constantFrom('runsc', 'kata', 'runc'),
      cap_add: fc.constantFrom('[SYS_ADMIN]', '[ALL, NET_ADMIN]', '\n- SYS_PTRACE', 'x', '[]'),
      security_opt: fc.constantFrom('[seccomp:unconfined]', '["apparmor=unconfined", "no-new-privileges:true"]', '[no-new-privileges]', 'x'),
      volumes: fc.constantFrom('[/var/run/docker.sock:/var/run/docker.sock]', '["/:/host:ro"]', '\n- type: bind\n  source: /etc\n  target: /etc\n  read_only: false', '[data:/data]', '[{}]', 'x'),
      environment: fc.constantFrom('[PASSWORD=hunter2]', '{API_KEY: abc, A: "1"}', '\n  DB_PASSWORD: secret\n  X:', 'x', '[]'),
      deploy: fc.constantFrom('{resources: {limits: {cpus: "0.5", memory: 512M}}}', '\n  resources:\n    limits:\n      memory: 1g\n      pids: 100', '{}', 'x'),
      mem_limit: fc.constantFrom('512m', '1g', 'x', '0'),
      cpus: fc.constantFrom('0.5', '"1"', 'x'),
      pids_limit: fc.constantFrom('100', '-1', 'x'),
      '<<': fc.constantFrom('*defaults', '[*defaults, *more]'),
    },
    { requiredKeys: [] },
  )
  .map(mapToBlock);

export const composeArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', 'version: "3.8"\n', 'name: proj\n'),
    fc.constantFrom('', 'x-defaults: &defaults\n  restart: always\n  user: root\nx-more: &more\n  privileged: true\n'),
    fc.array(fc.tuple(words, composeService), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', 'volumes:\n  data: {}\n', 'networks: {default: {}}\n', 'secrets:\n  s: {file: ./s.txt}\n'),
    fc.constantFrom('', '# containment ignore=compose-user-root\n'),
  )
  .map(([head, anchors, services, tail, pragma]) =>
    head + anchors + pragma + 'services:\n' + services.map(([n, s]) => `  ${JSON.stringify(n)}:\n${indentBlock(s || 'image: x', '    ')}`).join('\n') + '\n' + tail,
  );

/* ------------------------------------------------------------------------------------------------------------------ */
/* mutations */

export type Mutation = (text: string) => string;

/** Mutations that keep the input about the same size (the bulk of the runs). */
export const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.constant({ name: 'none', apply: (t: string) => t }),
  fc.nat().map((n) => ({ name: 'truncate-anywhere', apply: (t: string) => t.slice(0, t.length ? n % (t.length + 1) : 0) })),
  fc.tuple(fc.nat(), fc.constantFrom('\n', ':', ' ', '"', "'", '[', '{', '\\', '-', '#', '<<', '&', '*', '$', '=')).map(([n, c]) => ({
    name: `truncate-after-${JSON.stringify(c)}`,
    apply: (t: string) => {
      const positions: number[] = [];
      for (let i = t.indexOf(c); i !== -1 && positions.length < 500; i = t.indexOf(c, i + 1)) positions.push(i);
      return positions.length ? t.slice(0, positions[n % positions.length] + c.length) : t;
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 7 })).map(([a, b, bit]) => ({
    name: 'byte-flip',
    apply: (t: string) => {
      const buf = Buffer.from(t, 'utf8');
      if (!buf.length) return t;
      for (const p of [a, b]) buf[p % buf.length] ^= 1 << bit;
      return buf.toString('utf8');
    },
  })),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 24 })).map(([n, bytes]) => ({
    name: 'insert-random-bytes',
    apply: (t: string) => {
      const p = t.length ? n % (t.length + 1) : 0;
      return t.slice(0, p) + Buffer.from(bytes).toString('latin1') + t.slice(p);
    },
  })),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 16 })).map(([n, s]) => ({
    name: 'insert-unicode',
    apply: (t: string) => {
      const p = t.length ? n % (t.length + 1) : 0;
      return t.slice(0, p) + s + t.slice(p);
    },
  })),
  fc.constant({ name: 'crlf', apply: (t: string) => t.replace(/\r?\n/g, '\r\n') }),
  fc.constant({ name: 'cr-only', apply: (t: string) => t.replace(/\r?\n/g, '\r') }),
  fc.constant({ name: 'mixed-eol', apply: (t: string) => t.replace(/\n/g, (_m, i: number) => (i % 3 ? '\r\n' : '\n')) }),
  fc.constant({ name: 'bom', apply: (t: string) => '\ufeff' + t }),
  fc.constant({ name: 'bom-crlf', apply: (t: string) => '\ufeff' + t.replace(/\n/g, '\r\n') }),
  fc.constant({ name: 'tabs', apply: (t: string) => t.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2)) }),
  fc.constant({ name: 'tab-after-indent', apply: (t: string) => t.replace(/^( +)/gm, '$1\t') }),
  fc.nat().map((n) => ({ name: 'lone-high-surrogate', apply: (t: string) => insertAt(t, n, '\ud800') })),
  fc.nat().map((n) => ({ name: 'lone-low-surrogate', apply: (t: string) => insertAt(t, n, '\udfff') })),
  fc.nat().map((n) => ({ name: 'nul', apply: (t: string) => insertAt(t, n, '\u0000') })),
  fc.nat().map((n) => ({ name: 'control-chars', apply: (t: string) => insertAt(t, n, '\u0001\u0008\u000b\u001b\u007f\u0085\u2028\u2029') })),
  fc.nat().map((n) => ({ name: 'unterminated-double-quote', apply: (t: string) => insertAt(t, n, '"') })),
  fc.nat().map((n) => ({ name: 'unterminated-single-quote', apply: (t: string) => insertAt(t, n, "'") })),
  fc.constant({ name: 'continuation-at-eof', apply: (t: string) => t.replace(/\s*$/, '') + ' \\' }),
  fc.constant({ name: 'continuation-newline-at-eof', apply: (t: string) => t + 'RUN echo \\\n' }),
  fc.constant({ name: 'heredoc-at-eof', apply: (t: string) => t + 'RUN <<EOF\napt-get install -y x' }),
  fc.constant({ name: 'backtick-continuation', apply: (t: string) => '# escape=`\n' + t.replace(/\\\n/g, '`\n') + ' `' }),
  fc.nat().map((n) => ({
    name: 'duplicate-line',
    apply: (t: string) => {
      const lines = t.split('\n');
      const i = n % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    },
  })),
  fc.nat().map((n) => ({
    name: 'delete-line',
    apply: (t: string) => {
      const lines = t.split('\n');
      lines.splice(n % lines.length, 1);
      return lines.join('\n');
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, d]) => ({
    name: 'reindent-line',
    apply: (t: string) => {
      const lines = t.split('\n');
      const i = n % lines.length;
      lines[i] = d >= 0 ? ' '.repeat(d) + lines[i] : lines[i].slice(-d);
      return lines.join('\n');
    },
  })),
);

function insertAt(t: string, n: number, s: string): string {
  const p = t.length ? n % (t.length + 1) : 0;
  return t.slice(0, p) + s + t.slice(p);
}

/** Up to three mutations in a row. */
export const mutations = fc.array(mutation, { minLength: 0, maxLength: 3 });

/* ------------------------------------------------------------------------------------------------------------------ */
/* large and pathological inputs (deterministic, for the size-proportional bound) */

export function hugeLine(kind: 'dockerfile' | 'yaml', bytes = 200 * 1024): string {
  const filler = 'a'.repeat(bytes);
  return kind === 'dockerfile'
    ? `FROM ubuntu\nRUN echo ${filler}\nRUN apt-get install -y ${'pkg '.repeat(bytes / 4)}\nLABEL x="${filler}`
    : `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "${filler}"\nspec:\n  containers:\n    - name: a\n      image: ${filler}\n      args: [${'x, '.repeat(bytes / 3)}]\n`;
}

export function deepFlow(depth = 5000, close = true): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: ${'['.repeat(depth)}${close ? ']'.repeat(depth) : ''}\n`;
}

export function deepFlowMap(depth = 5000): string {
  return `services:\n  a: ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}\n`;
}

export function deepBlock(depth = 5000, kind: 'k8s' | 'compose' = 'k8s'): string {
  let out = kind === 'k8s' ? 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n' : 'services:\n  a:\n    image: x\n    labels:\n';
  let indent = kind === 'k8s' ? '  ' : '      ';
  for (let i = 0; i < depth; i++) {
    out += `${indent}k${i}:\n`;
    indent += ' ';
  }
  return out + `${indent}v: 1\n`;
}

export function deepBlockSeq(depth = 5000): string {
  let out = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n';
  for (let i = 0; i < depth; i++) out += ' '.repeat(2 + 2 * Math.min(i, 2000)) + '-\n';
  return out;
}

/** The classic "billion laughs": `levels` levels of `width` aliases each. */
export function aliasBomb(kind: 'k8s' | 'compose', levels = 9, width = 9): string {
  const lines: string[] = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
  const top = `*a${levels}`;
  if (kind === 'compose') {
    return `x-bomb:\n${indentBlock(lines.join('\n'), '  ')}\nservices:\n  web:\n    image: nginx\n    command: ${top}\n    environment: ${top}\n    labels: ${top}\n`;
  }
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  annotations:\n${indentBlock(lines.join('\n'), '    ')}\nspec:\n  containers:\n    - name: a\n      image: nginx\n      args: ${top}\n      env: ${top}\n      command: ${top}\n`;
}

/** A wide alias fan-out (many aliases, each small). */
export function manyAliases(kind: 'k8s' | 'compose', count = 5000): string {
  const refs = Array.from({ length: count }, () => '*x').join(', ');
  return kind === 'compose'
    ? `x-a: &x nginx\nservices:\n  web:\n    image: *x\n    command: [${refs}]\n`
    : `apiVersion: v1\nkind: Pod\nmetadata:\n  name: &x x\nspec:\n  containers:\n    - name: *x\n      image: nginx\n      args: [${refs}]\n`;
}

/** One huge anchored value referenced a few times. */
export function hugeAnchor(kind: 'k8s' | 'compose', items = 20000): string {
  const big = Array.from({ length: items }, (_, i) => `k${i}: v${i}`).join(', ');
  return kind === 'compose'
    ? `x-big: &big {${big}}\nservices:\n  a:\n    image: x\n    labels: *big\n    environment: *big\n  b:\n    <<: *big\n    image: y\n`
    : `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: &big {${big}}\n  annotations: *big\nspec:\n  nodeSelector: *big\n  containers:\n    - name: a\n      image: nginx\n      env: [{name: A, value: "1"}]\n`;
}

/** A self-referencing merge/alias loop (recursive alias). */
export const recursiveAlias = {
  k8s: 'apiVersion: v1\nkind: Pod\nmetadata: &m\n  name: x\n  self: *m\nspec: &s\n  containers:\n    - &c\n      name: a\n      image: nginx\n      securityContext: *c\n  template: *s\n',
  compose: 'services: &s\n  web: &w\n    image: nginx\n    <<: *w\n    extends: *s\n  db:\n    <<: *s\n',
};

export function manyDocuments(count: number): string {
  const doc = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: n{i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: nginx:1.{i}\n          securityContext: {privileged: true}\n';
  return Array.from({ length: count }, (_, i) => doc.replace(/\{i\}/g, String(i))).join('---\n');
}

export function manyInstructions(count: number): string {
  const lines = ['FROM ubuntu:22.04 AS base'];
  for (let i = 0; i < count; i++) lines.push(i % 3 === 0 ? `RUN apt-get update && apt-get install -y pkg${i} \\\n    && rm -rf /var/lib/apt/lists/*` : i % 3 === 1 ? `COPY --from=base /a${i} /b${i}` : `ENV V${i}=$V${i - 1}x`);
  return lines.join('\n') + '\nUSER root\n';
}

export function manyServices(count: number): string {
  let out = 'services:\n';
  for (let i = 0; i < count; i++) out += `  s${i}:\n    image: nginx:1.${i}\n    privileged: true\n    volumes: [/var/run/docker.sock:/var/run/docker.sock]\n    environment: [PASSWORD=x${i}]\n`;
  return out;
}
