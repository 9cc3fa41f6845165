/** Shared helpers of the integration suites: workspace files, waiting for our diagnostics, editing documents. */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const SOURCE = 'containment';
export const EXTENSION_ID = 'containment.containment';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (test/integration/workspace)');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  await ext.activate();
}

export async function open(relative: string, show = true): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

export function codes(uri: vscode.Uri): string[] {
  return ours(uri).map(codeOf);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `predicate` holds for our diagnostics of `uri`; fails with the last seen list. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 10000,
): Promise<vscode.Diagnostic[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const list = ours(uri);
    if (predicate(list)) return list;
    if (Date.now() > end) {
      assert.fail(`timed out waiting for ${what} in ${uri.path}; diagnostics: ${list.map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', ') || 'none'}`);
    }
    await sleep(50);
  }
}

export const hasCode = (code: string) => (list: vscode.Diagnostic[]) => list.some((d) => codeOf(d) === code);
export const lacksCode = (code: string) => (list: vscode.Diagnostic[]) => list.length > 0 && !list.some((d) => codeOf(d) === code);
export const countOf = (list: vscode.Diagnostic[], code: string) => list.filter((d) => codeOf(d) === code).length;

export function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(0, 0, doc.lineCount, 0);
}

/**
 * Resolves at the first change of our diagnostics for `uri` that happens at or after `notBefore` (epoch ms); registered
 * before the caller edits.
 */
export function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs = 10000, notBefore = 0): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no diagnostics update for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || Date.now() < notBefore) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/**
 * Applies `edit` and waits until Containment re-analysed the edited text. A republish that lands before the edit's
 * debounce has run out (ShellCheck finishing for the previous version, a re-analysis after an extension or settings
 * change) still shows the old text's findings, so only a change after the debounce counts.
 */
export async function applyAndWait(doc: vscode.TextDocument, edit: vscode.WorkspaceEdit): Promise<void> {
  const debounceMs = vscode.workspace.getConfiguration('containment').get<number>('debounceMs', 300);
  const changed = nextDiagnosticsChange(doc.uri, 10000, Date.now() + debounceMs);
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit succeeded');
  await changed;
}

/** Replaces the whole text of `doc` (unsaved edit, like typing) and waits for the re-analysis. */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  if (doc.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, fullRange(doc), text);
  await applyAndWait(doc, edit);
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

/** The position of the first occurrence of `needle` (plus `offset` characters) in `doc`. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" occurs in ${doc.uri.path}`);
  return doc.positionAt(at + offset);
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof (a as vscode.Command).command === 'string'));
}

/** Our actions (the engine's fixes, ignores, docs) only. */
export function isIgnoreOrDoc(a: vscode.CodeAction): boolean {
  return /^Ignore |^Show documentation /.test(a.title);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets `containment.<key>` in the workspace settings and waits for the change to be seen. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('containment').update(key, value, vscode.ConfigurationTarget.Workspace);
}
