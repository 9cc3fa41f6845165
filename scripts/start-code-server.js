#!/usr/bin/env node
/**
 * `npm start`: a real VS Code with Containment installed, in the browser, on a fresh machine.
 * Packages the extension (.vsix), installs it into the local code-server (.vscode-test/code-server, installed by
 * scripts/install-code-server.sh — the same setup as the integration tests), opens examples/ and prints the URL.
 * Stop with Ctrl+C. State (settings, installed extension, code-server's config) lives in .vscode-test/start/, never
 * in the home folder. Without FOLDER, a fresh copy of examples/ in the temp folder is opened (and trusted), so trying
 * the quick fixes never changes the repository.
 *
 * env: PORT (default 8080; the next free one when busy), HOST (default 127.0.0.1; 0.0.0.0 to reach it from outside a
 *      container), CODE_SERVER_DIR (default .vscode-test/code-server), FOLDER (default: a copy of examples/),
 *      VSCODE_LOCALE (display language, e.g. ko; default en)
 */
'use strict';
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CS_DIR = path.resolve(process.env.CODE_SERVER_DIR || path.join(ROOT, '.vscode-test', 'code-server'));
const ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const STATE = path.join(ROOT, '.vscode-test', 'start');
const HOST = process.env.HOST || '127.0.0.1';
const REQUESTED_PORT = +(process.env.PORT || 8080);
const LOCALE = process.env.VSCODE_LOCALE || 'en';

/** The folder to open: the user's FOLDER as it is, or a throw-away copy of examples/. */
function workspaceFolder() {
  if (process.env.FOLDER) return { folder: path.resolve(process.env.FOLDER), copied: false };
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-examples-'));
  fs.cpSync(path.join(ROOT, 'examples'), copy, { recursive: true });
  return { folder: copy, copied: true };
}

/** PORT if it is free, else the next free one (up to 50 further), checked by binding it the way code-server will. */
function freePort(host, port, tries = 50) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') return reject(error);
      if (tries <= 0) return reject(new Error(`no free port from ${REQUESTED_PORT} to ${port}`));
      resolve(freePort(host, port + 1, tries - 1));
    });
    probe.listen(port, host, () => probe.close(() => resolve(port)));
  });
}

if (!fs.existsSync(ENTRY)) {
  console.error(`code-server is not installed in ${CS_DIR}; run: sh scripts/install-code-server.sh`);
  process.exit(2);
}
const { folder: FOLDER, copied } = workspaceFolder();

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

// 2) settings: no welcome page, no telemetry; the user's later changes are kept. The copy of examples/ is ours, so
//    the workspace-trust prompt is answered for it (ShellCheck runs only in trusted workspaces); a FOLDER of the
//    user's gets VS Code's normal trust prompt.
const settings = path.join(STATE, 'user-data', 'User', 'settings.json');
const current = fs.existsSync(settings) ? readJson(settings) : {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'git.openRepositoryInParentFolders': 'never',
};
current['security.workspace.trust.enabled'] = !copied;
fs.mkdirSync(path.dirname(settings), { recursive: true });
fs.writeFileSync(settings, JSON.stringify(current, null, 2));

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

// 3) serve, on the next free port if PORT is taken (code-server would otherwise exit right after starting)
freePort(HOST, REQUESTED_PORT).then(serve, (error) => {
  console.error(`npm start: ${error.message}; set PORT to a free port`);
  process.exit(2);
});

function serve(PORT) {
  if (PORT !== REQUESTED_PORT) console.log(`Port ${REQUESTED_PORT} is in use; using ${PORT} instead (set PORT to choose).`);
  const server = spawn(
    process.execPath,
    [ENTRY, ...common, '--bind-addr', `${HOST}:${PORT}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--locale', LOCALE, FOLDER],
    // code-server's own PORT variable overrides --bind-addr: hand it the port actually chosen
    { env: { ...env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'pipe'] },
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
        const where = copied ? `a copy of examples/ in ${FOLDER} (the repository stays unchanged)` : FOLDER;
        console.log(`\nContainment is running in VS Code (code-server) on ${where}: open\n\n    ${url}\n\nin a browser. Ctrl+C stops it.`);
      })
      .on('error', () => (Date.now() - started > 60000 ? (console.error('code-server did not start; see .vscode-test/start/server.log'), server.kill()) : setTimeout(poll, 200)));
  })();
}
