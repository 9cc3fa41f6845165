/**
 * Containment for VS Code: a thin adapter over src/core. Activation registers commands, providers and two listeners,
 * all thin wrappers; the implementation (features.ts: analysers, YAML, dockerfile-ast, knowledge tables) is required on
 * first use — right after activation when a relevant document is open, never when nothing is open.
 *
 *   documents.ts     the document model: kind, path, config and findings of each open document's current version
 *   diagnostics.ts   DiagnosticCollection, debounced analysis, ShellCheck merge, config / .dockerignore watchers
 *   hover.ts         finding explanations and code explanations (src/core/features/docs)
 *   code-actions.ts  quick fixes, ignore pragmas, rule docs, source.fixAll.containment; containment.fixAll
 *   codelens.ts      isolation / limits summary per Kubernetes container and Compose service
 *   completion.ts    rule ids and aliases in ignore comments and config files
 *   coexistence.ts   findings another installed extension already shows are left to it (containment.coexistence)
 *   commands.ts      containment.showRuleDoc (virtual Markdown document)
 *   panel/           containment.openTradeoffPanel (register-panel.ts at activation, the panel itself on first use)
 */
import * as vscode from 'vscode';
import { FIX_ALL_COMMAND, SHOW_RULE_DOC_COMMAND } from '../core/features/docs/command-links';
import type { Features } from './features';
import { loadFeatureModule } from './load-features';
// a constant array: importing it keeps the activation bundle free of the completion code itself
import { COMPLETION_TRIGGERS } from './completion-triggers';
import { registerTradeoffPanel } from './panel/register-panel';

const LANGUAGES = ['dockerfile', 'dockercompose', 'yaml'];
export const SELECTOR: vscode.DocumentSelector = LANGUAGES.map((language) => ({ language }));

let features: Features | undefined;

function load(context: vscode.ExtensionContext): Features {
  features ??= loadFeatureModule().createFeatures(context);
  return features;
}

const relevant = (d: vscode.TextDocument) => LANGUAGES.includes(d.languageId) || /(^|[\\/])(Docker|Container)file[^\\/]*$/i.test(d.fileName);

export function activate(context: vscode.ExtensionContext): void {
  registerTradeoffPanel(context);
  const get = () => load(context);
  const lensChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    lensChanged,
    vscode.commands.registerCommand(SHOW_RULE_DOC_COMMAND, (id?: unknown) => get().showRuleDoc(id)),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, (uri?: unknown) => get().fixAll(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (d, p) => get().hover.provideHover(d, p) }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      { provideCodeActions: (d, r, c) => get().codeActions.provideCodeActions(d, r, c) },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append('containment')] },
    ),
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      { provideCompletionItems: (d, p) => get().completion.provideCompletionItems(d, p) },
      ...COMPLETION_TRIGGERS,
    ),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml' }, { language: 'dockercompose' }], {
      onDidChangeCodeLenses: lensChanged.event,
      provideCodeLenses: (d) => get().codeLens.provideCodeLenses(d),
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('containment')) lensChanged.fire();
    }),
  );
  // the first relevant document loads the implementation, whose own listeners then take over
  const first = vscode.workspace.onDidOpenTextDocument((d) => {
    if (!relevant(d)) return;
    first.dispose();
    get().manager.analyze(d);
  });
  context.subscriptions.push(first);
  if (vscode.workspace.textDocuments.some(relevant)) {
    first.dispose();
    const timer = setTimeout(() => get(), 0);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
}

export function deactivate(): void {
  features?.dispose();
  features = undefined;
}
