/**
 * Hovers: a thin adapter over src/core/features/hover.ts (finding explanations, then the explanation of the code under
 * the cursor), reading the findings from the document model. Texts are translated with vscode.l10n.
 */
import * as vscode from 'vscode';
import { OPEN_PANEL_COMMAND, SHOW_RULE_DOC_COMMAND } from '../core/features/docs/command-links';
import type { Translate } from '../core/features/docs/translate';
import { hoverAt } from '../core/features/hover';
import type { DocumentModel } from './documents';
import { displayLang, fromPosition, toRange } from './to-vscode';

export const l10nTranslate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

const TRUSTED = { enabledCommands: [OPEN_PANEL_COMMAND, SHOW_RULE_DOC_COMMAND] };

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  md.isTrusted = TRUSTED;
  return md;
}

export class ContainmentHover implements vscode.HoverProvider {
  constructor(private readonly documents: DocumentModel) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.documents.analysisFor(document);
    if (!analysis) return undefined;
    const hover = hoverAt({
      text: document.getText(),
      kind: analysis.kind,
      path: analysis.path,
      findings: analysis.findings,
      position: fromPosition(position),
      sandboxRuntimes: analysis.config.sandboxRuntimes,
      host: this.documents.host,
      models: this.documents.models,
      t: l10nTranslate,
      lang: displayLang(),
    });
    return hover ? new vscode.Hover(hover.contents.map(markdown), toRange(hover.range)) : undefined;
  }
}
