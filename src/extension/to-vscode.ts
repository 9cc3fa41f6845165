/** Conversions from the editor-neutral features (src/core/features) to VS Code types. */
import * as vscode from 'vscode';
import { commandLink, SHOW_RULE_DOC_COMMAND } from '../core/features/docs/command-links';
import { DIAGNOSTIC_SOURCE, findingToDiagnostic, sameRange, type DiagnosticLinks } from '../core/features/diagnostics';
import { langOf, type Lang } from '../core/base/l10n/lang';
import type { Finding, Range, TextEdit } from '../core/base/model/finding';

export { DIAGNOSTIC_SOURCE, sameRange };

/** LSP severity numbers (1 error … 4 hint) → VS Code's (0 error … 3 hint). */
const SEVERITY: Record<number, vscode.DiagnosticSeverity> = {
  1: vscode.DiagnosticSeverity.Error,
  2: vscode.DiagnosticSeverity.Warning,
  3: vscode.DiagnosticSeverity.Information,
  4: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function fromRange(r: vscode.Range): Range {
  return { start: fromPosition(r.start), end: fromPosition(r.end) };
}

export function fromPosition(p: vscode.Position): { line: number; character: number } {
  return { line: p.line, character: p.character };
}

export function ruleDocUri(rule: string): vscode.Uri {
  return vscode.Uri.parse(commandLink(SHOW_RULE_DOC_COMMAND, [rule]));
}

/** In VS Code the rule documentation opens through the `containment.showRuleDoc` command. */
const LINKS: DiagnosticLinks = {
  ruleDoc: (rule) => commandLink(SHOW_RULE_DOC_COMMAND, [rule]),
  fileUri: (path) => vscode.Uri.file(path).toString(),
};

/** The language finding messages and rule texts are shown in: VS Code's display language (Korean or English). */
export function displayLang(): Lang {
  return langOf(vscode.env?.language);
}

/**
 * `self` is the analysed document: related locations in it point at its URI (an untitled document has no file path),
 * others at their file.
 */
export function toDiagnostic(f: Finding, self?: { path: string; uri: vscode.Uri }): vscode.Diagnostic {
  const n = findingToDiagnostic(f, LINKS, displayLang());
  const d = new vscode.Diagnostic(toRange(n.range), n.message, SEVERITY[n.severity]);
  d.source = n.source;
  d.code = { value: n.code, target: ruleDocUri(n.code) };
  if (n.tags) d.tags = n.tags.map((t) => (t === 1 ? vscode.DiagnosticTag.Unnecessary : vscode.DiagnosticTag.Deprecated));
  if (f.related?.length) {
    const uriOf = (path: string) => (self && path === self.path ? self.uri : vscode.Uri.file(path));
    d.relatedInformation = f.related.map((r, i) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.path), toRange(r.range)), n.relatedInformation?.[i]?.message ?? r.message));
  }
  return d;
}

export function toTextEdit(e: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(e.range), e.newText);
}

/** The diagnostic a finding produced, by rule and range (diagnostics come back from the editor as new objects). */
export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
