/**
 * Every rule speaks Korean: a Korean title, why and how-to-fix, and a Korean message for each of its message ids with
 * the same placeholders; and rules report through message ids, so what they say can be translated at all.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ContainmentConfig } from '../../../src/core/knowledge/config/config';
import { formatMessage, placeholdersOf } from '../../../src/core/base/l10n/format-message';
import { langFromEnv, langOf } from '../../../src/core/base/l10n/lang';
import { ENGINE_MESSAGES } from '../../../src/core/base/l10n/engine-messages';
import { FIX_TITLES } from '../../../src/core/base/l10n/fix-titles';
import { koreanEngineMessages, koreanFixTitles, koreanRuleTexts, localizedMessage, ruleText } from '../../../src/core/base/l10n/rule-text';
import { allRuleMetas } from '../../../src/core/engine/rules-registry';
import { findingsOf } from '../helpers';

const root = path.join(__dirname, '..', '..', '..', '..');
const HANGUL = /[\uac00-\ud7a3]/;

/** `report({ … message: … })` written in a rule or kit file: a literal English message no translation can reach. */
function literalReportMessages(file: string): number[] {
  const text = fs.readFileSync(file, 'utf8');
  const lines: number[] = [];
  for (const m of text.matchAll(/\bmessage:/g)) {
    // the innermost `{` around this key: a report's argument when `report(` precedes it
    let depth = 0;
    let at = m.index! - 1;
    for (; at >= 0; at--) {
      const c = text[at];
      if (c === '}' || c === ')' || c === ']') depth++;
      else if (c === '{' || c === '(' || c === '[') {
        if (depth === 0) break;
        depth--;
      }
    }
    if (at >= 0 && text[at] === '{' && /report\(\s*$/.test(text.slice(Math.max(0, at - 20), at))) lines.push(text.slice(0, m.index).split('\n').length);
  }
  return lines;
}

function ruleSourceFiles(): string[] {
  const files: string[] = [];
  for (const kind of ['dockerfile', 'kubernetes', 'compose']) {
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(path.join(root, 'src', 'core', 'formats', kind));
  }
  return files;
}

describe('l10n: rule texts', () => {
  it('every rule has a Korean title, why and how-to-fix', () => {
    const missing: string[] = [];
    for (const meta of allRuleMetas()) {
      const ko = koreanRuleTexts()[meta.id];
      if (!ko || ![ko.title, ko.why, ko.howToFix].every((t) => HANGUL.test(t))) missing.push(meta.id);
    }
    assert.deepStrictEqual(missing, [], 'rules without Korean texts (src/core/base/l10n/ko/)');
  });

  it("each Korean message matches an English message id and uses the same placeholders", () => {
    const problems: string[] = [];
    for (const meta of allRuleMetas()) {
      const ko = koreanRuleTexts()[meta.id];
      if (!ko) continue;
      const english = meta.messages ?? {};
      for (const [id, text] of Object.entries(english)) {
        const translated = ko.messages?.[id];
        if (!translated || !HANGUL.test(translated)) problems.push(`${meta.id}.${id}: no Korean`);
        else if (placeholdersOf(translated).join() !== placeholdersOf(text).join()) problems.push(`${meta.id}.${id}: placeholders ${placeholdersOf(translated)} ≠ ${placeholdersOf(text)}`);
      }
      for (const id of Object.keys(ko.messages ?? {})) if (!(id in english)) problems.push(`${meta.id}.${id}: Korean for a message id the rule does not have`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it("the engine's messages around a finding have Korean with the same placeholders", () => {
    const problems: string[] = [];
    for (const [id, text] of Object.entries(ENGINE_MESSAGES)) {
      const translated = koreanEngineMessages()[id];
      if (!translated || !HANGUL.test(translated)) problems.push(`${id}: no Korean`);
      else if (placeholdersOf(translated).join() !== placeholdersOf(text).join()) problems.push(`${id}: placeholders differ`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('each fix title has Korean with the same placeholders', () => {
    const problems: string[] = [];
    for (const [id, text] of Object.entries(FIX_TITLES)) {
      const translated = koreanFixTitles()[id];
      if (!translated) problems.push(`${id}: no Korean`);
      else if (placeholdersOf(translated).join() !== placeholdersOf(text).join()) problems.push(`${id}: placeholders ${placeholdersOf(translated)} ≠ ${placeholdersOf(text)}`);
      // a title with English words outside its placeholders needs Korean words (`mem_limit {value}` is a field name)
      else if (/[a-z]{3,} [a-z]{2,}/i.test(text.replace(/\{\w+\}/g, '')) && !HANGUL.test(translated)) problems.push(`${id}: not Korean`);
    }
    for (const id of Object.keys(koreanFixTitles())) if (!(id in FIX_TITLES)) problems.push(`${id}: Korean for a fix title that does not exist`);
    assert.deepStrictEqual(problems, []);
  });

  it('rules report through message ids, never a literal English message', () => {
    // rule modules and the kits they report through
    const literal = ruleSourceFiles()
      .map((f) => ({ f: path.relative(root, f), lines: literalReportMessages(f) }))
      .filter((x) => x.lines.length)
      .map((x) => `${x.f}:${x.lines.join(',')}`);
    assert.deepStrictEqual(literal, []);
  });

  it("each rule's bad example reports with a message id, and its fix with a title id", () => {
    const withoutId: string[] = [];
    const pathFor = { dockerfile: '/work/Dockerfile', compose: '/work/compose.yaml', kubernetes: '/work/k8s.yaml' } as const;
    for (const meta of allRuleMetas()) {
      if (!meta.examples || !(meta.appliesTo in pathFor)) continue;
      const options = { kind: meta.appliesTo, path: pathFor[meta.appliesTo], config: (c: ContainmentConfig) => c.rules.set(meta.id, meta.severity) };
      for (const f of findingsOf(meta.examples.bad, meta.id, options)) {
        if (!f.messageId) withoutId.push(`${meta.id}: ${f.message}`);
        if (f.fix && !f.fix.titleId) withoutId.push(`${meta.id}: fix "${f.fix.title}"`);
      }
    }
    assert.deepStrictEqual(withoutId, []);
  });
});

describe('l10n: languages and messages', () => {
  it('reads the language from a tag or the POSIX environment', () => {
    assert.strictEqual(langOf('ko'), 'ko');
    assert.strictEqual(langOf('ko-KR'), 'ko');
    assert.strictEqual(langOf('ko_KR.UTF-8'), 'ko');
    assert.strictEqual(langOf('kok'), 'en');
    assert.strictEqual(langOf('en-US'), 'en');
    assert.strictEqual(langOf(undefined), 'en');
    assert.strictEqual(langFromEnv({ LANG: 'ko_KR.UTF-8' }), 'ko');
    assert.strictEqual(langFromEnv({ LC_ALL: 'C.UTF-8', LANG: 'ko_KR.UTF-8' }), 'en');
    assert.strictEqual(langFromEnv({}), 'en');
  });

  it('fills placeholders and leaves a missing one visible', () => {
    assert.strictEqual(formatMessage('{a} and {b}', { a: 'x', b: 2 }), 'x and 2');
    assert.strictEqual(formatMessage('{a} and {b}', { a: 'x' }), 'x and {b}');
    assert.strictEqual(formatMessage('{toString}', {}), '{toString}');
    assert.deepStrictEqual(placeholdersOf('{b} {a} {b}'), ['a', 'b']);
  });

  it('a finding carries its message id and data, and reads in Korean', () => {
    const [finding] = findingsOf('FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n', 'apt-lists-not-cleaned');
    assert.strictEqual(finding.messageId, 'listsStay');
    assert.deepStrictEqual(finding.data, { updater: 'apt-get', lists: '/var/lib/apt/lists' });
    assert.match(finding.message, /^The apt lists downloaded by 'apt-get update'/);
    const korean = localizedMessage(finding, 'ko');
    assert.match(korean, /apt-get update/);
    assert.ok(HANGUL.test(korean), korean);
    assert.strictEqual(localizedMessage(finding, 'en'), finding.message);
  });

  it('a finding lowered inside a sandbox reads in Korean, the rule message nested in the note', () => {
    const k8s = findingsOf(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  runtimeClassName: gvisor\n  containers:\n    - name: c\n      image: nginx:1.25\n      securityContext: {privileged: true}\n',
      'k8s-privileged-container',
      { kind: 'kubernetes', path: '/work/k8s.yaml' },
    );
    assert.strictEqual(k8s.length, 1);
    assert.strictEqual(k8s[0].severity, 'info');
    assert.match(k8s[0].message, /^Container "c" of Pod "p" is privileged.*\(runtimeClassName "gvisor" is a sandboxed runtime with its own kernel, so this does not reach the host kernel directly; info only\.\)$/);
    assert.match(localizedMessage(k8s[0], 'ko'), /^Pod "p"의 컨테이너 "c"이\(가\) privileged입니다.*\(runtimeClassName "gvisor"은\(는\) 자체 커널을 가진 샌드박스 런타임/);
    const [compose] = findingsOf('services:\n  w:\n    image: a:1\n    runtime: runsc\n    privileged: true\n', 'compose-privileged-container', { kind: 'compose', path: '/work/compose.yaml' });
    assert.match(compose.message, / Lowered to info: runtime 'runsc' is gVisor: system calls go to a user-space kernel, not straight to the host kernel\.$/);
    assert.match(localizedMessage(compose, 'ko'), /정보로 낮춤: 런타임 'runsc'은\(는\) gVisor입니다/);
  });

  it('a field without a translation falls back to English', () => {
    const meta = allRuleMetas().find((m) => m.id === 'apt-lists-not-cleaned')!;
    assert.ok(HANGUL.test(ruleText(meta, 'ko').title));
    assert.strictEqual(ruleText(meta, 'en').title, meta.title);
    assert.strictEqual(localizedMessage({ rule: 'no-such-rule', message: 'plain', messageId: 'x' }, 'ko'), 'plain');
  });
});
