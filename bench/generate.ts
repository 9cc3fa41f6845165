/**
 * Deterministic benchmark inputs: the same seed gives the same text on every machine. Nothing is downloaded.
 * Shared by the benchmark (bench/bench.ts) and the complexity test (test/unit/perf/complexity.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';

/** Small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

const BASES = ['node:20-bookworm', 'python:3.12-slim', 'golang:1.22', 'ubuntu:22.04', 'debian:12', 'alpine:3.20', 'eclipse-temurin:21-jre', 'nginx:1.27'];
const APT = ['curl', 'ca-certificates', 'git', 'build-essential', 'libpq-dev', 'tzdata', 'unzip', 'jq', 'gnupg', 'openssl'];

/** A typical 20-line Dockerfile (multi-stage Node build). */
export function typicalDockerfile(): string {
  return [
    '# syntax=docker/dockerfile:1',
    'FROM node:20-bookworm AS build',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci',
    'COPY . .',
    'RUN npm run build && npm prune --omit=dev',
    '',
    'FROM node:20-bookworm-slim',
    'ENV NODE_ENV=production',
    'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\',
    '    && rm -rf /var/lib/apt/lists/*',
    'WORKDIR /app',
    'COPY --from=build /app/dist ./dist',
    'COPY --from=build /app/node_modules ./node_modules',
    'EXPOSE 8080',
    'USER node',
    'HEALTHCHECK CMD curl -fsS http://localhost:8080/health || exit 1',
    'CMD ["node", "dist/server.js"]',
    '',
  ].join('\n');
}

/** A multi-stage Dockerfile of about `lines` lines: stages of ~50 lines with RUN chains, COPY, ENV, ARG, USER. */
export function largeDockerfile(lines = 5000, seed = 1): string {
  const r = rng(seed);
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE_TAG=22.04', 'ARG VERSION=1.0.0'];
  let stage = 0;
  while (out.length < lines - 2) {
    const base = stage > 0 && r() < 0.3 ? `stage${stage - 1}` : pick(r, BASES);
    out.push('', `FROM ${base} AS stage${stage}`, `WORKDIR /src/stage${stage}`, `ARG VERSION`, `ENV APP_HOME=/opt/app${stage} PATH=/opt/app${stage}/bin:$PATH`);
    const body = 40 + Math.floor(r() * 20);
    for (let i = 0; i < body && out.length < lines - 2; i++) {
      const x = r();
      if (x < 0.3) {
        const pkgs = Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(r, APT)).join(' ');
        out.push(`RUN apt-get update \\`, `    && apt-get install -y --no-install-recommends ${pkgs} \\`, `    && rm -rf /var/lib/apt/lists/*`);
        i += 2;
      } else if (x < 0.45) out.push(`COPY src/module${i} /src/stage${stage}/module${i}`);
      else if (x < 0.55) out.push(`ENV FEATURE_${i}=enabled LEVEL_${i}=${i}`);
      else if (x < 0.65) out.push(`RUN curl -fsSL https://example.com/tool${i}.tar.gz | tar -xz -C /usr/local/bin && chmod 755 /usr/local/bin/tool${i}`);
      else if (x < 0.72) out.push(`RUN pip install --no-cache-dir requests==2.32.${i % 10} flask==3.0.${i % 5}`);
      else if (x < 0.78) out.push(`RUN useradd -m -u ${1000 + i} user${i} && mkdir -p /data/${i} && chown user${i} /data/${i}`);
      else if (x < 0.84) out.push(`COPY --from=stage${Math.max(0, stage - 1)} /src/out /src/in${i}`);
      else if (x < 0.88) out.push(`LABEL org.example.part${i}="value ${i}"`);
      else if (x < 0.92) out.push(`EXPOSE ${8000 + i}`);
      else if (x < 0.96) out.push(`RUN set -eux; \\`, `    for f in a b c; do echo "$f" >> /tmp/list${i}; done; \\`, `    cat /tmp/list${i} | sort | uniq > /tmp/sorted${i}`), (i += 2);
      else out.push(`USER ${1000 + (i % 7)}`);
    }
    stage++;
  }
  out.push('USER 1000', 'CMD ["/opt/app/bin/server"]');
  return out.join('\n') + '\n';
}

function deployment(r: () => number, i: number): string {
  const name = `app-${i}`;
  const hardened = r() < 0.5;
  const limits = r() < 0.6;
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  namespace: team-${i % 7}`,
    '  labels:',
    `    app.kubernetes.io/name: ${name}`,
    '    app.kubernetes.io/part-of: shop',
    'spec:',
    `  replicas: ${1 + (i % 5)}`,
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${name}`,
    '    spec:',
  ];
  if (hardened) lines.push('      securityContext:', '        runAsNonRoot: true', '        runAsUser: 10001', '        seccompProfile:', '          type: RuntimeDefault');
  lines.push(
    '      containers:',
    `        - name: ${name}`,
    `          image: registry.example.com/shop/${name}:1.${i % 13}.${i % 7}`,
    '          ports:',
    '            - containerPort: 8080',
    '              name: http',
    '          env:',
    '            - name: LOG_LEVEL',
    '              value: info',
    '            - name: DB_HOST',
    `              value: db-${i % 3}.internal`,
    '          readinessProbe:',
    '            httpGet:',
    '              path: /ready',
    '              port: http',
  );
  if (limits) lines.push('          resources:', '            requests:', '              cpu: 100m', '              memory: 128Mi', '            limits:', '              cpu: 500m', '              memory: 256Mi');
  if (hardened) lines.push('          securityContext:', '            allowPrivilegeEscalation: false', '            readOnlyRootFilesystem: true', '            capabilities:', '              drop: ["ALL"]');
  if (r() < 0.2) lines.push('          volumeMounts:', '            - name: data', '              mountPath: /data', '      volumes:', '        - name: data', '          hostPath:', `            path: /var/lib/app-${i}`);
  return lines.join('\n');
}

function service(i: number): string {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: app-${i}`,
    `  namespace: team-${i % 7}`,
    'spec:',
    '  selector:',
    `    app.kubernetes.io/name: app-${i}`,
    '  ports:',
    '    - name: http',
    '      port: 80',
    '      targetPort: http',
  ].join('\n');
}

function configMap(i: number): string {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: app-${i}-config`,
    `  namespace: team-${i % 7}`,
    'data:',
    `  FEATURE_FLAGS: "a,b,c,${i}"`,
    '  config.yaml: |',
    '    server:',
    '      port: 8080',
    `      workers: ${2 + (i % 4)}`,
  ].join('\n');
}

/** A Kubernetes manifest of `docs` documents: Deployment, Service, ConfigMap in turn (Helm-output style). */
export function kubernetesManifest(docs: number, seed = 2): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let d = 0; d < docs; d++) {
    const i = Math.floor(d / 3);
    const kind = d % 3;
    out.push(`---\n# Source: shop/templates/${['deployment', 'service', 'configmap'][kind]}-${i}.yaml\n` + (kind === 0 ? deployment(r, i) : kind === 1 ? service(i) : configMap(i)));
  }
  return out.join('\n') + '\n';
}

/** Offsets of each `---` document start in a manifest (for editing one document). */
export function documentStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('---\n'); i !== -1; i = text.indexOf('\n---\n', i + 1)) starts.push(text[i] === '\n' ? i + 1 : i);
  return starts;
}

/** A Compose file with `count` services. */
export function composeFile(count: number, seed = 3): string {
  const r = rng(seed);
  const out = ['name: shop', 'services:'];
  for (let i = 0; i < count; i++) {
    out.push(`  svc-${i}:`, `    image: ${pick(r, BASES)}`, '    restart: unless-stopped');
    if (r() < 0.5) out.push('    ports:', `      - "${9000 + i}:8080"`);
    out.push('    environment:', `      LOG_LEVEL: info`, `      SERVICE_INDEX: "${i}"`);
    if (r() < 0.3) out.push('    volumes:', `      - ./data/${i}:/data`);
    if (r() < 0.1) out.push('    privileged: true');
    if (r() < 0.5) out.push('    deploy:', '      resources:', '        limits:', '          cpus: "0.5"', '          memory: 256M');
    if (i > 0 && r() < 0.3) out.push('    depends_on:', `      - svc-${i - 1}`);
  }
  out.push('volumes:', '  data: {}');
  return out.join('\n') + '\n';
}

/**
 * Writes a workspace of `files` files under `root`: ~40% Dockerfiles, ~40% Kubernetes manifests (1–6 documents),
 * ~5% Compose files, the rest unrelated files (README.md, source) the scan must skip cheaply. Returns the counts.
 */
export function writeWorkspace(root: string, files = 2000, seed = 4): { total: number; analysed: number } {
  const r = rng(seed);
  let analysed = 0;
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `svc-${Math.floor(i / 20)}`, `part-${i % 4}`);
    fs.mkdirSync(dir, { recursive: true });
    const x = (i * 7919) % 100;
    if (x < 40) {
      fs.writeFileSync(path.join(dir, `Dockerfile.${i}`), r() < 0.9 ? typicalDockerfile() : largeDockerfile(200, i));
      analysed++;
    } else if (x < 80) {
      fs.writeFileSync(path.join(dir, `manifest-${i}.yaml`), kubernetesManifest(1 + (i % 6), i));
      analysed++;
    } else if (x < 85) {
      fs.writeFileSync(path.join(dir, `compose-${i}.yaml`), composeFile(3 + (i % 5), i));
      analysed++;
    } else if (x < 92) fs.writeFileSync(path.join(dir, `README-${i}.md`), `# Service ${i}\n\nNothing to see.\n`);
    else fs.writeFileSync(path.join(dir, `main-${i}.js`), `console.log(${i});\n`);
  }
  return { total: files, analysed };
}
