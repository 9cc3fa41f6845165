/**
 * "Containment: Explain VM vs Container Trade-offs": a webview that renders the project model of the open workspace
 * with the same renderer as `containment report`. Scans with a cancellable progress notification, re-scans (debounced)
 * when Dockerfiles / Compose files / manifests change, restores after a reload (WebviewPanelSerializer), and opens
 * files only when the webview asks for one the scan found inside a workspace folder.
 *
 * Wiring: register-panel.ts registers the command and the serializer at activation and requires this module on first use.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { defaultConfig } from '../../core/knowledge/config/config';
import { ConfigsByFolder } from '../../core/knowledge/config/configs-by-folder';
import type { FileHost } from '../../core/base/host/file-host';
import { EDITOR_SCAN_MAX_FILES, isProjectFileName, PROJECT_FILES_GLOB, SKIPPED_FOLDERS_GLOB } from '../../core/project/discover-files';
import { nodeHost } from '../../core/base/host/node-host';
import { isInsideFolder } from '../../core/base/host/inside-folder';
import { ScanCancelled, scanProjectDetailed } from '../../core/project/scan-project';
import { baseConfig, currentSettings } from '../settings';
import { makeNonce, panelHtml, parseOpenMessage } from './webview-html';
import { VIEW_TYPE } from './view-type';

const DEBOUNCE_MS = 600;

function isRelevant(uri: vscode.Uri): boolean {
  return isProjectFileName(uri.fsPath);
}

export class TradeoffPanel {
  private static current: TradeoffPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private paths = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private running: vscode.CancellationTokenSource | undefined;
  private generation = 0;

  static show(context: vscode.ExtensionContext): void {
    if (TradeoffPanel.current) {
      TradeoffPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      void TradeoffPanel.current.refresh(true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Containment: VM vs container'), vscode.ViewColumn.Beside, TradeoffPanel.options(context));
    TradeoffPanel.current = new TradeoffPanel(context, panel);
  }

  static revive(context: vscode.ExtensionContext, panel: vscode.WebviewPanel): void {
    panel.webview.options = TradeoffPanel.options(context);
    TradeoffPanel.current?.dispose();
    TradeoffPanel.current = new TradeoffPanel(context, panel);
  }

  private static options(context: vscode.ExtensionContext): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')], retainContextWhenHidden: false };
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly panel: vscode.WebviewPanel,
  ) {
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'panel-icon.svg');
    this.render(undefined, vscode.l10n.t('Scanning the workspace…'));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message) => this.onMessage(message)),
      vscode.workspace.onDidSaveTextDocument((doc) => isRelevant(doc.uri) && this.schedule()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(PROJECT_FILES_GLOB);
    this.disposables.push(watcher, watcher.onDidChange(() => this.schedule()), watcher.onDidCreate(() => this.schedule()), watcher.onDidDelete(() => this.schedule()));
    void this.refresh(true);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(false), DEBOUNCE_MS);
  }

  private lang(): string {
    return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  private render(model: Parameters<typeof panelHtml>[0]['model'], message?: string): void {
    const webview = this.panel.webview;
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'panel.js')).toString();
    webview.html = panelHtml({ cspSource: webview.cspSource, nonce: makeNonce(), scriptUri, lang: this.lang(), model, message });
  }

  /** Scan with progress; a newer refresh cancels an older one. `notify`: show the progress notification. */
  async refresh(notify: boolean): Promise<void> {
    this.running?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.running = cts;
    const generation = ++this.generation;
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) {
      this.render(undefined, vscode.l10n.t('Open a folder to see what its containers share with the host.'));
      return;
    }
    const work = async (token: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string }>) => {
      const uris = (await vscode.workspace.findFiles(PROJECT_FILES_GLOB, SKIPPED_FOLDERS_GLOB, EDITOR_SCAN_MAX_FILES, token)).filter(isRelevant);
      const texts = new Map<string, string>();
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      progress?.report({ message: vscode.l10n.t('Reading {0} files…', uris.length) });
      for (const uri of uris) {
        if (token.isCancellationRequested) return undefined;
        const doc = open.get(uri.toString());
        if (doc) texts.set(uri.fsPath, doc.getText());
        else {
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.size > 8 * 1024 * 1024) continue;
            texts.set(uri.fsPath, Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'));
          } catch {
            /* unreadable: skipped */
          }
        }
      }
      if (token.isCancellationRequested) return undefined;
      progress?.report({ message: vscode.l10n.t('Analysing…') });
      const disk = nodeHost();
      const host: FileHost = { readFile: (p) => texts.get(path.resolve(p)) ?? disk.readFile(p), listDir: (p) => disk.listDir(p) };
      const base = defaultConfig();
      base.trusted = vscode.workspace.isTrusted;
      if (!base.trusted) base.shellcheck = { ...base.shellcheck, enabled: false };
      // the chart values files the diagnostics read (containment.helm.valuesFiles): the cards show the same values
      base.helmValues = baseConfig(currentSettings()).helmValues;
      const configs = new ConfigsByFolder(host, base);
      return scanProjectDetailed(
        folders.map((f) => f.uri.fsPath),
        { host, configFor: configs.configFor, files: [...texts.keys()].sort().map((p) => ({ path: p })), isCancelled: () => token.isCancellationRequested },
      );
    };
    try {
      const result = notify
        ? await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Containment: explaining VM vs container trade-offs'), cancellable: true },
            (progress, token) => {
              token.onCancellationRequested(() => cts.cancel());
              return work(cts.token, progress);
            },
          )
        : await work(cts.token);
      if (!result || generation !== this.generation) return;
      this.paths = result.paths;
      this.render(result.model);
    } catch (error) {
      if (error instanceof ScanCancelled || cts.token.isCancellationRequested) return;
      this.render(undefined, vscode.l10n.t('The scan failed: {0}', error instanceof Error ? error.message : String(error)));
    } finally {
      if (this.running === cts) this.running = undefined;
      cts.dispose();
    }
  }

  private async onMessage(message: unknown): Promise<void> {
    const request = parseOpenMessage(message);
    if (!request) return;
    const abs = this.paths.get(request.path);
    if (!abs || !isInsideWorkspace(abs)) return;
    const uri = vscode.Uri.file(abs);
    const line = request.line - 1;
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: true, selection: new vscode.Range(line, 0, line, 0) });
  }

  dispose(): void {
    if (TradeoffPanel.current === this) TradeoffPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.running?.cancel();
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}

/** The file (after resolving symlinks) lies inside one of the workspace folders. */
export function isInsideWorkspace(abs: string): boolean {
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch {
    return false;
  }
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => {
    let root: string;
    try {
      root = fs.realpathSync(folder.uri.fsPath);
    } catch {
      return false;
    }
    return isInsideFolder(root, real);
  });
}
