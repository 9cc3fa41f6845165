/**
 * `npm run bench` — Containment's performance benchmark (issue 6). Prints a table; `--json` prints machine-readable
 * results instead; `--quick` runs fewer iterations; `--no-shellcheck` leaves out the rows that run ShellCheck (an
 * external program, measured in rows of its own). Every figure is a median of several runs after a warm-up.
 *
 * In-process figures go through the real entry point (`analyzeFile`), so the caches are the real ones. "Full" analyses
 * defeat the caches on purpose by giving every run a text never seen before (a comment that differs per run).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validate } from 'dockerfile-utils';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../src/core/knowledge/config/config';
import { setAstMemo } from '../src/core/formats/dockerfile/ast-memo';
import { analyzeFile } from '../src/core/engine/analyze-file';
import { nodeHost } from '../src/core/base/host/node-host';
import { dockerfileRules } from '../src/core/engine/rules.generated';
import type { FileKind } from '../src/core/base/model/finding';
import { languageServerRows, type LspRow } from './language-server';
import { composeFile, documentStarts, kubernetesManifest, largeDockerfile, typicalDockerfile, writeWorkspace } from './generate';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXTENSION = path.join(ROOT, 'dist', 'extension.js');
const FEATURES = path.join(ROOT, 'dist', 'features.js');
const BASELINE = path.join(ROOT, 'bench', 'baseline.js');
const ACTIVATE = path.join(ROOT, 'out', 'bench', 'activate.js');

const args = new Set(process.argv.slice(2));
const JSON_OUT = args.has('--json');
const QUICK = args.has('--quick');
const SHELLCHECK = !args.has('--no-shellcheck');

/** One result line; the language-server rows have the same shape. */
type Row = LspRow;
const rows: Row[] = [];
const log = (s: string) => {
  if (!JSON_OUT) process.stderr.write(s + '\n');
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median ms of `fn(i)` over `runs` runs after `warmup` runs. `fn` receives the run number (warm-ups are negative). */
function time(fn: (i: number) => void, runs: number, warmup = 2): number {
  for (let w = 0; w < warmup; w++) fn(-1 - w);
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

/** Wall-clock ms of one whole child process. */
function runProcess(argv: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Median wall-clock ms of a whole child process. */
function timeProcess(argv: string[], runs: number, warmup = 1): number {
  return timeProcesses([argv], runs, warmup)[0];
}

/**
 * Median wall-clock ms of each process, run in turn (a, b, c, a, b, c, …): a figure and the baseline it is compared
 * with see the same moments of the machine, so a drift in its speed (seen here: ±15 % within minutes) cannot favour
 * the one that happened to run first.
 */
function timeProcesses(argvs: string[][], runs: number, warmup = 1): number[] {
  for (let w = 0; w < warmup; w++) argvs.forEach(runProcess);
  const times: number[][] = argvs.map(() => []);
  for (let i = 0; i < runs; i++) argvs.forEach((argv, k) => times[k].push(runProcess(argv)));
  return times.map(median);
}

const config = defaultConfig();
const host = nodeHost();
/** Analyses before the steady-state figure of the 20-line Dockerfile is taken. */
const STEADY_WARMUP = 2000;
const analyse = (text: string, file: string, kind: FileKind) => analyzeFile({ path: file, text, kind }, config, host);

/** Per-run variants of a text that defeat every text-keyed cache (one comment per YAML document / at the end). */
let salt = 0;
function variantsOf(text: string, kind: FileKind, count: number): string[] {
  return Array.from({ length: count }, () => {
    const v = salt++;
    return kind === 'kubernetes' ? text.replace(/^(# Source: .*)$/gm, `$1 #v${v}`) : `${text}# variant ${v}\n`;
  });
}

function inProcess(id: string, label: string, text: string, kind: FileKind, file: string, runs: number): void {
  // Small inputs run in well under a millisecond, so two warm-up runs leave them in V8's interpreter and the figure
  // measures the JIT, not the code (the 20-line Dockerfile read 1.98 ms that way vs 0.70 ms warm). Small inputs get
  // 200 warm-up runs (both sides), large ones 2.
  const warmup = text.length < 10_000 ? 200 : 2;
  // The 20-line Dockerfile is the per-keystroke case, so it is also measured at steady state: V8 keeps optimising
  // the ~77 rules for ~2,000 analyses (run-index curve in bench/README.md, round 4). Both figures are reported; the
  // target is judged on the steady one, the early one stands in the note.
  const steady = id === 'dockerfile-typical' ? STEADY_WARMUP : 0;
  const variants = variantsOf(text, kind, runs * (steady ? 2 : 1) + warmup + steady + 1);
  let n = 0;
  const ours = time(() => analyse(variants[n++ % variants.length], file, kind), runs, warmup);
  const oursSteady = steady ? time(() => analyse(variants[n++ % variants.length], file, kind), runs, steady - warmup - runs) : undefined;
  // the peer runs as shipped: without our shared-parse and argument memos
  setAstMemo(false);
  const peerFn = kind === 'dockerfile' ? () => validate(text) : () => parseAllDocuments(text);
  const peer = time(peerFn, runs, warmup);
  const peerSteady = steady ? time(peerFn, runs, steady - warmup - runs) : undefined;
  setAstMemo(true);
  const value = oursSteady ?? ours;
  rows.push({
    id,
    label: steady ? `${label} (steady state: after ${STEADY_WARMUP.toLocaleString('en-US')} runs)` : label,
    value,
    unit: 'ms',
    baseline: peerSteady ?? peer,
    baselineLabel: kind === 'dockerfile' ? 'dockerfile-utils validate' : 'yaml parseAllDocuments',
    target: steady ? '≤ 0.5 ms' : undefined,
    pass: steady ? value <= 0.5 : undefined,
    note: steady ? `early (runs ${warmup}–${warmup + runs}): ${ours.toFixed(2)} ms vs validate ${peer.toFixed(2)} ms` : undefined,
  });
  log(`  ${label}: ${value.toFixed(2)} ms (peer ${(peerSteady ?? peer).toFixed(2)} ms)${steady ? `; early ${ours.toFixed(2)} ms (peer ${peer.toFixed(2)} ms)` : ''}`);
}

function incremental(runs: number): void {
  const text = kubernetesManifest(1000);
  const starts = documentStarts(text);
  const file = '/bench/manifest-1000.yaml';
  analyse(text, file, 'kubernetes'); // warm: every document cached
  // each run edits a different document (never seen before): one character inserted into its first `name: ` value
  const edited = (i: number) => {
    const doc = (17 + (i + 10) * 97) % starts.length;
    const at = text.indexOf('name: ', starts[doc]) + 'name: '.length;
    return text.slice(0, at) + 'x' + text.slice(at);
  };
  // texts are built (and flattened, as an editor's getText() is) before timing: the harness is not measured
  const texts = Array.from({ length: runs + 3 }, (_, i) => {
    return Buffer.from(edited(i)).toString();
  });
  const incr = time((i) => analyse(texts[i < 0 ? runs - 1 - i : i], file, 'kubernetes'), runs, 3);
  const full = variantsOf(text, 'kubernetes', runs + 3);
  let n = 0;
  const fullMs = time(() => analyse(full[n++ % full.length], file, 'kubernetes'), Math.max(3, runs >> 2), 1);
  const value = incr;
  rows.push({ id: 'k8s-1000-incremental', label: 'K8s 1,000 docs: one-char edit in one document (incremental)', value, unit: 'ms', baseline: fullMs, baselineLabel: 'full re-analysis', target: '≤ 5 ms', pass: value <= 5 });
  log(`  incremental: ${value.toFixed(2)} ms (full ${fullMs.toFixed(1)} ms)`);
}

function wholeProcess(dir: string, runs: number): void {
  const big = path.join(dir, 'Dockerfile');
  const cases: Array<[string, string, string, string | undefined]> = [
    ['process-dockerfile-5000', 'Process: 5,000-line Dockerfile', big, '≤ 1.0 × baseline'],
    ['process-k8s-500', 'Process: 500-document manifest', path.join(dir, 'manifest-500.yaml'), '≤ 1.0 × baseline'],
    ['process-dockerfile-typical', 'Process: 20-line Dockerfile', path.join(dir, 'typical', 'Dockerfile'), undefined],
    ['process-compose-200', 'Process: 200-service Compose file', path.join(dir, 'compose.yaml'), undefined],
  ];
  // Core analysis only (`--no-shellcheck`): ShellCheck is an external program; its cost has rows of its own below.
  const startup = timeProcess(['-e', '0'], runs);
  rows.push({ id: 'process-node-startup', label: 'Process: `node -e 0` (machine reference)', value: startup, unit: 'ms', note: 'what any Node process costs here' });
  log(`  node -e 0: ${startup.toFixed(1)} ms`);
  const check = (file: string, ...options: string[]) => [CLI, 'check', '--format', 'json', '--no-shellcheck', ...options, file];
  // Where the 5,000-line ratio comes from, timed in the same interleaved set against the same baseline runs: only
  // `dockerfile-syntax` on (the baseline's own `validate`, on our shared parse) and every rule off (start-up, read,
  // parse, model, output).
  const parts: Array<[string, string, string[]]> = [['syntax-only', 'only `dockerfile-syntax` on', ['dockerfile-syntax']], ['no-rules', 'every rule off', []]];
  for (const [id, label, file, target] of cases) {
    const split = file === big ? parts : [];
    const times = timeProcesses([check(file), ...split.map(([, , keep]) => check(file, '--config', rulesOffConfig(dir, keep))), [BASELINE, file]], runs);
    const [ours, base] = [times[0], times[times.length - 1]];
    const ratio = ours / base;
    rows.push({ id, label: `${label} (ShellCheck off)`, value: ours, unit: 'ms', baseline: base, baselineLabel: 'parse-only process', target, pass: target ? ratio <= 1.0 : undefined });
    log(`  ${label}: ${ours.toFixed(1)} ms vs ${base.toFixed(1)} ms (×${ratio.toFixed(2)})`);
    split.forEach(([part, partLabel], k) => {
      const value = times[k + 1];
      rows.push({ id: `${id}-${part}`, label: `${label}, ${partLabel}`, value, unit: 'ms', baseline: base, baselineLabel: 'parse-only process' });
      log(`  ${label}, ${partLabel}: ${value.toFixed(1)} ms vs ${base.toFixed(1)} ms (×${(value / base).toFixed(2)})`);
    });
  }
  if (SHELLCHECK) {
    const [on, off] = timeProcesses([[CLI, 'check', '--format', 'json', big], check(big)], Math.min(runs, 3));
    rows.push({ id: 'process-dockerfile-5000-shellcheck', label: 'Process: 5,000-line Dockerfile, ShellCheck on', value: on, unit: 'ms', baseline: off, baselineLabel: 'same, ShellCheck off', note: `ShellCheck's own cost ≈ ${Math.round(on - off)} ms` });
    log(`  5,000-line Dockerfile with ShellCheck: ${on.toFixed(0)} ms (off: ${off.toFixed(0)} ms)`);
  }
}

/** A config file that switches every Dockerfile rule off but `keep`; returns its path. */
function rulesOffConfig(dir: string, keep: string[]): string {
  const file = path.join(dir, `rules-${keep.join('-') || 'none'}.yaml`);
  const off = dockerfileRules.map((r) => r.meta.id).filter((id) => !keep.includes(id));
  fs.writeFileSync(file, 'rules:\n' + off.map((id) => `  ${id}: off\n`).join(''));
  return file;
}

function workspace(runs: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-bench-ws-'));
  try {
    const { total, analysed } = writeWorkspace(dir, 2000);
    const ms = timeProcess([CLI, 'check', '--format', 'json', '--no-shellcheck', dir], runs, 1);
    const value = ms / 1000;
    rows.push({
      id: 'workspace-2000',
      label: `Workspace scan: ${total} files (${analysed} analysed), whole CLI process`,
      value,
      unit: 's',
      target: '≤ 3 s',
      pass: value <= 3,
      note: `${Math.round(total / value)} files/s on ${os.cpus().length} cores, ShellCheck off`,
    });
    log(`  workspace: ${value.toFixed(2)} s (${Math.round(total / value)} files/s)`);
    if (SHELLCHECK) {
      const sc = timeProcess([CLI, 'check', '--format', 'json', dir], 1, 0) / 1000;
      rows.push({
        id: 'workspace-2000-shellcheck',
        label: `Workspace scan: ${total} files, ShellCheck on`,
        value: sc,
        unit: 's',
        baseline: value,
        baselineLabel: 'ShellCheck off',
        note: `ShellCheck's own cost ≈ ${(sc - value).toFixed(1)} s (batched: a few shellcheck processes, not one per Dockerfile)`,
      });
      log(`  workspace with ShellCheck: ${sc.toFixed(2)} s`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function extension(runs: number): void {
  if (!fs.existsSync(EXTENSION)) {
    rows.push({ id: 'bundle-size', label: 'Extension bundle (dist/extension.js)', value: NaN, unit: 'KB', target: '≤ 1 MB', note: 'not built yet' });
    return;
  }
  // the activation entry plus the lazily required engine bundle: everything the extension ships as JavaScript
  const entryKb = fs.statSync(EXTENSION).size / 1024;
  const kb = entryKb + fs.statSync(FEATURES).size / 1024;
  rows.push({
    id: 'bundle-size',
    label: 'Extension bundle (dist/extension.js + dist/features.js)',
    value: kb,
    unit: 'KB',
    target: '≤ 1 MB',
    pass: kb <= 1024,
    note: `activation entry ${entryKb.toFixed(1)} KB`,
  });
  const samples: Array<{ requireMs: number; activateMs: number; totalMs: number; firstUseMs: number; calls: string[]; work: string[]; error?: string }> = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync(process.execPath, [ACTIVATE, EXTENSION], { encoding: 'utf8', cwd: ROOT });
    const parsed = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
    if (parsed.error) throw new Error(`activation failed: ${parsed.error}`);
    if (i > 0) samples.push(parsed);
  }
  const total = median(samples.map((s) => s.totalMs));
  const work = samples[0].work;
  rows.push({
    id: 'activation',
    label: 'Extension activation (require + activate, vscode stubbed)',
    value: total,
    unit: 'ms',
    target: '≤ 20 ms, no work',
    pass: total <= 20 && work.length === 0,
    note: `require ${median(samples.map((s) => s.requireMs)).toFixed(1)} ms + activate ${median(samples.map((s) => s.activateMs)).toFixed(1)} ms; ${samples[0].calls.length} API calls${work.length ? `; WORK: ${work.join(', ')}` : ', none analyses'}; first relevant file then loads the engine: ${median(samples.map((s) => s.firstUseMs)).toFixed(1)} ms`,
  });
  log(`  activation: ${total.toFixed(1)} ms`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
  const R = QUICK ? 5 : 15;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-bench-'));
  try {
    const typical = typicalDockerfile();
    const big = largeDockerfile(5000);
    const k500 = kubernetesManifest(500);
    const k1000 = kubernetesManifest(1000);
    const compose = composeFile(200);
    fs.writeFileSync(path.join(dir, 'Dockerfile'), big);
    fs.mkdirSync(path.join(dir, 'typical'));
    fs.writeFileSync(path.join(dir, 'typical', 'Dockerfile'), typical);
    fs.writeFileSync(path.join(dir, 'manifest-500.yaml'), k500);
    fs.writeFileSync(path.join(dir, 'compose.yaml'), compose);

    log('In-process analysis (ours: all rules via analyzeFile, cold caches) vs the peers’ parse-only cost:');
    inProcess('dockerfile-typical', 'Dockerfile, 20 lines', typical, 'dockerfile', '/bench/typical/Dockerfile', R * 20);
    inProcess('dockerfile-5000', 'Dockerfile, 5,000 lines', big, 'dockerfile', '/bench/Dockerfile', R);
    inProcess('k8s-500', 'K8s manifest, 500 documents', k500, 'kubernetes', '/bench/manifest-500.yaml', R);
    inProcess('k8s-1000', 'K8s manifest, 1,000 documents', k1000, 'kubernetes', '/bench/manifest-1000.yaml', Math.max(5, R >> 1));
    inProcess('compose-200', 'Compose file, 200 services', compose, 'compose', '/bench/compose.yaml', R);
    log('Incremental re-analysis:');
    incremental(QUICK ? 10 : 30);
    log('Whole processes (node dist/cli.js check --format json FILE vs node bench/baseline.js FILE):');
    wholeProcess(dir, QUICK ? 5 : 11);
    log('Workspace scan:');
    workspace(QUICK ? 1 : 3);
    log('Extension:');
    extension(QUICK ? 5 : 11);
    log('Language server:');
    rows.push(...(await languageServerRows(QUICK ? 5 : 15)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const meta = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, date: new Date().toISOString() };
  if (JSON_OUT) {
    process.stdout.write(JSON.stringify({ meta, rows }, null, 2) + '\n');
    return;
  }
  const fmt = (v: number | undefined, unit: string) => (v === undefined ? '' : Number.isNaN(v) ? 'n/a' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ${unit}`);
  const table = rows.map((r) => [
    r.label,
    fmt(r.value, r.unit),
    r.baseline !== undefined ? `${fmt(r.baseline, r.unit)} (${r.baselineLabel})` : '',
    r.baseline !== undefined ? `×${(r.value / r.baseline).toFixed(2)}` : '',
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL',
    r.note ?? '',
  ]);
  const header = ['Measure', 'Containment', 'Baseline', 'Ratio', 'Target', '', 'Note'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  process.stdout.write(`Node ${meta.node}, ${meta.platform}, ${meta.cpus} × ${meta.cpu}\n\n`);
  process.stdout.write([line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...table.map(line)].join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
