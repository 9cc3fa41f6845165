/**
 * Everything behind the extension's providers and commands, loaded on first use (extension.ts requires this module
 * when a Dockerfile / Compose / YAML document is open or a provider or command is first called), so that activation
 * itself initialises nothing heavy.
 */
import * as vscode from 'vscode';
import { ContainmentCodeActions, fixAllCommand } from './code-actions';
import { ContainmentCodeLens } from './codelens';
import { ContainmentCompletion } from './completion';
import { registerRuleDocProvider, showRuleDoc } from './commands';
import { registerDiagnostics, type DiagnosticsManager } from './diagnostics';
import { DocumentModel } from './documents';
import { ContainmentHover } from './hover';
import { disposeOutput } from './output';

// the panel rides in the same lazily loaded bundle (register-panel.ts reaches it through loadFeatureModule)
export { TradeoffPanel } from './panel/tradeoff-panel';

export interface Features {
  manager: DiagnosticsManager;
  documents: DocumentModel;
  hover: ContainmentHover;
  codeActions: ContainmentCodeActions;
  codeLens: ContainmentCodeLens;
  completion: ContainmentCompletion;
  showRuleDoc: typeof showRuleDoc;
  fixAll(uri?: vscode.Uri): Promise<boolean>;
  dispose(): void;
}

export function createFeatures(context: vscode.ExtensionContext): Features {
  registerRuleDocProvider(context);
  const documents = new DocumentModel();
  context.subscriptions.push(documents);
  const manager = registerDiagnostics(context, documents);
  const codeLens = new ContainmentCodeLens(documents);
  context.subscriptions.push(codeLens);
  return {
    manager,
    documents,
    hover: new ContainmentHover(documents),
    codeActions: new ContainmentCodeActions(documents),
    codeLens,
    completion: new ContainmentCompletion(),
    showRuleDoc,
    fixAll: (uri) => fixAllCommand(documents, (d) => manager.analyze(d), uri),
    dispose: disposeOutput,
  };
}
