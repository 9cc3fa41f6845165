/**
 * The engine's one pipeline (src/core/engine/pipeline.ts): what it does the same way for every format — built-in
 * findings under the config, suppression comments, policy gating, one alias limit.
 */
import * as assert from 'assert';
import { YAML_ALIAS_LIMIT } from '../../../src/core/engine/yaml-builtins';
import { lint } from '../helpers';
import { deployment, opts as k8s } from '../kubernetes/k8s';
import { opts as compose, yaml } from '../compose/util';

const rules = (findings: Array<{ rule: string }>) => findings.map((f) => f.rule);

describe('engine pipeline', () => {
  describe('built-in findings obey the config and the suppression comments, in every format', () => {
    const broken = yaml('services:', '  web:', '    image: "nginx:1.30');

    it('Compose yaml-syntax: reported, switched off by the config, raised by a severity override', () => {
      assert.deepStrictEqual(rules(lint(broken, compose())), ['yaml-syntax']);
      assert.deepStrictEqual(lint(broken, compose({ config: (c) => c.rules.set('yaml-syntax', 'off') })), []);
      const [f] = lint(broken, compose({ config: (c) => c.rules.set('yaml-syntax', 'warning') }));
      assert.strictEqual(f.severity, 'warning');
    });

    it('Compose yaml-syntax: a global ignore pragma silences it, unless inline ignores are off', () => {
      const text = '# containment global ignore=yaml-syntax\n' + broken;
      assert.deepStrictEqual(lint(text, compose()), []);
      assert.deepStrictEqual(rules(lint(text, compose({ config: (c) => (c.inlineIgnores = false) }))), ['yaml-syntax']);
    });

    it('file-skipped obeys the config', () => {
      const big = 'FROM alpine:3.20\n' + '# filler\n'.repeat(20);
      const small = (c: { maxFileBytes: number }) => (c.maxFileBytes = 50);
      assert.deepStrictEqual(rules(lint(big, { config: small })), ['file-skipped']);
      assert.deepStrictEqual(lint(big, { config: (c) => (small(c), c.rules.set('file-skipped', 'off')) }), []);
    });
  });

  describe('Kubernetes suppression in one pass', () => {
    it('a global ignore in one document silences the findings of another, and the cache follows it', () => {
      const doc = deployment({ name: 'api' });
      const plain = doc + '---\n' + deployment({ name: 'web' });
      const before = lint(plain, k8s()).filter((f) => f.rule === 'k8s-run-as-root');
      assert.strictEqual(before.length, 2);
      const ignored = doc + '---\n# containment global ignore=k8s-run-as-root\n' + deployment({ name: 'web' });
      assert.deepStrictEqual(lint(ignored, k8s()).filter((f) => f.rule === 'k8s-run-as-root'), []);
      // the first document's text did not change: its cached findings must not come back
      assert.strictEqual(lint(plain, k8s()).filter((f) => f.rule === 'k8s-run-as-root').length, 2);
    });

    it('a pragma above a line silences that line only', () => {
      const text = deployment({ container: '# containment ignore=k8s-privileged-container\nsecurityContext: {privileged: true}' });
      assert.ok(!rules(lint(text, k8s())).includes('k8s-privileged-container'));
      assert.ok(rules(lint(deployment({ container: 'securityContext: {privileged: true}' }), k8s())).includes('k8s-privileged-container'));
    });
  });

  describe('policy gating: a policy is on when the config sets it or switches its rule on', () => {
    it('Kubernetes: switching k8s-cpu-limit-missing on enables it and its fix adds the CPU limit', () => {
      assert.ok(!rules(lint(deployment(), k8s())).includes('k8s-cpu-limit-missing'));
      const found = lint(deployment(), k8s({ config: (c) => c.rules.set('k8s-cpu-limit-missing', 'warning') }));
      const f = found.find((x) => x.rule === 'k8s-cpu-limit-missing');
      assert.ok(f, 'reported');
      assert.ok(f.fix!.edits.some((e) => /cpu: 500m|cpu: "?\d/.test(e.newText) && /limits:/.test(e.newText)), f.fix!.edits.map((e) => e.newText).join('|'));
    });

    it('Kubernetes: the rule switched off stays off even with its policy on', () => {
      const found = lint(deployment(), k8s({ config: (c) => ((c.policy.cpuLimits = true), c.rules.set('k8s-cpu-limit-missing', 'off')) }));
      assert.ok(!rules(found).includes('k8s-cpu-limit-missing'));
    });

    it('Compose: switching compose-pids-limit-missing on enables it', () => {
      const text = yaml('services:', '  web:', '    image: nginx:1.30');
      assert.ok(!rules(lint(text, compose())).includes('compose-pids-limit-missing'));
      assert.ok(rules(lint(text, compose({ config: (c) => c.rules.set('compose-pids-limit-missing', 'warning') }))).includes('compose-pids-limit-missing'));
    });
  });

  it('one alias limit for Kubernetes and Compose: many plain aliases are analysed, more than the limit are not', () => {
    const anchors = (n: number) => ['metadata:', '  name: web', '  labels:', '    a: &v x', ...Array.from({ length: n }, (_, i) => `    k${i}: *v`)];
    const manifest = (n: number) => ['apiVersion: v1', 'kind: ConfigMap', ...anchors(n)].join('\n') + '\n';
    assert.deepStrictEqual(rules(lint(manifest(150), k8s())), []);
    assert.deepStrictEqual(rules(lint(manifest(YAML_ALIAS_LIMIT + 1), k8s())), ['yaml-alias-limit']);
  });
});
