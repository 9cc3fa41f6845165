/**
 * The document model: for each open document its kind, path, configuration and the findings of its current version,
 * plus the settings and the file host they were computed with. Hovers, code actions and code lenses read it; the
 * diagnostics publisher (diagnostics.ts) listens to `onDidAnalyze`. The analysis itself is the editor-neutral
 * src/core/features/analyze-document.ts, shared with the language server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { ContainmentConfig } from '../core/knowledge/config/config';
import { DocumentModels } from '../core/engine/models';
import { analyzeDocument, kindForLanguage } from '../core/features/analyze-document';
import type { OpenDocument } from '../core/features/document-parts';
import type { FileHost } from '../core/base/host/file-host';
import { nodeHost } from '../core/base/host/node-host';
import type { FileKind, Finding } from '../core/base/model/finding';
import { logRuleErrors, output, warnOnce } from './output';
import { baseConfig, currentSettings, dockerExtensionActive } from './settings';
import { isKindEnabled, syntaxChecksEnabled, type ContainmentSettings } from './settings-to-config';
import { workspaceHost } from './workspace-host';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);

export interface DocState {
  version: number;
  kind: FileKind;
  path: string;
  findings: Finding[];
  /** ShellCheck's findings for the same version, merged in when they arrive (diagnostics.ts). */
  shellcheck: Finding[];
  config: ContainmentConfig;
  abort?: AbortController;
}

/** What a provider needs about a document's current version. */
export interface DocumentAnalysisView {
  kind: FileKind;
  findings: Finding[];
  config: ContainmentConfig;
  path: string;
}

export class DocumentModel implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private settings: ContainmentSettings = currentSettings();
  private base: ContainmentConfig = baseConfig(this.settings);
  private disk: FileHost = nodeHost();
  readonly host: FileHost = workspaceHost(() => this.disk);
  /** The parsed models of the open documents' current texts: the analysis, hovers and code lenses share them. */
  readonly models = new DocumentModels();
  private readonly analyzed = new vscode.EventEmitter<{ document: vscode.TextDocument; state: DocState | undefined }>();
  /** Fires after a document was analysed (state undefined: Containment has nothing to say about it any more). */
  readonly onDidAnalyze = this.analyzed.event;

  get currentSettings(): ContainmentSettings {
    return this.settings;
  }

  get baseConfig(): ContainmentConfig {
    return this.base;
  }

  /** Settings or trust changed: re-read them (the caller re-analyses). */
  reloadSettings(): void {
    this.models.invalidate();
    this.settings = currentSettings();
    this.base = baseConfig(this.settings);
  }

  /** A config / .dockerignore file changed on disk: drop cached reads (the caller re-analyses). */
  filesChanged(): void {
    this.models.invalidate();
    this.disk = nodeHost();
  }

  /** The engine's kind for a document, or undefined when Containment has nothing to say about it. */
  kindOf(document: vscode.TextDocument): FileKind | undefined {
    if (!SCHEMES.has(document.uri.scheme) || !this.settings.enable) return undefined;
    const kind = kindForLanguage(document.languageId, this.pathOf(document), document.getText());
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

  /** The document as the core's editor features read it (with the models of its current text), if Containment reads it. */
  openDocument(document: vscode.TextDocument): OpenDocument | undefined {
    const kind = this.kindOf(document);
    return kind && { text: document.getText(), kind, path: this.pathOf(document), host: this.host, models: this.models };
  }

  /** Analyses the document's current text now (synchronously) and tells the listeners. */
  analyze(document: vscode.TextDocument): DocState | undefined {
    const key = document.uri.toString();
    this.states.get(key)?.abort?.abort();
    const kind = this.kindOf(document);
    if (!kind) {
      this.states.delete(key);
      this.analyzed.fire({ document, state: undefined });
      return undefined;
    }
    const filePath = this.pathOf(document);
    const version = document.version;
    const started = performance.now();
    const syntaxChecks = kind !== 'dockerfile' || syntaxChecksEnabled(this.settings.syntaxChecks, dockerExtensionActive());
    const result = analyzeDocument({ path: filePath, text: document.getText(), kind }, this.base, this.host, { syntaxChecks }, this.models);
    for (const e of result.configErrors) warnOnce(`config:${e.path}:${e.line}:${e.message}`, `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    logRuleErrors(filePath, result.ruleErrors);
    if (result.failure !== undefined) warnOnce(`analysis:${filePath}`, `Analysis of ${filePath} failed: ${(result.failure as Error)?.stack ?? result.failure}`);
    output().debug(`${kind} ${filePath} v${version}: ${result.findings.length} finding(s) in ${(performance.now() - started).toFixed(1)} ms`);
    const state: DocState = { version, kind, path: filePath, findings: result.findings, shellcheck: [], config: result.config };
    this.states.set(key, state);
    this.analyzed.fire({ document, state });
    return state;
  }

  /** The state of the document's current version, if one was computed (no analysis). */
  current(document: vscode.TextDocument): DocState | undefined {
    const state = this.states.get(document.uri.toString());
    return state && state.version === document.version ? state : undefined;
  }

  /** Findings for the document's current version (re-analysed synchronously when stale). */
  analysisFor(document: vscode.TextDocument): DocumentAnalysisView | undefined {
    const state = this.current(document) ?? this.analyze(document);
    if (!state) return undefined;
    return { kind: state.kind, findings: [...state.findings, ...state.shellcheck], config: state.config, path: state.path };
  }

  /** Whether `state` is still the one kept for the document (a newer analysis or a close replaces it). */
  isCurrent(document: vscode.TextDocument, state: DocState): boolean {
    return this.states.get(document.uri.toString()) === state && !document.isClosed && document.version === state.version;
  }

  /** Aborts background work for the document's state (a newer version is coming). */
  abort(uri: vscode.Uri): void {
    this.states.get(uri.toString())?.abort?.abort();
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state) this.models.close(state.path);
    state?.abort?.abort();
    this.states.delete(key);
  }

  dispose(): void {
    for (const s of this.states.values()) s.abort?.abort();
    this.states.clear();
    this.analyzed.dispose();
  }
}
