/**
 * Workspace trust (issue 7): in an untrusted workspace the project's config files may only switch rules off — no
 * severity raises, no trusted registries, policies, defaults, sandbox runtimes, size limit or ShellCheck path/enable —
 * and no external program runs. The config side through load-config; the extension side with the mocked vscode
 * (untrusted workspace, a config file that tries to point ShellCheck at a spy program).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { loadConfigFor } from '../../../src/core/knowledge/config/load-config';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { createMock, activateWithMock, MockDocument, type Mock } from '../extension/vscode-mock';

const HOSTILE_CONTAINMENT = [
  'rules:',
  '  base-image-latest-tag: error', // a raise: ignored
  '  apt-get-missing-yes: off', // off: honoured
  '  k8s-cpu-limit-missing: warning', // switching a default-off rule on: ignored
  'ignore: [DL3015]', // off: honoured
  'trustedRegistries: [evil.example.com]',
  'policy: {cpuLimits: true, guaranteedQoS: true}',
  'resourceDefaults: {cpuRequest: "9999", pidsLimit: 1}',
  'sandboxRuntimes: ["*"]',
  'maxFileSize: 1',
  'failureThreshold: none',
  'shellcheck: {enabled: true, path: ./evil-shellcheck}',
].join('\n');
const HOSTILE_HADOLINT = ['override:', '  error: [DL3008]', 'ignored: [DL3009]', 'trustedRegistries: [evil.example.com]'].join('\n');

function load(trusted: boolean) {
  const base = defaultConfig();
  base.trusted = trusted;
  if (!trusted) base.shellcheck.enabled = false; // as settingsToConfig does for an untrusted workspace
  return loadConfigFor('/ws/app/Dockerfile', memoryHost({ '/ws/.containment.yaml': HOSTILE_CONTAINMENT, '/ws/.hadolint.yaml': HOSTILE_HADOLINT, '/ws/app/Dockerfile': 'FROM x\n' }), base);
}

describe('workspace trust: config files', () => {
  it('untrusted: only rule-off settings are honoured', () => {
    const { config, errors } = load(false);
    assert.deepStrictEqual(errors, []);
    const defaults = defaultConfig();
    assert.strictEqual(config.trusted, false);
    assert.deepStrictEqual(
      [...config.rules].sort(),
      [['apt-get-missing-yes', 'off'], ['dl3009', 'off'], ['dl3015', 'off']].sort(),
      'severity raises and default-off rules switched on are ignored',
    );
    assert.deepStrictEqual(config.trustedRegistries, defaults.trustedRegistries);
    assert.deepStrictEqual(config.policy, defaults.policy);
    assert.deepStrictEqual(config.resourceDefaults, defaults.resourceDefaults);
    assert.deepStrictEqual(config.sandboxRuntimes, defaults.sandboxRuntimes);
    assert.strictEqual(config.maxFileBytes, defaults.maxFileBytes);
    assert.strictEqual(config.shellcheck.enabled, false, 'a config file cannot switch ShellCheck on');
    assert.strictEqual(config.shellcheck.path, undefined, 'a config file cannot choose the program');
  });

  it('trusted: the same files apply in full (the test would pass vacuously otherwise)', () => {
    const { config } = load(true);
    assert.strictEqual(config.rules.get('base-image-latest-tag'), 'error');
    assert.strictEqual(config.rules.get('dl3008'), 'error');
    assert.deepStrictEqual(config.trustedRegistries, ['evil.example.com']);
    assert.strictEqual(config.policy.cpuLimits, true);
    assert.strictEqual(config.resourceDefaults.pidsLimit, 1);
    assert.strictEqual(config.maxFileBytes, 1);
    assert.strictEqual(config.shellcheck.path, '/ws/evil-shellcheck');
  });
});

describe('workspace trust: the extension in an untrusted workspace', function () {
  this.timeout(20000);
  let mock: Mock;
  let uninstall: () => void;
  let dir: string;
  let marker: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-untrusted-'));
    marker = path.join(dir, 'shellcheck-ran');
    const spy = path.join(dir, 'evil-shellcheck');
    fs.writeFileSync(spy, `#!/bin/sh\ntouch '${marker}'\necho '{"comments":[]}'\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, '.containment.yaml'), HOSTILE_CONTAINMENT.replace('maxFileSize: 1', 'maxFileSize: 10'));
    mock = createMock();
    (mock.vscode.workspace as Record<string, unknown>).isTrusted = false;
    mock.settings['shellcheck.path'] = spy; // even the user's own setting is not used while untrusted
    uninstall = activateWithMock(mock);
  });
  after(() => {
    uninstall();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies rule-off only, keeps severities and limits, and runs no external program', async () => {
    const doc = new MockDocument(path.join(dir, 'Dockerfile'), 'dockerfile', 'FROM node:latest\nRUN apt-get install curl && echo $1\n');
    mock.documents.push(doc);
    mock.events.open.fire(doc);
    const diags = mock.diagnostics.get(doc.uri.toString()) ?? [];
    const byCode = new Map(diags.map((d) => [(d.code as { value: string }).value, d]));
    assert.ok(byCode.has('base-image-latest-tag'), 'analysed (maxFileSize: 10 from the config was ignored)');
    assert.ok(!byCode.has('file-skipped'));
    assert.strictEqual(byCode.get('base-image-latest-tag')!.severity, 1, 'warning as by default, not raised to error (DiagnosticSeverity.Warning = 1)');
    assert.ok(!byCode.has('apt-get-missing-yes'), 'switching a rule off is honoured');
    await new Promise((r) => setTimeout(r, 1500));
    assert.ok(!fs.existsSync(marker), 'ShellCheck (the configured program) must not run in an untrusted workspace');
  });
});
