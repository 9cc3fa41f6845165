/**
 * Activation-time half of the trade-off panel: the command and the WebviewPanelSerializer. Everything else (the
 * project scanner, the config loader, the report renderer) lives in tradeoff-panel.ts, inside the lazily loaded
 * features bundle, required the first time the panel opens or is restored, so activation pays for none of it.
 */
import * as vscode from 'vscode';
import { OPEN_PANEL_COMMAND } from '../../core/features/docs/command-links';
import { loadFeatureModule as load } from '../load-features';
import { VIEW_TYPE } from './view-type';

export function registerTradeoffPanel(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_PANEL_COMMAND, () => load().TradeoffPanel.show(context)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        load().TradeoffPanel.revive(context, panel);
      },
    }),
  );
}
