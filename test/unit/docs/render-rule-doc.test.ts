/** renderRuleDoc: the rule documentation the editor's "Show documentation" view and docs/rules/*.md share. */
import * as assert from 'assert';
import { renderRuleDoc } from '../../../src/core/features/docs/render-rule-doc';
import { allRuleMetas, findRule } from '../../../src/core/engine/rules-registry';

describe('renderRuleDoc', () => {
  it('a Dockerfile rule with a hadolint alias: title, table, why, fix, both ignore pragmas', () => {
    const meta = findRule('DL3042');
    assert.ok(meta);
    const md = renderRuleDoc(meta);
    assert.ok(md.startsWith(`# ${meta.id}\n\n**${meta.title}**`));
    assert.match(md, /\| Applies to \| Dockerfile \|/);
    assert.match(md, /`DL3042` \(hadolint\)/);
    assert.match(md, /## Why it matters\n\n/);
    assert.ok(md.includes(meta.why) && md.includes(meta.howToFix));
    assert.ok(md.includes(`# containment ignore=${meta.id}`));
    assert.ok(md.includes('# hadolint ignore=DL3042'));
    assert.ok(md.includes(`# containment global ignore=${meta.id}`));
  });

  it('a Kubernetes rule with a kube-linter alias: the YAML pragmas and the annotation', () => {
    const meta = findRule('k8s-host-pid');
    assert.ok(meta);
    const md = renderRuleDoc(meta);
    assert.match(md, /\| Applies to \| Kubernetes \|/);
    assert.match(md, /On the line above the key: `# containment ignore=k8s-host-pid`/);
    assert.match(md, /ignore-check\.kube-linter\.io\/host-pid: "reason"/);
    assert.doesNotMatch(md, /hadolint/);
  });

  it('every rule renders, with balanced code fences and its examples in the right language', () => {
    for (const meta of allRuleMetas()) {
      const md = renderRuleDoc(meta);
      assert.ok(md.includes(`# ${meta.id}`), meta.id);
      assert.strictEqual((md.match(/^`{3,4}/gm) ?? []).length % 2, 0, `${meta.id}: fences balanced`);
      if (meta.examples) assert.ok(md.includes(meta.appliesTo === 'dockerfile' ? '```dockerfile' : '```yaml') || md.includes('````'), meta.id);
      if (meta.defaultOff) assert.match(md, /off by default/, meta.id);
    }
  });
});
