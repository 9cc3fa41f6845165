#!/usr/bin/env node
/**
 * `npm run test:electron`: the same extension-host suites (test/integration/suite) under desktop VS Code through
 * @vscode/test-electron. It downloads VS Code (stable, or VSCODE_VERSION) into .vscode-test/, so it needs a machine
 * that can reach update.code.visualstudio.com (and a display, or xvfb-run on Linux). Not used in CI here, where
 * test/integration/run-in-code-server.js runs the suites offline in code-server instead.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..', '..');

(async () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-electron-'));
  fs.cpSync(path.join(ROOT, 'test', 'integration', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--locale', 'en'],
      extensionTestsEnv: process.env.CONTAINMENT_TEST_GREP ? { CONTAINMENT_TEST_GREP: process.env.CONTAINMENT_TEST_GREP } : undefined,
    });
    fs.rmSync(workspace, { recursive: true, force: true });
  } catch (error) {
    console.error(`integration (electron) failed: ${error && error.message ? error.message : error}`);
    process.exit(1);
  }
})();
