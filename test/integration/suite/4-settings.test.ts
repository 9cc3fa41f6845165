/** Settings changes re-analyse open documents: rule severities / off, per-language enable, containment.enable. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, hasCode, lacksCode, open, setSetting, waitForDiagnostics } from './helpers';

describe('settings', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activateExtension();
    doc = await open('Dockerfile');
    await waitForDiagnostics(doc.uri, hasCode('pip-unpinned'), 'pip-unpinned');
  });
  after(async () => {
    await setSetting('rules', undefined);
    await setSetting('dockerfile.enable', undefined);
    await setSetting('enable', undefined);
    await closeAll();
  });

  it('containment.rules: off removes a rule, a severity changes it (by id and by alias)', async () => {
    await setSetting('rules', { 'pip-unpinned': 'off', DL3042: 'error' });
    const list = await waitForDiagnostics(
      doc.uri,
      (l) => lacksCode('pip-unpinned')(l) && l.some((d) => codeOf(d) === 'pip-cache-not-disabled' && d.severity === vscode.DiagnosticSeverity.Error),
      'pip-unpinned off and DL3042 as error',
    );
    assert.ok(list.length > 0);
    await setSetting('rules', undefined);
    await waitForDiagnostics(
      doc.uri,
      (l) => hasCode('pip-unpinned')(l) && l.some((d) => codeOf(d) === 'pip-cache-not-disabled' && d.severity === vscode.DiagnosticSeverity.Warning),
      'the defaults back',
    );
  });

  it('containment.dockerfile.enable=false clears Dockerfile diagnostics; true brings them back', async () => {
    await setSetting('dockerfile.enable', false);
    await waitForDiagnostics(doc.uri, (l) => l.length === 0, 'no diagnostics');
    await setSetting('dockerfile.enable', undefined);
    await waitForDiagnostics(doc.uri, hasCode('pip-unpinned'), 'diagnostics back');
  });

  it('containment.enable=false switches everything off', async () => {
    await setSetting('enable', false);
    await waitForDiagnostics(doc.uri, (l) => l.length === 0, 'no diagnostics');
    await setSetting('enable', undefined);
    await waitForDiagnostics(doc.uri, hasCode('pip-unpinned'), 'diagnostics back');
  });

  it('a .containment.yaml next to the file wins over the settings and re-analyses when it changes', async () => {
    const config = vscode.Uri.joinPath(doc.uri, '..', '.containment.yaml');
    await setSetting('rules', { 'pip-unpinned': 'error' });
    await waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === 'pip-unpinned' && d.severity === vscode.DiagnosticSeverity.Error), 'pip-unpinned as error');
    try {
      await vscode.workspace.fs.writeFile(config, Buffer.from('rules:\n  pip-unpinned: off\n'));
      await waitForDiagnostics(doc.uri, lacksCode('pip-unpinned'), 'the config file to switch pip-unpinned off', 15000);
    } finally {
      await vscode.workspace.fs.delete(config);
      await setSetting('rules', undefined);
    }
    await waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === 'pip-unpinned' && d.severity === vscode.DiagnosticSeverity.Warning), 'pip-unpinned back', 15000);
  });
});
