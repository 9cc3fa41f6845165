/**
 * A code lens above each Kubernetes container and Compose service summarising its isolation and limits
 * (`PSS baseline · memory limit ✓ · CPU request ✗ · root`); clicking it opens the trade-off panel.
 * Setting: `containment.codeLens.enabled`. The text comes from src/core/docs/isolation-summary.ts.
 */
import * as vscode from 'vscode';
import { composeServices } from '../core/compose/services';
import { OPEN_PANEL_COMMAND } from '../core/docs/command-links';
import { containerSummary, serviceSummary } from '../core/docs/isolation-summary';
import { podSecurityLevel } from '../core/kubernetes/pod-security';
import { kubernetesWorkloads } from '../core/kubernetes/workloads';
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
    const kind = this.documents.kindOf(document);
    if (kind !== 'kubernetes' && kind !== 'compose') return [];
    const sandboxRuntimes = this.documents.baseConfig.sandboxRuntimes;
    const lenses: vscode.CodeLens[] = [];
    const lens = (range: vscode.Range, title: string) =>
      lenses.push(new vscode.CodeLens(range, { title, command: OPEN_PANEL_COMMAND, tooltip: vscode.l10n.t('Explain VM vs container trade-offs') }));
    try {
      const text = document.getText();
      if (kind === 'kubernetes') {
        for (const workload of kubernetesWorkloads(text)) {
          const level = podSecurityLevel(workload).level;
          for (const c of workload.containers) {
            if (c.type === 'ephemeralContainer') continue;
            lens(toRange(c.anchorRange), containerSummary(workload, c, { sandboxRuntimes, level }, l10nTranslate));
          }
        }
      } else {
        for (const s of composeServices(text, this.documents.pathOf(document), this.documents.host)) {
          lens(toRange(s.nameRange), serviceSummary(s, { sandboxRuntimes }, l10nTranslate));
        }
      }
    } catch {
      return []; // a broken file has no lenses
    }
    return lenses;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
