/** Reads `containment.*` settings through the VS Code API; the mapping itself is pure (settings-to-config.ts). */
import * as vscode from 'vscode';
import type { ContainmentConfig } from '../core/knowledge/config/config';
import { DOCKER_EXTENSION_IDS, readSettings, settingsToConfig, type ContainmentSettings } from './settings-to-config';

export function currentSettings(scope?: vscode.Uri): ContainmentSettings {
  const c = vscode.workspace.getConfiguration('containment', scope);
  return readSettings((key) => c.get(key));
}

export function baseConfig(settings: ContainmentSettings): ContainmentConfig {
  return settingsToConfig(settings, { trusted: vscode.workspace.isTrusted, folder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath });
}

/** A Docker / Microsoft container extension that reports Dockerfile syntax errors is installed and enabled. */
export function dockerExtensionActive(): boolean {
  return DOCKER_EXTENSION_IDS.some((id) => {
    const ext = vscode.extensions.getExtension(id);
    // installed and enabled: it activates on Dockerfiles, so count it even before its activation finished
    return !!ext;
  });
}
