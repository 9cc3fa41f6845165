/**
 * Workspace trust (issue 7), untrusted side. run-in-code-server.js phase "untrusted" starts code-server with workspace
 * trust enabled and opens a copy of test/integration/workspace/trust/ in a fresh browser profile, whose trust store
 * holds no folder: VS Code starts in restricted mode. There config files may only switch rules off and no external
 * program runs; suite/8-trust.test.ts shows the same fixture fully applied (ShellCheck included) when trusted.
 * Granting trust needs the user (there is no API for it): the last test opens the Workspace Trust editor and the runner
 * clicks its Trust button.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, hasCode, open, ours, sleep, waitForDiagnostics } from '../suite/helpers';
import { assertShellcheckInstalled, expectFullConfig, SHELLCHECK, writeShellcheckSpy } from '../suite/trust-fixture';

const SETTINGS_PATH = 'shellcheck-from-workspace-settings'; // the fixture's .vscode/settings.json

describe('workspace trust: untrusted workspace (restricted mode)', function () {
  this.timeout(90000);
  let doc: vscode.TextDocument;
  let marker: string;

  before(() => {
    // everything below proves nothing unless VS Code really is in restricted mode
    assert.strictEqual(vscode.workspace.isTrusted, false, 'vscode.workspace.isTrusted: the workspace must be untrusted');
    assertShellcheckInstalled();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder (the trust fixture)');
    marker = writeShellcheckSpy(folder.uri);
  });

  it('Containment declares limited support for untrusted workspaces and is active', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is enabled in restricted mode');
    const capability = ext.packageJSON.capabilities?.untrustedWorkspaces;
    assert.strictEqual(capability?.supported, 'limited');
    assert.deepStrictEqual([...capability.restrictedConfigurations].sort(), ['containment.shellcheck.enabled', 'containment.shellcheck.path']);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('VS Code withholds the folder’s restricted setting containment.shellcheck.path', () => {
    const config = vscode.workspace.getConfiguration('containment');
    assert.strictEqual(config.inspect('shellcheck.path')?.workspaceValue, undefined, 'the workspace value is not even visible');
    assert.strictEqual(config.get('shellcheck.path'), '', 'the default');
  });

  it('diagnostics appear; the config’s rule off applies, its severity raise, trustedRegistries and ShellCheck do not', async () => {
    doc = await open('Dockerfile');
    const first = await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'pip-cache-not-disabled', 30000);
    assert.ok(!first.some((d) => codeOf(d) === 'pip-unpinned'), 'pip-unpinned: off is honoured');
    const cache = first.find((d) => codeOf(d) === 'pip-cache-not-disabled')!;
    assert.strictEqual(cache.severity, vscode.DiagnosticSeverity.Warning, 'the default severity, not the config’s error');
    assert.ok(!first.some((d) => codeOf(d) === 'base-image-untrusted-registry'), 'the config’s trustedRegistries is ignored');
    // ShellCheck's findings would be merged in later: give a (wrongly) started run time to show up
    await sleep(3000);
    const later = ours(doc.uri);
    assert.deepStrictEqual(later.filter((d) => codeOf(d) === SHELLCHECK).map((d) => d.message), [], 'no ShellCheck findings');
    assert.ok(later.length > 0, 'the findings are still there');
    assert.ok(!fs.existsSync(marker), 'no external program ran (the config’s shellcheck.path spy)');
  });

  it('once the user grants trust the same files apply in full and ShellCheck runs', async () => {
    assert.ok(doc, 'the Dockerfile was opened by the previous test');
    let subscription: vscode.Disposable | undefined;
    const granted = new Promise<void>((resolve) => (subscription = vscode.workspace.onDidGrantWorkspaceTrust(() => resolve())));
    try {
      await vscode.commands.executeCommand('workbench.trust.manage'); // the runner clicks "Trust" in this editor
      await granted;
    } finally {
      subscription?.dispose();
    }
    assert.strictEqual(vscode.workspace.isTrusted, true);
    // VS Code hands the folder's restricted settings over just after the trust event
    const setting = () => vscode.workspace.getConfiguration('containment').get('shellcheck.path');
    for (const end = Date.now() + 20000; setting() !== SETTINGS_PATH && Date.now() < end; ) await sleep(100);
    assert.strictEqual(setting(), SETTINGS_PATH, 'the restricted setting is read once trusted');
    await expectFullConfig(doc, marker);
  });
});
