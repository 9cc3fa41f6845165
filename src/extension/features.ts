/**
 * Everything behind the extension's providers and commands, loaded on first use (extension.ts requires this module
 * when a Dockerfile / Compose / YAML document is open or a provider or command is first called), so that activation
 * itself initialises nothing heavy.
 */
import * as vscode from 'vscode';
import { ContainmentCodeActions, fixAllCommand } from './code-actions';
import { ContainmentCodeLens } from './codelens';
import { registerRuleDocProvider, showRuleDoc } from './commands';
import { registerDiagnostics, type DiagnosticsManager } from './diagnostics';
import { ContainmentHover } from './hover';
import { disposeOutput } from './output';

// the panel rides in the same lazily loaded bundle (register-panel.ts reaches it through loadFeatureModule)
export { TradeoffPanel } from './panel/tradeoff-panel';

export interface Features {
  manager: DiagnosticsManager;
  hover: ContainmentHover;
  codeActions: ContainmentCodeActions;
  codeLens: ContainmentCodeLens;
  showRuleDoc: typeof showRuleDoc;
  fixAll(uri?: vscode.Uri): Promise<boolean>;
  dispose(): void;
}

export function createFeatures(context: vscode.ExtensionContext): Features {
  registerRuleDocProvider(context);
  const manager = registerDiagnostics(context);
  const codeLens = new ContainmentCodeLens(manager);
  context.subscriptions.push(codeLens);
  return {
    manager,
    hover: new ContainmentHover(manager),
    codeActions: new ContainmentCodeActions(manager),
    codeLens,
    showRuleDoc,
    fixAll: (uri) => fixAllCommand(manager, uri),
    dispose: disposeOutput,
  };
}
