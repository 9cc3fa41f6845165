/**
 * The extension adapter in plain Node with a mocked `vscode`: activation registers the contract command ids and does no
 * analysis; documents get diagnostics (source `containment`, code → rule doc), hovers, quick fixes, ignore actions,
 * source.fixAll.containment and code lenses; a GitHub Actions workflow gets nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createMock, activateWithMock, MockDocument, Range, SnippetTextEdit, type Mock } from './vscode-mock';

const root = path.join(__dirname, '..', '..', '..', '..');

describe('extension adapter (mocked vscode)', function () {
  this.timeout(20000);
  let mock: Mock;
  let uninstall: () => void;

  before(() => {
    mock = createMock();
    uninstall = activateWithMock(mock);
  });
  after(() => {
    uninstall();
  });

  const open = (file: string, languageId: string, text: string) => {
    const doc = new MockDocument(file, languageId, text);
    mock.documents.push(doc);
    mock.events.open.fire(doc);
    return doc;
  };

  it('activation registers the contract commands and analyses nothing', () => {
    for (const id of ['containment.showRuleDoc', 'containment.fixAll', 'containment.openTradeoffPanel']) assert.ok(mock.commands.has(id), id);
    assert.deepStrictEqual(mock.apiCalls.filter((c) => c === 'diagnostics.set' || c === 'findFiles'), []);
    assert.strictEqual(mock.providers.hover.length, 1);
    assert.strictEqual(mock.providers.codeActions.length, 1);
  });

  it('Dockerfile: diagnostics, hover, quick fixes, ignore actions, fix all (only fixes that keep runtime behaviour)', async () => {
    const doc = open('/tmp/containment-mock/Dockerfile', 'dockerfile', 'FROM node:latest\nRUN apt-get update && apt-get install -y curl\nRUN pip install flask\n');
    const diags = mock.diagnostics.get(doc.uri.toString())!;
    assert.ok(diags.length > 0);
    const latest = diags.find((d) => (d.code as { value: string }).value === 'base-image-latest-tag')!;
    assert.ok(latest, 'base-image-latest-tag reported');
    assert.strictEqual(latest.source, 'containment');
    assert.match(String((latest.code as { target: unknown }).target), /^command:.*containment\.showRuleDoc/);

    const hover = mock.providers.hover[0].provideHover(doc, latest.range.start);
    const text = hover.contents.map((c: { value: string }) => c.value).join('\n');
    assert.match(text, /\*\*Why:\*\*/);
    assert.match(text, /\*\*FROM\*\*|Image/);

    const actions = mock.providers.codeActions[0].provideCodeActions(doc, latest.range, { diagnostics: [latest], only: undefined });
    const titles = actions.map((a: { title: string }) => a.title);
    assert.ok(titles.includes('Ignore base-image-latest-tag for this line'), titles.join(' | '));
    assert.ok(titles.includes('Ignore base-image-latest-tag in this file'));
    assert.ok(titles.includes('Show documentation for base-image-latest-tag'));
    const ignore = actions.find((a: { title: string }) => a.title === 'Ignore base-image-latest-tag for this line');
    assert.strictEqual(ignore.kind.value, 'quickfix');
    assert.strictEqual(ignore.edit.entries.get(doc.uri.toString())[0].newText, '# containment ignore=base-image-latest-tag\n');

    const fixAll = mock.providers.codeActions[0].provideCodeActions(doc, new Range(0, 0, 0, 0), { diagnostics: [], only: new (mock.vscode.CodeActionKind as typeof import('./vscode-mock').CodeActionKind)('source.fixAll.containment') });
    assert.strictEqual(fixAll.length, 1);
    assert.strictEqual(fixAll[0].kind.value, 'source.fixAll.containment');
    const newTexts = fixAll[0].edit.entries.get(doc.uri.toString()).map((e: { newText: string }) => e.newText);
    assert.deepStrictEqual(newTexts, [' --no-cache-dir'], 'no USER, no --no-install-recommends: they change how the container runs');
    const fixes = mock.providers.codeActions[0].provideCodeActions(doc, new Range(0, 0, 2, 0), { diagnostics: [], only: undefined }).map((a: { title: string }) => a.title);
    assert.ok(fixes.some((t: string) => /add USER/.test(t)) && fixes.some((t: string) => /--no-install-recommends/.test(t)), 'they stay individual quick fixes');

    (mock.vscode.window as { activeTextEditor?: unknown }).activeTextEditor = { document: doc };
    try {
      assert.strictEqual(await mock.commands.get('containment.fixAll')!(), true);
    } finally {
      (mock.vscode.window as { activeTextEditor?: unknown }).activeTextEditor = undefined;
    }
    assert.deepStrictEqual(mock.appliedEdits.at(-1)!.entries.get(doc.uri.toString())!.map((e) => (e as { newText: string }).newText), [' --no-cache-dir']);
    const summary = mock.infoMessages.at(-1)!;
    assert.match(summary, /^Applied 1 fix\(es\): Add --no-cache-dir/);
    assert.match(summary, /Left for you to apply one by one, as they change how the container runs: .*add USER.*--no-install-recommends|Left for you.*--no-install-recommends.*add USER/);
  });

  it('drops stale versions: hover / actions re-analyse the current text', () => {
    const doc = open('/tmp/containment-mock/b/Dockerfile', 'dockerfile', 'FROM node:latest\n');
    doc.setText('FROM node:20.11-bookworm-slim\n');
    mock.events.change.fire({ document: doc, contentChanges: [{}] });
    const actions = mock.providers.codeActions[0].provideCodeActions(doc, new Range(0, 0, 0, 30), { diagnostics: [], only: undefined });
    assert.ok(!actions.some((a: { title: string }) => a.title.includes('base-image-latest-tag')));
  });

  it('Kubernetes manifest and Compose file get diagnostics and code lenses; a workflow gets nothing', () => {
    const k8s = open('/tmp/containment-mock/pod.yaml', 'yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  hostPID: true\n  containers:\n    - name: a\n      image: nginx:latest\n');
    assert.ok(mock.diagnostics.get(k8s.uri.toString())!.some((d) => (d.code as { value: string }).value === 'k8s-host-pid'));
    const lenses = mock.providers.codeLens[0].provideCodeLenses(k8s);
    assert.strictEqual(lenses.length, 1);
    assert.match(lenses[0].command.title, /^PSS privileged · memory limit ✗ · CPU request ✗/);
    assert.strictEqual(lenses[0].command.command, 'containment.openTradeoffPanel');
    const hover = mock.providers.hover[0].provideHover(k8s, new (mock.vscode.Position as typeof import('./vscode-mock').Position)(5, 4));
    assert.match(hover.contents.map((c: { value: string }) => c.value).join('\n'), /process \(PID\) namespace/);

    const compose = open('/tmp/containment-mock/compose.yaml', 'dockercompose', 'services:\n  web:\n    image: nginx:1.30\n    privileged: true\n');
    assert.ok(mock.diagnostics.get(compose.uri.toString())!.length > 0);
    assert.strictEqual(mock.providers.codeLens[0].provideCodeLenses(compose).length, 1);

    const workflow = open('/tmp/containment-mock/.github/workflows/ci.yml', 'yaml', 'name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres:latest\n');
    assert.strictEqual(mock.diagnostics.get(workflow.uri.toString()), undefined);
    assert.strictEqual(mock.providers.hover[0].provideHover(workflow, new (mock.vscode.Position as typeof import('./vscode-mock').Position)(7, 17)), undefined);
  });

  it('the resources quick fix inserts tab stops over the values (snippet), plain text where SnippetTextEdit is missing', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: s\nspec:\n  containers:\n    - name: s\n      image: nginx:1.30\n';
    const doc = open('/tmp/containment-mock/snippet.yaml', 'yaml', text);
    const resources = () => mock.providers.codeActions[0].provideCodeActions(doc, new Range(6, 0, 7, 0), { diagnostics: [], only: undefined }).find((a: { title: string }) => /memory limit/.test(a.title));
    const [edit] = resources().edit.entries.get(doc.uri.toString());
    assert.ok(edit instanceof (mock.vscode.SnippetTextEdit as typeof SnippetTextEdit), 'a snippet edit');
    // moved from the end of the image line to the start of the next one: re-indenting editors add nothing
    assert.deepStrictEqual([edit.range.start.line, edit.range.start.character], [8, 0]);
    assert.strictEqual(edit.snippet.value, '      resources:\n        requests:\n          cpu: ${1:100m}\n          memory: ${2:128Mi}\n        limits:\n          memory: ${3:256Mi}\n');
    const hardening = mock.providers.codeActions[0].provideCodeActions(doc, new Range(6, 0, 7, 0), { diagnostics: [], only: undefined }).find((a: { title: string }) => /^Harden/.test(a.title));
    assert.ok(!(hardening.edit.entries.get(doc.uri.toString())[0] instanceof (mock.vscode.SnippetTextEdit as typeof SnippetTextEdit)), 'no values to choose: plain text');
    const saved = mock.vscode.SnippetTextEdit;
    delete mock.vscode.SnippetTextEdit;
    try {
      const [plain] = resources().edit.entries.get(doc.uri.toString());
      assert.match(plain.newText, /^\n {6}resources:\n[\s\S]*cpu: 100m/);
    } finally {
      mock.vscode.SnippetTextEdit = saved;
    }
  });

  it('settings: dockerfile.enable false clears Dockerfile diagnostics', () => {
    mock.settings['dockerfile.enable'] = false;
    mock.events.config.fire({ affectsConfiguration: (s: string) => s.startsWith('containment') });
    const doc = mock.documents.find((d) => d.languageId === 'dockerfile')!;
    assert.strictEqual(mock.diagnostics.get(doc.uri.toString()), undefined);
    delete mock.settings['dockerfile.enable'];
    mock.events.config.fire({ affectsConfiguration: (s: string) => s.startsWith('containment') });
    assert.ok(mock.diagnostics.get(doc.uri.toString())!.length > 0);
  });

  it('the bundle stays under 1 MB, and the activation entry holds none of the engine', function () {
    const entry = path.join(root, 'dist', 'extension.js');
    const engine = path.join(root, 'dist', 'features.js');
    if (!fs.existsSync(entry)) this.skip();
    const total = fs.statSync(entry).size + fs.statSync(engine).size;
    assert.ok(total <= 1024 * 1024, `${total} bytes`);
    // the Korean rule texts are a chunk of their own, required only when a Korean text is asked for
    const korean = path.join(root, 'dist', 'l10n-ko.js');
    assert.ok(fs.existsSync(korean), 'dist/l10n-ko.js');
    assert.match(fs.readFileSync(engine, 'utf8'), /require\(["']\.\/l10n-ko\.js["']\)/, 'the engine requires the Korean chunk lazily');
    assert.ok(!fs.readFileSync(engine, 'utf8').includes('KO_DOCKERFILE_RULES') && !/[\uac00-\ud7a3]{20}/.test(fs.readFileSync(engine, 'utf8')), 'no Korean rule texts in the engine bundle');
    // activation compiles only the entry: a static import of the engine (rules, yaml, dockerfile-ast) would show here
    const text = fs.readFileSync(entry, 'utf8');
    assert.ok(text.length < 16 * 1024, `dist/extension.js is ${text.length} bytes`);
    assert.ok(!/dockerfile-ast|parseAllDocuments|base-image-latest-tag/.test(text), 'dist/extension.js bundles engine code');
    assert.match(text, /require\(["']\.\/features["']\)/, 'the engine is required lazily from ./features');
  });
});
