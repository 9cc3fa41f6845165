import * as assert from 'assert';
import { completeRuleIds, type CompletionFile } from '../../../src/core/features/completion';

function complete(file: CompletionFile, text: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('|'));
  const character = lines[line].indexOf('|');
  lines[line] = lines[line].replace('|', '');
  return completeRuleIds(file, lines[line], line, character, (l) => lines[l]);
}

const labels = (r: ReturnType<typeof complete>) => r?.items.map((i) => i.label) ?? [];

describe('features: completion of rule ids and aliases', () => {
  it('hadolint pragmas offer hadolint codes only, replacing the partial code after a comma', () => {
    const r = complete('dockerfile', 'FROM debian\n# hadolint ignore=DL3008,DL30|\nRUN apt-get install -y curl');
    assert.ok(labels(r).includes('DL3007'));
    assert.ok(labels(r).every((l) => /^DL\d{4}$/.test(l)), labels(r).join(' '));
    assert.deepStrictEqual(r!.replace, { start: { line: 1, character: 25 }, end: { line: 1, character: 29 } });
  });

  it('containment pragmas offer our ids and every alias of rules for that kind of file', () => {
    const docker = labels(complete('dockerfile', '# containment ignore=|\nFROM x'));
    assert.ok(docker.includes('base-image-latest-tag') && docker.includes('DL3007') && docker.includes('JSONArgsRecommended'));
    assert.ok(!docker.includes('k8s-host-pid'));
    const yaml = labels(complete('kubernetes', 'spec:\n  # containment global ignore=k8s-h|'));
    assert.ok(yaml.includes('k8s-host-pid') && yaml.includes('host-pid'));
    assert.ok(!yaml.includes('DL3007'));
  });

  it("BuildKit's check=skip offers BuildKit check names", () => {
    const r = labels(complete('dockerfile', '# check=error=true;skip=JSONArgsRecommended,|\nFROM x'));
    assert.ok(r.includes('FromAsCasing'));
    assert.ok(r.every((l) => /^[A-Z][A-Za-z]+$/.test(l)), r.join(' '));
  });

  it('config files: rules: keys in .containment.yaml, ignored:/override lists in .hadolint.yaml', () => {
    assert.ok(labels(complete('containment-config', 'rules:\n  DL3008: off\n  base-|')).includes('base-image-heavy'));
    assert.strictEqual(complete('containment-config', 'policy:\n  cpu|'), undefined);
    assert.ok(labels(complete('hadolint-config', 'ignored:\n- DL3008\n- DL|')).includes('DL3007'));
    assert.ok(labels(complete('hadolint-config', 'override:\n  error:\n    - |')).includes('DL3007'));
    assert.strictEqual(complete('hadolint-config', 'trustedRegistries:\n  - |'), undefined);
  });

  it('offers nothing outside those places', () => {
    assert.strictEqual(complete('dockerfile', 'RUN echo ignore=|'), undefined);
    assert.strictEqual(complete('kubernetes', 'metadata:\n  name: |'), undefined);
  });
});
