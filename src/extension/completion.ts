/** Completion of rule ids and aliases in suppression comments and config files (src/core/features/completion.ts). */
import * as path from 'path';
import * as vscode from 'vscode';
import { detectKind } from '../core/engine/detect-kind';
import { completeRuleIds, type CompletionFile } from '../core/features/completion';

const LANGUAGE_KINDS: Record<string, CompletionFile> = { dockerfile: 'dockerfile', dockercompose: 'compose' };

function completionFileOf(document: vscode.TextDocument): CompletionFile | undefined {
  const base = path.basename(document.fileName).toLowerCase();
  if (base === '.containment.yaml' || base === '.containment.yml') return 'containment-config';
  if (base === '.hadolint.yaml' || base === '.hadolint.yml') return 'hadolint-config';
  return detectKind(document.fileName, document.getText()) ?? LANGUAGE_KINDS[document.languageId];
}

export class ContainmentCompletion implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const file = completionFileOf(document);
    if (!file) return undefined;
    const line = document.lineAt(position.line).text;
    const result = completeRuleIds(file, line, position.line, position.character, (l) => document.lineAt(l).text);
    if (!result) return undefined;
    const { start, end } = result.replace;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    return result.items.map((item) => {
      const c = new vscode.CompletionItem(item.label, item.isAlias ? vscode.CompletionItemKind.Reference : vscode.CompletionItemKind.Value);
      c.detail = item.detail;
      c.range = range;
      return c;
    });
  }
}
