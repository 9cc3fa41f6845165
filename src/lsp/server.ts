/**
 * The Containment language server: a thin adapter over src/core/features for any LSP client (Neovim, Helix, Zed,
 * Emacs eglot, JetBrains LSP4IJ). `containment lsp --stdio` or the `containment-language-server` bin. Diagnostics,
 * hovers, quick fixes, Fix All and the isolation code lenses, whose command opens the project's trade-off report.
 *
 * This module is the protocol shell: it imports only the protocol library, so `initialize` is answered before the
 * engine (language-server-engine.ts, its own bundle) is loaded. Documents are analysed from a queue, one per macrotask
 * (setImmediate), so requests are answered between two big files; a result is published only when the document is
 * still at the version it was computed for. ShellCheck follows a Dockerfile's engine findings, is aborted when a newer
 * version arrives and merged in only if still current. Settings come from `workspace/configuration` (section
 * `containment`, the extension's settings); config files are re-read on `workspace/didChangeWatchedFiles`.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeLensRefreshRequest,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type CodeLensParams,
  type Connection,
  type DidChangeConfigurationParams,
  type ExecuteCommandParams,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentChangeEvent,
} from 'vscode-languageserver/node';
import { FIX_ALL_COMMAND, OPEN_PANEL_COMMAND, SHOW_RULE_DOC_COMMAND } from '../core/features/docs/command-links';
import { FIX_ALL_KIND, QUICK_FIX_KIND } from '../core/features/action-kinds';
import type { Analysed, LanguageServerEngine } from './language-server-engine';
import { loadEngineModule } from './load-engine';

import { uriToPath } from './uri-and-settings';

export { normalizeLanguageId, settingGetter, uriToPath } from './uri-and-settings';

type DocumentEvent = TextDocumentChangeEvent<TextDocument>;

const WATCHED_FILES = '**/{.containment.yaml,.containment.yml,.hadolint.yaml,.hadolint.yml,.dockerignore,*.dockerignore}';

export class ContainmentLanguageServer {
  readonly documents = new TextDocuments(TextDocument);
  private loaded: LanguageServerEngine | undefined;
  /** The settings section received before the engine was loaded (initializationOptions). */
  private pendingSettings: unknown;
  /** The client's `locale` from `initialize`, handed to the engine when it loads. */
  private locale: string | undefined;
  private configurationSupport = false;
  private watchRegistration = false;
  private codeLensRefresh = false;
  /** The client's workspace folders (initialize): the project a trade-off report covers. */
  private workspaceFolders: string[] = [];
  private readonly results = new Map<string, Analysed>();
  private readonly queue = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private draining = false;
  /** Editors send many small changes: without an explicit `containment.debounceMs` the queue alone coalesces them. */
  private debounceMs = 0;

  constructor(readonly connection: Connection) {}

  /** The engine, loaded on first use (or right after `initialize` was answered). */
  private get engine(): LanguageServerEngine {
    return this.loadEngine();
  }

  private loadEngine(): LanguageServerEngine {
    if (!this.loaded) {
      const { LanguageServerEngine } = loadEngineModule();
      const console = this.connection.console;
      this.loaded = new LanguageServerEngine(() => this.documents.all(), { warn: (m) => console.warn(m), error: (m) => console.error(m) }, this.locale);
      if (this.pendingSettings !== undefined) this.debounceMs = this.loaded.applySettings(this.pendingSettings);
    }
    return this.loaded;
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => this.initialized());
    c.onDidChangeConfiguration((change: DidChangeConfigurationParams) => this.configurationChanged(change));
    c.onDidChangeWatchedFiles(() => {
      this.engine.filesChanged();
      this.reanalyseAll();
      this.refreshLenses();
    });
    c.onHover((params) => this.hover(params));
    c.onCodeAction((params) => this.codeActions(params));
    c.onCodeLens((params) => this.codeLenses(params));
    c.onExecuteCommand((params) => this.executeCommand(params));
    this.documents.onDidOpen((e: DocumentEvent) => this.schedule(e.document.uri, 0));
    this.documents.onDidChangeContent((e: DocumentEvent) => this.schedule(e.document.uri, this.debounceMs));
    this.documents.onDidClose((e: DocumentEvent) => this.closed(e.document.uri));
    this.documents.listen(c);
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.locale = params.locale;
    const caps = params.capabilities;
    this.configurationSupport = !!caps.workspace?.configuration;
    this.watchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.codeLensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspaceFolders = folders.filter((u) => u.startsWith('file:')).map(uriToPath);
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    if (options?.settings) this.pendingSettings = options.settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [QUICK_FIX_KIND, FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND, SHOW_RULE_DOC_COMMAND, OPEN_PANEL_COMMAND] },
      },
      serverInfo: { name: 'containment-language-server', version: '0.1.0' },
    };
  }

  private async initialized(): Promise<void> {
    this.loadEngine(); // the client is now busy opening documents: their first analysis need not wait for the load
    if (this.watchRegistration) await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES }] });
    await this.loadSettings();
    this.reanalyseAll();
  }

  private async loadSettings(): Promise<void> {
    if (!this.configurationSupport) return;
    try {
      const [section] = (await this.connection.workspace.getConfiguration([{ section: 'containment' }])) as unknown[];
      this.debounceMs = this.engine.applySettings(section);
    } catch (error) {
      this.connection.console.warn(`workspace/configuration failed: ${String(error)}`);
    }
  }

  private async configurationChanged(change: DidChangeConfigurationParams): Promise<void> {
    const section = (change.settings as { containment?: unknown } | undefined)?.containment;
    if (this.configurationSupport) await this.loadSettings();
    else if (section) this.debounceMs = this.engine.applySettings(section);
    this.reanalyseAll();
    this.refreshLenses();
  }

  /** codeLens.enabled or the sandbox runtimes (settings, .containment.yaml) may have changed: clients ask again only when told. */
  private refreshLenses(): void {
    if (this.codeLensRefresh) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  /** Analyses the document's current version and publishes it (unless a newer version arrived meanwhile). */
  private publish(doc: TextDocument): void {
    const result = this.engine.analyse(doc);
    if (this.documents.get(doc.uri)?.version !== doc.version) return; // the newer version is queued
    this.results.get(doc.uri)?.abort?.abort();
    if (result) this.results.set(doc.uri, result);
    else this.results.delete(doc.uri);
    this.sendDiagnostics(doc, result);
    if (result) void this.addShellcheck(doc, result);
  }

  private sendDiagnostics(doc: TextDocument, result: Analysed | undefined): void {
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: this.engine.diagnostics(result) });
  }

  /** ShellCheck after the engine: its findings are published with the engine's only if the version is still current. */
  private async addShellcheck(doc: TextDocument, result: Analysed): Promise<void> {
    try {
      const findings = await this.engine.shellcheck(doc, result);
      if (!findings || this.results.get(doc.uri) !== result || this.documents.get(doc.uri)?.version !== result.version) return;
      result.shellcheck = findings;
      if (findings.length) this.sendDiagnostics(doc, result);
    } catch (error) {
      this.connection.console.warn(`ShellCheck failed: ${String(error)}`);
    }
  }

  /** One document per macrotask, so hovers and code actions are answered between documents. */
  private drain(): void {
    const [uri] = this.queue;
    if (uri === undefined) {
      this.draining = false;
      return;
    }
    this.queue.delete(uri);
    const doc = this.documents.get(uri);
    if (doc) this.publish(doc);
    setImmediate(() => this.drain());
  }

  private enqueue(uri: string): void {
    this.queue.add(uri);
    if (!this.draining) {
      this.draining = true;
      setImmediate(() => this.drain());
    }
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.results.get(uri)?.abort?.abort(); // a newer version is coming: ShellCheck for the old one is pointless
    if (delay <= 0) return this.enqueue(uri);
    this.timers.set(uri, setTimeout(() => (this.timers.delete(uri), this.enqueue(uri)), delay));
  }

  private reanalyseAll(): void {
    for (const d of this.documents.all()) this.enqueue(d.uri);
  }

  private closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.queue.delete(uri);
    this.results.get(uri)?.abort?.abort();
    this.results.delete(uri);
    this.engine.closed(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The current analysis of an open document (computed now when the queued one is not in yet). */
  private current(uri: string): { doc: TextDocument; result: Analysed } | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    let result = this.results.get(uri);
    if (!result || result.version !== doc.version) {
      result = this.engine.analyse(doc);
      if (!result) return undefined;
      this.results.set(uri, result);
    }
    return { doc, result };
  }

  private hover(params: HoverParams) {
    const found = this.current(params.textDocument.uri);
    return found ? this.engine.hover(found.doc, found.result, params.position) : null;
  }

  private codeActions(params: CodeActionParams) {
    const found = this.current(params.textDocument.uri);
    return found ? this.engine.codeActions(found.doc, found.result, params.range, params.context.only) : [];
  }

  private codeLenses(params: CodeLensParams) {
    const found = this.current(params.textDocument.uri);
    return found ? this.engine.codeLenses(found.doc, found.result) : [];
  }

  /** Asks the client to open a document (in the editor, or `external`: in the system's browser); false when it cannot. */
  private async show(uri: string, external: boolean): Promise<boolean> {
    const shown = await this.connection.window.showDocument({ uri, external }).catch(() => undefined);
    return !!shown?.success;
  }

  private async executeCommand(params: ExecuteCommandParams): Promise<unknown> {
    const first = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
    if (params.command === OPEN_PANEL_COMMAND) {
      // a code lens: the project's trade-off report, written by the engine and opened by the client
      if (!first?.startsWith('file:')) return { shown: false };
      const report = this.engine.tradeoffReport(first, this.workspaceFolders);
      return { shown: await this.show(report, true), report };
    }
    if (params.command === SHOW_RULE_DOC_COMMAND) {
      // the documentation file shipped with the server, opened by the client (window/showDocument)
      const href = loadEngineModule().ruleDocLink(String(params.arguments?.[0] ?? ''));
      return { shown: !!href && (await this.show(href, false)) };
    }
    if (params.command !== FIX_ALL_COMMAND) return null;
    const found = first ? this.current(first) : undefined;
    const fix = found && this.engine.fixAllEdit(found.doc, found.result);
    if (!fix) return { applied: false };
    const response = await this.connection.workspace.applyEdit(fix);
    return { applied: response.applied };
  }
}

export function startServer(connection: Connection = createConnection()): Connection {
  new ContainmentLanguageServer(connection).listen();
  return connection;
}
