/**
 * One rule that throws does not take the others down (issue 7): the engine catches it, returns a rule error, and still
 * produces every other finding; the extension logs it to the output channel once per rule.
 */
import * as assert from 'assert';
import * as path from 'path';
import { composeRules, dockerfileRules, kubernetesRules } from '../../../src/core/engine/rules.generated';
import { analyzeChecked, fuzzConfig } from './fuzz-util';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { createMock, activateWithMock, MockDocument, type Mock } from '../extension/vscode-mock';

type AnyRule = { meta: { id: string }; check: (ctx: never) => void };

/** Replaces one rule's check with a throwing one for the duration of `fn`, restoring it afterwards. */
function withThrowingRule<T>(rules: readonly AnyRule[], id: string, fn: () => T, error: unknown = new Error('boom from a test')): T {
  const rule = rules.find((r) => r.meta.id === id);
  assert.ok(rule, `rule ${id} exists`);
  const original = rule.check;
  let reportedBeforeThrow = false;
  rule.check = ((ctx: { report(r: unknown): void }) => {
    // report something first: a rule that half-ran must not leave a broken finding behind either
    ctx.report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'half-way finding' });
    reportedBeforeThrow = true;
    throw error;
  }) as AnyRule['check'];
  try {
    return fn();
  } finally {
    rule.check = original;
    assert.ok(reportedBeforeThrow);
  }
}

const cases: Array<{ kind: 'dockerfile' | 'kubernetes' | 'compose'; rules: readonly AnyRule[]; broken: string; expected: string[]; path: string; text: string }> = [
  {
    kind: 'dockerfile',
    rules: dockerfileRules as unknown as AnyRule[],
    broken: 'base-image-latest-tag',
    expected: ['apt-get-missing-yes', 'container-runs-as-root'],
    path: '/iso/Dockerfile',
    text: 'FROM node:latest\nRUN apt-get install curl\n',
  },
  {
    kind: 'kubernetes',
    rules: kubernetesRules as unknown as AnyRule[],
    broken: 'k8s-privileged-container',
    expected: ['k8s-host-pid', 'k8s-image-latest-tag'],
    path: '/iso/pod.yaml',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  hostPID: true\n  containers:\n    - name: a\n      image: nginx:latest\n      securityContext: {privileged: true}\n',
  },
  {
    kind: 'compose',
    rules: composeRules as unknown as AnyRule[],
    broken: 'compose-privileged-container',
    expected: ['compose-docker-socket', 'compose-image-latest-tag'],
    path: '/iso/compose.yaml',
    text: 'services:\n  a:\n    image: nginx:latest\n    privileged: true\n    volumes: [/var/run/docker.sock:/var/run/docker.sock]\n',
  },
];

describe('rule isolation: a throwing rule', () => {
  for (const c of cases) {
    it(`${c.kind}: is reported as a rule error; every other finding is still produced`, () => {
      const before = analyzeChecked(c.text, c.kind, { path: c.path }).result.findings.map((f) => f.rule);
      assert.ok(before.includes(c.broken), `${c.broken} fires on the sample`);
      for (const id of c.expected) assert.ok(before.includes(id), `${id} fires on the sample`);
      for (const error of [new Error('boom from a test'), 'a thrown string', new RangeError('Maximum call stack size exceeded')]) {
        const result = withThrowingRule(c.rules, c.broken, () => analyzeFile({ path: c.path, text: c.text + `# ${String(error)}\n`, kind: c.kind }, fuzzConfig(), memoryHost({})), error);
        assert.deepStrictEqual(result.ruleErrors, [{ rule: c.broken, message: error instanceof Error ? error.message : String(error) }]);
        const after = result.findings.map((f) => f.rule);
        assert.deepStrictEqual(after.filter((r) => r !== c.broken), before.filter((r) => r !== c.broken), 'the other rules are unaffected');
      }
      // restored: the rule works again
      assert.deepStrictEqual(analyzeChecked(c.text + '# again\n', c.kind, { path: c.path }).result.ruleErrors, []);
    });
  }
});

describe('rule isolation in the extension: logged to the output channel once per rule', function () {
  this.timeout(20000);
  let mock: Mock;
  let uninstall: () => void;
  const logged: string[] = [];

  before(() => {
    mock = createMock();
    const window = mock.vscode.window as Record<string, unknown>;
    const capture = (level: string) => (message: string) => logged.push(`${level}: ${message}`);
    window.createOutputChannel = () => ({ debug() {}, trace() {}, info: capture('info'), warn: capture('warn'), error: capture('error'), appendLine: capture('line'), dispose() {} });
    uninstall = activateWithMock(mock);
  });
  after(() => {
    uninstall();
  });

  it('keeps the other diagnostics and warns once, however often the rule fails', () => {
    const c = cases[0];
    withThrowingRule(c.rules, c.broken, () => {
      for (let i = 0; i < 3; i++) {
        const doc = new MockDocument(`/tmp/containment-iso/${i}/Dockerfile`, 'dockerfile', c.text + `# edit ${i}\n`);
        mock.documents.push(doc);
        mock.events.open.fire(doc);
        const codes = (mock.diagnostics.get(doc.uri.toString()) ?? []).map((d) => (d.code as { value: string }).value);
        for (const id of c.expected) assert.ok(codes.includes(id), `${id} in ${codes.join(', ')}`);
      }
    });
    const warnings = logged.filter((l) => l.includes(c.broken));
    assert.strictEqual(warnings.length, 1, logged.join('\n'));
    assert.match(warnings[0], /^warn: Rule base-image-latest-tag failed on .*Dockerfile: boom from a test/);
  });
});
