/**
 * A code lens above each Kubernetes container and Compose service summarising its isolation and limits; clicking it
 * opens the trade-off panel. Setting: `containment.codeLens.enabled`. The lenses come from
 * src/core/features/code-lens.ts, read from the models the document's analysis parsed.
 */
import * as vscode from 'vscode';
import { OPEN_PANEL_COMMAND } from '../core/features/docs/command-links';
import { isolationLenses } from '../core/features/code-lens';
import type { DocumentModel } from './documents';
import { l10nTranslate } from './hover';
import { toRange } from './to-vscode';

export class ContainmentCodeLens implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly documents: DocumentModel) {}

  refresh(): void {
    this.emitter.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.documents.currentSettings.codeLens) return [];
    const open = this.documents.openDocument(document);
    if (!open) return [];
    const tooltip = vscode.l10n.t('Explain VM vs container trade-offs');
    return isolationLenses(open, this.documents.baseConfig.sandboxRuntimes, l10nTranslate).map(
      (lens) => new vscode.CodeLens(toRange(lens.range), { title: lens.title, command: OPEN_PANEL_COMMAND, tooltip }),
    );
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
