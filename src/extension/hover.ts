/**
 * Hovers: for a finding under the cursor its message with "Why" / "How to fix" from the rule metadata (and a link to
 * the trade-off panel for isolation and resource rules); for the code under the cursor the explanation built by the
 * pure builders in src/core/docs/hover-content.ts. Texts are translated with vscode.l10n.
 */
import * as vscode from 'vscode';
import { OPEN_PANEL_COMMAND, SHOW_RULE_DOC_COMMAND } from '../core/docs/command-links';
import { composeHover, dockerfileHover, findingHover, kubernetesHover, type HoverContent } from '../core/docs/hover-content';
import type { Translate } from '../core/docs/translate';
import { containsPosition } from '../core/text/line-index';
import { findRule } from '../core/rules-registry';
import type { DiagnosticsManager } from './diagnostics';
import { fromPosition, toRange } from './to-vscode';

export const l10nTranslate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

const TRUSTED = { enabledCommands: [OPEN_PANEL_COMMAND, SHOW_RULE_DOC_COMMAND] };

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  md.isTrusted = TRUSTED;
  return md;
}

export class ContainmentHover implements vscode.HoverProvider {
  constructor(private readonly manager: DiagnosticsManager) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.manager.findingsFor(document);
    if (!analysis) return undefined;
    const pos = fromPosition(position);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    for (const f of analysis.findings) {
      if (f.rule === 'file-skipped' || !containsPosition(f.range, pos)) continue;
      parts.push(markdown(findingHover(f, findRule(f.rule), l10nTranslate)));
      range ??= toRange(f.range);
    }
    let content: HoverContent | undefined;
    try {
      const text = document.getText();
      const options = { sandboxRuntimes: analysis.config.sandboxRuntimes };
      if (analysis.kind === 'dockerfile') content = dockerfileHover(text, pos, l10nTranslate);
      else if (analysis.kind === 'kubernetes') content = kubernetesHover(text, pos, options, l10nTranslate);
      else content = composeHover(text, analysis.path, pos, this.manager.host, options, l10nTranslate);
    } catch {
      content = undefined; // a hover must never throw at the user
    }
    if (content) {
      parts.push(markdown(content.markdown));
      range = toRange(content.range);
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}
