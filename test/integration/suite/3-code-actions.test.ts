/**
 * Quick fixes and actions through vscode.executeCodeActionProvider + workspace.applyEdit: every engine fix applies and
 * its finding goes away; ignore-line / ignore-file pragmas in each file's syntax; source.fixAll.containment.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  applyAndWait,
  closeAll,
  codeActions,
  codeOf,
  countOf,
  fullRange,
  hasCode,
  isIgnoreOrDoc,
  lacksCode,
  open,
  ours,
  positionOf,
  setText,
  waitForDiagnostics,
} from './helpers';

/**
 * Code of every engine finding whose count went down between two diagnostic lists. ShellCheck's SCxxxx findings are
 * published after the engine's, so whether a list holds them yet is timing, not the fix.
 */
function removed(before: vscode.Diagnostic[], after: vscode.Diagnostic[]): string[] {
  return [...new Set(before.map(codeOf))].filter((c) => !/^SC\d+$/.test(c) && countOf(after, c) < countOf(before, c));
}

/**
 * Opens `file`, applies the action matching `title` offered on its first `code` diagnostic, runs `check` on the edited
 * document (with the line the diagnostic was on), waits for the finding to go, and restores the original text.
 */
async function applyIgnoreAction(file: string, code: string, title: string | RegExp, check: (doc: vscode.TextDocument, line: number) => void): Promise<void> {
  const doc = await open(file);
  const original = doc.getText();
  try {
    const list = await waitForDiagnostics(doc.uri, hasCode(code), code);
    const d = list.find((x) => codeOf(x) === code)!;
    const action = (await codeActions(doc.uri, d.range)).find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
    assert.ok(action?.edit, `an action ${title}`);
    await applyAndWait(doc, action.edit);
    check(doc, d.range.start.line);
    await waitForDiagnostics(doc.uri, lacksCode(code), `${code} to be ignored`);
  } finally {
    await setText(doc, original);
  }
}

/**
 * Applies every engine fix offered in `relative` one at a time, each on the original text, and checks that each one
 * makes at least one finding go; `expectedFixable` must all have been removed by some fix.
 */
async function everyFixApplies(relative: string, expectedFixable: string[]): Promise<void> {
  const doc = await open(relative);
  const original = doc.getText();
  try {
    const initial = await waitForDiagnostics(doc.uri, (l) => expectedFixable.every((c) => l.some((d) => codeOf(d) === c)), `${expectedFixable.join(', ')}`);
    const tried = new Set<string>();
    const removedBy = new Map<string, string>();
    for (const diagnostic of initial) {
      const actions = await codeActions(doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      for (const fix of actions.filter((a) => !isIgnoreOrDoc(a) && a.edit)) {
        const key = `${diagnostic.range.start.line}:${fix.title}`;
        if (tried.has(key)) continue;
        tried.add(key);
        assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value, `${fix.title} is a quick fix`);
        const before = ours(doc.uri);
        await applyAndWait(doc, fix.edit!);
        const gone = removed(before, ours(doc.uri));
        assert.ok(gone.length > 0, `"${fix.title}" (line ${diagnostic.range.start.line + 1}) made no finding go; now: ${ours(doc.uri).map(codeOf).join(', ')}`);
        for (const c of gone) if (!removedBy.has(c)) removedBy.set(c, fix.title);
        await setText(doc, original);
      }
    }
    for (const code of expectedFixable) assert.ok(removedBy.has(code), `a fix for ${code} was offered and removed it (removed: ${[...removedBy.keys()].join(', ')})`);
  } finally {
    await setText(doc, original);
  }
}

describe('quick fixes: Dockerfile', () => {
  before(activateExtension);
  after(closeAll);

  it('every engine fix applies and its finding goes', async () => {
    await everyFixApplies('Dockerfile', ['container-runs-as-root', 'apt-get-install-recommends', 'pip-cache-not-disabled']);
  });

  it('a single fix is preferred; ignore and documentation actions are offered for each finding', async () => {
    const doc = await open('Dockerfile');
    const list = await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'pip-cache-not-disabled');
    const pip = list.find((d) => codeOf(d) === 'pip-cache-not-disabled')!;
    const actions = await codeActions(doc.uri, pip.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => !isIgnoreOrDoc(a));
    assert.strictEqual(fixes.length, 1, fixes.map((a) => a.title).join(', '));
    assert.strictEqual(fixes[0].isPreferred, true);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore pip-cache-not-disabled for this line'), titles.join(' | '));
    assert.ok(titles.includes('Ignore pip-cache-not-disabled in this file'), titles.join(' | '));
    assert.ok(titles.includes('Show documentation for pip-cache-not-disabled'), titles.join(' | '));
  });

  it('"Ignore … for this line" inserts `# containment ignore=` with the line’s indentation and the finding goes', async () => {
    await applyIgnoreAction('Dockerfile', 'pip-unpinned', 'Ignore pip-unpinned for this line', (doc, line) => assert.strictEqual(doc.lineAt(line).text, '# containment ignore=pip-unpinned'));
  });

  it('"Ignore … for this line" writes `# hadolint ignore=DLxxxx` when the file already uses hadolint pragmas', async () => {
    await applyIgnoreAction('hadolint/Dockerfile', 'pip-unpinned', 'Ignore pip-unpinned for this line', (doc, line) => assert.strictEqual(doc.lineAt(line).text, '# hadolint ignore=DL3013'));
  });

  it('"Ignore … in this file" adds `# containment global ignore=` at the top', async () => {
    await applyIgnoreAction('Dockerfile', 'apt-lists-not-cleaned', 'Ignore apt-lists-not-cleaned in this file', (doc) => assert.strictEqual(doc.lineAt(0).text, '# containment global ignore=apt-lists-not-cleaned'));
  });

  it('"Show documentation for …" opens the rule’s generated documentation', async () => {
    const doc = await open('Dockerfile');
    const list = await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'pip-cache-not-disabled');
    const d = list.find((x) => codeOf(x) === 'pip-cache-not-disabled')!;
    const action = (await codeActions(doc.uri, d.range)).find((a) => a.title === 'Show documentation for pip-cache-not-disabled');
    assert.ok(action?.command, 'a command action');
    assert.strictEqual(action.command.command, 'containment.showRuleDoc');
    const uri = await vscode.commands.executeCommand<vscode.Uri>(action.command.command, ...(action.command.arguments ?? []));
    assert.ok(uri, 'the command returns the document it shows');
    const docText = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(docText, /pip-cache-not-disabled/);
    assert.match(docText, /DL3042/);
    await closeAll();
  });

  it('source.fixAll.containment applies every fix that keeps runtime behaviour, and only those', async () => {
    const doc = await open('Dockerfile');
    const original = doc.getText();
    try {
      await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'pip-cache-not-disabled');
      const actions = await codeActions(doc.uri, fullRange(doc), 'source.fixAll.containment');
      assert.strictEqual(actions.length, 1, actions.map((a) => a.title).join(', '));
      assert.strictEqual(actions[0].kind?.value, 'source.fixAll.containment');
      await applyAndWait(doc, actions[0].edit!);
      await waitForDiagnostics(doc.uri, lacksCode('pip-cache-not-disabled'), 'the safe fix to apply');
      assert.match(doc.getText(), /--no-cache-dir/);
      // adding USER and dropping recommended packages change how the container runs: individual quick fixes only
      assert.doesNotMatch(doc.getText(), /--no-install-recommends/);
      assert.doesNotMatch(doc.getText(), /^USER /m);
      const list = await waitForDiagnostics(doc.uri, (l) => hasCode('container-runs-as-root')(l) && hasCode('apt-get-install-recommends')(l), 'the behaviour-changing findings to stay');
      const root = list.find((d) => codeOf(d) === 'container-runs-as-root')!;
      assert.ok((await codeActions(doc.uri, root.range)).some((a) => /add USER/.test(a.title) && !!a.edit), 'USER is still offered as a quick fix');
    } finally {
      await setText(doc, original);
    }
  });

  it('the containment.fixAll command fixes the active document', async () => {
    const doc = await open('Dockerfile');
    const original = doc.getText();
    try {
      await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'pip-cache-not-disabled');
      await vscode.commands.executeCommand('containment.fixAll');
      await waitForDiagnostics(doc.uri, lacksCode('pip-cache-not-disabled'), 'pip-cache-not-disabled to go');
    } finally {
      await setText(doc, original);
    }
  });
});

describe('quick fixes: kubernetes/compose (needs issue 3)', () => {
  before(activateExtension);
  after(closeAll);

  it('Kubernetes: every fix (resources, securityContext hardening) applies and its finding goes', async () => {
    await everyFixApplies('k8s/deployment.yaml', [
      'k8s-memory-limit-missing',
      'k8s-memory-request-missing',
      'k8s-cpu-request-missing',
      'k8s-net-raw-not-dropped',
      'k8s-run-as-root',
      'k8s-privilege-escalation',
      'k8s-writable-root-fs',
      'k8s-no-seccomp-profile',
    ]);
  });

  it('the quick-fix menu lists each title once: a bare Kubernetes container and a Dockerfile line', async () => {
    for (const [file, needle] of [['k8s/deployment.yaml', '- name: web'], ['Dockerfile', 'RUN apt-get']] as const) {
      const doc = await open(file);
      await waitForDiagnostics(doc.uri, (l) => l.length > 0, `findings in ${file}`);
      const line = positionOf(doc, needle).line;
      // what Ctrl+. on the line offers: every finding that starts on it
      const onLine = ours(doc.uri).filter((d) => d.range.start.line === line || (file.endsWith('.yaml') && d.range.start.line === line + 1));
      assert.ok(onLine.length >= 2, `several findings on ${file}:${line + 1}: ${onLine.map(codeOf).join(', ')}`);
      const range = onLine.reduce((r, d) => r.union(d.range), onLine[0].range);
      const titles = (await codeActions(doc.uri, range, vscode.CodeActionKind.QuickFix.value)).map((a) => a.title);
      const duplicates = titles.filter((t, i) => titles.indexOf(t) !== i);
      assert.deepStrictEqual(duplicates, [], `${file}: ${titles.join(' | ')}`);
      assert.strictEqual(titles.filter((t) => /^Show documentation/.test(t)).length <= new Set(onLine.map(codeOf)).size, true);
    }
  });

  it('Compose: every fix (memory limit, no-new-privileges) applies and its finding goes', async () => {
    await everyFixApplies('compose.yaml', ['compose-memory-limit-missing', 'compose-no-new-privileges-missing']);
  });

  it('YAML "Ignore … for this line" puts `# containment ignore=` above the key, indented like it', async () => {
    await applyIgnoreAction('k8s/deployment.yaml', 'k8s-host-pid', 'Ignore k8s-host-pid for this line', (doc, line) => assert.strictEqual(doc.lineAt(line).text, '      # containment ignore=k8s-host-pid'));
  });

  it('YAML "Ignore … in this file" adds `# containment global ignore=` at the top', async () => {
    await applyIgnoreAction('compose.yaml', 'compose-privileged-container', 'Ignore compose-privileged-container in this file', (doc) => assert.strictEqual(doc.lineAt(0).text, '# containment global ignore=compose-privileged-container'));
  });

  it('Kubernetes: the kube-linter annotation ignore applies and the finding goes', async () => {
    await applyIgnoreAction('k8s/deployment.yaml', 'k8s-host-pid', /kube-linter/, (doc) => assert.match(doc.getText(), /ignore-check\.kube-linter\.io\/host-pid:/));
  });

  it('source.fixAll.containment on a manifest applies nothing: limits and hardening change how the container runs', async () => {
    const doc = await open('k8s/deployment.yaml');
    const list = await waitForDiagnostics(doc.uri, hasCode('k8s-memory-limit-missing'), 'k8s-memory-limit-missing');
    const actions = await codeActions(doc.uri, fullRange(doc), 'source.fixAll.containment');
    assert.deepStrictEqual(actions.filter((a) => a.kind?.value === 'source.fixAll.containment').map((a) => a.title), []);
    // they stay individual quick fixes (every one applies: see 'Kubernetes: every fix … applies')
    const limit = list.find((d) => codeOf(d) === 'k8s-memory-limit-missing')!;
    assert.ok((await codeActions(doc.uri, limit.range)).some((a) => /memory limit/.test(a.title) && !!a.edit), 'the resources fix is still offered');
  });
});
