/** Hovers through vscode.executeHoverProvider: instructions, base image, ARG/ENV references, YAML fields, findings. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, hasCode, hoverText, open, positionOf, waitForDiagnostics } from './helpers';

describe('hovers: Dockerfile', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activateExtension();
    doc = await open('Dockerfile');
    await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'Dockerfile diagnostics');
  });
  after(closeAll);

  it('explain an instruction (what it does, build time vs run time)', async () => {
    const text = await hoverText(doc.uri, positionOf(doc, 'FROM', 1));
    assert.match(text, /\*\*FROM\*\*/);
    assert.match(text, /base image/i);
    assert.match(text, /build time/i);
    const workdir = await hoverText(doc.uri, positionOf(doc, 'WORKDIR', 2));
    assert.match(workdir, /WORKDIR/);
    const run = await hoverText(doc.uri, positionOf(doc, 'RUN apt-get', 1));
    assert.match(run, /\*\*RUN\*\*/);
    assert.match(run, /build/i);
    assert.match(run, /Shell form/);
  });

  it('explain shell form vs exec form', async () => {
    const cmd = await hoverText(doc.uri, positionOf(doc, 'CMD [', 1));
    assert.match(cmd, /exec form|JSON/i, cmd);
  });

  it('resolve the base image with its ARG (registry, repository, tag, digest, OS, default user, shared kernel)', async () => {
    const text = await hoverText(doc.uri, positionOf(doc, 'node:${NODE_VERSION}', 2));
    assert.match(text, /node:22-bookworm-slim/);
    assert.match(text, /docker\.io/);
    assert.match(text, /library\/node/);
    assert.match(text, /Tag/);
    assert.match(text, /Digest/);
    assert.match(text, /Debian/);
    assert.match(text, /root/);
    assert.match(text, /shares the host kernel/);
  });

  it('resolve ARG and ENV references', async () => {
    const arg = await hoverText(doc.uri, positionOf(doc, '${PORT}', 3));
    assert.match(arg, /PORT/);
    assert.match(arg, /3000/);
    const env = await hoverText(doc.uri, positionOf(doc, 'EXPOSE ${APP_PORT}', 10));
    assert.match(env, /APP_PORT/);
    assert.match(env, /3000/);
  });

  it('explain EXPOSE and HEALTHCHECK', async () => {
    assert.match(await hoverText(doc.uri, positionOf(doc, 'EXPOSE', 1)), /EXPOSE/);
    assert.match(await hoverText(doc.uri, positionOf(doc, 'HEALTHCHECK', 1)), /HEALTHCHECK/);
  });

  it('on a finding: its message, why and how to fix, from the rule metadata', async () => {
    const text = await hoverText(doc.uri, positionOf(doc, 'pip install', 6));
    assert.match(text, /--no-cache-dir/);
    assert.match(text, /Why/i);
    assert.match(text, /fix/i);
    assert.match(text, /command:containment\.showRuleDoc/);
  });

  it('links the trade-off panel from an isolation finding', async () => {
    const text = await hoverText(doc.uri, positionOf(doc, 'node:${NODE_VERSION}', 2));
    assert.match(text, /runs as root/);
    assert.match(text, /command:containment\.openTradeoffPanel/);
  });
});

describe('hovers: kubernetes/compose fields (needs issue 3)', () => {
  before(activateExtension);
  after(closeAll);

  it('Kubernetes `resources`: requests/limits, cgroups, the pod’s QoS class', async () => {
    const doc = await open('k8s/deployment.yaml');
    const text = await hoverText(doc.uri, positionOf(doc, 'resources:', 2));
    assert.match(text, /\*\*resources\*\*/);
    assert.match(text, /cgroup/);
    assert.match(text, /QoS class: Burstable/);
  });

  it('Kubernetes `cpu` under requests', async () => {
    const doc = await open('k8s/deployment.yaml');
    const text = await hoverText(doc.uri, positionOf(doc, 'cpu: 100m', 1));
    assert.match(text, /cpu/i);
    assert.match(text, /throttl|share|schedul/i);
  });

  it('Kubernetes `hostPID`: the shared namespace and what it exposes', async () => {
    const doc = await open('k8s/deployment.yaml');
    const text = await hoverText(doc.uri, positionOf(doc, 'hostPID', 2));
    assert.match(text, /\*\*hostPID\*\*/);
    assert.match(text, /\(PID\) namespace/);
    assert.match(text, /every process on the node/);
    assert.match(text, /command:containment\.openTradeoffPanel/);
  });

  it('Kubernetes `image`', async () => {
    const doc = await open('k8s/deployment.yaml');
    const text = await hoverText(doc.uri, positionOf(doc, 'nginx:1.30', 1));
    assert.match(text, /nginx/);
  });

  it('Compose `mem_limit` and `privileged`', async () => {
    const doc = await open('compose.yaml');
    assert.match(await hoverText(doc.uri, positionOf(doc, 'mem_limit', 2)), /\*\*mem_limit\*\*[\s\S]*OOM/);
    const privileged = await hoverText(doc.uri, positionOf(doc, 'privileged', 2));
    assert.match(privileged, /privileged/);
    assert.match(privileged, /capabilit|host/i);
  });

  it('Compose `network_mode: host`: the shared network namespace', async () => {
    const doc = await open('compose.yaml');
    const text = await hoverText(doc.uri, positionOf(doc, 'network_mode', 2));
    assert.match(text, /\*\*network_mode\*\*/);
    assert.match(text, /network namespace/);
  });

  it('Kubernetes `securityContext` fields (readOnlyRootFilesystem)', async () => {
    const doc = await open('k8s/deployment.yaml');
    const sc = await hoverText(doc.uri, positionOf(doc, 'readOnlyRootFilesystem', 2));
    assert.match(sc, /readOnlyRootFilesystem/);
    assert.match(sc, /root filesystem|read-only/i);
  });
});
