/** Conversions from the engine's finding model to VS Code types. */
import * as vscode from 'vscode';
import { commandLink, SHOW_RULE_DOC_COMMAND } from '../core/docs/command-links';
import type { Finding, Range, Severity, TextEdit } from '../core/model/finding';

export const DIAGNOSTIC_SOURCE = 'containment';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function fromPosition(p: vscode.Position): { line: number; character: number } {
  return { line: p.line, character: p.character };
}

export function ruleDocUri(rule: string): vscode.Uri {
  return vscode.Uri.parse(commandLink(SHOW_RULE_DOC_COMMAND, [rule]));
}

/**
 * `self` is the analysed document: related locations in it point at its URI (an untitled document has no file path),
 * others at their file.
 */
export function toDiagnostic(f: Finding, self?: { path: string; uri: vscode.Uri }): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.rule, target: ruleDocUri(f.rule) };
  if (f.tags?.length) {
    d.tags = f.tags.map((t) => (t === 'unnecessary' ? vscode.DiagnosticTag.Unnecessary : vscode.DiagnosticTag.Deprecated));
  }
  if (f.related?.length) {
    const uriOf = (path: string) => (self && path === self.path ? self.uri : vscode.Uri.file(path));
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.path), toRange(r.range)), r.message));
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

export function sameRange(a: vscode.Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
