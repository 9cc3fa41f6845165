import * as assert from 'assert';
import { loadConfigFor } from '../../../src/core/knowledge/config/load-config';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { isKindEnabled, readSettings, settingsToConfig, syntaxChecksEnabled } from '../../../src/extension/settings-to-config';

const getter = (values: Record<string, unknown>) => (key: string) => values[key];

describe('settings → config', () => {
  it('defaults when nothing is set', () => {
    const s = readSettings(getter({}));
    assert.strictEqual(s.enable, true);
    assert.deepStrictEqual(s.languages, { dockerfile: true, kubernetes: true, compose: true });
    assert.strictEqual(s.debounceMs, 300);
    assert.strictEqual(s.syntaxChecks, 'auto');
    assert.strictEqual(s.codeLens, true);
    const c = settingsToConfig(s, { trusted: true });
    assert.strictEqual(c.policy.cpuLimits, false);
    assert.strictEqual(c.resourceDefaults.memoryLimit, '256Mi');
    assert.strictEqual(c.trusted, true);
  });

  it('maps rules (ids and aliases, lower-cased), policies, defaults, registries, runtimes, shellcheck', () => {
    const s = readSettings(
      getter({
        rules: { DL3007: 'error', 'k8s-cpu-limit-missing': 'warning', bogus: 'loud', 'latest-tag': 'style', x: false },
        'policy.cpuLimits': true,
        'policy.memoryRequests': 'yes',
        'resourceDefaults.memoryLimit': '512Mi',
        'resourceDefaults.pidsLimit': 64,
        trustedRegistries: ['ghcr.io', 3],
        sandboxRuntimes: ['runsc'],
        debounceMs: 99999,
        'shellcheck.path': '/opt/shellcheck',
        'dockerfile.syntaxChecks': 'off',
        'kubernetes.enable': false,
      }),
    );
    assert.deepStrictEqual(s.rules, { DL3007: 'error', 'k8s-cpu-limit-missing': 'warning', 'latest-tag': 'hint', x: 'off' });
    assert.strictEqual(s.debounceMs, 5000);
    assert.strictEqual(isKindEnabled(s, 'kubernetes'), false);
    assert.strictEqual(isKindEnabled(s, 'dockerfile'), true);
    const c = settingsToConfig(s, { trusted: true });
    assert.strictEqual(c.rules.get('dl3007'), 'error');
    assert.strictEqual(c.rules.get('latest-tag'), 'hint');
    assert.strictEqual(c.policy.cpuLimits, true);
    assert.strictEqual(c.policy.memoryRequests, true, 'a wrong type keeps the default');
    assert.strictEqual(c.resourceDefaults.memoryLimit, '512Mi');
    assert.strictEqual(c.resourceDefaults.pidsLimit, 64);
    assert.deepStrictEqual(c.trustedRegistries, ['ghcr.io']);
    assert.deepStrictEqual(c.sandboxRuntimes, ['runsc']);
    assert.strictEqual(c.shellcheck.path, '/opt/shellcheck');
  });

  it('helm.valuesFiles: overlays in order, relative ones read from the workspace folder (the check and the panel)', () => {
    const s = readSettings(getter({ 'helm.valuesFiles': ['charts/shop/values-prod.yaml', './values-ci.yaml', '/abs/values-x.yaml', 7] }));
    assert.deepStrictEqual(s.helmValues, ['charts/shop/values-prod.yaml', './values-ci.yaml', '/abs/values-x.yaml']);
    const c = settingsToConfig(s, { trusted: true, folder: '/work/repo/' });
    assert.deepStrictEqual(c.helmValues, ['/work/repo/charts/shop/values-prod.yaml', '/work/repo/values-ci.yaml', '/abs/values-x.yaml']);
    assert.deepStrictEqual(settingsToConfig(s, { trusted: true, folder: 'C:\\repo' }).helmValues?.[0], 'C:/repo/charts/shop/values-prod.yaml');
    assert.strictEqual(settingsToConfig(readSettings(getter({})), { trusted: true }).helmValues, undefined);
  });

  it('untrusted workspace: trusted false, no ShellCheck, no ShellCheck path', () => {
    const c = settingsToConfig(readSettings(getter({ 'shellcheck.path': '/x/sc' })), { trusted: false });
    assert.strictEqual(c.trusted, false);
    assert.strictEqual(c.shellcheck.enabled, false);
    assert.strictEqual(c.shellcheck.path, undefined);
  });

  it('the config file wins over settings where both set something', () => {
    const base = settingsToConfig(readSettings(getter({ rules: { DL3007: 'error' }, 'policy.cpuLimits': true, 'resourceDefaults.cpuRequest': '250m' })), { trusted: true });
    const host = memoryHost({ '/p/.containment.yaml': 'rules:\n  DL3007: info\npolicy:\n  cpuLimits: false\n', '/p/Dockerfile': '' });
    const { config, errors } = loadConfigFor('/p/Dockerfile', host, base);
    assert.deepStrictEqual(errors, []);
    assert.strictEqual(config.rules.get('dl3007'), 'info');
    assert.strictEqual(config.policy.cpuLimits, false);
    assert.strictEqual(config.resourceDefaults.cpuRequest, '250m', 'settings stay where the file says nothing');
  });

  it('syntax checks: auto follows the Docker extension', () => {
    assert.strictEqual(syntaxChecksEnabled('auto', true), false);
    assert.strictEqual(syntaxChecksEnabled('auto', false), true);
    assert.strictEqual(syntaxChecksEnabled('on', true), true);
    assert.strictEqual(syntaxChecksEnabled('off', false), false);
  });
});
