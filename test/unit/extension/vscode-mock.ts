/**
 * A small, real-object stand-in for the `vscode` module: enough API for the extension to activate, analyse documents,
 * and answer hover / code action / code lens requests in plain Node. `installVscodeMock()` makes `require('vscode')`
 * return it. The real-VS-Code integration tests (test/integration) cover the real API.
 */
import Module = require('module');
import * as path from 'path';

type Listener<T> = (e: T) => unknown;
export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];
  event = (l: Listener<T>) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
  isBefore(o: Position) {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
}
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  intersection(o: Range): Range | undefined {
    const start = this.start.isBefore(o.start) ? o.start : this.start;
    const end = this.end.isBefore(o.end) ? this.end : o.end;
    return start.isBefore(end) || (start.line === end.line && start.character === end.character) ? new Range(start, end) : undefined;
  }
}
export class Uri {
  constructor(readonly scheme: string, readonly path: string, readonly query = '') {}
  get fsPath() {
    return this.path;
  }
  static file(p: string) {
    return new Uri('file', path.resolve(p));
  }
  static parse(s: string) {
    const m = /^([a-z-]+):([^?]*)\??(.*)$/.exec(s)!;
    return new Uri(m[1], m[2], decodeURIComponent(m[3]));
  }
  static from(c: { scheme: string; path: string }) {
    return new Uri(c.scheme, c.path);
  }
  static joinPath(u: Uri, ...p: string[]) {
    return new Uri(u.scheme, path.join(u.path, ...p));
  }
  toString() {
    return `${this.scheme}://${this.path}${this.query ? '?' + this.query : ''}`;
  }
}
export enum DiagnosticSeverity { Error = 0, Warning = 1, Information = 2, Hint = 3 }
export enum DiagnosticTag { Unnecessary = 1, Deprecated = 2 }
export enum ViewColumn { Active = -1, Beside = -2, One = 1 }
export class Diagnostic {
  source?: string;
  code?: unknown;
  tags?: DiagnosticTag[];
  relatedInformation?: unknown[];
  constructor(readonly range: Range, readonly message: string, readonly severity: DiagnosticSeverity) {}
}
export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}
export class DiagnosticRelatedInformation {
  constructor(readonly location: Location, readonly message: string) {}
}
export class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Source = new CodeActionKind('source');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');
  constructor(readonly value: string) {}
  append(part: string) {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind) {
    return this.value === other.value || other.value.startsWith(this.value + '.');
  }
  intersects(other: CodeActionKind) {
    return this.contains(other) || other.contains(this);
  }
}
export class TextEdit {
  constructor(readonly range: Range, readonly newText: string) {}
}
export class SnippetString {
  constructor(readonly value: string) {}
}
export class SnippetTextEdit {
  constructor(readonly range: Range, readonly snippet: SnippetString) {}
}
export class WorkspaceEdit {
  readonly entries = new Map<string, Array<TextEdit | SnippetTextEdit>>();
  set(uri: Uri, edits: Array<TextEdit | SnippetTextEdit>) {
    this.entries.set(uri.toString(), edits);
  }
}
export class CodeAction {
  edit?: WorkspaceEdit;
  command?: { command: string; title: string; arguments?: unknown[] };
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  constructor(readonly title: string, readonly kind?: CodeActionKind) {}
}
export class MarkdownString {
  isTrusted?: unknown;
  constructor(readonly value = '') {}
}
export class Hover {
  constructor(readonly contents: MarkdownString[], readonly range?: Range) {}
}
export enum CompletionItemKind { Value = 11, Reference = 17 }
export class CompletionItem {
  detail?: string;
  range?: Range;
  constructor(readonly label: string, readonly kind?: CompletionItemKind) {}
}
export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string }) {}
}

export class MockDocument {
  version = 1;
  isClosed = false;
  readonly uri: Uri;
  constructor(file: string, readonly languageId: string, private text: string) {
    this.uri = Uri.file(file);
  }
  get fileName() {
    return this.uri.fsPath;
  }
  getText() {
    return this.text;
  }
  get lineCount() {
    return this.text.split(/\r?\n/).length;
  }
  lineAt(line: number) {
    return { text: this.text.split(/\r?\n/)[line] ?? '' };
  }
  setText(text: string) {
    this.text = text;
    this.version++;
  }
}

export interface Mock {
  vscode: Record<string, unknown>;
  documents: MockDocument[];
  diagnostics: Map<string, Diagnostic[]>;
  commands: Map<string, (...args: unknown[]) => unknown>;
  providers: { hover: Array<{ provideHover: Function }>; codeActions: Array<{ provideCodeActions: Function }>; codeLens: Array<{ provideCodeLenses: Function }>; completion: Array<{ provideCompletionItems: Function }> };
  /** Providers of virtual documents (`containment-doc:` rule documentation). */
  contentProviders: Array<{ provideTextDocumentContent: Function }>;
  /** Ids that vscode.extensions.getExtension finds. */
  installedExtensions: string[];
  /** Lines written to the output channel, at any level. */
  logs: string[];
  events: { open: EventEmitter<MockDocument>; change: EventEmitter<{ document: MockDocument; contentChanges: unknown[] }>; close: EventEmitter<MockDocument>; config: EventEmitter<{ affectsConfiguration(s: string): boolean }> };
  settings: Record<string, unknown>;
  apiCalls: string[];
  /** Edits given to workspace.applyEdit, and the texts of information messages, in order. */
  appliedEdits: WorkspaceEdit[];
  infoMessages: string[];
}

export function createMock(): Mock {
  const disposable = { dispose() {} };
  const ev = () => new EventEmitter<never>().event;
  const mock: Mock = {
    vscode: {},
    documents: [],
    diagnostics: new Map(),
    commands: new Map(),
    providers: { hover: [], codeActions: [], codeLens: [], completion: [] },
    contentProviders: [],
    installedExtensions: [],
    logs: [],
    events: { open: new EventEmitter(), change: new EventEmitter(), close: new EventEmitter(), config: new EventEmitter() },
    settings: {},
    apiCalls: [],
    appliedEdits: [],
    infoMessages: [],
  };
  const call = (name: string) => mock.apiCalls.push(name);
  const log = (message: unknown) => void mock.logs.push(String(message));
  Object.assign(mock.vscode, {
    EventEmitter, Position, Range, Uri, DiagnosticSeverity, DiagnosticTag, ViewColumn, Diagnostic, Location, DiagnosticRelatedInformation,
    CodeActionKind, TextEdit, SnippetString, SnippetTextEdit, WorkspaceEdit, CodeAction, MarkdownString, Hover, CodeLens, CompletionItem, CompletionItemKind,
    l10n: { t: (m: string, ...a: unknown[]) => m.replace(/\{(\d+)\}/g, (_, i) => String(a[Number(i)])) },
    // VS Code's display language (a test sets `language: 'ko'` before activating)
    env: { language: 'en' },
    languages: {
      createDiagnosticCollection: () => ({
        set: (uri: Uri, d: Diagnostic[]) => (call('diagnostics.set'), mock.diagnostics.set(uri.toString(), d)),
        delete: (uri: Uri) => mock.diagnostics.delete(uri.toString()),
        dispose() {},
      }),
      registerHoverProvider: (_s: unknown, p: { provideHover: Function }) => (mock.providers.hover.push(p), disposable),
      registerCodeActionsProvider: (_s: unknown, p: { provideCodeActions: Function }) => (mock.providers.codeActions.push(p), disposable),
      registerCodeLensProvider: (_s: unknown, p: { provideCodeLenses: Function }) => (mock.providers.codeLens.push(p), disposable),
      registerCompletionItemProvider: (_s: unknown, p: { provideCompletionItems: Function }) => (mock.providers.completion.push(p), disposable),
    },
    workspace: {
      get textDocuments() {
        return mock.documents;
      },
      workspaceFolders: undefined,
      isTrusted: true,
      getConfiguration: () => ({ get: (k: string, d?: unknown) => (k in mock.settings ? mock.settings[k] : d) }),
      onDidOpenTextDocument: mock.events.open.event,
      onDidChangeTextDocument: mock.events.change.event,
      onDidCloseTextDocument: mock.events.close.event,
      onDidSaveTextDocument: ev(),
      onDidChangeConfiguration: mock.events.config.event,
      onDidGrantWorkspaceTrust: ev(),
      onDidChangeWorkspaceFolders: ev(),
      createFileSystemWatcher: () => ({ onDidChange: ev(), onDidCreate: ev(), onDidDelete: ev(), dispose() {} }),
      registerTextDocumentContentProvider: (_s: unknown, p: { provideTextDocumentContent: Function }) => (mock.contentProviders.push(p), disposable),
      findFiles: async () => (call('findFiles'), []),
      openTextDocument: async () => (call('openTextDocument'), undefined),
      applyEdit: async (edit: WorkspaceEdit) => (mock.appliedEdits.push(edit), true),
      asRelativePath: (u: Uri | string) => (typeof u === 'string' ? u : u.fsPath),
    },
    window: {
      createOutputChannel: () => ({ debug: log, info: log, warn: log, error: log, trace: log, appendLine: log, dispose() {} }),
      registerWebviewPanelSerializer: () => disposable,
      showInformationMessage: async (message: string) => (mock.infoMessages.push(message), undefined),
      activeTextEditor: undefined,
    },
    commands: {
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => (mock.commands.set(id, fn), disposable),
      executeCommand: async () => undefined,
    },
    extensions: { getExtension: (id: string) => (mock.installedExtensions.includes(id) ? { id } : undefined), onDidChange: ev() },
  });
  return mock;
}

const ID = '\u0000vscode-mock';
/** Makes `require('vscode')` return `mock.vscode` (until `uninstall()`). */
export function installVscodeMock(mock: Mock): () => void {
  const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const original = M._resolveFilename;
  M._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? ID : original.call(this, request, ...rest);
  };
  const m = new Module(ID);
  m.exports = mock.vscode;
  m.loaded = true;
  (require.cache as Record<string, unknown>)[ID] = m;
  return () => {
    M._resolveFilename = original;
    delete (require.cache as Record<string, unknown>)[ID];
  };
}

/**
 * Installs `mock` as the vscode module, loads a fresh copy of the extension (out/src/extension/…) and activates it.
 * The returned function deactivates it, disposes its subscriptions and removes the mock.
 */
export function activateWithMock(mock: Mock): () => void {
  const root = path.join(__dirname, '..', '..', '..', '..');
  const context = { subscriptions: [] as Array<{ dispose(): void }>, extensionUri: { scheme: 'file', path: root }, extensionPath: root };
  const uninstall = installVscodeMock(mock);
  for (const k of Object.keys(require.cache)) if (k.includes(`${path.sep}out${path.sep}src${path.sep}extension${path.sep}`)) delete require.cache[k];
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ext = require('../../../src/extension/extension') as { activate(ctx: unknown): void; deactivate(): void };
  ext.activate(context);
  return () => {
    for (const d of context.subscriptions) d.dispose();
    ext.deactivate();
    uninstall();
  };
}
