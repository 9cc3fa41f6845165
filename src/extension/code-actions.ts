/**
 * Code actions: every engine fix as a quick fix; per finding "Ignore <rule> for this line", "Ignore <rule> for this
 * object (kube-linter annotation)" (Kubernetes rules with a kube-linter name), "Ignore <rule> in this file" and
 * "Show documentation for <rule>"; and `source.fixAll.containment` for `editor.codeActionsOnSave`. The edit texts come
 * from the pure src/core/fix modules.
 */
import * as vscode from 'vscode';
import { SHOW_RULE_DOC_COMMAND } from '../core/docs/command-links';
import { fixAllEdits } from '../core/fix/fix-all';
import { ignoreFileEdit, ignoreId, ignoreLineEdit, kubeLinterIgnoreEdits } from '../core/fix/ignore-edits';
import type { Finding, TextEdit } from '../core/model/finding';
import type { DiagnosticsManager } from './diagnostics';
import { DIAGNOSTIC_SOURCE, diagnosticCode, sameRange, toDiagnostic, toRange, toTextEdit } from './to-vscode';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('containment');
/** Builtin findings that are not about the file's content: no ignore actions. */
const NOT_IGNORABLE = new Set(['file-skipped']);

const single = (edit: TextEdit | undefined): TextEdit[] | undefined => (edit ? [edit] : undefined);

function workspaceEdit(uri: vscode.Uri, edits: TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, edits.map(toTextEdit));
  return edit;
}

export class ContainmentCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly manager: DiagnosticsManager) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.manager.findingsFor(document);
    if (!analysis) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (!only || vscode.CodeActionKind.QuickFix.intersects(only)) {
      const here = analysis.findings.filter((f) => toRange(f.range).intersection(range) !== undefined);
      actions.push(...this.quickFixes(document, analysis.kind, here, context));
    }
    if (!only || FIX_ALL_KIND.intersects(only)) {
      const fixAll = this.fixAll(document, analysis.findings);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  private diagnosticFor(f: Finding, context: vscode.CodeActionContext): vscode.Diagnostic {
    return (
      context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && diagnosticCode(d) === f.rule && sameRange(d.range, f.range)) ?? toDiagnostic(f)
    );
  }

  private quickFixes(document: vscode.TextDocument, kind: import('../core/model/finding').FileKind, findings: Finding[], context: vscode.CodeActionContext): vscode.CodeAction[] {
    const text = document.getText();
    const fixes: vscode.CodeAction[] = [];
    const others: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    const fixable = findings.filter((f) => f.fix && f.fix.edits.length);
    for (const f of fixable) {
      const action = new vscode.CodeAction(f.fix!.title, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(document.uri, f.fix!.edits);
      action.diagnostics = [this.diagnosticFor(f, context)];
      action.isPreferred = fixable.length === 1;
      fixes.push(action);
    }
    for (const f of findings) {
      if (NOT_IGNORABLE.has(f.rule)) continue;
      const id = ignoreId(f);
      const diagnostics = [this.diagnosticFor(f, context)];
      // one action per (kind of ignore, rule, line or object or file), however many findings share it
      const offer = (key: string, title: string, makeEdits: () => TextEdit[] | undefined) => {
        if (seen.has(key)) return;
        seen.add(key);
        const edits = makeEdits();
        if (!edits) return;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(document.uri, edits);
        action.diagnostics = diagnostics;
        others.push(action);
      };
      const line = f.range.start.line;
      offer(`line:${id}:${line}`, vscode.l10n.t('Ignore {0} for this line', id), () => single(ignoreLineEdit(text, kind, f)));
      if (kind === 'kubernetes') offer(`object:${id}:${line}`, vscode.l10n.t('Ignore {0} for this object (kube-linter annotation)', id), () => kubeLinterIgnoreEdits(text, f));
      offer(`file:${id}`, vscode.l10n.t('Ignore {0} in this file', id), () => single(ignoreFileEdit(text, kind, f)));
      if (!seen.has(`doc:${f.rule}`)) {
        seen.add(`doc:${f.rule}`);
        const title = vscode.l10n.t('Show documentation for {0}', f.rule);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: SHOW_RULE_DOC_COMMAND, title, arguments: [f.rule] };
        action.diagnostics = diagnostics;
        others.push(action);
      }
    }
    return [...fixes, ...others];
  }

  private fixAll(document: vscode.TextDocument, findings: Finding[]): vscode.CodeAction | undefined {
    const { edits } = fixAllEdits(findings);
    if (!edits.length) return undefined;
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable Containment problems'), FIX_ALL_KIND);
    action.edit = workspaceEdit(document.uri, edits);
    return action;
  }
}

/** `containment.fixAll`: applies every fix of the active (or given) document. */
export async function fixAllCommand(manager: DiagnosticsManager, uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const analysis = manager.findingsFor(document);
  if (!analysis) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Containment does not analyse this file.'));
    return false;
  }
  const { edits, skipped } = fixAllEdits(analysis.findings);
  if (!edits.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No automatic fixes for this file.'));
    return false;
  }
  const ok = await vscode.workspace.applyEdit(workspaceEdit(document.uri, edits));
  if (ok) manager.analyze(document);
  if (skipped.length) void vscode.window.showInformationMessage(vscode.l10n.t('{0} fixes overlapped others and were skipped; run Fix All again.', skipped.length));
  return ok;
}
