/** The trade-off panel: `containment.openTradeoffPanel` (command palette, editor title, code lens) opens one webview. */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { discoverFiles, isProjectFileName, PROJECT_FILES_GLOB, SKIPPED_FOLDERS_GLOB } from '../../../src/core/project/discover-files';
import { activateExtension, closeAll, open, sleep, workspaceUri } from './helpers';

const VIEW_TYPE = 'containment.tradeoffs';

function panelTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && (t.input.viewType === VIEW_TYPE || t.input.viewType.endsWith(`-${VIEW_TYPE}`)));
}

async function waitForPanelTabs(count: number, timeoutMs = 10000): Promise<vscode.Tab[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const tabs = panelTabs();
    if (tabs.length === count) return tabs;
    if (Date.now() > end) {
      const all = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} (${t.input instanceof vscode.TabInputWebview ? t.input.viewType : typeof t.input})`);
      assert.fail(`expected ${count} trade-off panel tab(s), open tabs: ${all.join(', ') || 'none'}`);
    }
    await sleep(50);
  }
}

describe('trade-off panel', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('the command opens a webview panel of type containment.tradeoffs, and a second call reuses it', async () => {
    await closeAll();
    await waitForPanelTabs(0);
    await vscode.commands.executeCommand('containment.openTradeoffPanel');
    const [tab] = await waitForPanelTabs(1);
    assert.match(tab.label, /Containment/);
    await vscode.commands.executeCommand('containment.openTradeoffPanel');
    await sleep(300);
    await waitForPanelTabs(1);
  });

  it('a Kubernetes container code lens opens the panel', async () => {
    await closeAll();
    const doc = await open('k8s/deployment.yaml');
    const lenses = ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10)) ?? []).filter(
      (l) => l.command?.command === 'containment.openTradeoffPanel',
    );
    assert.ok(lenses.length > 0, 'a lens');
    const command = lenses[0].command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitForPanelTabs(1);
  });

  it('the panel is contributed to the editor title of Dockerfiles, Compose files and YAML', () => {
    const ext = vscode.extensions.getExtension('containment.containment')!;
    const menus = ext.packageJSON.contributes.menus['editor/title'] as Array<{ command: string; when: string }>;
    const entry = menus.find((m) => m.command === 'containment.openTradeoffPanel');
    assert.ok(entry, 'editor/title entry');
    for (const lang of ['dockerfile', 'dockercompose', 'yaml']) assert.match(entry.when, new RegExp(`editorLangId == ${lang}\\b`));
  });

  it("the panel's file search (VS Code's own, case-sensitive here) finds exactly the files the scan reads", async () => {
    const extra = ['glob-check/backend-dockerfile', 'glob-check/Worker.Containerfile', 'glob-check/DOCKERFILE', 'glob-check/node_modules/Dockerfile'];
    for (const file of extra) await vscode.workspace.fs.writeFile(workspaceUri(file), Buffer.from('FROM alpine:3.20\n'));
    try {
      const root = workspaceUri('').fsPath;
      const found = (await vscode.workspace.findFiles(PROJECT_FILES_GLOB, SKIPPED_FOLDERS_GLOB))
        .filter((uri) => isProjectFileName(uri.fsPath))
        .map((uri) => path.relative(root, uri.fsPath).split(path.sep).join('/'))
        .sort();
      const scanned = discoverFiles(root).map((f) => path.relative(root, f.path).split(path.sep).join('/'));
      assert.deepStrictEqual(found, scanned);
      for (const file of extra.slice(0, 3)) assert.ok(found.includes(file), `${file} found`);
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('glob-check'), { recursive: true });
    }
  });
});
