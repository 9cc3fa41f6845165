/**
 * Parity with hadolint's own test suite: scores Containment's Dockerfile rules on the cases of hadolint's rule specs.
 *
 *   node out/bench/hadolint-parity.js <hadolint>/test/Hadolint/Rule [--rule DL3013] [--json] [--quiet]
 *
 * Each `ruleCatches…` case must produce at least one finding carrying that DL code as an alias ("catches"); each
 * `ruleCatchesNot…` case must produce none ("clean"). A finding anywhere in the text counts, so rules that report once
 * per package and rules that report once per instruction score alike. The rule under test is switched on even when it
 * is opt-in (hadolint's specs test the rule, not its default), ShellCheck is off, and hadolint's `allowedRegistries`
 * becomes `trustedRegistries`. Cases of rules Containment deliberately leaves out are listed apart with the reason.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig } from '../src/core/knowledge/config/config';
import { analyzeFile } from '../src/core/engine/analyze-file';
import { dockerfileRules } from '../src/core/formats/dockerfile/rules.generated';
import { memoryHost } from '../src/core/base/host/file-host';
import { extractCases, wrapRunsInOnBuild, type SpecCase } from './hadolint-spec-cases';

/** hadolint rules Containment does not implement, on purpose, and why. */
const NOT_IMPLEMENTED: Record<string, string> = {
  DL3049: 'label schema (hadolint `label-schema` config): Containment has no label-schema setting',
  DL3050: 'label schema (strict labels)',
  DL3051: 'label schema (empty label)',
  DL3052: 'label schema (URL label)',
  DL3053: 'label schema (RFC 3339 label)',
  DL3054: 'label schema (SPDX label)',
  DL3055: 'label schema (git hash label)',
  DL3056: 'label schema (semver label)',
  DL3058: 'label schema (email label)',
};

interface Outcome {
  spec: SpecCase;
  passed: boolean;
  found: number;
}

function rulesFor(code: string) {
  return dockerfileRules.filter((r) => r.meta.aliases.includes(code));
}

function runCase(spec: SpecCase): Outcome {
  const config = defaultConfig();
  config.shellcheck.enabled = false;
  config.trustedRegistries = spec.allowedRegistries;
  for (const rule of rulesFor(spec.code)) if (rule.meta.defaultOff) config.rules.set(rule.meta.id, rule.meta.severity);
  const text = `${spec.onBuild ? wrapRunsInOnBuild(spec.text) : spec.text}\n`;
  const { findings } = analyzeFile({ path: '/work/Dockerfile', text, kind: 'dockerfile' }, config, memoryHost({ '/work/Dockerfile': text }));
  const found = findings.filter((f) => f.aliases.includes(spec.code)).length;
  return { spec, found, passed: spec.kind === 'catches' ? found > 0 : found === 0 };
}

interface Tally {
  catches: [number, number];
  clean: [number, number];
}

const pct = ([ok, all]: [number, number]) => (all ? `${((100 * ok) / all).toFixed(1)} %` : '—');

function tally(outcomes: Outcome[]): Tally {
  const t: Tally = { catches: [0, 0], clean: [0, 0] };
  for (const o of outcomes) {
    const slot = o.spec.kind === 'catches' ? t.catches : t.clean;
    slot[1]++;
    if (o.passed) slot[0]++;
  }
  return t;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--rule');
  if (!dir || !fs.existsSync(dir)) {
    console.error('usage: node out/bench/hadolint-parity.js <hadolint>/test/Hadolint/Rule [--rule DLxxxx] [--json] [--quiet]');
    process.exit(2);
  }
  const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
  const cases: SpecCase[] = [];
  const unread: Array<{ file: string; line: number }> = [];
  for (const file of fs.readdirSync(dir).filter((f) => /^DL\d{4}Spec\.hs$/.test(f)).sort()) {
    const r = extractCases(file, fs.readFileSync(path.join(dir, file), 'utf8'));
    cases.push(...r.cases.filter((c) => !only || c.code === only));
    unread.push(...r.unread);
  }
  const skipped = cases.filter((c) => NOT_IMPLEMENTED[c.code] || !rulesFor(c.code).length);
  const outcomes = cases.filter((c) => !skipped.includes(c)).map(runCase);
  const byCode = new Map<string, Outcome[]>();
  for (const o of outcomes) byCode.set(o.spec.code, [...(byCode.get(o.spec.code) ?? []), o]);
  const total = tally(outcomes);
  if (args.includes('--json')) {
    const perRule = Object.fromEntries([...byCode].map(([code, os]) => [code, tally(os)]));
    console.log(JSON.stringify({ total, perRule, failures: outcomes.filter((o) => !o.passed).map(describe), skipped: skipped.length, unread }, null, 2));
    return;
  }
  console.log('| Rule | Containment rule | catches | clean |\n|---|---|---|---|');
  for (const [code, os] of [...byCode].sort()) {
    const t = tally(os);
    console.log(`| ${code} | ${rulesFor(code).map((r) => r.meta.id).join(', ')} | ${t.catches[0]}/${t.catches[1]} (${pct(t.catches)}) | ${t.clean[0]}/${t.clean[1]} (${pct(t.clean)}) |`);
  }
  console.log(`| **total** | | **${total.catches[0]}/${total.catches[1]} (${pct(total.catches)})** | **${total.clean[0]}/${total.clean[1]} (${pct(total.clean)})** |`);
  const skippedCodes = [...new Set(skipped.map((c) => c.code))].sort();
  console.log(`\nNot scored (${skipped.length} cases):`);
  for (const code of skippedCodes) console.log(`  ${code}: ${skipped.filter((c) => c.code === code).length} cases — ${NOT_IMPLEMENTED[code] ?? 'no Containment rule carries this code'}`);
  if (unread.length) console.log(`\nCases whose text could not be read: ${unread.map((u) => `${u.file}:${u.line}`).join(', ')}`);
  if (args.includes('--quiet')) return;
  const failures = outcomes.filter((o) => !o.passed);
  console.log(`\nFailures (${failures.length}):`);
  for (const o of failures) console.log(describe(o));
}

function describe(o: Outcome): string {
  const { spec } = o;
  const what = spec.kind === 'catches' ? 'missed' : `false (${o.found})`;
  const text = (spec.onBuild ? wrapRunsInOnBuild(spec.text) : spec.text).replace(/\n$/, '').replace(/\n/g, '⏎ ');
  return `  ${spec.code} ${what} ${spec.file}:${spec.line}${spec.allowedRegistries.length ? ` [trusted: ${spec.allowedRegistries.join(',')}]` : ''}: ${text}`;
}

main();
