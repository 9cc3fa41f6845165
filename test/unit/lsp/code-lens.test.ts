/** The language server's isolation code lenses over stdio: in the client's language, switched by a setting, refreshed. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { pod } from '../fixtures/manifests';
import { LspClient, SERVER } from './lsp-client';

describe('language server: code lenses', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;

  before(() => {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first (npm test does)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-lsp-lens-'));
    client = new LspClient();
    client.onRequest = () => null;
  });
  after(() => {
    client?.child.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("in the client's locale; `codeLens.enabled: false` removes them and asks the client to refresh", async () => {
    const capabilities = { workspace: { codeLens: { refreshSupport: true } } };
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities, locale: 'ko' });
    client.notify('initialized', {});
    const uri = pathToFileURL(path.join(dir, 'pod.yaml')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: pod('web') } });
    await client.diagnosticsFor(uri, 1);
    const lenses = (await client.request('textDocument/codeLens', { textDocument: { uri } })) as any[];
    assert.strictEqual(lenses.length, 1);
    assert.match(lenses[0].command.title, /[\uac00-\ud7a3]/, `Korean: ${lenses[0].command.title}`);
    assert.strictEqual(lenses[0].range.start.line, 6, 'on the container');

    const refresh = client.waitFor((m) => m.method === 'workspace/codeLens/refresh');
    client.notify('workspace/didChangeConfiguration', { settings: { containment: { codeLens: { enabled: false } } } });
    await refresh;
    assert.deepStrictEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
  });
});
