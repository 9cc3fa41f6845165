#!/usr/bin/env node
/**
 * Runs the integration tests in a real VS Code, offline: code-server 4.100.3 (VS Code 1.100, installed by
 * scripts/install-code-server.sh into .vscode-test/code-server) with headless Debian Chromium as the workbench client,
 * driven by playwright-core.
 *
 *   phase "host": the mocha suites of test/integration/suite run inside the real Node extension host, exactly as with
 *                 @vscode/test-electron: the workbench URL's payload carries extensionDevelopmentPath and
 *                 extensionTestsPath (code-server's CLI refuses those flags); mocha's output comes back through
 *                 window.codeAutomationLog, the exit code through window.codeAutomationExit.
 *   phase "ui":   the mocha suites of test/integration/ui run here in Node and drive the workbench page with Playwright
 *                 (Problems panel, hover, quick fix). Screenshots go to test-artifacts/integration/.
 *   phase "ko":   both again with display language Korean (hostKo, uiKo), the tests titled "Korean UI" only.
 *   phase "untrusted": test/integration/suite-untrusted in the extension host, with workspace trust enabled, on the
 *                 folder test/integration/workspace/trust, which starts in restricted mode (see startServer).
 *   phase "coexistence": test/integration/suite-coexistence in the extension host, with a stub extension installed that
 *                 declares hadolint's extension id (see installPeerStub).
 *
 * usage: node test/integration/run-in-code-server.js [--only host|ui|ko|untrusted|coexistence] [--grep PATTERN] [--keep]
 * env:   CODE_SERVER_DIR (default .vscode-test/code-server), PORT, TEST_TIMEOUT_MS, CHROMIUM (default /usr/bin/chromium)
 * Needs `npm run compile && npm run build` first (npm run test:integration does both).
 */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const util = require('util');

const ROOT = path.resolve(__dirname, '..', '..');
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ONLY = option('only');
const GREP = option('grep');
const KEEP = argv.includes('--keep');
const CS_DIR = path.resolve(process.env.CODE_SERVER_DIR || path.join(ROOT, '.vscode-test', 'code-server'));
const CS = path.join(CS_DIR, 'node_modules', 'code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = +(process.env.TEST_TIMEOUT_MS || 300000);
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'integration');
const SUITE = path.join(ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
const UNTRUSTED_SUITE = path.join(ROOT, 'out', 'test', 'integration', 'suite-untrusted', 'index.js');
const COEXISTENCE_SUITE = path.join(ROOT, 'out', 'test', 'integration', 'suite-coexistence', 'index.js');
const UI_DIR = path.join(ROOT, 'out', 'test', 'integration', 'ui');
const FIXTURES = path.join(ROOT, 'test', 'integration', 'workspace');
const TRUST_FIXTURE = path.join(FIXTURES, 'trust');

function fail(message) {
  console.error(`run-in-code-server: ${message}`);
  process.exit(2);
}

if (!fs.existsSync(path.join(CS, 'out', 'node', 'entry.js'))) fail(`code-server is not installed in ${CS_DIR}; run scripts/install-code-server.sh`);
if (!fs.existsSync(CHROMIUM)) fail(`${CHROMIUM} not found; apt-get install chromium (scripts/install-code-server.sh does)`);
for (const suite of [SUITE, UNTRUSTED_SUITE]) if (!fs.existsSync(suite)) fail(`${path.relative(ROOT, suite)} not found; run npm run compile first`);
if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) fail('dist/extension.js not found; run npm run build first');

const { chromium } = require('playwright-core');

function waitHttp(url, ms) {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const once = () =>
      http
        .get(url, (r) => {
          r.resume();
          if (r.statusCode < 500) resolve(r.statusCode);
          else retry();
        })
        .on('error', retry);
    const retry = () => (Date.now() > end ? reject(new Error(`timeout waiting for ${url}`)) : setTimeout(once, 100));
    once();
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = require('net').createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A fresh copy of the fixture workspace: the tests edit (and sometimes save) files. */
function copyWorkspace(run, name, from = FIXTURES) {
  const dest = path.join(run, name);
  fs.cpSync(from, dest, { recursive: true });
  return dest;
}

/**
 * A display language needs a language pack, which cannot be downloaded here. VS Code's server resolves the display
 * language through `<user-data-dir>/languagepacks.json` (what installing a pack writes); register a stub pack there
 * with empty VS Code translations (the workbench stays English, every VS Code string falls back to its default), so
 * that code-server really runs with display language `locale` and extensions get their own l10n bundle for it — as for
 * a user who installed the real pack.
 */
function registerStubLanguagePack(run, userData, locale) {
  const translations = path.join(run, `language-pack-${locale}`, 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [locale]: {
      hash: `containment-test-stub-${locale}`,
      extensions: [{ extensionIdentifier: { id: `containment-test.language-pack-${locale}` }, version: '1.100.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify(packs));
}

/**
 * `workspaceTrust`: VS Code's workspace trust stays on (no --disable-workspace-trust, the setting true) and never
 * prompts at startup. A folder is then trusted only if it, or a parent, is in the trust store (or the remote resolver
 * says so, which code-server's does not); the web workbench keeps that store in the browser's storage, and the page's
 * fresh Playwright context starts with none: the workspace opens in restricted mode.
 */
async function startServer(run, { locale, grep, workspaceTrust = false, extensionsDir = path.join(run, 'exts') } = {}) {
  const port = +(process.env.PORT || (await freePort()));
  const tag = `${locale ? '-' + locale : ''}${workspaceTrust ? '-trust' : ''}${path.basename(extensionsDir) === 'exts' ? '' : '-' + path.basename(extensionsDir)}`;
  const ud = path.join(run, `ud${tag}`);
  fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(ud, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': workspaceTrust,
      'security.workspace.trust.startupPrompt': 'never',
      'chat.disableAIFeatures': true,
      'git.enabled': false,
      'workbench.tips.enabled': false,
      'editor.hover.delay': 150,
      'window.commandCenter': false,
    }),
  );
  // keep code-server out of the home folder and away from the extension gallery
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(run, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(run, 'xdg', 'data'),
    EXTENSIONS_GALLERY: '{}',
  };
  // the extension host inherits the server's environment: test/integration/suite/index.ts reads the grep from it
  if (grep) env.CONTAINMENT_TEST_GREP = grep;
  const args = [
    path.join(CS, 'out', 'node', 'entry.js'),
    '--user-data-dir', ud,
    '--extensions-dir', extensionsDir,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  if (locale && locale !== 'en') {
    registerStubLanguagePack(run, ud, locale);
    args.push('--locale', locale);
  }
  const srv = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const log = fs.createWriteStream(path.join(run, `server${tag}.log`));
  srv.stdout.pipe(log);
  srv.stderr.pipe(log);
  let exited = false;
  srv.on('exit', () => (exited = true));
  await waitHttp(`http://127.0.0.1:${port}/healthz`, 60000);
  const url = `http://127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    url,
    port,
    remote,
    stop: () => {
      if (!exited) srv.kill('SIGTERM');
    },
    workbenchUrl(folder, payload) {
      return `${url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
  };
}

async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ], // playwright gives the browser a fresh temporary profile
  });
}

/**
 * Phase "host": mocha inside the extension host. Resolves with {code, passing, failing, pending}. `suite`, `fixture`:
 * the suite's index.js and the folder a copy of which is opened; `alongside(page)` runs while the suite does.
 */
async function runHostSuite(server, browser, run, { tag = '', suite = SUITE, fixture = FIXTURES, alongside } = {}) {
  const workspace = copyWorkspace(run, `ws-host${tag}`, fixture);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const lines = [];
  const logFile = path.join(ARTIFACTS, `extension-host${tag}.log`);
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...args);
    lines.push(line);
    console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const payload = [
    ['extensionDevelopmentPath', server.remote(ROOT)],
    ['extensionTestsPath', server.remote(suite)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(server.workbenchUrl(workspace, payload));
  const timer = new Promise((r) => setTimeout(() => r(124), TIMEOUT));
  if (alongside) alongside(page).catch(() => {}); // ends (rejects) at the latest when the page closes
  const code = await Promise.race([exited, timer]);
  await page.screenshot({ path: path.join(ARTIFACTS, `extension-host${tag}-end.png`) }).catch(() => {});
  await page.close().catch(() => {});
  fs.writeFileSync(logFile, lines.join('\n') + '\n');
  const count = (re) => {
    const m = lines.join('\n').match(re);
    return m ? +m[1] : 0;
  };
  return { code, passing: count(/(\d+) passing/), failing: count(/(\d+) failing/), pending: count(/(\d+) pending/) };
}

/**
 * Phase "untrusted": granting trust takes the user (extensions have no API for it). Once the suite has checked restricted
 * mode it opens the Workspace Trust editor (workbench.trust.manage); click its Trust button (the first one; "Trust
 * Parent" follows) as a user would.
 */
async function grantTrustWhenAsked(page) {
  const trust = page.locator('.workspace-trust-editor .workspace-trust-buttons .monaco-button').first();
  await trust.waitFor({ state: 'visible', timeout: TIMEOUT });
  const label = (await trust.textContent()) || '';
  if (!/^Trust(?! Parent)/.test(label.trim())) throw new Error(`unexpected first button in the Workspace Trust editor: ${label}`);
  await trust.click();
  console.log('      (run-in-code-server: clicked Trust in the Workspace Trust editor)');
}

/**
 * Phase "coexistence": an extensions folder holding a declarative stub whose manifest says it is hadolint's extension
 * (`exiasr.hadolint`): enough for vscode.extensions.getExtension, which is all Containment asks. No code runs.
 */
function installPeerStub(run) {
  const dir = path.join(run, 'exts-peers');
  const ext = path.join(dir, 'exiasr.hadolint-1.1.2');
  fs.mkdirSync(ext, { recursive: true });
  fs.writeFileSync(
    path.join(ext, 'package.json'),
    JSON.stringify({ name: 'hadolint', publisher: 'exiasr', displayName: 'hadolint (test stub)', version: '1.1.2', engines: { vscode: '^1.50.0' } }),
  );
  return dir;
}

/** Phase "ui": mocha here in Node, the suites drive the workbench with Playwright. */
async function runUiSuite(server, browser, run, { locale = 'en', grep = GREP } = {}) {
  const Mocha = require('mocha');
  const files = fs.existsSync(UI_DIR) ? fs.readdirSync(UI_DIR).filter((f) => f.endsWith('.test.js')).sort() : [];
  if (!files.length) return { code: 0, passing: 0, failing: 0, pending: 0 };
  const workspace = copyWorkspace(run, `ws-ui-${locale}`);
  global.__containmentUi = {
    browser,
    server,
    workspace,
    artifacts: ARTIFACTS,
    locale,
    extensionPath: ROOT,
    workbenchUrl: () =>
      server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remote(ROOT)],
        ['skipWelcome', 'true'],
      ]),
  };
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 90000, slow: 10000 });
  if (grep) mocha.grep(grep);
  for (const f of files) {
    delete require.cache[require.resolve(path.join(UI_DIR, f))]; // the Korean phase loads them again
    mocha.addFile(path.join(UI_DIR, f));
  }
  const stats = await new Promise((resolve) => {
    const runner = mocha.run((failures) => resolve({ failures, stats: runner.stats }));
  });
  return { code: stats.failures ? 1 : 0, passing: stats.stats.passes, failing: stats.stats.failures, pending: stats.stats.pending };
}

(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // screenshots of failures from an earlier run would be mistaken for this run's
  for (const f of fs.readdirSync(ARTIFACTS)) if (/^ui-failed-.*\.png$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-vscode-'));
  let server;
  let browser;
  const results = {};
  const started = Date.now();
  try {
    if (!ONLY || ONLY === 'host' || ONLY === 'ui') {
      server = await startServer(run, { grep: GREP });
      browser = await launchBrowser();
      if (!ONLY || ONLY === 'host') {
        console.log(`\n== extension-host suites (code-server ${server.url}) ==`);
        results.host = await runHostSuite(server, browser, run);
      }
      if (!ONLY || ONLY === 'ui') {
        console.log('\n== UI suites (Playwright on the workbench) ==');
        results.ui = await runUiSuite(server, browser, run);
      }
      server.stop();
      server = undefined;
    }
    if (!ONLY || ONLY === 'ko') {
      // display language Korean: the suites' "Korean UI" tests (skipped in the English run) in both phases
      server = await startServer(run, { locale: 'ko', grep: GREP || 'Korean UI' });
      browser = browser || (await launchBrowser());
      console.log(`\n== Korean display language (code-server --locale ko) ==`);
      results.hostKo = await runHostSuite(server, browser, run, { tag: '-ko' });
      results.uiKo = await runUiSuite(server, browser, run, { locale: 'ko', grep: GREP || 'Korean UI' });
      server.stop();
      server = undefined;
    }
    if (!ONLY || ONLY === 'untrusted') {
      server = await startServer(run, { grep: GREP, workspaceTrust: true });
      browser = browser || (await launchBrowser());
      console.log(`\n== untrusted workspace (workspace trust on, restricted mode) ==`);
      results.untrusted = await runHostSuite(server, browser, run, {
        tag: '-untrusted',
        suite: UNTRUSTED_SUITE,
        fixture: TRUST_FIXTURE,
        alongside: grantTrustWhenAsked,
      });
      server.stop();
      server = undefined;
    }
    if (!ONLY || ONLY === 'coexistence') {
      server = await startServer(run, { grep: GREP, extensionsDir: installPeerStub(run) });
      browser = browser || (await launchBrowser());
      console.log(`\n== coexistence (a stub extension with hadolint's id installed) ==`);
      results.coexistence = await runHostSuite(server, browser, run, { tag: '-coexistence', suite: COEXISTENCE_SUITE });
    }
  } catch (error) {
    console.error(error && error.stack ? error.stack : error);
    results.error = { code: 2 };
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) server.stop();
  }
  const summary = Object.entries(results)
    .filter(([k]) => k !== 'error')
    .map(([k, r]) => `${k}: ${r.passing} passing, ${r.failing} failing${r.pending ? `, ${r.pending} pending` : ''}${r.code && !r.failing ? ` (exit ${r.code})` : ''}`)
    .join('; ');
  console.log(`\nintegration (code-server): ${summary || 'nothing ran'} in ${((Date.now() - started) / 1000).toFixed(0)} s; artifacts in ${path.relative(ROOT, ARTIFACTS)}/`);
  fs.writeFileSync(path.join(ARTIFACTS, 'summary.json'), JSON.stringify(results, null, 2) + '\n');
  const failed = Object.values(results).some((r) => r.code !== 0);
  if (failed) console.log(`server logs and workspaces: ${run}`);
  else if (!KEEP) fs.rmSync(run, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
})();
