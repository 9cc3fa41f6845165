/**
 * Fix All in the editors (src/core/features/code-actions.ts planFixAll): only fixes that cannot change how the
 * container runs, decided by the fix's declared `changesBehaviour`; the others stay individual quick fixes, and the
 * summary names both.
 */
import * as assert from 'assert';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { fixAllSummary, planFixAll, quickFixActions } from '../../../src/core/features/code-actions';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { FileKind, Finding } from '../../../src/core/base/model/finding';

const open = (text: string, kind: FileKind) => ({ text, kind, path: kind === 'dockerfile' ? '/p/Dockerfile' : '/p/file.yaml', host: memoryHost({}) });

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
    const titles = quickFixActions(open(MANIFEST, 'kubernetes'), list).map((a) => a.title);
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

describe('features: quick-fix titles in the display language', () => {
  const HANGUL = /[\uac00-\ud7a3]/;

  it('Kubernetes with lang ko: resources and hardening titles in Korean, English unchanged without it', () => {
    const list = findings('/w/pod.yaml', MANIFEST, 'kubernetes');
    const english = quickFixActions(open(MANIFEST, 'kubernetes'), list).map((a) => a.title);
    const korean = quickFixActions(open(MANIFEST, 'kubernetes'), list, undefined, 'ko').map((a) => a.title);
    assert.ok(english.includes('Harden the securityContext (no privilege escalation, non-root, read-only root, drop ALL capabilities, RuntimeDefault seccomp)'), english.join(' | '));
    assert.ok(korean.includes('securityContext 강화(권한 상승 금지, 루트가 아닌 사용자로 실행, 읽기 전용 루트 파일시스템, 모든 권한(capability) 제거, RuntimeDefault seccomp 적용)'), korean.join(' | '));
    assert.ok(english.some((t) => /^Add CPU request 100m, memory request \S+, memory limit \S+$/.test(t)), english.join(' | '));
    assert.ok(korean.some((t) => /^CPU 요청 100m, 메모리 요청 \S+, 메모리 제한 \S+ 추가$/.test(t)), korean.join(' | '));
    const fixes = korean.slice(0, english.findIndex((t) => t.startsWith('Ignore')));
    assert.ok(fixes.length >= 2 && fixes.every((t) => HANGUL.test(t)), fixes.join(' | '));
  });

  it('Dockerfile with lang ko: USER insertion and package-manager flags; Fix All names them in Korean', () => {
    const text = 'FROM node:20\nRUN apt-get update && apt-get install -y curl\nRUN pip install flask\nRUN apk add curl\n';
    const list = findings('/w/Dockerfile', text, 'dockerfile');
    const titles = quickFixActions(open(text, 'dockerfile'), list, undefined, 'ko').map((a) => a.title);
    for (const wanted of ['uid 65532로 실행(USER 65532:65532 추가)', "'install' 뒤에 --no-install-recommends 추가", "'install' 뒤에 --no-cache-dir 추가", "'add' 뒤에 --no-cache 추가"]) {
      assert.ok(titles.includes(wanted), `${wanted} not in ${titles.join(' | ')}`);
    }
    const plan = planFixAll(list, undefined, 'ko');
    assert.ok(plan.applied.includes("'install' 뒤에 --no-cache-dir 추가"), plan.applied.join(' | '));
    assert.ok(plan.leftOut.includes('uid 65532로 실행(USER 65532:65532 추가)'), plan.leftOut.join(' | '));
    assert.ok(planFixAll(list).leftOut.includes('Run as uid 65532 (add USER 65532:65532)'));
  });

  it('Compose with lang ko: no-new-privileges and resource limits', () => {
    const text = 'services:\n  web:\n    image: nginx:1.30\n';
    const list = findings('/w/compose.yaml', text, 'compose');
    const english = quickFixActions(open(text, 'compose'), list).map((a) => a.title);
    const korean = quickFixActions(open(text, 'compose'), list, undefined, 'ko').map((a) => a.title);
    assert.ok(english.includes("Add no-new-privileges:true to 'web'"), english.join(' | '));
    assert.ok(korean.includes("'web'에 no-new-privileges:true 추가"), korean.join(' | '));
    assert.ok(korean.some((t) => /^'web'에 리소스 제한 추가\(메모리 제한 \S+/.test(t)), korean.join(' | '));
  });
});

