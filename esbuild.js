// Bundles the extension and the CLI into dist/ (minified, with source maps). `node esbuild.js --watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('fs');

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
};

/**
 * The Korean rule texts (~100 KB) are a chunk of their own, dist/l10n-ko.js, which rule-text.ts requires only when a
 * Korean text is asked for: English sessions never load or parse it.
 */
const koreanChunk = {
  name: 'korean-chunk',
  setup(build) {
    build.onResolve({ filter: /^\.\/ko\/rules$/ }, (args) => (args.importer.endsWith('rule-text.ts') ? { path: './l10n-ko.js', external: true } : undefined));
  },
};
common.plugins = [koreanChunk];

const builds = [
  // activation loads only dist/extension.js (a few KB); the engine is dist/features.js, required on first use
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './features'] },
  { ...common, entryPoints: ['src/extension/features.ts'], outfile: 'dist/features.js', external: ['vscode'] },
  // dist/cli.js is a small loader (scripts/code-cache-loader.js) that runs dist/cli-main.js through a V8 code cache
  { ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli-main.js' },
  // the language server on its own (the `containment-language-server` bin, dist/language-server.js: the same loader);
  // `containment lsp` reaches the same code. Its entry is the protocol shell only, so `initialize` is answered before
  // the engine (its own file) is compiled.
  { ...common, entryPoints: ['src/lsp/cli-entry.ts'], outfile: 'dist/language-server-main.js', external: ['./language-server-engine'] },
  { ...common, entryPoints: ['src/lsp/language-server-engine.ts'], outfile: 'dist/language-server-engine.js' },
  { ...common, plugins: [], entryPoints: ['src/core/base/l10n/ko/rules.ts'], outfile: 'dist/l10n-ko.js' },
].filter((b) => fs.existsSync(b.entryPoints[0]));

(async () => {
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const name of ['cli', 'language-server']) {
    if (!fs.existsSync(`dist/${name}-main.js`)) continue;
    fs.copyFileSync('scripts/code-cache-loader.js', `dist/${name}.js`);
    fs.rmSync(`dist/${name}.js.map`, { force: true }); // from builds before the loader
    fs.chmodSync(`dist/${name}.js`, 0o755);
  }
  if (fs.existsSync('dist/cli-main.js')) writeCliCodeCache();
  if (fs.existsSync('dist/language-server-main.js')) await writeLanguageServerCodeCache();
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

/** Runs the CLI once over a small Dockerfile and manifest so dist/cli-main.js.cache holds the functions a check compiles. */
function writeCliCodeCache() {
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-cache-'));
  try {
    fs.rmSync('dist/cli-main.js.cache', { force: true });
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM node:20\nRUN apt-get update && apt-get install -y curl\nUSER node\n');
    fs.writeFileSync(path.join(dir, 'app.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: nginx:1.30\n');
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.30\n');
    require('child_process').spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', dir], {
      stdio: 'ignore',
      env: { ...process.env, CONTAINMENT_WRITE_CODE_CACHE: '1' },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the server, waits for the `initialize` result, shuts it down: the cache holds what a start compiles. */
function writeLanguageServerCodeCache() {
  fs.rmSync('dist/language-server-main.js.cache', { force: true });
  const server = require('child_process').spawn(process.execPath, ['dist/language-server.js', '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...process.env, CONTAINMENT_WRITE_CODE_CACHE: '1' },
  });
  const frame = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  return new Promise((resolve) => {
    let answered = false;
    const timer = setTimeout(() => server.kill(), 20000);
    server.stdout.on('data', (chunk) => {
      if (answered || !chunk.toString().includes('"id":1')) return;
      answered = true;
      server.stdin.end(frame({ id: 2, method: 'shutdown', params: null }) + frame({ method: 'exit', params: null }));
    });
    server.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
    server.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  });
}
