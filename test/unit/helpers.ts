/** Shared test helpers: lint a text through the real engine, pick findings of one rule, apply fixes, read ranges. */
import * as assert from 'assert';
import { defaultConfig, type ContainmentConfig } from '../../src/core/knowledge/config/config';
import { analyzeFile } from '../../src/core/engine/analyze-file';
import { applyEdits } from '../../src/core/engine/fix/apply-edits';
import { memoryHost } from '../../src/core/base/host/file-host';
import type { FileKind, Finding, Range } from '../../src/core/base/model/finding';
import { LineIndex } from '../../src/core/base/text/line-index';

export interface LintOptions {
  path?: string;
  kind?: FileKind;
  /** Adjust the default config. */
  config?: (config: ContainmentConfig) => void;
  /** Other files the host can see (absolute or relative paths). */
  files?: Record<string, string>;
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  const config = defaultConfig();
  options.config?.(config);
  const path = options.path ?? '/work/Dockerfile';
  const result = analyzeFile({ path, text, kind: options.kind }, config, memoryHost({ ...(options.files ?? {}), [path]: text }));
  assert.deepStrictEqual(result.ruleErrors, [], 'no rule may throw');
  return result.findings;
}

/** Findings of one rule (by id). */
export function findingsOf(text: string, rule: string, options?: LintOptions): Finding[] {
  return lint(text, options).filter((f) => f.rule === rule);
}

/** The document text a range covers. */
export function textAt(text: string, range: Range): string {
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}

/** Applies one finding's fix. */
export function applyFix(text: string, finding: Finding): string {
  assert.ok(finding.fix, `finding ${finding.rule} has no fix`);
  return applyEdits(text, finding.fix.edits).text;
}

/** Asserts exactly one finding of `rule`, covering `token`, and returns it. */
export function expectOne(text: string, rule: string, token: string, options?: LintOptions): Finding {
  const found = findingsOf(text, rule, options);
  assert.strictEqual(found.length, 1, `expected one ${rule} finding, got ${found.length}: ${JSON.stringify(found.map((f) => f.message))}`);
  assert.strictEqual(textAt(text, found[0].range), token);
  return found[0];
}

export function expectNone(text: string, rule: string, options?: LintOptions): void {
  const found = findingsOf(text, rule, options);
  assert.deepStrictEqual(
    found.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.message}`),
    [],
    `expected no ${rule} finding`,
  );
}

/** Apply the fix of the single finding of `rule`, assert it is gone afterwards and that fixing is idempotent. */
export function expectFix(text: string, rule: string, expected: string, options?: LintOptions): void {
  const found = findingsOf(text, rule, options);
  assert.ok(found.length >= 1, `expected a ${rule} finding`);
  const fixed = applyFix(text, found[0]);
  assert.strictEqual(fixed, expected);
  if (found.length === 1) expectNone(fixed, rule, options);
}
