/** Shared checks for the fuzz suite: run the engine on one input and assert the invariants. */
import * as assert from 'assert';
import { defaultConfig, type ContainmentConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile, type AnalysisResult } from '../../../src/core/engine/analyze-file';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { FileKind, Range } from '../../../src/core/base/model/finding';
import { LineIndex } from '../../../src/core/base/text/line-index';

/** Fixed seed by default (reproducible); FUZZ_SEED / FUZZ_RUNS to explore. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20240607;
/** Multiplier for the number of generated inputs (FUZZ_RUNS=10 runs ten times as many). */
export const RUNS_FACTOR = process.env.FUZZ_RUNS ? Math.max(0.01, Number(process.env.FUZZ_RUNS)) : 1;
export const runs = (n: number) => Math.max(1, Math.round(n * RUNS_FACTOR));

export const PATHS: Record<FileKind, string> = { dockerfile: '/fuzz/app/Dockerfile', kubernetes: '/fuzz/app/k8s.yaml', compose: '/fuzz/app/compose.yaml' };

/** Inputs tried, by suite (printed at the end). */
export const tried: Record<string, number> = {};
export function count(suite: string, n = 1): void {
  tried[suite] = (tried[suite] ?? 0) + n;
}

/** Every config the fuzz runs use: defaults plus every opt-in rule and policy switched on (more code paths). */
export function fuzzConfig(): ContainmentConfig {
  const config = defaultConfig();
  config.policy = { cpuRequests: true, memoryRequests: true, memoryLimits: true, cpuLimits: true, ephemeralStorage: true, guaranteedQoS: true, pidsLimit: true };
  config.trustedRegistries = ['docker.io', 'registry.example.com:5000'];
  config.shellcheck.enabled = false;
  return config;
}

let allOnConfig: ContainmentConfig | undefined;
/** fuzzConfig plus every default-off rule switched on (set by the suite, which knows the rule list). */
export function setAllOnConfig(config: ContainmentConfig): void {
  allOnConfig = config;
}

export function describeText(text: string): string {
  return JSON.stringify(text.length > 600 ? text.slice(0, 600) + `… (${text.length} chars)` : text);
}

export function assertRangeInside(range: Range, index: LineIndex, what: string, text: string): void {
  const fail = (message: string) => assert.fail(`${what}: ${message} in ${describeText(text)}`);
  const check = (p: Range['start'], end: string) => {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) fail(`${end} is not integral ${JSON.stringify(p)}`);
    if (p.line < 0 || p.line >= index.lineCount) fail(`${end} line ${p.line} outside 0..${index.lineCount - 1}`);
    const len = index.lineEnd(p.line) - index.lineStart(p.line);
    if (p.character < 0 || p.character > len) fail(`${end} character ${p.character} outside line ${p.line} (length ${len})`);
  };
  check(range.start, 'start');
  check(range.end, 'end');
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) fail(`start after end ${JSON.stringify(range)}`);
}

/** Asserts the engine's invariants on one result: no rule errors, every range inside the document. */
export function assertResultSound(text: string, path: string, result: AnalysisResult): void {
  if (result.ruleErrors.length) assert.deepStrictEqual(result.ruleErrors, [], `rule errors on ${describeText(text)}`);
  const index = new LineIndex(text);
  for (const f of result.findings) {
    assertRangeInside(f.range, index, `${f.rule} finding`, text);
    for (const e of f.fix?.edits ?? []) {
      assertRangeInside(e.range, index, `${f.rule} fix edit`, text);
      assert.strictEqual(typeof e.newText, 'string');
    }
    for (const r of f.related ?? []) if (r.path === path) assertRangeInside(r.range, index, `${f.rule} related`, text);
    if (typeof f.message !== 'string' || !f.message.length) assert.fail(`${f.rule}: empty message`);
  }
}

export interface RunOutcome {
  result: AnalysisResult;
  ms: number;
}

/** Analyses `text` (never throws or the test fails with the input), checks invariants, returns the result and time. */
export function analyzeChecked(text: string, kind: FileKind, options: { allOn?: boolean; path?: string; extraFiles?: Record<string, string> } = {}): RunOutcome {
  const path = options.path ?? PATHS[kind];
  const config = options.allOn && allOnConfig ? allOnConfig : fuzzConfig();
  const host = memoryHost({ ...(options.extraFiles ?? {}), [path]: text });
  const started = performance.now();
  let result: AnalysisResult;
  try {
    result = analyzeFile({ path, text, kind }, config, host);
  } catch (error) {
    assert.fail(`analyzeFile threw ${(error as Error)?.stack ?? error}\non ${kind} input ${describeText(text)}`);
  }
  const ms = performance.now() - started;
  assertResultSound(text, path, result);
  return { result, ms };
}

/** Applies every fix of a result (overlaps are skipped) and analyses the outcome again: must not throw either. */
export function fixAndReanalyze(text: string, kind: FileKind, result: AnalysisResult): string {
  const edits = result.findings.flatMap((f) => f.fix?.edits ?? []);
  if (!edits.length) return text;
  let fixed: string;
  try {
    fixed = applyEdits(text, edits).text;
  } catch (error) {
    assert.fail(`applyEdits threw ${(error as Error)?.stack ?? error} on ${describeText(text)}`);
  }
  analyzeChecked(fixed, kind);
  return fixed;
}
