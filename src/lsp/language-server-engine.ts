/**
 * Everything the language server does with a document's content: settings → configuration, analysis, diagnostics,
 * hover, code actions, ShellCheck. Loaded only after `initialize` has been answered (see load-engine.ts): it is the
 * engine and its parsers, most of the server's code, and `initialize` needs none of it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContainmentConfig } from '../core/knowledge/config/config';
import { DocumentModels } from '../core/engine/models';
import { analyzeDocument, kindForLanguage, type DocumentAnalysis } from '../core/features/analyze-document';
import { FIX_ALL_KIND, fixAllAction, quickFixActions, QUICK_FIX_KIND, wantsKind, type ActionSpec } from '../core/features/code-actions';
import { findingToDiagnostic, rangesIntersect, type DiagnosticLinks, type NeutralDiagnostic } from '../core/features/diagnostics';
import { hoverAt, withoutCommandLinks } from '../core/features/hover';
import { isolationLenses } from '../core/features/code-lens';
import type { OpenDocument } from '../core/features/document-parts';
import { OPEN_PANEL_COMMAND } from '../core/features/docs/command-links';
import { english, type Translate } from '../core/features/docs/translate';
import { langOf, type Lang } from '../core/base/l10n/lang';
import type { FileHost } from '../core/base/host/file-host';
import { nodeHost } from '../core/base/host/node-host';
import type { FileKind, Finding, Range } from '../core/base/model/finding';
import { isKindEnabled, readSettings, settingsToConfig, type ContainmentSettings } from '../extension/settings-to-config';
import { normalizeLanguageId, settingGetter, uriToPath } from './uri-and-settings';
import { projectRootOf, TradeoffReports } from './tradeoff-report';

export interface Analysed extends DocumentAnalysis {
  version: number;
  /** ShellCheck's findings for the same version, added when they arrive. */
  shellcheck: Finding[];
  /** Aborts this version's ShellCheck run (a newer version arrived, the document closed). */
  abort?: AbortController;
}

export interface EngineLog {
  warn(message: string): void;
  error(message: string): void;
}

/** The rule documentation shipped next to the server (docs/rules/<id>.md), as a file URI when it exists. */
export function ruleDocLink(rule: string): string | undefined {
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

/** A code lens in LSP's shape. */
export interface LspCodeLens {
  range: Range;
  command: { title: string; command: string; arguments: unknown[] };
}

/** An action in LSP's shape, for the document `uri`. */
export interface LspCodeAction {
  title: string;
  kind: string;
  edit?: { changes: Record<string, ActionSpec['edits']> };
  command?: ActionSpec['command'];
  diagnostics?: NeutralDiagnostic[];
  isPreferred?: boolean;
}

export class LanguageServerEngine {
  private settings: ContainmentSettings = readSettings(() => undefined);
  private base: ContainmentConfig = settingsToConfig(this.settings, { trusted: true });
  private disk: FileHost = nodeHost();
  /** Other files (a Compose service's Dockerfile, kustomizations) are read from the open documents first. */
  readonly host: FileHost;
  /** The parsed models of the open documents' current texts: analysis and hover share them. */
  private readonly models = new DocumentModels();
  /** The client's `locale` (initialize): the language of messages, rule texts and hover labels. */
  private readonly lang: Lang;
  private readonly t: Translate;
  private readonly reports: TradeoffReports;

  constructor(private readonly openDocuments: () => TextDocument[], private readonly log: EngineLog, locale?: string) {
    this.lang = langOf(locale);
    this.t = translatorFor(this.lang);
    this.reports = new TradeoffReports(this.lang);
    this.host = {
      readFile: (p) => this.openDocuments().find((d) => d.uri.startsWith('file:') && uriToPath(d.uri) === path.resolve(p))?.getText() ?? this.disk.readFile(p),
      listDir: (p) => this.disk.listDir(p),
    };
  }

  /** Applies a `containment` settings section; returns the debounce to use (0 unless the client set one). */
  applySettings(section: unknown): number {
    const get = settingGetter(section);
    this.settings = readSettings(get);
    this.models.invalidate();
    this.base = settingsToConfig(this.settings, { trusted: true });
    return typeof get('debounceMs') === 'number' ? this.settings.debounceMs : 0;
  }

  /** Config or ignore files changed on disk: drop cached reads. */
  filesChanged(): void {
    this.models.invalidate();
    this.disk = nodeHost();
  }

  /** The document closed: its models go. */
  closed(uri: string): void {
    this.models.close(uriToPath(uri));
  }

  private kindOf(doc: TextDocument): FileKind | undefined {
    const kind = kindForLanguage(normalizeLanguageId(doc.languageId), uriToPath(doc.uri), doc.getText());
    return kind && isKindEnabled(this.settings, kind) ? kind : undefined;
  }

  analyse(doc: TextDocument): Analysed | undefined {
    const kind = this.kindOf(doc);
    if (!kind) return undefined;
    const options = { syntaxChecks: this.settings.syntaxChecks !== 'off' };
    const result = analyzeDocument({ path: uriToPath(doc.uri), text: doc.getText(), kind }, this.base, this.host, options, this.models);
    for (const e of result.configErrors) this.log.warn(`${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    if (result.failure !== undefined) this.log.error(`Analysis of ${result.path} failed: ${String(result.failure)}`);
    return { ...result, version: doc.version, shellcheck: [] };
  }

  diagnostics(result: Analysed | undefined): NeutralDiagnostic[] {
    return result ? allFindings(result).map((f) => findingToDiagnostic(f, LINKS, this.lang)) : [];
  }

  /**
   * ShellCheck over a Dockerfile's RUN scripts, as the VS Code extension runs it: after the engine's findings, only
   * when the configuration (settings, then `.containment.yaml`) enables it, cancelled through `result.abort`. Resolves
   * to the findings, or undefined when nothing should be published (not a Dockerfile, off, aborted, failed).
   */
  async shellcheck(doc: TextDocument, result: Analysed): Promise<Finding[] | undefined> {
    if (result.kind !== 'dockerfile' || !result.config.trusted || !result.config.shellcheck.enabled) return undefined;
    const abort = new AbortController();
    result.abort = abort;
    // required on first use: child_process, temp files and the ShellCheck mapping
    const { runShellcheck } = require('../core/formats/shellcheck') as typeof import('../core/formats/shellcheck');
    const outcome = await runShellcheck(doc.getText(), result.path, result.config, {
      signal: abort.signal,
      log: (_level, message) => this.log.warn(message),
    });
    return abort.signal.aborted || outcome.skipped ? undefined : outcome.findings;
  }

  /** The document as the core's editor features read it: this version's text with the models its analysis parsed. */
  private openDocument(doc: TextDocument, result: Analysed): OpenDocument {
    return { text: doc.getText(), kind: result.kind, path: result.path, host: this.host, models: this.models };
  }

  hover(doc: TextDocument, result: Analysed, position: Range['start']): { contents: { kind: 'markdown'; value: string }; range?: Range } | null {
    const hover = hoverAt({ ...this.openDocument(doc, result), findings: allFindings(result), position, sandboxRuntimes: result.config.sandboxRuntimes, t: this.t, lang: this.lang });
    if (!hover) return null;
    const value = hover.contents.map((c) => withoutCommandLinks(c, ruleDocLink)).join('\n\n---\n\n');
    return { contents: { kind: 'markdown', value }, range: hover.range };
  }

  codeActions(doc: TextDocument, result: Analysed, range: Range, only: string[] | undefined): LspCodeAction[] {
    const findings = allFindings(result);
    const specs: ActionSpec[] = [];
    if (wantsKind(only, QUICK_FIX_KIND)) specs.push(...quickFixActions(this.openDocument(doc, result), findings.filter((f) => rangesIntersect(f.range, range)), this.t, this.lang));
    if (wantsKind(only, FIX_ALL_KIND)) {
      const all = fixAllAction(findings, this.t, this.lang);
      if (all) specs.push(all);
    }
    return specs.map((s) => toCodeAction(doc.uri, s, this.lang));
  }

  /**
   * The isolation summary above each Kubernetes container and Compose service (setting `codeLens.enabled`), read from
   * the models this version's analysis parsed; the command writes the project's trade-off report and opens it.
   */
  codeLenses(doc: TextDocument, result: Analysed): LspCodeLens[] {
    if (!this.settings.codeLens) return [];
    return isolationLenses(this.openDocument(doc, result), result.config.sandboxRuntimes, this.t).map((lens) => ({
      range: lens.range,
      command: { title: lens.title, command: OPEN_PANEL_COMMAND, arguments: [doc.uri] },
    }));
  }

  /** Writes the trade-off report of the project holding `uri`; returns the report's file URI. */
  tradeoffReport(uri: string, workspaceFolders: string[]): string {
    const root = projectRootOf(uriToPath(uri), workspaceFolders);
    const open = this.openDocuments().filter((d) => d.uri.startsWith('file:')).map((d) => uriToPath(d.uri));
    return pathToFileURL(this.reports.write(root, open, this.host, this.base)).href;
  }

  /** `containment.fixAll`: the edit to apply and its label, or undefined when nothing is safe to fix. */
  fixAllEdit(doc: TextDocument, result: Analysed): { label: string; edit: { changes: Record<string, ActionSpec['edits']> } } | undefined {
    const all = fixAllAction(allFindings(result), this.t, this.lang);
    return all && { label: all.title, edit: { changes: { [doc.uri]: all.edits } } };
  }
}

function allFindings(result: Analysed): Finding[] {
  return result.shellcheck.length ? [...result.findings, ...result.shellcheck] : result.findings;
}

function toCodeAction(uri: string, spec: ActionSpec, lang: Lang): LspCodeAction {
  const action: LspCodeAction = { title: spec.title, kind: spec.kind };
  if (spec.edits) action.edit = { changes: { [uri]: spec.edits } };
  if (spec.command) action.command = spec.command;
  if (spec.kind === QUICK_FIX_KIND) action.diagnostics = spec.findings.map((f) => findingToDiagnostic(f, LINKS, lang));
  if (spec.isPreferred) action.isPreferred = true;
  return action;
}
