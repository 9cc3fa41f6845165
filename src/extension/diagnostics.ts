/**
 * Diagnostics: one DiagnosticCollection fed by the document model (documents.ts) on open, on change (debounced,
 * `containment.debounceMs`), on save, and when settings, workspace trust or a config / `.dockerignore` file change.
 * Only documents the engine classifies as Dockerfile, Kubernetes or Compose get diagnostics (a GitHub Actions
 * workflow gets nothing).
 *
 * The synchronous engine findings are published at once; ShellCheck (trusted workspaces only) runs afterwards, is
 * aborted when a newer version arrives, and its findings are merged in only if the document is still at the version
 * they were computed for. Hovers and code actions read the document model, never this publisher.
 */
import * as vscode from 'vscode';
import type { FileKind } from '../core/base/model/finding';
import { DocumentModel, type DocState } from './documents';
import { output, warnOnce } from './output';
import { visibleFindings } from './coexistence';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './to-vscode';

export { SYNTAX_RULE } from '../core/features/analyze-document';

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly listener: vscode.Disposable;

  constructor(readonly documents: DocumentModel) {
    this.listener = documents.onDidAnalyze(({ document, state }) => {
      if (!state) {
        this.collection.delete(document.uri);
        return;
      }
      this.publish(document.uri, state);
      if (state.kind === 'dockerfile' && vscode.workspace.isTrusted && state.config.trusted && state.config.shellcheck.enabled) this.startShellcheck(document, state);
    });
  }

  /** Settings or trust changed: re-read them and re-analyse everything open. */
  reloadSettings(): void {
    this.documents.reloadSettings();
    this.reanalyzeAll();
  }

  /** A config / .dockerignore file changed on disk: drop cached reads, re-analyse everything open. */
  filesChanged(): void {
    this.documents.filesChanged();
    this.reanalyzeAll();
  }

  /** Re-analyses the open documents from fresh parses (what changed is outside their texts: a model may hold it). */
  reanalyzeAll(filter?: (kind: FileKind) => boolean): void {
    this.documents.models.invalidate();
    for (const document of vscode.workspace.textDocuments) {
      const kind = this.documents.kindOf(document);
      if (!kind) {
        this.clear(document.uri);
        continue;
      }
      if (!filter || filter(kind)) this.analyze(document);
    }
  }

  /** Debounced analysis after an edit. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    // a newer version is coming: ShellCheck for the old one is pointless
    this.documents.abort(document.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.analyze(document);
      }, this.documents.currentSettings.debounceMs),
    );
  }

  /** Analyses now (synchronously) and publishes (through the model's event); ShellCheck follows for Dockerfiles. */
  analyze(document: vscode.TextDocument): DocState | undefined {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    return this.documents.analyze(document);
  }

  private startShellcheck(document: vscode.TextDocument, state: DocState): void {
    const abort = new AbortController();
    state.abort = abort;
    const log = output();
    const started = performance.now();
    // required lazily: child_process, temp files and the ShellCheck mapping are only needed once a Dockerfile is open
    const { runShellcheck } = require('../core/formats/shellcheck') as typeof import('../core/formats/shellcheck');
    runShellcheck(document.getText(), state.path, state.config, {
      signal: abort.signal,
      log: (level, message) => (level === 'info' ? warnOnce(`shellcheck:${message}`, message) : log.warn(message)),
    })
      .then((result) => {
        // dropped when a newer version (or a re-analysis) replaced this state, or the document closed
        if (abort.signal.aborted || !this.documents.isCurrent(document, state)) return;
        log.debug(`shellcheck ${state.path} v${state.version}: ${result.findings.length} finding(s) in ${(performance.now() - started).toFixed(0)} ms${result.skipped ? ` (${result.skipped})` : ''}`);
        state.shellcheck = result.findings;
        if (result.findings.length) this.publish(document.uri, state);
      })
      .catch((error) => log.warn(`ShellCheck failed: ${error}`));
  }

  private publish(uri: vscode.Uri, state: DocState): void {
    this.collection.set(uri, visibleFindings(uri, [...state.findings, ...state.shellcheck]).map((f) => toDiagnostic(f, { path: state.path, uri })));
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.documents.forget(uri);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.listener.dispose();
    this.collection.dispose();
  }
}

/** Wires document, settings, trust, extension and file events to the manager. */
export function registerDiagnostics(context: vscode.ExtensionContext, documents: DocumentModel): DiagnosticsManager {
  const manager = new DiagnosticsManager(documents);
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
    // coexistence and `syntaxChecks: auto` depend on which other extensions are installed
    vscode.extensions.onDidChange(() => manager.reanalyzeAll()),
  );
  // documents already open when the extension activated: analysed right after activation returns
  const initial = setTimeout(() => manager.reanalyzeAll(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
  return manager;
}
