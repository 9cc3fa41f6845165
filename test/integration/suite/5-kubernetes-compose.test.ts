/** Kubernetes manifests and Compose files: diagnostics, edits, code lenses. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, hasCode, lacksCode, open, positionOf, setText, waitForDiagnostics } from './helpers';

describe('diagnostics: kubernetes/compose (needs issue 3)', () => {
  before(activateExtension);
  after(closeAll);

  it('a Kubernetes manifest gets findings with exact ranges, and they follow edits', async () => {
    const doc = await open('k8s/deployment.yaml');
    assert.strictEqual(doc.languageId, 'yaml');
    const original = doc.getText();
    try {
      const list = await waitForDiagnostics(doc.uri, hasCode('k8s-host-pid'), 'k8s-host-pid');
      const hostPid = list.find((d) => codeOf(d) === 'k8s-host-pid')!;
      assert.strictEqual(hostPid.severity, vscode.DiagnosticSeverity.Error);
      assert.strictEqual(hostPid.range.start.line, positionOf(doc, 'hostPID').line);
      assert.ok(doc.getText(hostPid.range).startsWith('hostPID'), doc.getText(hostPid.range));
      assert.ok(list.some((d) => codeOf(d) === 'k8s-memory-limit-missing'));
      // the hardened Deployment (first document) has no findings: all of them are in the DaemonSet
      const daemonSet = positionOf(doc, 'kind: DaemonSet').line;
      const early = list.filter((d) => d.range.start.line < daemonSet);
      assert.deepStrictEqual(early.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`), [], 'no findings in the hardened Deployment');
      // the resource findings of container "web" point at its name
      const web = list.filter((d) => codeOf(d) === 'k8s-cpu-request-missing');
      assert.strictEqual(web.length, 1, 'one container lacks a CPU request');
      assert.strictEqual(web[0].range.start.line, positionOf(doc, '- name: web').line);
      assert.strictEqual(doc.getText(web[0].range), 'web');
      await setText(doc, original.replace('hostPID: true', 'hostPID: false'));
      await waitForDiagnostics(doc.uri, lacksCode('k8s-host-pid'), 'k8s-host-pid to go');
    } finally {
      await setText(doc, original);
    }
  });

  it('a Compose file gets findings (languageId dockercompose) and they follow edits', async () => {
    const doc = await open('compose.yaml');
    assert.strictEqual(doc.languageId, 'dockercompose');
    const original = doc.getText();
    try {
      const list = await waitForDiagnostics(doc.uri, hasCode('compose-privileged-container'), 'compose-privileged-container');
      const privileged = list.find((d) => codeOf(d) === 'compose-privileged-container')!;
      assert.strictEqual(privileged.range.start.line, positionOf(doc, 'privileged').line);
      assert.ok(list.some((d) => codeOf(d) === 'compose-memory-limit-missing'));
      await setText(doc, original.replace('    privileged: true\n', ''));
      await waitForDiagnostics(doc.uri, lacksCode('compose-privileged-container'), 'compose-privileged-container to go');
    } finally {
      await setText(doc, original);
    }
  });

  it('code lenses summarise each container / service and open the trade-off panel', async () => {
    const k8s = await open('k8s/deployment.yaml');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', k8s.uri, 10)) ?? [];
    const ours = lenses.filter((l) => l.command?.command === 'containment.openTradeoffPanel');
    assert.strictEqual(ours.length, 3, lenses.map((l) => l.command?.title).join(' | '));
    const [api, agent, web] = ours;
    assert.strictEqual(api.range.start.line, positionOf(k8s, '- name: api').line);
    assert.match(api.command!.title, /memory limit ✓/);
    assert.match(api.command!.title, /CPU request ✓/);
    assert.match(api.command!.title, /PSS restricted/);
    assert.match(api.command!.title, /· non-root/);
    assert.strictEqual(agent.range.start.line, positionOf(k8s, '- name: agent').line);
    assert.match(agent.command!.title, /memory limit ✗/);
    assert.match(agent.command!.title, /CPU request ✓/);
    assert.match(agent.command!.title, /PSS privileged/);
    assert.strictEqual(web.range.start.line, positionOf(k8s, '- name: web').line);
    assert.match(web.command!.title, /CPU request ✗/);

    const compose = await open('compose.yaml');
    const composeLenses = ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', compose.uri, 10)) ?? []).filter(
      (l) => l.command?.command === 'containment.openTradeoffPanel',
    );
    assert.strictEqual(composeLenses.length, 2, composeLenses.map((l) => l.command?.title).join(' | '));
    assert.match(composeLenses[0].command!.title, /privileged/i);
  });

  it('containment.codeLens.enabled=false removes the lenses', async () => {
    const k8s = await open('k8s/deployment.yaml');
    await vscode.workspace.getConfiguration('containment').update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', k8s.uri, 10)) ?? [];
      assert.strictEqual(lenses.filter((l) => l.command?.command === 'containment.openTradeoffPanel').length, 0);
    } finally {
      await vscode.workspace.getConfiguration('containment').update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
