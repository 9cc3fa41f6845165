/** Diagnostics in a real VS Code: appear on open, carry code / target / severity / range, follow edits, clear on close. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, codes, countOf, hasCode, lacksCode, open, setText, waitForDiagnostics } from './helpers';

describe('diagnostics: Dockerfile', () => {
  let doc: vscode.TextDocument;
  let original: string;

  before(async () => {
    await activateExtension();
    doc = await open('Dockerfile');
    original = doc.getText();
  });
  after(async () => {
    await setText(doc, original);
    await closeAll();
  });

  it('appear when a Dockerfile is opened', async () => {
    const list = await waitForDiagnostics(doc.uri, hasCode('container-runs-as-root'), 'container-runs-as-root');
    for (const code of ['apt-get-install-recommends', 'apt-lists-not-cleaned', 'pip-cache-not-disabled', 'pip-unpinned']) {
      assert.ok(list.some((d) => codeOf(d) === code), `${code} among ${list.map(codeOf).join(', ')}`);
    }
  });

  it('carry source, rule id code, a rule-doc target, severity and exact ranges', async () => {
    const list = await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'pip-cache-not-disabled');
    for (const d of list) {
      assert.strictEqual(d.source, 'containment');
      assert.ok(typeof d.code === 'object' && d.code !== null, 'code is {value, target}');
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.strictEqual(code.target.scheme, 'command', `target of ${code.value} is a command URI`);
      assert.strictEqual(code.target.path, 'containment.showRuleDoc');
      assert.ok(decodeURIComponent(code.target.query).includes(String(code.value)), 'the command names the rule');
    }
    const pip = list.find((d) => codeOf(d) === 'pip-cache-not-disabled')!;
    // RUN pip install requests  — the finding points at `install`
    assert.deepStrictEqual([pip.range.start.line, pip.range.start.character], [7, 8]);
    assert.ok(doc.getText(pip.range).startsWith('install'), `range text: ${doc.getText(pip.range)}`);
    assert.strictEqual(pip.severity, vscode.DiagnosticSeverity.Warning);
    const unpinned = list.find((d) => codeOf(d) === 'pip-unpinned')!;
    // one diagnostic per RUN over the install, each unpinned package listed as related information
    assert.strictEqual(doc.getText(unpinned.range), 'pip install requests');
    assert.deepStrictEqual(unpinned.relatedInformation?.map((r) => [r.location.uri.toString(), doc.getText(r.location.range)]), [[doc.uri.toString(), 'requests']]);
    const root = list.find((d) => codeOf(d) === 'container-runs-as-root')!;
    assert.strictEqual(root.range.start.line, 1);
    const recommends = list.find((d) => codeOf(d) === 'apt-get-install-recommends')!;
    assert.strictEqual(recommends.severity, vscode.DiagnosticSeverity.Information);
  });

  it('update after an edit (debounced) and drop fixed findings', async () => {
    await waitForDiagnostics(doc.uri, hasCode('container-runs-as-root'), 'container-runs-as-root');
    await setText(doc, original.replace('CMD ["node", "server.js"]', 'USER node\nCMD ["node", "server.js"]'));
    await waitForDiagnostics(doc.uri, lacksCode('container-runs-as-root'), 'container-runs-as-root to go after adding USER');
    await setText(doc, original);
    await waitForDiagnostics(doc.uri, hasCode('container-runs-as-root'), 'container-runs-as-root to come back after the undo');
  });

  it('are computed for the newest version only (rapid edits end in the last text’s findings)', async () => {
    // typed quickly: no waiting between the edits, so analyses of older versions are superseded
    for (let i = 0; i < 5; i++) {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), `# edit ${i}\n`);
      assert.ok(await vscode.workspace.applyEdit(edit));
    }
    const last = new vscode.WorkspaceEdit();
    last.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), original.replace('RUN pip install requests\n', ''));
    assert.ok(await vscode.workspace.applyEdit(last));
    await waitForDiagnostics(doc.uri, (l) => lacksCode('pip-unpinned')(l) && hasCode('container-runs-as-root')(l), 'findings of the last version');
    await setText(doc, original);
    await waitForDiagnostics(doc.uri, hasCode('pip-unpinned'), 'pip-unpinned back');
  });

  it('use the hadolint code for hadolint ignore pragmas already in the file', async () => {
    const other = await open('hadolint/Dockerfile');
    const list = await waitForDiagnostics(other.uri, hasCode('pip-unpinned'), 'pip-unpinned');
    assert.strictEqual(countOf(list, 'apt-get-unpinned'), 0, 'DL3008 is ignored by the pragma');
  });

  it('work for an untitled Dockerfile and are cleared when it is closed', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM python:3.12\nRUN pip install flask\n' });
    await vscode.window.showTextDocument(untitled);
    await waitForDiagnostics(untitled.uri, hasCode('pip-unpinned'), 'pip-unpinned in the untitled document');
    const closed = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === untitled.uri.toString()) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitForDiagnostics(untitled.uri, (l) => l.length === 0, 'no diagnostics after close', 3000).catch(() => undefined);
    assert.deepStrictEqual(codes(untitled.uri), []);
  });
});

describe('diagnostics: files that are not ours', () => {
  it('a GitHub Actions workflow gets nothing (no diagnostics, no hover, no code actions)', async () => {
    await activateExtension();
    const doc = await open('.github/workflows/ci.yaml');
    assert.strictEqual(doc.languageId, 'yaml');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepStrictEqual(codes(doc.uri), []);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(5, 6));
    const text = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('');
    assert.ok(!/containment|privileged|kernel/i.test(text), `no Containment hover: ${text}`);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(8, 0, 8, 10))) ?? [];
    assert.ok(!actions.some((a) => /Ignore .* for this line|Containment/.test(a.title)), actions.map((a) => a.title).join(', '));
    await closeAll();
  });
});
