/**
 * Code actions: a thin adapter over src/core/features/code-actions.ts (each distinct fix once, preferred marked,
 * ignores and documentation once per rule, `source.fixAll.containment`), reading the findings from the document model.
 * The action's diagnostics are the editor's own diagnostic objects where it passed them in the context.
 */
import * as vscode from 'vscode';
import { FIX_ALL_KIND as FIX_ALL_KIND_VALUE, fixAllAction, fixAllSummary, planFixAll, quickFixActions, QUICK_FIX_KIND, wantsKind, type ActionSpec } from '../core/features/code-actions';
import { rangesIntersect } from '../core/features/diagnostics';
import { snippetEdits } from '../core/features/snippets';
import type { Finding, TextEdit } from '../core/base/model/finding';
import type { DocumentModel } from './documents';
import { l10nTranslate } from './hover';
import { DIAGNOSTIC_SOURCE, diagnosticCode, displayLang, fromRange, sameRange, toDiagnostic, toRange, toTextEdit } from './to-vscode';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('containment');

function workspaceEdit(uri: vscode.Uri, edits: TextEdit[], placeholders?: string[], document?: vscode.TextDocument): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  // tab stops over the values the user should choose; hosts without SnippetTextEdit get the plain defaults
  if (placeholders?.length && document && typeof vscode.SnippetTextEdit === 'function') {
    const lines = { lineCount: document.lineCount, lineLength: (line: number) => document.lineAt(line).text.length };
    edit.set(uri, snippetEdits(edits, placeholders, lines).map((e) => (e.snippet === undefined ? toTextEdit(e) : new vscode.SnippetTextEdit(toRange(e.range), new vscode.SnippetString(e.snippet)))));
  } else edit.set(uri, edits.map(toTextEdit));
  return edit;
}

export class ContainmentCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly documents: DocumentModel) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.documents.analysisFor(document);
    if (!analysis) return [];
    const only = context.only ? [context.only.value] : undefined;
    const specs: ActionSpec[] = [];
    if (wantsKind(only, QUICK_FIX_KIND)) {
      const wanted = fromRange(range);
      const here = analysis.findings.filter((f) => rangesIntersect(f.range, wanted));
      const open = this.documents.openDocument(document);
      if (open) specs.push(...quickFixActions(open, here, l10nTranslate, displayLang()));
    }
    if (wantsKind(only, FIX_ALL_KIND_VALUE)) {
      const fixAll = fixAllAction(analysis.findings, l10nTranslate, displayLang());
      if (fixAll) specs.push({ ...fixAll, findings: [] });
    }
    return specs.map((spec) => this.toAction(document, spec, context));
  }

  private toAction(document: vscode.TextDocument, spec: ActionSpec, context: vscode.CodeActionContext): vscode.CodeAction {
    const action = new vscode.CodeAction(spec.title, spec.kind === QUICK_FIX_KIND ? vscode.CodeActionKind.QuickFix : FIX_ALL_KIND);
    if (spec.edits) action.edit = workspaceEdit(document.uri, spec.edits, spec.placeholders, document);
    if (spec.command) action.command = spec.command;
    if (spec.findings.length) action.diagnostics = spec.findings.map((f) => diagnosticFor(f, context));
    if (spec.isPreferred) action.isPreferred = true;
    return action;
  }
}

function diagnosticFor(f: Finding, context: vscode.CodeActionContext): vscode.Diagnostic {
  return context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && diagnosticCode(d) === f.rule && sameRange(fromRange(d.range), f.range)) ?? toDiagnostic(f);
}

/**
 * `containment.fixAll`: applies every fix of the active (or given) document that cannot change how the container runs,
 * then says what changed and which fixes are left to apply one by one.
 */
export async function fixAllCommand(documents: DocumentModel, reanalyze: (document: vscode.TextDocument) => void, uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const analysis = documents.analysisFor(document);
  if (!analysis) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Containment does not analyse this file.'));
    return false;
  }
  const plan = planFixAll(analysis.findings, l10nTranslate, displayLang());
  if (!plan.action && !plan.leftOut.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No automatic fixes for this file.'));
    return false;
  }
  const ok = plan.action ? await vscode.workspace.applyEdit(workspaceEdit(document.uri, plan.action.edits!)) : false;
  if (ok) reanalyze(document);
  void vscode.window.showInformationMessage(fixAllSummary(ok ? plan : { ...plan, applied: [], skipped: [] }, l10nTranslate));
  return ok;
}
