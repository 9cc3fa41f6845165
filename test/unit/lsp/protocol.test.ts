/**
 * The built language server (dist/language-server.js) driven over stdio by a JSON-RPC client: initialize →
 * didOpen → publishDiagnostics → hover → codeAction → executeCommand (workspace/applyEdit) → didChange (incremental) →
 * stale versions dropped → shutdown/exit. Needs `npm run build` (npm test does it).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { fileURLToPath, pathToFileURL } from 'url';
import { LspClient, SERVER } from './lsp-client';

const DOCKERFILE = 'FROM python:3.12\nRUN pip install flask\n';
const MANIFEST = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.30',
  '',
].join('\n');

const HAS_SHELLCHECK = spawnSync('shellcheck', ['--version']).status === 0;
const SHELLCHECK_CASE = 'ShellCheck findings follow the engine’s, the stale version’s are dropped, `shellcheck.enabled: false` in .containment.yaml is respected';

describe('language server over stdio (JSON-RPC)', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let applied: any;
  let shownDocument: any;
  let configAsked = 0;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first (npm test does)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-lsp-'));
    client = new LspClient();
    client.onRequest = (m) => {
      if (m.method === 'workspace/configuration') {
        configAsked++;
        return [{ rules: { 'apt-get-install-recommends': 'off' } }];
      }
      if (m.method === 'workspace/applyEdit') {
        applied = m.params;
        return { applied: true };
      }
      if (m.method === 'window/showDocument') {
        shownDocument = m.params;
        return { success: true };
      }
      return null;
    };
  });
  after(async () => {
    client?.child.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;

  it('initialize announces incremental sync, hover, code actions (quick fix, source.fixAll.containment) and the commands', async () => {
    const result = await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { configuration: true } } });
    assert.strictEqual(result.capabilities.textDocumentSync.change, 2);
    assert.strictEqual(result.capabilities.hoverProvider, true);
    assert.deepStrictEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.containment']);
    assert.ok(result.capabilities.executeCommandProvider.commands.includes('containment.fixAll'));
    assert.ok(result.capabilities.executeCommandProvider.commands.includes('containment.openTradeoffPanel'));
    assert.deepStrictEqual(result.capabilities.codeLensProvider, { resolveProvider: false });
    client.notify('initialized', {});
  });

  it('didOpen → publishDiagnostics with code, codeDescription and source; settings from workspace/configuration apply', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uriOf('Dockerfile'), languageId: 'dockerfile', version: 1, text: DOCKERFILE } });
    const message = await client.diagnosticsFor(uriOf('Dockerfile'), 1);
    const diags = message.params.diagnostics as any[];
    const pip = diags.find((d) => d.code === 'pip-unpinned');
    assert.ok(pip, diags.map((d) => d.code).join(', '));
    assert.strictEqual(pip.source, 'containment');
    assert.strictEqual(pip.range.start.line, 1);
    assert.match(pip.codeDescription.href, /^file:.*docs\/rules\/pip-unpinned\.md$/);
    assert.ok(configAsked > 0, 'workspace/configuration was asked');
  });

  it('a Kubernetes manifest opened as yaml gets its findings (engine detection)', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uriOf('deploy.yaml'), languageId: 'yaml', version: 1, text: MANIFEST } });
    const diags = (await client.diagnosticsFor(uriOf('deploy.yaml'), 1)).params.diagnostics as any[];
    assert.ok(diags.some((d) => d.code === 'k8s-memory-limit-missing'), diags.map((d) => d.code).join(', '));
  });

  it('hover explains the finding, with the doc link rewritten to the file and no VS Code command links', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf('Dockerfile') }, position: { line: 1, character: 10 } });
    assert.strictEqual(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*pip-[a-z-]+\*\* — /);
    assert.match(hover.contents.value, /\(file:[^)]*docs\/rules\/pip-[a-z-]+\.md\)/);
    assert.doesNotMatch(hover.contents.value, /command:/);
  });

  it('codeAction on a bare container: each fix once with all its diagnostics, one preferred, no duplicate titles', async () => {
    const range = { start: { line: 8, character: 0 }, end: { line: 9, character: 20 } };
    const actions = (await client.request('textDocument/codeAction', { textDocument: { uri: uriOf('deploy.yaml') }, range, context: { diagnostics: [] } })) as any[];
    const titles = actions.map((a) => a.title);
    assert.strictEqual(new Set(titles).size, titles.length, titles.join(' | '));
    const harden = actions.find((a) => /^Harden the securityContext/.test(a.title));
    assert.ok(harden, titles.join(' | '));
    assert.ok(harden.diagnostics.length >= 3, `${harden.diagnostics.length} diagnostics on the hardening fix`);
    assert.strictEqual(actions.filter((a) => a.isPreferred).length, 1);
    assert.ok(titles.includes('Ignore k8s-run-as-root in this file'), titles.join(' | '));
  });

  it('codeLens: the isolation summary above the container; its command writes the project report and asks the client to open it', async () => {
    const lenses = (await client.request('textDocument/codeLens', { textDocument: { uri: uriOf('deploy.yaml') } })) as any[];
    assert.strictEqual(lenses.length, 1, JSON.stringify(lenses));
    const [lens] = lenses;
    assert.deepStrictEqual(lens.range.start, { line: 8, character: 16 }, 'on the container name');
    assert.match(lens.command.title, /memory limit ✗/);
    assert.deepStrictEqual(lens.command.arguments, [uriOf('deploy.yaml')]);
    assert.deepStrictEqual(await client.request('textDocument/codeLens', { textDocument: { uri: uriOf('Dockerfile') } }), []);

    const result = await client.request('workspace/executeCommand', lens.command);
    assert.strictEqual(result.shown, true);
    assert.deepStrictEqual(shownDocument, { uri: result.report, external: true });
    const html = fs.readFileSync(new URL(result.report), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, new RegExp(`${path.basename(dir)}`), 'the report is of the workspace folder');
    assert.match(html, /deploy\.yaml/, 'it covers the open manifest');
    assert.strictEqual(fs.statSync(new URL(result.report)).mode & 0o077, 0, 'private to the user');
    fs.rmSync(path.dirname(fileURLToPath(result.report)), { recursive: true, force: true });
  });

  it('source.fixAll.containment and executeCommand containment.fixAll → workspace/applyEdit, only fixes that keep runtime behaviour', async () => {
    const fixAll = (await client.request('textDocument/codeAction', {
      textDocument: { uri: uriOf('Dockerfile') },
      range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.containment'] },
    })) as any[];
    assert.strictEqual(fixAll.length, 1);
    assert.strictEqual(fixAll[0].kind, 'source.fixAll.containment');
    const result = await client.request('workspace/executeCommand', { command: 'containment.fixAll', arguments: [uriOf('Dockerfile')] });
    assert.deepStrictEqual(result, { applied: true });
    const newTexts = applied.edit.changes[uriOf('Dockerfile')].map((e: any) => e.newText);
    assert.deepStrictEqual(newTexts, [' --no-cache-dir'], 'the USER insertion changes how the container runs: it stays an individual quick fix');
  });

  it('incremental didChange: both edits applied, the newest version is published', async () => {
    const uri = uriOf('Dockerfile');
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 21 }, end: { line: 1, character: 21 } }, text: '==3.0.0' }] });
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 16 } }, text: 'python:latest' }] });
    const diags = (await client.diagnosticsFor(uri, 3)).params.diagnostics as any[];
    assert.ok(!diags.some((d) => d.code === 'pip-unpinned'), 'the pin was applied incrementally');
    assert.ok(diags.some((d) => d.code === 'base-image-latest-tag'), diags.map((d) => d.code).join(', '));
  });

  (HAS_SHELLCHECK ? it : it.skip)(HAS_SHELLCHECK ? SHELLCHECK_CASE : `${SHELLCHECK_CASE} — SKIPPED: shellcheck is not on PATH`, async () => {
    const isShellcheck = (d: any) => d.code === 'shellcheck';
    fs.mkdirSync(path.join(dir, 'loud'));
    fs.mkdirSync(path.join(dir, 'quiet'));
    fs.writeFileSync(path.join(dir, 'quiet', '.containment.yaml'), 'shellcheck:\n  enabled: false\n');
    const text = 'FROM debian:12\nRUN for f in $(ls /etc/*.conf); do echo $f; done\n';
    const quiet = uriOf('quiet/Dockerfile');
    const loud = uriOf('loud/Dockerfile');
    client.notify('textDocument/didOpen', { textDocument: { uri: quiet, languageId: 'dockerfile', version: 1, text } });
    client.notify('textDocument/didOpen', { textDocument: { uri: loud, languageId: 'dockerfile', version: 1, text } });
    // a newer version right away: ShellCheck of version 1 (if it started) is aborted and never published
    const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 49 } };
    client.notify('textDocument/didChange', { textDocument: { uri: loud, version: 2 }, contentChanges: [{ range, text: 'echo $1' }] });
    const published = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === loud && m.params.diagnostics.some(isShellcheck));
    assert.strictEqual(published.params.version, 2, 'ShellCheck findings of the current version only');
    const sc = published.params.diagnostics.filter(isShellcheck);
    assert.deepStrictEqual(sc.map((d: any) => [d.range.start.line, d.range.start.character, d.range.end.character]), [[1, 9, 11]], JSON.stringify(sc));
    assert.match(sc[0].message, /quote/i);
    assert.ok(published.params.diagnostics.some((d: any) => d.code !== 'shellcheck'), 'the engine findings are published with them');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the disabled document would be about done by now
    const stale = client.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && ((m.params.uri === loud && m.params.version === 1) || m.params.uri === quiet));
    assert.ok(stale.every((m) => !m.params.diagnostics.some(isShellcheck)), JSON.stringify(stale.map((m) => m.params)));
    assert.ok(stale.some((m) => m.params.uri === quiet), 'the disabled document got its engine findings');
  });

  it('a .containment.yaml is picked up after workspace/didChangeWatchedFiles', async () => {
    fs.writeFileSync(path.join(dir, '.containment.yaml'), 'rules:\n  base-image-latest-tag: off\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.containment.yaml'), type: 1 }] });
    const diags = (await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uriOf('Dockerfile') && !m.params.diagnostics.some((d: any) => d.code === 'base-image-latest-tag'))).params.diagnostics;
    assert.ok(Array.isArray(diags));
  });

  it('shutdown then exit ends the process with code 0', async () => {
    await client.request('shutdown', null);
    client.notify('exit', null);
    assert.strictEqual(await client.exited(), 0);
  });
});

describe('language server in the client locale (initialize `locale`)', function () {
  this.timeout(30000);
  const HANGUL = /[\uac00-\ud7a3]/;
  let dir: string;
  let client: LspClient;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-lsp-ko-'));
    client = new LspClient();
    client.onRequest = () => null;
  });
  after(() => {
    client?.child.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("locale 'ko': Korean diagnostics, hover texts and action titles; codes and ids stay as they are", async () => {
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, locale: 'ko' });
    client.notify('initialized', {});
    const uri = pathToFileURL(path.join(dir, 'Dockerfile')).href;
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const diags = (await client.diagnosticsFor(uri, 1)).params.diagnostics as any[];
    const lists = diags.find((d) => d.code === 'apt-lists-not-cleaned');
    assert.ok(lists, diags.map((d) => d.code).join(', '));
    assert.ok(HANGUL.test(lists.message) && lists.message.includes("'apt-get update'"), lists.message);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: lists.range.start });
    assert.match(hover.contents.value, /\*\*이유:\*\* /);
    assert.match(hover.contents.value, /\*\*고치는 방법:\*\* .*rm -rf \/var\/lib\/apt\/lists/);
    const actions = (await client.request('textDocument/codeAction', { textDocument: { uri }, range: lists.range, context: { diagnostics: [] } })) as any[];
    const ignore = actions.find((a) => a.diagnostics?.some((d: any) => d.code === 'apt-lists-not-cleaned') && a.edit && !a.isPreferred && /apt-lists-not-cleaned/.test(a.title));
    assert.ok(ignore && HANGUL.test(ignore.title), actions.map((a) => a.title).join(' | '));
    assert.ok(HANGUL.test(ignore.diagnostics[0].message));
    const atFrom = (await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 5 }, end: { line: 0, character: 14 } }, context: { diagnostics: [] } })) as any[];
    assert.ok(atFrom.some((a) => a.title === 'uid 65532로 실행(USER 65532:65532 추가)'), atFrom.map((a) => a.title).join(' | '));
    await client.request('shutdown', null);
    client.notify('exit', null);
    assert.strictEqual(await client.exited(), 0);
  });

  it('an English or missing locale stays English', async () => {
    const english = new LspClient();
    english.onRequest = () => null;
    try {
      await english.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, locale: 'en-US' });
      english.notify('initialized', {});
      const uri = pathToFileURL(path.join(dir, 'Dockerfile')).href;
      english.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' } });
      const diags = (await english.diagnosticsFor(uri, 1)).params.diagnostics as any[];
      const lists = diags.find((d) => d.code === 'apt-lists-not-cleaned');
      assert.match(lists.message, /^The apt lists downloaded by 'apt-get update'/);
    } finally {
      english.child.kill();
    }
  });
});
