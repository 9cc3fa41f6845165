import * as assert from 'assert';
import { parseAllDocuments } from 'yaml';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import type { Finding, TextEdit } from '../../../src/core/base/model/finding';
import { applyFix, findingsOf, lint, type LintOptions } from '../helpers';
import { deployment, opts } from './k8s';

function parses(text: string): void {
  for (const d of parseAllDocuments(text) as Array<{ errors: unknown[] }>) assert.deepStrictEqual(d.errors, [], 'fixed YAML parses');
}

/** Applies the fix of the first finding of `rule`, checks the YAML, the finding is gone and no fix is offered again. */
function fixOnce(text: string, rule: string, options: LintOptions = opts()): string {
  const [f] = findingsOf(text, rule, options);
  assert.ok(f?.fix, `${rule} offers a fix`);
  const out = applyFix(text, f);
  parses(out);
  assert.deepStrictEqual(findingsOf(out, rule, options).filter((x) => x.message === f.message), [], 'finding gone');
  // idempotent: whatever is still reported offers no fix that changes the text again in the same way
  for (const x of lint(out, options)) if (x.fix) assert.notStrictEqual(JSON.stringify(x.fix), JSON.stringify(f.fix));
  return out;
}

/** Like `containment check --fix`: apply every fix (deduplicated) until nothing changes. */
function fixAll(text: string, options: LintOptions = opts()): { text: string; passes: number } {
  let passes = 0;
  for (; passes < 5; passes++) {
    const edits = dedupe(lint(text, options).flatMap((f: Finding) => f.fix?.edits ?? []));
    if (!edits.length) break;
    const next = applyEdits(text, edits).text;
    if (next === text) break;
    text = next;
  }
  return { text, passes };
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = JSON.stringify(e);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

describe('kubernetes fixes: resources', () => {
  it('adds requests and a memory limit with the file\'s indentation, and is idempotent', () => {
    const text = deployment();
    const out = fixOnce(text, 'k8s-cpu-request-missing');
    assert.strictEqual(out, text + '          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n            limits:\n              memory: 256Mi\n');
    for (const rule of ['k8s-cpu-request-missing', 'k8s-memory-request-missing', 'k8s-memory-limit-missing']) assert.deepStrictEqual(findingsOf(out, rule, opts()), [], rule);
  });

  it('every resource finding of a container carries the same fix', () => {
    const fixes = lint(deployment(), opts()).filter((f) => f.category === 'resources').map((f) => JSON.stringify(f.fix));
    assert.strictEqual(fixes.length, 3);
    assert.strictEqual(new Set(fixes).size, 1);
  });

  it('merges into an existing resources block, leaving values alone', () => {
    const text = deployment({ container: 'resources:\n  requests:\n    cpu: 250m  # measured\n' }).replace(/\n\n$/, '\n');
    const out = fixOnce(text, 'k8s-memory-limit-missing');
    assert.ok(out.endsWith('          resources:\n            requests:\n              cpu: 250m  # measured\n              memory: 128Mi\n            limits:\n              memory: 256Mi\n'), out);
  });

  it('keeps flow style', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: "busybox:1.36", resources: {requests: {cpu: 100m}}}\n';
    const out = fixOnce(text, 'k8s-memory-limit-missing');
    assert.strictEqual(out, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: "busybox:1.36", resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}}\n');
  });

  it('fixes a container in document 3, four-space indentation, CRLF', () => {
    const d = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n    name: web\nspec:\n    template:\n        spec:\n            containers:\n                -   name: web\n                    image: nginx:1.30.0\n';
    const text = ('apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: t}\n---\n' + d).replace(/\n/g, '\r\n');
    const out = fixOnce(text, 'k8s-memory-limit-missing');
    assert.ok(out.endsWith('                    image: nginx:1.30.0\r\n                    resources:\r\n                        requests:\r\n                            cpu: 100m\r\n                            memory: 128Mi\r\n                        limits:\r\n                            memory: 256Mi\r\n'), JSON.stringify(out));
  });

  it('values come from resourceDefaults; CPU limit and ephemeral-storage only under their policies; a limit never goes below the request', () => {
    const o = opts({ config: (c) => Object.assign(c.policy, { cpuLimits: true, ephemeralStorage: true }) && Object.assign(c.resourceDefaults, { cpuRequest: '50m' }) });
    const text = deployment({ container: 'resources:\n  requests: {memory: 1Gi}' });
    const [f] = findingsOf(text, 'k8s-memory-limit-missing', o);
    const out = applyFix(text, f);
    assert.ok(out.endsWith('resources:\n            requests: {memory: 1Gi, cpu: 50m, ephemeral-storage: 1Gi}\n            limits:\n              memory: 1Gi\n              cpu: 500m\n              ephemeral-storage: 1Gi\n') || out.includes('limits: {memory: 1Gi, cpu: 500m, ephemeral-storage: 1Gi}'), out);
    assert.deepStrictEqual(lint(out, o).filter((x) => x.category === 'resources'), []);
  });

  it('offers no fix when the container comes from a merge key', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nbase: &b\n  resources:\n    requests: {cpu: 1}\nspec:\n  containers:\n    - <<: *b\n      name: a\n      image: busybox:1.36\n';
    const [f] = findingsOf(text, 'k8s-memory-limit-missing', opts());
    assert.ok(f);
    assert.strictEqual(f.fix, undefined);
  });
});

describe('kubernetes fixes: securityContext hardening', () => {
  it('adds every hardening setting to a bare container and clears the findings it resolves', () => {
    const text = deployment();
    const out = fixOnce(text, 'k8s-privilege-escalation');
    assert.strictEqual(
      out,
      text +
        '          securityContext:\n            allowPrivilegeEscalation: false\n            runAsNonRoot: true\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop:\n                - ALL\n            seccompProfile:\n              type: RuntimeDefault\n',
    );
    for (const rule of ['k8s-privilege-escalation', 'k8s-run-as-root', 'k8s-writable-root-fs', 'k8s-net-raw-not-dropped', 'k8s-no-seccomp-profile']) {
      assert.deepStrictEqual(findingsOf(out, rule, opts()), [], rule);
    }
  });

  it('merges with what is there and never flips explicit values', () => {
    const text = deployment({ container: 'securityContext:\n  runAsNonRoot: false\n  capabilities:\n    drop: [NET_RAW]\n  readOnlyRootFilesystem: false' });
    const out = fixOnce(text, 'k8s-privilege-escalation');
    assert.ok(out.endsWith('          securityContext:\n            runAsNonRoot: false\n            capabilities:\n              drop: [NET_RAW, ALL]\n            readOnlyRootFilesystem: false\n            allowPrivilegeEscalation: false\n            seccompProfile:\n              type: RuntimeDefault\n'), out);
    assert.strictEqual(findingsOf(out, 'k8s-run-as-root', opts()).length, 1);
    assert.strictEqual(findingsOf(out, 'k8s-run-as-root', opts())[0].fix, undefined);
  });

  it('does not touch privileged: true, nor add settings that would make it invalid', () => {
    const text = deployment({ container: 'securityContext:\n  privileged: true' });
    const [p] = findingsOf(text, 'k8s-privileged-container', opts());
    assert.strictEqual(p.fix, undefined);
    const [w] = findingsOf(text, 'k8s-writable-root-fs', opts());
    const out = applyFix(text, w);
    assert.ok(out.includes('privileged: true'));
    assert.ok(!out.includes('allowPrivilegeEscalation'));
    assert.ok(out.includes('readOnlyRootFilesystem: true'));
  });

  it('pod-level settings are respected (no container override of an explicit pod choice)', () => {
    const text = deployment({ pod: 'securityContext:\n  seccompProfile: {type: Unconfined}\n  runAsUser: 0' });
    const [f] = findingsOf(text, 'k8s-writable-root-fs', opts());
    const out = applyFix(text, f);
    assert.ok(!/seccompProfile:\n\s+type: RuntimeDefault/.test(out));
    assert.ok(!out.includes('runAsNonRoot'));
  });
});

describe('kubernetes fixes: --fix over a whole file', () => {
  it('all fixes together converge in one pass, parse, and a second run changes nothing', () => {
    const text = deployment() + '---\n' + deployment({ name: 'api', container: 'resources: {requests: {cpu: 1}}\nsecurityContext:\n  runAsNonRoot: true' });
    const { text: out, passes } = fixAll(text);
    assert.strictEqual(passes, 1);
    parses(out);
    assert.deepStrictEqual(lint(out, opts()).filter((f) => f.fix), []);
    assert.strictEqual(fixAll(out).text, out);
    assert.ok(out.includes('# ') === text.includes('# '));
  });
});
