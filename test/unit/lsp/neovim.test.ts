import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempProject } from '../temp-project';
import { SERVER } from './lsp-client';

const SCRIPT = path.join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'lsp', 'neovim', 'attach-and-fix.lua');

interface NeovimResult {
  applied?: string;
  titles: string[];
  lenses: Array<{ line: number; title: string }>;
  shown?: { uri: string; external: boolean };
  [file: string]: unknown;
}

/** A real client: Debian's Neovim, headless, with its built-in LSP client (0.7: start_client + buf_attach_client). */
describe('language server in Neovim (headless)', function () {
  this.timeout(60_000);
  before(function () {
    if (spawnSync('nvim', ['--version']).status !== 0) {
      if (process.env.CI) assert.fail('neovim is required in CI (.ci/run installs it)');
      this.skip();
    }
    if (!fs.existsSync(SERVER)) assert.fail('dist/language-server.js is missing: run `npm run build` first (npm test does)');
  });

  it('publishes diagnostics for a manifest and a Dockerfile, a code action applies, a code lens opens the report', () => {
    const dir = tempProject(
      {
        Dockerfile: 'FROM node:22-bookworm-slim\nMAINTAINER someone\nUSER node\n',
        'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.29\n',
      },
      'containment-neovim-',
    );
    const out = path.join(dir, 'out.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], {
      cwd: dir,
      env: { ...process.env, CONTAINMENT_SERVER: SERVER, CONTAINMENT_OUT: out, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
      encoding: 'utf8',
      timeout: 50_000,
    });
    assert.ok(fs.existsSync(out), `no result from Neovim (status ${run.status}): ${run.stderr}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as NeovimResult;
    const docker = result['Dockerfile'] as { filetype: string; diagnostics: Array<{ code: string; line: number }> };
    const pod = result['pod.yaml'] as { filetype: string; diagnostics: Array<{ code: string; line: number }> };
    assert.strictEqual(docker.filetype, 'dockerfile');
    assert.deepStrictEqual(docker.diagnostics, [{ code: 'maintainer-deprecated', line: 1 }]);
    assert.strictEqual(pod.filetype, 'yaml');
    assert.ok(pod.diagnostics.some((d) => d.code === 'k8s-memory-limit-missing' && d.line === 6), JSON.stringify(pod.diagnostics));
    assert.deepStrictEqual(result.lenses.map((l) => l.line), [6], 'one lens, on the container');
    assert.match(result.lenses[0].title, /memory limit ✗/);
    assert.strictEqual(result.shown?.external, true, JSON.stringify(result.shown));
    assert.match(fs.readFileSync(new URL(result.shown!.uri), 'utf8'), /pod\.yaml/, 'the report of the project, opened in a browser');
    fs.rmSync(path.dirname(new URL(result.shown!.uri).pathname), { recursive: true, force: true });
    assert.strictEqual(new Set(result.titles).size, result.titles.length, 'no duplicate action titles');
    assert.strictEqual(result.applied, 'Replace with LABEL org.opencontainers.image.authors');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), 'FROM node:22-bookworm-slim\nLABEL org.opencontainers.image.authors="someone"\nUSER node\n');
  });
});
