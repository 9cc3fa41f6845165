/**
 * `containment.showRuleDoc`: the rule's documentation (rendered from its metadata with renderRuleDoc, offline) in a
 * Markdown preview of a virtual document `containment-doc:/rules/<id>.md`.
 */
import * as vscode from 'vscode';
import { SHOW_RULE_DOC_COMMAND } from '../core/features/docs/command-links';
import { renderRuleDoc } from '../core/features/docs/render-rule-doc';
import { ruleText } from '../core/base/l10n/rule-text';
import { allRuleMetas, findRule } from '../core/engine/rules-registry';
import { displayLang } from './to-vscode';

export const DOC_SCHEME = 'containment-doc';

export function ruleDocUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: DOC_SCHEME, path: `/rules/${id}.md` });
}

class RuleDocProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = decodeURIComponent(uri.path.replace(/^\/rules\//, '').replace(/\.md$/, ''));
    const meta = findRule(id);
    return meta ? renderRuleDoc(meta, displayLang()) : `# ${id}\n\n${vscode.l10n.t('Unknown rule: {0}', id)}\n`;
  }
}

async function pickRule(): Promise<string | undefined> {
  const lang = displayLang();
  const items = allRuleMetas().map((m) => ({ label: m.id, description: m.aliases.join(' '), detail: ruleText(m, lang).title }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Rule to show the documentation of'), matchOnDescription: true, matchOnDetail: true });
  return picked?.label;
}

export async function showRuleDoc(arg?: unknown): Promise<vscode.Uri | undefined> {
  let id = Array.isArray(arg) ? arg[0] : arg;
  if (typeof id !== 'string' || !id) id = await pickRule();
  if (typeof id !== 'string' || !id) return undefined;
  const canonical = findRule(id)?.id ?? id;
  const uri = ruleDocUri(canonical);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // no Markdown extension: show the source
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return uri;
}

/** The `containment-doc:` content provider (the command itself is registered by extension.ts). */
export function registerRuleDocProvider(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, new RuleDocProvider()));
}

export { SHOW_RULE_DOC_COMMAND };
