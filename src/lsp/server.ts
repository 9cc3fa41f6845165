/**
 * The Containment language server: a thin adapter over src/core/features for any LSP client (Neovim, Helix, Zed,
 * Emacs eglot, JetBrains LSP4IJ). `containment lsp --stdio` or the `containment-language-server` bin.
 *
 * Documents are analysed from a queue, one per macrotask (setImmediate), so requests are answered between two big
 * files; a result is published only when the document is still at the version it was computed for. Settings come
 * from `workspace/configuration` (section `containment`, the extension's settings); config files are re-read on
 * `workspace/didChangeWatchedFiles`.
 */
import { fileURLToPath, pathToFileURL } from 'url';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, createConnection, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type DidChangeConfigurationParams, type TextDocumentChangeEvent, type InitializeResult } from 'vscode-languageserver/node';
import type { ContainmentConfig } from '../core/config/config';
import { FIX_ALL_COMMAND, SHOW_RULE_DOC_COMMAND } from '../core/docs/command-links';
import { analyzeDocument, kindForLanguage, type DocumentAnalysis } from '../core/features/analyze-document';
import { FIX_ALL_KIND, fixAllAction, quickFixActions, QUICK_FIX_KIND, wantsKind, type ActionSpec } from '../core/features/code-actions';
import { findingToDiagnostic, rangesIntersect, type DiagnosticLinks } from '../core/features/diagnostics';
import { hoverAt, withoutCommandLinks } from '../core/features/hover';
import { english, type Translate } from '../core/docs/translate';
import { langOf, type Lang } from '../core/l10n/lang';
import type { FileHost } from '../core/host/file-host';
import { nodeHost } from '../core/host/node-host';
import type { FileKind } from '../core/model/finding';
import { isKindEnabled, readSettings, settingsToConfig, type ContainmentSettings } from '../extension/settings-to-config';

/** Client language ids → the ids Containment knows (Helix says `docker-compose`, Neovim `yaml.docker-compose`). */
export function normalizeLanguageId(languageId: string): string {
  const id = languageId.toLowerCase();
  if (id === 'docker-compose' || id === 'yaml.docker-compose' || id === 'compose') return 'dockercompose';
  if (id === 'containerfile' || id === 'docker') return 'dockerfile';
  if (id === 'yml' || id.startsWith('yaml.')) return 'yaml';
  if (id === 'text' || id === '') return 'plaintext';
  return id;
}

export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      /* fall through */
    }
  }
  return path.join(process.cwd(), decodeURIComponent(uri.replace(/[?#].*$/, '').split('/').pop() || 'Untitled'));
}

/** The rule documentation shipped next to the server (docs/rules/<id>.md), as a file URI when it exists. */
function ruleDocLink(rule: string): string | undefined {
  for (const dir of [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', 'docs', 'rules')]) {
    const file = path.join(dir, `${rule}.md`);
    if (fs.existsSync(file)) return pathToFileURL(file).href;
  }
  return undefined;
}

const LINKS: DiagnosticLinks = { ruleDoc: ruleDocLink, fileUri: (p) => pathToFileURL(p).href };

/**
 * Editor texts (hover labels, action titles) in `lang`, from the extension's own l10n bundle shipped next to the
 * server (l10n/bundle.l10n.<lang>.json); English when there is none.
 */
export function translatorFor(lang: Lang): Translate {
  if (lang === 'en') return english;
  for (const dir of [path.join(__dirname, '..', 'l10n'), path.join(__dirname, '..', '..', 'l10n'), path.join(__dirname, '..', '..', '..', 'l10n')]) {
    let bundle: Record<string, unknown>;
    try {
      bundle = JSON.parse(fs.readFileSync(path.join(dir, `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, unknown>;
    } catch {
      continue;
    }
    return (message, ...args) => {
      const entry = bundle[message];
      const translated = typeof entry === 'string' ? entry : typeof (entry as { message?: unknown })?.message === 'string' ? (entry as { message: string }).message : message;
      return english(translated, ...args);
    };
  }
  return english;
}

interface Analysed extends DocumentAnalysis {
  version: number;
}

export function startServer(connection: Connection = createConnection()): Connection {
  const documents = new TextDocuments(TextDocument);
  let settings: ContainmentSettings = readSettings(() => undefined);
  let base: ContainmentConfig = settingsToConfig(settings, { trusted: true });
  let disk: FileHost = nodeHost();
  // other files (a Compose service's Dockerfile, kustomizations) are read from the open documents first
  const host: FileHost = {
    readFile: (p) => documents.all().find((d) => d.uri.startsWith('file:') && uriToPath(d.uri) === path.resolve(p))?.getText() ?? disk.readFile(p),
    listDir: (p) => disk.listDir(p),
  };
  /** The client's `locale` (initialize): the language of messages, rule texts and hover labels. */
  let lang: Lang = 'en';
  let t: Translate = english;
  let configurationSupport = false;
  let watchRegistration = false;
  const results = new Map<string, Analysed>();
  const queue = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let draining = false;
  /** Editors send many small changes: without an explicit `containment.debounceMs` the queue alone coalesces them. */
  let debounceMs = 0;

  const kindOf = (doc: TextDocument): FileKind | undefined => {
    const kind = kindForLanguage(normalizeLanguageId(doc.languageId), uriToPath(doc.uri), doc.getText());
    return kind && isKindEnabled(settings, kind) ? kind : undefined;
  };

  const analyse = (doc: TextDocument): Analysed | undefined => {
    const kind = kindOf(doc);
    if (!kind) return undefined;
    const result = analyzeDocument({ path: uriToPath(doc.uri), text: doc.getText(), kind }, base, host, { syntaxChecks: settings.syntaxChecks !== 'off' });
    for (const e of result.configErrors) connection.console.warn(`${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    if (result.failure !== undefined) connection.console.error(`Analysis of ${result.path} failed: ${String(result.failure)}`);
    return { ...result, version: doc.version };
  };

  const publish = (doc: TextDocument) => {
    const result = analyse(doc);
    if (documents.get(doc.uri)?.version !== doc.version) return; // a newer version arrived meanwhile: it is queued
    if (result) results.set(doc.uri, result);
    else results.delete(doc.uri);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: (result?.findings ?? []).map((f) => findingToDiagnostic(f, LINKS, lang)) });
  };

  // one document per macrotask, so hovers and code actions are answered between documents
  const drain = () => {
    const [uri] = queue;
    if (uri === undefined) {
      draining = false;
      return;
    }
    queue.delete(uri);
    const doc = documents.get(uri);
    if (doc) publish(doc);
    setImmediate(drain);
  };
  const enqueue = (uri: string) => {
    queue.add(uri);
    if (!draining) {
      draining = true;
      setImmediate(drain);
    }
  };
  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    if (delay <= 0) return enqueue(uri);
    timers.set(uri, setTimeout(() => (timers.delete(uri), enqueue(uri)), delay));
  };
  const reanalyseAll = () => documents.all().forEach((d) => enqueue(d.uri));

  /** The current analysis of an open document (computed now when the queued one is not in yet). */
  const current = (uri: string): { doc: TextDocument; result: Analysed } | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let result = results.get(uri);
    if (!result || result.version !== doc.version) {
      result = analyse(doc);
      if (!result) return undefined;
      results.set(uri, result);
    }
    return { doc, result };
  };

  const applySettings = (section: unknown) => {
    const get = settingGetter(section);
    settings = readSettings(get);
    base = settingsToConfig(settings, { trusted: true });
    debounceMs = typeof get('debounceMs') === 'number' ? settings.debounceMs : 0;
  };

  const loadSettings = async () => {
    if (!configurationSupport) return;
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'containment' }])) as unknown[];
      applySettings(section);
    } catch (error) {
      connection.console.warn(`workspace/configuration failed: ${String(error)}`);
    }
  };

  connection.onInitialize((params): InitializeResult => {
    lang = langOf(params.locale);
    t = translatorFor(lang);
    const caps = params.capabilities;
    configurationSupport = !!caps.workspace?.configuration;
    watchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    if (options?.settings) applySettings(options.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND, SHOW_RULE_DOC_COMMAND] },
      },
      serverInfo: { name: 'containment-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (watchRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/{.containment.yaml,.containment.yml,.hadolint.yaml,.hadolint.yml,.dockerignore,*.dockerignore}' }],
      });
    }
    await loadSettings();
    reanalyseAll();
  });

  connection.onDidChangeConfiguration(async (change: DidChangeConfigurationParams) => {
    const section = (change.settings as { containment?: unknown } | undefined)?.containment;
    if (configurationSupport) await loadSettings();
    else if (section) applySettings(section);
    reanalyseAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    disk = nodeHost(); // drop cached reads of config files
    reanalyseAll();
  });

  documents.onDidOpen((e: TextDocumentChangeEvent<TextDocument>) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e: TextDocumentChangeEvent<TextDocument>) => schedule(e.document.uri, debounceMs));
  documents.onDidClose((e: TextDocumentChangeEvent<TextDocument>) => {
    clearTimeout(timers.get(e.document.uri));
    queue.delete(e.document.uri);
    results.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return null;
    const { doc, result } = found;
    const hover = hoverAt({ text: doc.getText(), kind: result.kind, path: result.path, findings: result.findings, position: params.position, sandboxRuntimes: result.config.sandboxRuntimes, host, t, lang });
    if (!hover) return null;
    const value = hover.contents.map((c) => withoutCommandLinks(c, ruleDocLink)).join('\n\n---\n\n');
    return { contents: { kind: 'markdown', value }, range: hover.range };
  });

  connection.onCodeAction((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return [];
    const { doc, result } = found;
    const only = params.context.only;
    const specs: ActionSpec[] = [];
    if (wantsKind(only, QUICK_FIX_KIND)) specs.push(...quickFixActions(doc.getText(), result.kind, result.findings.filter((f) => rangesIntersect(f.range, params.range)), t));
    if (wantsKind(only, FIX_ALL_KIND)) {
      const all = fixAllAction(result.findings, t);
      if (all) specs.push(all);
    }
    return specs.map((s) => toCodeAction(doc, s, lang));
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === SHOW_RULE_DOC_COMMAND) {
      // the documentation file shipped with the server, opened by the client (window/showDocument)
      const href = ruleDocLink(String(params.arguments?.[0] ?? ''));
      if (!href) return { shown: false };
      const shown = await connection.window.showDocument({ uri: href, external: false }).catch(() => ({ success: false }));
      return { shown: shown.success };
    }
    if (params.command !== FIX_ALL_COMMAND) return null;
    const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
    const found = uri ? current(uri) : undefined;
    const all = found && fixAllAction(found.result.findings, t);
    if (!found || !all) return { applied: false };
    const response = await connection.workspace.applyEdit({ label: all.title, edit: { changes: { [found.doc.uri]: all.edits! } } });
    return { applied: response.applied };
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function toCodeAction(doc: TextDocument, spec: ActionSpec, lang: Lang): CodeAction {
  const action: CodeAction = { title: spec.title, kind: spec.kind };
  if (spec.edits) action.edit = { changes: { [doc.uri]: spec.edits } };
  if (spec.command) action.command = spec.command;
  if (spec.kind === QUICK_FIX_KIND) action.diagnostics = spec.findings.map((f) => findingToDiagnostic(f, LINKS, lang));
  if (spec.isPreferred) action.isPreferred = true;
  return action;
}

/** `get('policy.cpuLimits')` over a nested settings object (`{ policy: { cpuLimits: true } }`) or dotted keys. */
export function settingGetter(section: unknown): (key: string) => unknown {
  const root = section && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  return (key) => {
    if (key in root) return root[key];
    let node: unknown = root;
    for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    return node;
  };
}


