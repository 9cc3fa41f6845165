/**
 * The language server's bin and `containment lsp` start the protocol bundle through the code-cache loader
 * (scripts/code-cache-loader.js, copied to dist/language-server.js by esbuild.js). Needs `npm run build`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, SERVER } from './lsp-client';

const DIST = path.dirname(SERVER);

async function initializeAndExit(client: LspClient): Promise<number | null> {
  const result = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  assert.ok(result.capabilities.textDocumentSync, 'the initialize result carries the server capabilities');
  await client.request('shutdown', null);
  client.notify('exit', null);
  return client.exited();
}

describe('language server code-cache loader', function () {
  this.timeout(30000);

  it('`containment lsp --stdio` runs one server: the loader required by the CLI does not start a second one', async () => {
    const client = new LspClient(['lsp', '--stdio'], process.execPath, path.join(DIST, 'cli.js'));
    assert.strictEqual(await initializeAndExit(client), 0);
    assert.deepStrictEqual(client.responseIds, [1, 2]);
  });

  it('the build ships a cache V8 accepts, and a rejected one is rewritten on the next start', async () => {
    const cache = path.join(DIST, 'language-server-main.js.cache');
    assert.ok(fs.statSync(cache).size > 1000, 'esbuild.js writes the cache');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-loader-'));
    try {
      for (const name of ['language-server.js', 'language-server-main.js', 'language-server-engine.js']) fs.copyFileSync(path.join(DIST, name), path.join(dir, name));
      fs.writeFileSync(path.join(dir, 'language-server-main.js.cache'), 'not a V8 code cache');
      const client = new LspClient(['--stdio'], process.execPath, path.join(dir, 'language-server.js'));
      assert.strictEqual(await initializeAndExit(client), 0);
      const rewritten = fs.readFileSync(path.join(dir, 'language-server-main.js.cache'));
      assert.ok(rewritten.length > 1000 && !rewritten.toString('latin1').startsWith('not a V8'), 'the rejected cache is replaced');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
