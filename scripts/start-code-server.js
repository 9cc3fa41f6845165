#!/usr/bin/env node
/**
 * `npm start`: a real VS Code with Containment installed, in the browser, on a fresh machine.
 * Packages the extension (.vsix), installs it into the local code-server (.vscode-test/code-server, installed by
 * scripts/install-code-server.sh — the same setup as the integration tests), opens examples/ and prints the URL.
 * Stop with Ctrl+C. State (settings, installed extension) lives in .vscode-test/start/, never in the home folder.
 *
 * env: PORT (default 8080), HOST (default 127.0.0.1; 0.0.0.0 to reach it from outside a container),
 *      CODE_SERVER_DIR (default .vscode-test/code-server), FOLDER (default examples/)
 */
'use strict';
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CS_DIR = path.resolve(process.env.CODE_SERVER_DIR || path.join(ROOT, '.vscode-test', 'code-server'));
const ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const STATE = path.join(ROOT, '.vscode-test', 'start');
const HOST = process.env.HOST || '127.0.0.1';
const PORT = +(process.env.PORT || 8080);
const FOLDER = path.resolve(process.env.FOLDER || path.join(ROOT, 'examples'));

if (!fs.existsSync(ENTRY)) {
  console.error(`code-server is not installed in ${CS_DIR}; run: sh scripts/install-code-server.sh`);
  process.exit(2);
}

const env = {
  ...process.env,
  XDG_CONFIG_HOME: path.join(STATE, 'xdg', 'config'),
  XDG_DATA_HOME: path.join(STATE, 'xdg', 'data'),
  EXTENSIONS_GALLERY: '{}', // no marketplace look-ups
};
const common = ['--user-data-dir', path.join(STATE, 'user-data'), '--extensions-dir', path.join(STATE, 'extensions')];

// 1) package and install (replaces an earlier install of the same version)
const vsix = path.join(STATE, 'containment.vsix');
fs.mkdirSync(STATE, { recursive: true });
execFileSync(process.execPath, [path.join(__dirname, 'package-vsix.js'), '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync(process.execPath, [ENTRY, ...common, '--install-extension', vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'] });

// 2) first-run settings: no welcome page, no telemetry; the user's later changes are kept
const settings = path.join(STATE, 'user-data', 'User', 'settings.json');
if (!fs.existsSync(settings)) {
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  fs.writeFileSync(
    settings,
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'chat.disableAIFeatures': true,
        'git.openRepositoryInParentFolders': 'never',
      },
      null,
      2,
    ),
  );
}

// 3) serve
const server = spawn(
  process.execPath,
  [ENTRY, ...common, '--bind-addr', `${HOST}:${PORT}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', FOLDER],
  { env, stdio: ['ignore', 'pipe', 'pipe'] },
);
const log = fs.createWriteStream(path.join(STATE, 'server.log'));
server.stdout.pipe(log);
server.stderr.pipe(log);
server.on('exit', (code) => {
  console.log(`code-server exited (${code}); log: ${path.relative(process.cwd(), path.join(STATE, 'server.log'))}`);
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));

const shownHost = HOST === '0.0.0.0' ? '127.0.0.1' : HOST;
const url = `http://${shownHost}:${PORT}/?folder=${encodeURIComponent(FOLDER)}`;
const started = Date.now();
(function poll() {
  http
    .get(`http://${shownHost}:${PORT}/healthz`, (r) => {
      r.resume();
      console.log(`\nContainment is running in VS Code (code-server): open\n\n    ${url}\n\nin a browser. Ctrl+C stops it.`);
    })
    .on('error', () => (Date.now() - started > 60000 ? (console.error('code-server did not start; see .vscode-test/start/server.log'), server.kill()) : setTimeout(poll, 200)));
})();
