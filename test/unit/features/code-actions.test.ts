/**
 * Fix All in the editors (src/core/features/code-actions.ts planFixAll): only fixes that cannot change how the
 * container runs, decided by the fix's declared `changesBehaviour`; the others stay individual quick fixes, and the
 * summary names both.
 */
import * as assert from 'assert';
import { defaultConfig } from '../../../src/core/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { fixAllSummary, planFixAll, quickFixActions } from '../../../src/core/features/code-actions';
import { memoryHost } from '../../../src/core/host/file-host';
import type { FileKind, Finding } from '../../../src/core/model/finding';

function findings(path: string, text: string, kind: FileKind): Finding[] {
  return analyzeFile({ path, text, kind }, defaultConfig(), memoryHost({ [path]: text })).findings;
}

const MANIFEST = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '    - name: web', '      image: nginx:1.30', ''].join('\n');

describe('features: Fix All keeps runtime behaviour', () => {
  it('Dockerfile: the pip flag is applied; USER and --no-install-recommends are left out and named in the summary', () => {
    const list = findings('/w/Dockerfile', 'FROM node:20\nRUN apt-get update && apt-get install -y curl\nRUN pip install flask\n', 'dockerfile');
    const plan = planFixAll(list);
    assert.deepStrictEqual(plan.action?.edits?.map((e) => e.newText), [' --no-cache-dir']);
    assert.ok(plan.leftOut.some((t) => /add USER/.test(t)), plan.leftOut.join(' | '));
    assert.ok(plan.leftOut.some((t) => /--no-install-recommends/.test(t)), plan.leftOut.join(' | '));
    const summary = fixAllSummary(plan);
    assert.match(summary, /^Applied 1 fix\(es\): Add --no-cache-dir/);
    assert.match(summary, /Left for you to apply one by one, as they change how the container runs: /);
  });

  it('Kubernetes: resources and securityContext hardening are behaviour changes: no Fix All action, each still a quick fix', () => {
    const list = findings('/w/pod.yaml', MANIFEST, 'kubernetes');
    assert.ok(list.some((f) => f.fix?.changesBehaviour && /securityContext/.test(f.fix.title)));
    const plan = planFixAll(list);
    assert.strictEqual(plan.action, undefined);
    assert.ok(plan.leftOut.some((t) => /^Harden the securityContext/.test(t)) && plan.leftOut.some((t) => /^Add .*memory limit/.test(t)), plan.leftOut.join(' | '));
    assert.strictEqual(new Set(plan.leftOut).size, plan.leftOut.length, 'each title once');
    const titles = quickFixActions(MANIFEST, 'kubernetes', list).map((a) => a.title);
    assert.ok(titles.some((t) => /^Harden the securityContext/.test(t)) && titles.some((t) => /memory limit/.test(t)), titles.join(' | '));
    assert.match(fixAllSummary(plan), /^No fix that leaves runtime behaviour unchanged applies to this file\. Left for you/);
  });

  it('Compose: limits and no-new-privileges are declared behaviour changes', () => {
    const text = 'services:\n  web:\n    image: nginx:1.30\n';
    const fixes = findings('/w/compose.yaml', text, 'compose').filter((f) => f.fix);
    assert.ok(fixes.length >= 2, fixes.map((f) => f.rule).join(', '));
    assert.ok(fixes.every((f) => f.fix!.changesBehaviour || f.fix!.manual), fixes.map((f) => `${f.rule}: ${f.fix!.title}`).join(' | '));
  });

  it('a fix without the declaration is applied whatever its title says', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const base = { aliases: [], category: 'base-image', severity: 'warning', message: 'm', range } as unknown as Finding;
    const plan = planFixAll([
      { ...base, rule: 'a', fix: { title: 'Add USER 65532 (harmless here)', edits: [{ range, newText: 'A' }] } },
      { ...base, rule: 'b', fix: { title: 'Rename a label', edits: [{ range, newText: 'B' }], changesBehaviour: true } },
    ]);
    assert.deepStrictEqual(plan.applied, ['Add USER 65532 (harmless here)']);
    assert.deepStrictEqual(plan.leftOut, ['Rename a label']);
  });
});
