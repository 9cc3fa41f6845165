/**
 * Diagnostics: one DiagnosticCollection fed by `analyzeFile` on open, on change (debounced, `containment.debounceMs`),
 * on save, and when settings, workspace trust or a config / `.dockerignore` file change. Only documents the engine
 * classifies as Dockerfile, Kubernetes or Compose get diagnostics (a GitHub Actions workflow gets nothing).
 *
 * The synchronous engine findings are published at once; ShellCheck (trusted workspaces only) runs afterwards, is
 * aborted when a newer version arrives, and its findings are merged in only if the document is still at the version
 * they were computed for. Hovers and code actions read the same per-document state (`findingsFor`), re-analysing
 * synchronously when it is stale, so they never act on old positions.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { ContainmentConfig } from '../core/config/config';
import { loadConfigFor } from '../core/config/load-config';
import { detectKind, isDockerfileName } from '../core/detect-kind';
import { analyzeFile } from '../core/engine/analyze-file';
import type { FileHost } from '../core/host/file-host';
import { nodeHost } from '../core/host/node-host';
import type { FileKind, Finding } from '../core/model/finding';
import { logRuleErrors, output, warnOnce } from './output';
import { baseConfig, currentSettings, dockerExtensionActive } from './settings';
import { isKindEnabled, syntaxChecksEnabled, type ContainmentSettings } from './settings-to-config';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './to-vscode';
import { workspaceHost } from './workspace-host';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);
export const SYNTAX_RULE = 'dockerfile-syntax';

interface DocState {
  version: number;
  kind: FileKind;
  path: string;
  findings: Finding[];
  shellcheck: Finding[];
  config: ContainmentConfig;
  abort?: AbortController;
}

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly states = new Map<string, DocState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private settings: ContainmentSettings = currentSettings();
  private base: ContainmentConfig = baseConfig(this.settings);
  private disk: FileHost = nodeHost();
  readonly host: FileHost = workspaceHost(() => this.disk);
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's findings changed (code lenses listen). */
  readonly onDidAnalyze = this.changeEmitter.event;

  get currentSettings(): ContainmentSettings {
    return this.settings;
  }

  get baseConfig(): ContainmentConfig {
    return this.base;
  }

  /** Settings or trust changed: re-read them and re-analyse everything open. */
  reloadSettings(): void {
    this.settings = currentSettings();
    this.base = baseConfig(this.settings);
    this.reanalyzeAll();
  }

  /** A config / .dockerignore file changed on disk: drop cached reads, re-analyse everything open. */
  filesChanged(): void {
    this.disk = nodeHost();
    this.reanalyzeAll();
  }

  reanalyzeAll(filter?: (kind: FileKind) => boolean): void {
    for (const document of vscode.workspace.textDocuments) {
      const kind = this.kindOf(document);
      if (!kind) {
        this.clear(document.uri);
        continue;
      }
      if (!filter || filter(kind)) this.analyze(document);
    }
  }

  /** The engine's kind for a document, or undefined when Containment has nothing to say about it. */
  kindOf(document: vscode.TextDocument): FileKind | undefined {
    if (!SCHEMES.has(document.uri.scheme) || !this.settings.enable) return undefined;
    const fileName = this.pathOf(document);
    let kind: FileKind | undefined;
    switch (document.languageId) {
      case 'dockerfile':
        kind = 'dockerfile';
        break;
      case 'dockercompose':
        kind = 'compose';
        break;
      case 'yaml': {
        const detected = detectKind(fileName, document.getText());
        kind = detected === 'kubernetes' || detected === 'compose' ? detected : undefined;
        break;
      }
      default:
        kind = isDockerfileName(fileName) && document.languageId === 'plaintext' ? 'dockerfile' : undefined;
    }
    return kind && isKindEnabled(this.settings, kind) ? kind : undefined;
  }

  pathOf(document: vscode.TextDocument): string {
    if (document.uri.scheme === 'file') return document.uri.fsPath;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const root = folder?.scheme === 'file' ? folder.fsPath : process.cwd();
    let base = path.posix.basename(document.uri.path) || 'Untitled';
    if ((document.languageId === 'yaml' || document.languageId === 'dockercompose') && !/\.ya?ml$/i.test(base)) base += '.yaml';
    return path.join(root, base);
  }

  /** Debounced analysis after an edit. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    // a newer version is coming: ShellCheck for the old one is pointless
    this.states.get(key)?.abort?.abort();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.analyze(document);
      }, this.settings.debounceMs),
    );
  }

  /** Analyses now (synchronously) and publishes; starts ShellCheck in the background for Dockerfiles. */
  analyze(document: vscode.TextDocument): DocState | undefined {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const previous = this.states.get(key);
    previous?.abort?.abort();
    const kind = this.kindOf(document);
    if (!kind) {
      this.clear(document.uri);
      return undefined;
    }
    const filePath = this.pathOf(document);
    const text = document.getText();
    const version = document.version;
    const started = performance.now();
    const loaded = loadConfigFor(filePath, this.host, this.base);
    for (const e of loaded.errors) warnOnce(`config:${e.path}:${e.line}:${e.message}`, `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    let findings: Finding[];
    try {
      const result = analyzeFile({ path: filePath, text, kind }, loaded.config, this.host);
      findings = result.findings;
      logRuleErrors(filePath, result.ruleErrors);
    } catch (error) {
      warnOnce(`analysis:${filePath}`, `Analysis of ${filePath} failed: ${(error as Error)?.stack ?? error}`);
      findings = [];
    }
    if (kind === 'dockerfile' && !syntaxChecksEnabled(this.settings.syntaxChecks, dockerExtensionActive())) {
      findings = findings.filter((f) => f.rule !== SYNTAX_RULE);
    }
    const ms = performance.now() - started;
    output().debug(`${kind} ${filePath} v${version}: ${findings.length} finding(s) in ${ms.toFixed(1)} ms`);
    const state: DocState = { version, kind, path: filePath, findings, shellcheck: [], config: loaded.config };
    this.states.set(key, state);
    this.publish(document.uri, state);
    if (kind === 'dockerfile' && vscode.workspace.isTrusted && loaded.config.trusted && loaded.config.shellcheck.enabled) this.startShellcheck(document, state, text);
    return state;
  }

  private startShellcheck(document: vscode.TextDocument, state: DocState, text: string): void {
    const abort = new AbortController();
    state.abort = abort;
    const key = document.uri.toString();
    const log = output();
    const started = performance.now();
    // required lazily: child_process, temp files and the ShellCheck mapping are only needed once a Dockerfile is open
    const { runShellcheck } = require('../core/shellcheck') as typeof import('../core/shellcheck');
    runShellcheck(text, state.path, state.config, {
      signal: abort.signal,
      log: (level, message) => (level === 'info' ? warnOnce(`shellcheck:${message}`, message) : log.warn(message)),
    })
      .then((result) => {
        // dropped when a newer version (or a re-analysis) replaced this state, or the document closed
        if (abort.signal.aborted || this.states.get(key) !== state || document.isClosed || document.version !== state.version) return;
        log.debug(`shellcheck ${state.path} v${state.version}: ${result.findings.length} finding(s) in ${(performance.now() - started).toFixed(0)} ms${result.skipped ? ` (${result.skipped})` : ''}`);
        state.shellcheck = result.findings;
        if (result.findings.length) this.publish(document.uri, state);
      })
      .catch((error) => log.warn(`ShellCheck failed: ${error}`));
  }

  private publish(uri: vscode.Uri, state: DocState): void {
    this.collection.set(uri, [...state.findings, ...state.shellcheck].map((f) => toDiagnostic(f, { path: state.path, uri })));
    this.changeEmitter.fire(uri);
  }

  /** Findings for the document's current version (re-analysed synchronously when stale). */
  findingsFor(document: vscode.TextDocument): { kind: FileKind; findings: Finding[]; config: ContainmentConfig; path: string } | undefined {
    let state = this.states.get(document.uri.toString());
    if (!state || state.version !== document.version) state = this.analyze(document);
    if (!state) return undefined;
    return { kind: state.kind, findings: [...state.findings, ...state.shellcheck], config: state.config, path: state.path };
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.states.get(key)?.abort?.abort();
    this.states.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.states.values()) s.abort?.abort();
    this.states.clear();
    this.collection.dispose();
    this.changeEmitter.dispose();
  }
}

/** Wires document, settings, trust, extension and file events to the manager. */
export function registerDiagnostics(context: vscode.ExtensionContext): DiagnosticsManager {
  const manager = new DiagnosticsManager();
  let filesTimer: NodeJS.Timeout | undefined;
  const filesChanged = () => {
    clearTimeout(filesTimer);
    filesTimer = setTimeout(() => manager.filesChanged(), 100);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.hadolint.yaml,.hadolint.yml,.containment.yaml,.containment.yml,.dockerignore,*.dockerignore}');
  context.subscriptions.push(
    manager,
    watcher,
    watcher.onDidChange(filesChanged),
    watcher.onDidCreate(filesChanged),
    watcher.onDidDelete(filesChanged),
    { dispose: () => clearTimeout(filesTimer) },
    vscode.workspace.onDidOpenTextDocument((d) => manager.analyze(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) manager.schedule(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => {
      const kind = manager.analyze(d)?.kind;
      // a Compose service's findings depend on the Dockerfile it builds
      if (kind === 'dockerfile') manager.reanalyzeAll((k) => k === 'compose');
    }),
    vscode.workspace.onDidCloseTextDocument((d) => manager.clear(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('containment')) manager.reloadSettings();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => manager.reloadSettings()),
    vscode.extensions.onDidChange(() => {
      if (manager.currentSettings.syntaxChecks === 'auto') manager.reanalyzeAll((k) => k === 'dockerfile');
    }),
  );
  // documents already open when the extension activated: analysed right after activation returns
  const initial = setTimeout(() => manager.reanalyzeAll(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
  return manager;
}
