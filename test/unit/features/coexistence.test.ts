import * as assert from 'assert';
import { applyCoexistence, describeHidden, PEER_EXTENSIONS, type PeerExtension } from '../../../src/core/features/coexistence';
import type { Finding } from '../../../src/core/base/model/finding';

function finding(rule: string, aliases: string[], line = 0): Finding {
  return { rule, aliases, category: 'style', severity: 'warning', message: rule, range: { start: { line, character: 0 }, end: { line, character: 1 } } };
}

const peer = (id: string): PeerExtension => PEER_EXTENSIONS.find((p) => p.id === id)!;

describe('features: coexistence with other extensions', () => {
  const findings = [
    finding('base-image-latest-tag', ['DL3007']),
    finding('json-args-recommended', ['DL3025', 'JSONArgsRecommended'], 1),
    finding('shellcheck', ['SC2086'], 2),
    finding('container-runs-as-root', [], 3),
    finding('dockerfile-syntax', [], 4),
  ];

  it('hides what hadolint shows (DL codes and its ShellCheck pass) and keeps our own checks', () => {
    const r = applyCoexistence(findings, [peer('exiasr.hadolint')], 'auto');
    assert.deepStrictEqual(r.shown.map((f) => f.rule), ['container-runs-as-root', 'dockerfile-syntax']);
    assert.deepStrictEqual(r.hidden.map((h) => h.finding.rule), ['base-image-latest-tag', 'json-args-recommended', 'shellcheck']);
  });

  it('hides BuildKit checks and syntax errors for Docker DX, the validator checks for Container Tools', () => {
    assert.deepStrictEqual(applyCoexistence(findings, [peer('docker.docker')], 'auto').hidden.map((h) => h.finding.rule), ['json-args-recommended', 'dockerfile-syntax']);
    const containerTools = applyCoexistence([finding('maintainer-deprecated', ['DL4000', 'MaintainerDeprecated']), finding('base-image-latest-tag', ['DL3007'])], [peer('ms-azuretools.vscode-containers')], 'auto');
    assert.deepStrictEqual(containerTools.hidden.map((h) => h.finding.rule), ['maintainer-deprecated']);
  });

  it('shows everything with showAll or without peers', () => {
    assert.strictEqual(applyCoexistence(findings, [peer('exiasr.hadolint')], 'showAll').shown.length, findings.length);
    assert.strictEqual(applyCoexistence(findings, [], 'auto').shown.length, findings.length);
  });

  it('says what was hidden, by whom, and how to see it', () => {
    const r = applyCoexistence([...findings, finding('base-image-latest-tag', ['DL3007'], 9)], [peer('exiasr.hadolint')], 'auto');
    assert.strictEqual(
      describeHidden('api/Dockerfile', r.hidden),
      'api/Dockerfile: hid 4 findings: DL3007 ×2, DL3025, SC2086 (already shown by hadolint, exiasr.hadolint). Set containment.coexistence to "showAll" to see them.',
    );
    assert.strictEqual(describeHidden('x', []), undefined);
  });
});
