/**
 * Safe fixes (issue 7): for EVERY rule whose meta says `fixable: true` (enumerated from allRuleMetas, so a new fixable
 * rule without cases here fails), a table of varied inputs — block and flow YAML, comments, CRLF, tabs in Dockerfiles,
 * anchors, continuation lines — and for each: apply the fix, then
 *   - the result parses (YAML: no errors; Dockerfile: no new dockerfile-syntax findings),
 *   - that finding is gone,
 *   - no original line is lost or rewritten: every line no edit touches is still there, in order, byte for byte (CRLF
 *     included), and an edit never swallows a whole non-blank line it does not need,
 *   - fixing again until nothing changes converges, and then analysis + fix changes nothing (idempotent).
 */
import * as assert from 'assert';
import type { ContainmentConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { FileKind, Finding, TextEdit } from '../../../src/core/base/model/finding';
import { allRuleMetas } from '../../../src/core/engine/rules-registry';
import { LineIndex } from '../../../src/core/base/text/line-index';
import { parseYamlDocuments } from '../../../src/core/base/yaml/documents';
import { count, fuzzConfig, tried } from './fuzz-util';

interface Case {
  name: string;
  text: string;
}

const POD = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;
const DEPLOY = (containers: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web # the web tier\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n${containers
    .split('\n')
    .map((l) => (l ? '    ' + l : l))
    .join('\n')}`;

/** Kubernetes inputs shared by the resource and hardening fixes: block, flow, comments, anchors, several containers. */
const K8S_CASES: Case[] = [
  { name: 'block', text: POD('    - name: web\n      image: nginx:1.30\n') },
  { name: 'block with partial resources', text: POD('    - name: web\n      image: nginx:1.30\n      resources:\n        requests:\n          cpu: 100m\n') },
  { name: 'flow container', text: POD('    - {name: web, image: "nginx:1.30"}\n') },
  { name: 'flow securityContext and resources', text: POD('    - name: web\n      image: nginx:1.30\n      securityContext: {}\n      resources: {}\n') },
  { name: 'comments everywhere', text: POD('    # the web container\n    - name: web # name\n      image: nginx:1.30 # pinned\n      # hardening below\n      securityContext: # sc\n        runAsUser: 0 # root!\n') },
  { name: 'anchors and aliases', text: 'x: &res\n  requests: {cpu: 100m}\n---\n' + POD('    - name: web\n      image: nginx:1.30\n      securityContext: &sc\n        privileged: false\n    - name: side\n      image: busybox:1.36\n      securityContext: *sc\n') },
  { name: 'deployment, two containers, init container', text: DEPLOY('  initContainers:\n    - name: init\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.30\n    - name: side\n      image: envoy:1.30\n').replace('      containers:\n      initContainers:', '      initContainers:').replace(/\n {6}containers:\n {6}containers:/, '\n      containers:') },
  { name: 'seccomp unconfined, runAsUser 0, allowPrivilegeEscalation true', text: POD('    - name: web\n      image: nginx:1.30\n      securityContext:\n        runAsUser: 0\n        allowPrivilegeEscalation: true\n        readOnlyRootFilesystem: false\n        seccompProfile:\n          type: Unconfined\n        capabilities:\n          add: [NET_ADMIN]\n') },
  { name: 'list of items', text: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.30\n' },
  { name: 'multi-document with markers', text: '---\n' + POD('    - name: web\n      image: nginx:1.30\n') + '...\n---\n' + POD('    - name: api\n      image: node:20\n').replace('name: web\n', 'name: api-pod\n') },
  { name: 'deep indentation (4 spaces)', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n        -   name: web\n            image: nginx:1.30\n' },
];

const COMPOSE_CASES: Case[] = [
  { name: 'block', text: 'services:\n  web:\n    image: nginx:1.30\n' },
  { name: 'flow service', text: 'services:\n  web: {image: "nginx:1.30", ports: ["80:80"]}\n' },
  { name: 'comments', text: '# stack\nservices:\n  # the web tier\n  web: # web\n    image: nginx:1.30 # pinned\n    # ports\n    ports:\n      - "80:80"\n' },
  { name: 'anchors and merge keys', text: 'x-base: &base\n  restart: always\n  image: nginx:1.30\nservices:\n  web:\n    <<: *base\n  api:\n    <<: *base\n    image: node:20\n' },
  { name: 'partial deploy block and security_opt', text: 'services:\n  web:\n    image: nginx:1.30\n    security_opt:\n      - apparmor:unconfined\n    deploy:\n      replicas: 2\n' },
  { name: 'four-space indentation, version key', text: 'version: "3.8"\nservices:\n    web:\n        image: nginx:1.30\n    db:\n        image: postgres:16\n' },
  { name: 'flow deploy resources', text: 'services:\n  web:\n    image: nginx:1.30\n    deploy: {resources: {limits: {cpus: "0.5"}}}\n' },
];

/** Dockerfile cases per rule; each runs as written, with CRLF, and with tab-indented continuation lines. */
const DOCKERFILE_CASES: Record<string, string[]> = {
  'add-instead-of-copy': ['FROM alpine:3.20\nADD requirements.txt /app/\n', 'FROM alpine:3.20\n# copy the sources\nADD --chown=app:app src \\\n    /app/src\nUSER app\n'],
  'apk-missing-no-cache': ['FROM alpine:3.20\nRUN apk add curl=8.5.0-r0\nUSER app\n', 'FROM alpine:3.20\nRUN apk update && \\\n    apk add --virtual .deps \\\n      curl=8.5.0-r0 \\\n    && echo done\nUSER app\n'],
  'apt-get-install-recommends': ['FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*\nUSER app\n', 'FROM debian:12\nRUN apt-get update \\\n && apt-get -y install \\\n      curl=7.88.1-10 \\\n      git=1:2.39.2-1 \\\n && rm -rf /var/lib/apt/lists/*\nUSER app\n'],
  'apt-get-missing-yes': ['FROM debian:12\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\n', 'FROM debian:12\n# tools\nRUN apt-get update \\\n    && apt-get --no-install-recommends install \\\n        curl=7.88.1-10 \\\n    && rm -rf /var/lib/apt/lists/*\n'],
  'apt-instead-of-apt-get': ['FROM debian:12\nRUN apt update && apt install -y curl\n', 'FROM debian:12\nRUN set -eux; \\\n    apt update; \\\n    apt install -y --no-install-recommends curl=7.88.1-10\n'],
  'container-runs-as-root': ['FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]\n', 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\n\nFROM debian:12-slim\n# the runtime\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n'],
  'copy-multiple-sources-dest-slash': ['FROM alpine:3.20\nCOPY package.json package-lock.json /app\n', 'FROM alpine:3.20\nCOPY --chown=1000 a.txt \\\n     b.txt \\\n     /srv/data\n'],
  'dnf-missing-yes': ['FROM fedora:40\nRUN dnf install nginx-1.24.0 && dnf clean all\n', 'FROM fedora:40\nRUN dnf --setopt=install_weak_deps=False \\\n      install nginx-1.24.0 \\\n    && dnf clean all\n'],
  'empty-continuation-line': ['FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0 && \\\n\n    echo done\n', 'FROM alpine:3.20\nRUN echo a \\\n\n\n    && echo b \\\n    \n    && echo c\n'],
  'expose-invalid-format': ['FROM nginx:1.30\nEXPOSE 127.0.0.1:8080:80\n', 'FROM nginx:1.30\nEXPOSE 80 8080:80/tcp 443\n'],
  'expose-proto-casing': ['FROM nginx:1.30\nEXPOSE 53/UDP\n', 'FROM nginx:1.30\nEXPOSE 80/Tcp \\\n       53/UDP\n'],
  'from-as-casing': ['FROM node:20 as build\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\n', 'from node:20 AS build\nFROM node:20-slim as final\n'],
  'instruction-casing': ['FROM alpine:3.20\nRun echo hi\n', 'FROM alpine:3.20\nrun echo a \\\n    && echo b\nCopy a /b\nWORKDIR /x\n'],
  'healthcheck-shell-form': ['FROM alpine:3.20\nHEALTHCHECK CMD /srv/probe --quick\n', 'FROM alpine:3.20\n# probe\nHEALTHCHECK --interval=10s CMD probe-status\nCMD ["app"]\n'],
  'json-args-recommended': ['FROM node:20\nCMD node server.js\n', 'FROM node:20\n# run it\nENTRYPOINT /usr/bin/tini server\nSTOPSIGNAL SIGTERM\n'],
  'legacy-key-value-format': ['FROM alpine:3.20\nENV NODE_ENV production\n', 'FROM alpine:3.20\nLABEL maintainer "ops@example.com"\nENV PATH /usr/local/bin:$PATH\n'],
  'maintainer-deprecated': ['FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n', 'FROM alpine:3.20\n# who\nMAINTAINER "ops team"\nRUN echo hi\n'],
  'pip-cache-not-disabled': ['FROM python:3.12-slim\nRUN pip install requests==2.31.0\n', 'FROM python:3.12-slim\nRUN python -m pip install \\\n      --upgrade \\\n      requests==2.31.0 \\\n    && pip3 install flask==3.0.0\n'],
  // an automatic fix is offered only when the stage runs bash (dash may not support pipefail)
  'pipe-without-pipefail': ['FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n', 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN set -eu && \\\n    wget -qO- https://example.com/a | \\\n      sha256sum\n'],
  'redundant-target-platform': ['FROM --platform=$TARGETPLATFORM alpine:3.20\n', 'ARG X=1\nFROM --platform=${TARGETPLATFORM} alpine:3.20 AS base\nRUN echo hi\n'],
  'useradd-without-no-log-init': ['FROM debian:12\nRUN useradd -u 123456789 app\n', 'FROM debian:12\nRUN groupadd -g 2000 app \\\n    && useradd --uid 2000000 \\\n         -g app app\n'],
  'wget-without-progress': ['FROM debian:12\nRUN wget https://example.com/big.tar.gz\n', 'FROM debian:12\nRUN wget \\\n      -O /tmp/x.tgz \\\n      https://example.com/x.tgz && echo ok\n'],
  'yum-missing-yes': ['FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n', 'FROM centos:7\nRUN yum --setopt=tsflags=nodocs \\\n      install httpd-2.4.6 \\\n    && yum clean all\n'],
  'zypper-missing-non-interactive': ['FROM opensuse/leap:15.5\nRUN zypper install curl=8.6.0 && zypper clean\n', 'FROM opensuse/leap:15.5\nRUN zypper refresh \\\n    && zypper in \\\n         curl=8.6.0\n'],
};

function casesFor(id: string, kind: FileKind): Case[] {
  if (kind === 'kubernetes') return K8S_CASES;
  if (kind === 'compose') return COMPOSE_CASES;
  return (DOCKERFILE_CASES[id] ?? []).map((text, i) => ({ name: `case ${i + 1}`, text }));
}

/** Variants of each case: as written, CRLF, and for Dockerfiles tab-indented continuation lines. */
function variants(c: Case, kind: FileKind): Case[] {
  const out = [c, { name: `${c.name}, CRLF`, text: c.text.replace(/\n/g, '\r\n') }];
  if (kind === 'dockerfile') {
    const tabs = c.text.replace(/^( +)(?=\S)/gm, '\t');
    if (tabs !== c.text) out.push({ name: `${c.name}, tabs`, text: tabs }, { name: `${c.name}, tabs + CRLF`, text: tabs.replace(/\n/g, '\r\n') });
  }
  return out;
}

const PATHS: Record<FileKind, string> = { dockerfile: '/safe/Dockerfile', kubernetes: '/safe/k8s.yaml', compose: '/safe/compose.yaml' };

let config: ContainmentConfig;
function analyse(text: string, kind: FileKind): Finding[] {
  const result = analyzeFile({ path: PATHS[kind], text, kind }, config, memoryHost({ [PATHS[kind]]: text }));
  assert.deepStrictEqual(result.ruleErrors, []);
  return result.findings;
}

function assertParses(original: string, fixed: string, kind: FileKind, what: string): void {
  if (kind === 'dockerfile') {
    const before = analyse(original, kind).filter((f) => f.rule === 'dockerfile-syntax').map((f) => f.message);
    const after = analyse(fixed, kind).filter((f) => f.rule === 'dockerfile-syntax').map((f) => f.message);
    assert.deepStrictEqual(after.filter((m) => !before.includes(m)), [], `${what}: the fix introduced Dockerfile syntax errors in\n${fixed}`);
  } else {
    for (const doc of parseYamlDocuments(fixed)) assert.deepStrictEqual(doc.errors.map((e) => e.message), [], `${what}: the fix broke the YAML:\n${fixed}`);
  }
}

/** Lines of the original that no edit touches must all survive, in order, byte for byte (line endings included). */
function assertLinesPreserved(original: string, fixed: string, edits: TextEdit[], what: string, wholeInstruction = false): void {
  const index = new LineIndex(original);
  const touched = new Set<number>();
  for (const e of edits) {
    const start = index.offsetAt(e.range.start);
    const end = index.offsetAt(e.range.end);
    const first = e.range.start.line;
    const last = e.range.end.line;
    // a pure insertion at the start of a line that ends with a newline only adds lines before it
    if (start === end && e.range.start.character === 0 && e.newText.endsWith('\n')) continue;
    for (let l = first; l <= last; l++) touched.add(l);
    // the edit may not swallow a whole non-blank line beyond what it changes (after trimming common prefix / suffix)
    const old = original.slice(start, end);
    let p = 0;
    while (p < old.length && p < e.newText.length && old[p] === e.newText[p]) p++;
    let s = 0;
    while (s < old.length - p && s < e.newText.length - p && old[old.length - 1 - s] === e.newText[e.newText.length - 1 - s]) s++;
    const removedStart = start + p;
    const removedEnd = end - s;
    for (let l = first; l <= last; l++) {
      const line = index.lineText(l);
      const whole = index.lineStart(l) >= removedStart && index.lineEnd(l) <= removedEnd && removedEnd > removedStart;
      if (!whole) continue;
      // MAINTAINER x → LABEL maintainer="x": the edited token is the instruction; its argument must survive
      if (wholeInstruction) assert.ok(e.newText.includes(line.replace(/^\s*\S+\s+/, '').replace(/^"|"$/g, '').trim()), `${what}: the argument of ${JSON.stringify(line)} is lost`);
      else assert.match(line, /^[\s\\`]*$/, `${what}: an edit rewrites the whole line ${JSON.stringify(line)}`);
    }
  }
  const originalLines = original.split('\n');
  const fixedLines = fixed.split('\n');
  let j = 0;
  for (let i = 0; i < originalLines.length; i++) {
    if (touched.has(i)) continue;
    while (j < fixedLines.length && fixedLines[j] !== originalLines[i]) j++;
    assert.ok(j < fixedLines.length, `${what}: original line ${i + 1} ${JSON.stringify(originalLines[i])} was lost or rewritten:\n${fixed}`);
    j++;
  }
  if (original.includes('\r\n')) {
    const lines = fixed.split('\n').slice(0, -1);
    assert.ok(lines.every((l) => l.endsWith('\r')), `${what}: the fix mixed LF lines into a CRLF file: ${JSON.stringify(fixed)}`);
  }
}

/** Rules whose fix replaces the whole instruction by design (the argument is kept). */
const WHOLE_INSTRUCTION = new Set(['maintainer-deprecated']);

const fixOf = (findings: Finding[], id: string) => findings.filter((f) => f.rule === id && f.fix?.edits.length);

describe('safe fixes: every fixable rule', function () {
  this.timeout(60_000);
  before(() => {
    config = fuzzConfig(); // every resource policy on
    for (const meta of allRuleMetas()) if (meta.defaultOff) config.rules.set(meta.id.toLowerCase(), meta.severity);
  });

  const fixable = allRuleMetas().filter((m) => m.fixable);
  after(() => console.log(`      safe-fix cases checked: ${tried['safe-fix-cases'] ?? 0} over ${fixable.length} fixable rules`));

  it('the checks catch a lost line, a rewritten line, broken YAML and mixed line endings (self-test)', () => {
    const text = 'a: 1\r\nb: 2\r\nc: 3\r\n';
    const r = (l1: number, c1: number, l2: number, c2: number, newText: string): TextEdit => ({ range: { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } }, newText });
    const check = (edits: TextEdit[]) => assertLinesPreserved(text, applyEdits(text, edits).text, edits, 'self-test');
    check([r(1, 3, 1, 4, '5')]); // a token: fine
    assert.throws(() => check([r(0, 3, 2, 4, '1\r\nc: 4')]), /rewrites the whole line/);
    assert.throws(() => check([r(1, 3, 1, 4, '5\nd: 6')]), /mixed LF lines/);
    const lost = applyEdits(text, [r(1, 0, 2, 0, '')]).text;
    assert.throws(() => assertLinesPreserved(text, lost, [r(0, 0, 0, 1, 'a')], 'self-test'), /was lost or rewritten/);
    assert.throws(() => assertParses(text, 'a: [1\n', 'compose', 'self-test'), /broke the YAML/);
  });

  it('the table covers every fixable rule (add cases when you add a fixable rule)', () => {
    assert.ok(fixable.length >= 30, `${fixable.length} fixable rules`);
    const missing = fixable.filter((m) => casesFor(m.id, m.appliesTo).length === 0).map((m) => m.id);
    assert.deepStrictEqual(missing, []);
  });

  for (const meta of fixable) {
    it(`${meta.id}`, () => {
      let fixedSomething = 0;
      for (const base of casesFor(meta.id, meta.appliesTo)) {
        for (const c of variants(base, meta.appliesTo)) {
          const kind = meta.appliesTo;
          const what = `${meta.id} on ${kind} "${c.name}"`;
          const findings = analyse(c.text, kind);
          const withFix = fixOf(findings, meta.id);
          if (kind === 'dockerfile') assert.ok(withFix.length > 0, `${what}: expected a fixable finding, got ${findings.map((f) => f.rule).join(', ')}`);
          if (!withFix.length) continue; // shared YAML inputs: not every input triggers every rule
          count('safe-fix-cases');
          fixedSomething++;
          const target = withFix[0];
          const fixed = applyEdits(c.text, target.fix!.edits).text;
          assert.notStrictEqual(fixed, c.text, `${what}: the fix changes nothing`);
          assertParses(c.text, fixed, kind, what);
          assertLinesPreserved(c.text, fixed, target.fix!.edits, what, WHOLE_INSTRUCTION.has(meta.id));
          const after = analyse(fixed, kind).filter((f) => f.rule === meta.id);
          const before = findings.filter((f) => f.rule === meta.id);
          assert.ok(after.length < before.length, `${what}: the finding is not gone (${before.length} → ${after.length}): ${after.map((f) => f.message).join(' | ')}\n${fixed}`);
          // fix everything of this rule until nothing changes: it converges, and then fixing changes nothing
          let text = fixed;
          for (let pass = 0; ; pass++) {
            assert.ok(pass <= before.length + 1, `${what}: fixing does not converge:\n${text}`);
            const next = fixOf(analyse(text, kind), meta.id);
            if (!next.length) break;
            const applied = applyEdits(text, next.flatMap((f) => f.fix!.edits)).text;
            if (applied === text) break;
            assertParses(c.text, applied, kind, `${what} (pass ${pass + 2})`);
            text = applied;
          }
          const again = fixOf(analyse(text, kind), meta.id).flatMap((f) => f.fix!.edits);
          assert.strictEqual(applyEdits(text, again).text, text, `${what}: not idempotent`);
          assert.deepStrictEqual(analyse(text, kind).filter((f) => f.rule === meta.id && f.fix), [], `${what}: findings with fixes remain after fixing`);
        }
      }
      assert.ok(fixedSomething > 0, `no input in the table triggers a fix of ${meta.id}`);
    });
  }
});
