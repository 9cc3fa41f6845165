/**
 * Differential check for refactors that must not change behaviour: runs a baseline CLI (built from the commit before
 * the refactor) and this tree's CLI with `check --format json` and `report --format json` on every fixture folder, every
 * example, a generated corpus and any extra paths, and prints where the JSON differs.
 *
 *   node out/bench/differential.js --baseline /work/baseline-cli/cli.js [--current dist/cli.js] [--keep] [PATH...]
 *
 * Exit code 0 when every output is identical, 1 otherwise. Differences that are intended are listed in
 * docs/ARCHITECTURE.md ("Output changes") rather than filtered here, so this script never hides one.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { composeFile, kubernetesManifest, largeDockerfile, writeWorkspace } from './generate';

interface Options {
  baseline: string;
  current: string;
  keep: boolean;
  extra: string[];
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { baseline: '', current: path.resolve('dist/cli.js'), keep: false, extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--baseline') opts.baseline = path.resolve(argv[++i]);
    else if (a === '--current') opts.current = path.resolve(argv[++i]);
    else if (a === '--keep') opts.keep = true;
    else opts.extra.push(path.resolve(a));
  }
  if (!opts.baseline) throw new Error('usage: differential --baseline OLD/cli.js [--current dist/cli.js] [--keep] [PATH...]');
  return opts;
}

/** Folders whose files make one report each: every fixture group, every example, the generated corpus. */
function targets(repo: string, corpus: string, extra: string[]): string[] {
  const out: string[] = [];
  for (const group of ['test/fixtures/compose', 'test/fixtures/kubernetes', 'test/fixtures/projects']) {
    const dir = path.join(repo, group);
    for (const name of fs.readdirSync(dir).sort()) out.push(path.join(dir, name));
  }
  out.push(path.join(repo, 'test/fixtures/dockerfiles'), path.join(repo, 'examples'));
  for (const name of fs.readdirSync(path.join(repo, 'examples')).sort()) {
    const p = path.join(repo, 'examples', name);
    if (fs.statSync(p).isDirectory()) out.push(p);
  }
  out.push(corpus, ...extra);
  return out;
}

/** A corpus from the benchmark generators: a workspace plus large single files of each kind. */
function writeCorpus(root: string): void {
  writeWorkspace(path.join(root, 'workspace'), 400, 11);
  const single = path.join(root, 'single');
  fs.mkdirSync(single, { recursive: true });
  for (let seed = 1; seed <= 5; seed++) {
    fs.writeFileSync(path.join(single, `Dockerfile.large${seed}`), largeDockerfile(400, seed));
    fs.writeFileSync(path.join(single, `manifest-${seed}.yaml`), kubernetesManifest(12 + seed, seed));
    fs.writeFileSync(path.join(single, `compose-${seed}.yaml`), composeFile(6 + seed, seed));
  }
}

function run(cli: string, args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return `exit ${r.status}\n${r.stdout}\n${r.status !== 0 && r.status !== 1 ? r.stderr : ''}`;
}

/** The first path at which two JSON values differ, or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return `${at}: ${short(a)} ≠ ${short(b)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a && typeof a === 'object' && b && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${at}: ${short(a)} ≠ ${short(b)}`;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 160 ? s.slice(0, 157) + '...' : s;
}

function compare(label: string, before: string, after: string): string | undefined {
  if (before === after) return undefined;
  const [headA, ...restA] = before.split('\n');
  const [headB, ...restB] = after.split('\n');
  if (headA !== headB) return `${label}: ${headA} ≠ ${headB}`;
  try {
    return `${label}: ${firstDifference(JSON.parse(restA.join('\n')), JSON.parse(restB.join('\n'))) ?? 'same JSON, different text'}`;
  } catch {
    return `${label}: output differs (not JSON)`;
  }
}

function main(): number {
  const opts = parseOptions(process.argv.slice(2));
  const repo = path.resolve(__dirname, '..', '..');
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-diff-'));
  writeCorpus(corpus);
  const differences: string[] = [];
  let runs = 0;
  try {
    for (const target of targets(repo, corpus, opts.extra)) {
      const shown = path.relative(repo, target) || '.';
      for (const args of [['check', '--format', 'json', target], ['report', '--format', 'json', target]]) {
        runs++;
        const d = compare(`${args[0]} ${shown}`, run(opts.baseline, args, repo), run(opts.current, args, repo));
        if (d) differences.push(d);
      }
    }
  } finally {
    if (!opts.keep) fs.rmSync(corpus, { recursive: true, force: true });
  }
  for (const d of differences) console.log(d);
  console.log(`${runs} runs, ${differences.length} with different output`);
  return differences.length ? 1 : 0;
}

process.exitCode = main();
