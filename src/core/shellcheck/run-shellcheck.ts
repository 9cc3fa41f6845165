/**
 * Runs the real `shellcheck` program over a Dockerfile's RUN scripts and turns its results into findings at exact
 * Dockerfile positions. Asynchronous and cancellable; never throws: a missing program, a failure, a timeout or output
 * that is not ShellCheck's JSON gives no ShellCheck findings and one log line, and never affects the other findings.
 *
 * One process per Dockerfile: every RUN script is written to its own file in a temporary folder and all files are
 * passed to a single `shellcheck --format=json1` call. One file per RUN keeps a syntax error in one RUN (common while
 * typing) from hiding the results of the others; each file names its dialect with a `# shellcheck shell=…` line (or
 * keeps its own `#!` line), so RUNs under different SHELLs still need one process.
 *
 * Columns: with `json1` ShellCheck counts a tab as one column (its legacy `json` and `gcc` formats expand tabs to
 * stops of 8), and counts Unicode code points, not UTF-16 units; both are handled when mapping back.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ContainmentConfig } from '../config/config';
import { isSuppressedInDockerfile } from '../dockerfile/format';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model';
import { templateMarkerLine } from '../dockerfile/template-detect';
import { looksBinary } from '../text/binary';
import { clampRange } from '../engine/run-rules';
import { compareFindings, type Category, type Finding, type Severity } from '../model/finding';
import { assembleScripts, renderUnit, type RenderedUnit, type ScriptUnit } from './assemble';
import { SHELLCHECK_CODE, SHELLCHECK_RULE_ID, shellcheckAlias } from './meta';

export type ShellcheckLogLevel = 'info' | 'warning' | 'error';
export type ShellcheckLog = (level: ShellcheckLogLevel, message: string) => void;

export interface ShellcheckOptions {
  /** Abort when a newer version of the document arrives: the process is killed, the result is `skipped: 'cancelled'`. */
  signal?: AbortSignal;
  /** One line per run at most: program not found (info), failure/timeout/bad output (warning). */
  log?: ShellcheckLog;
  /** Overrides `config.shellcheck.timeoutMs` (default 5000). */
  timeoutMs?: number;
  /** ShellCheck output beyond this many bytes is treated as a failure (default 8 MiB). */
  maxOutputBytes?: number;
}

export interface ShellcheckResult {
  /** ShellCheck findings (rule `shellcheck`, alias `SCxxxx`), suppressions and config applied, sorted. */
  findings: Finding[];
  /** Why ShellCheck's result was dropped (already logged). */
  error?: string;
  /** Why ShellCheck did not run at all. */
  skipped?: 'untrusted' | 'disabled' | 'not-applicable' | 'not-found' | 'cancelled';
  /** Wall time of the ShellCheck process, when it ran. */
  durationMs?: number;
}

export const DEFAULT_SHELLCHECK_TIMEOUT_MS = 5000;
const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/**
 * Codes that make no sense for RUN bodies: no shebang (SC2148), sourced files that only exist in the image
 * (SC1090, SC1091), "only sh/bash/dash/ksh are supported" (SC1071), "ash is checked as dash" (SC2187).
 */
export const IGNORED_SHELLCHECK_CODES: ReadonlySet<number> = new Set([1071, 1090, 1091, 2148, 2187]);

const SEVERITY_OF: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

interface Prepared {
  model: DockerfileModel;
  config: ContainmentConfig;
  excluded: Set<number>;
  program: string;
  units: Array<{ unit: ScriptUnit; rendered: RenderedUnit }>;
}

/** Everything before the process: guards, parse, one rendered script per RUN. A result means ShellCheck does not run. */
function prepare(text: string, config: ContainmentConfig, options: ShellcheckOptions): Prepared | ShellcheckResult {
  if (!config.trusted) return { findings: [], skipped: 'untrusted' };
  if (!config.shellcheck.enabled || config.rules.get(SHELLCHECK_RULE_ID) === 'off') return { findings: [], skipped: 'disabled' };
  if (options.signal?.aborted) return { findings: [], skipped: 'cancelled' };
  if (text.length > config.maxFileBytes || looksBinary(text)) return { findings: [], skipped: 'not-applicable' };
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // same offsets as analyzeFile
  if (templateMarkerLine(text) !== -1) return { findings: [], skipped: 'not-applicable' }; // a template, not a Dockerfile
  const log = options.log ?? (() => undefined);

  const excluded = excludedCodes(config);
  const model = parseDockerfile(text);
  const units = assembleScripts(model).filter((u) => u.body.trim() !== '');
  if (!units.length) return { findings: [], skipped: 'not-applicable' };

  const program = resolveShellcheck(config.shellcheck.path);
  if (!program) {
    const where = config.shellcheck.path ? `'${config.shellcheck.path}' (shellcheck.path) does not exist or is not executable` : 'no shellcheck on PATH';
    log('info', `ShellCheck not found: ${where}. RUN instructions are not checked by ShellCheck; install it (Debian/Ubuntu: apt-get install shellcheck) or set shellcheck.path.`);
    return { findings: [], skipped: 'not-found' };
  }
  return { model, config, excluded, program, units: units.map((unit) => ({ unit, rendered: renderUnit(unit) })) };
}

function shellcheckArgs(excluded: Set<number>): string[] {
  const args = ['--norc', '--format=json1', '--color=never'];
  const exclude = [...excluded].map(shellcheckAlias);
  if (exclude.length) args.push(`--exclude=${exclude.join(',')}`);
  return args;
}

/** ShellCheck's comments for each script unit (by unit index) → sorted findings. */
function toFindings(prep: Prepared, commentsByUnit: Map<number, Json1Comment[]>): Finding[] {
  const findings: Finding[] = [];
  for (const [i, comments] of commentsByUnit) {
    const { unit, rendered } = prep.units[i];
    for (const comment of comments) {
      if (prep.excluded.has(comment.code)) continue;
      const finding = toFinding(comment, unit, rendered, prep.model, prep.config);
      if (finding) findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}

/** The process outcome → comments, or a failure message. */
function commentsOf(outcome: ExecOutcome): Json1Comment[] | { failure: string } | 'cancelled' {
  if (outcome.kind === 'cancelled') return 'cancelled';
  if (outcome.kind === 'error') return { failure: outcome.message };
  if (outcome.code !== 0 && outcome.code !== 1) {
    const detail = outcome.stderr.trim().split('\n')[0] || (outcome.signal ? `killed by ${outcome.signal}` : 'no message');
    return { failure: `exit code ${outcome.code ?? outcome.signal}: ${detail}` };
  }
  return parseJson1(outcome.stdout) ?? { failure: `unexpected output (not ShellCheck json1): ${JSON.stringify(outcome.stdout.slice(0, 80))}` };
}

export async function runShellcheck(text: string, filePath: string, config: ContainmentConfig, options: ShellcheckOptions = {}): Promise<ShellcheckResult> {
  const prep = prepare(text, config, options);
  if (!('units' in prep)) return prep;
  const log = options.log ?? (() => undefined);
  const fail = (message: string, durationMs?: number): ShellcheckResult => {
    log('warning', `ShellCheck failed on ${filePath}: ${message}. Its findings are left out; the other checks are unaffected.`);
    return { findings: [], error: message, durationMs };
  };

  let dir: string | undefined;
  try {
    dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'containment-shellcheck-'));
    const names = new Map<string, number>();
    for (const [i, { rendered }] of prep.units.entries()) {
      const name = `run-${i + 1}.sh`;
      names.set(name, i);
      await fs.promises.writeFile(path.join(dir, name), rendered.text);
    }
    if (options.signal?.aborted) return { findings: [], skipped: 'cancelled' };
    const started = Date.now();
    const outcome = await execBounded(prep.program, [...shellcheckArgs(prep.excluded), ...names.keys()], {
      cwd: dir,
      timeoutMs: options.timeoutMs ?? config.shellcheck.timeoutMs ?? DEFAULT_SHELLCHECK_TIMEOUT_MS,
      maxOutputBytes: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
      signal: options.signal,
    });
    const durationMs = Date.now() - started;
    const comments = commentsOf(outcome);
    if (comments === 'cancelled') return { findings: [], skipped: 'cancelled' };
    if (!Array.isArray(comments)) return fail(comments.failure, durationMs);
    const byUnit = new Map<number, Json1Comment[]>();
    for (const comment of comments) {
      const i = names.get(path.basename(comment.file));
      if (i === undefined) continue;
      let list = byUnit.get(i);
      if (!list) byUnit.set(i, (list = []));
      list.push(comment);
    }
    return { findings: toFindings(prep, byUnit), durationMs };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  } finally {
    if (dir) await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

export interface ShellcheckBatchInput {
  text: string;
  filePath: string;
  config: ContainmentConfig;
}

export interface ShellcheckBatchOptions extends Omit<ShellcheckOptions, 'timeoutMs'> {
  /** ShellCheck processes running at once (default: the number of CPUs, at most 4). */
  concurrency?: number;
  /** Script files per ShellCheck process (default 200). */
  filesPerProcess?: number;
}

/**
 * ShellCheck over many Dockerfiles (the CLI's folder scan): every RUN script of every Dockerfile goes to a few
 * `shellcheck` processes instead of one process per Dockerfile (bench/README.md: a spawn costs about as much as
 * checking three short scripts). Identical scripts (the same rendered text and options — common across the
 * Dockerfiles of one repository) are checked once and their comments mapped to every RUN they came from. Results are
 * in input order and equal to `runShellcheck` on each file: when a batch process fails or times out, the Dockerfiles
 * it covered are re-run one by one, so a failure is logged for, and limited to, the file that causes it.
 */
export async function runShellcheckBatch(inputs: ShellcheckBatchInput[], options: ShellcheckBatchOptions = {}): Promise<ShellcheckResult[]> {
  const results = new Array<ShellcheckResult | undefined>(inputs.length);
  const preps = new Array<Prepared | undefined>(inputs.length);
  // one group per program and argument list (the exclusions come from each file's config)
  const groups = new Map<string, { program: string; args: string[]; timeoutMs: number; scripts: Map<string, Array<[number, number]>> }>();
  for (const [k, input] of inputs.entries()) {
    const prep = prepare(input.text, input.config, options);
    if (!('units' in prep)) {
      results[k] = prep;
      continue;
    }
    preps[k] = prep;
    const args = shellcheckArgs(prep.excluded);
    const key = `${prep.program}\u0000${args.join('\u0000')}`;
    let group = groups.get(key);
    const timeoutMs = input.config.shellcheck.timeoutMs ?? DEFAULT_SHELLCHECK_TIMEOUT_MS;
    if (!group) groups.set(key, (group = { program: prep.program, args, timeoutMs, scripts: new Map() }));
    group.timeoutMs = Math.max(group.timeoutMs, timeoutMs);
    for (const [i, { rendered }] of prep.units.entries()) {
      let users = group.scripts.get(rendered.text);
      if (!users) group.scripts.set(rendered.text, (users = []));
      users.push([k, i]);
    }
  }

  const commentsOf_ = new Map<number, Map<number, Json1Comment[]>>(); // input → unit → comments
  const failed = new Set<number>();
  const perProcess = Math.max(1, options.filesPerProcess ?? 200);
  const concurrency = Math.max(1, options.concurrency ?? Math.min(4, os.cpus().length || 1));
  let dir: string | undefined;
  try {
    if (groups.size) dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'containment-shellcheck-'));
    const jobs: Array<() => Promise<void>> = [];
    let n = 0;
    for (const group of groups.values()) {
      const entries = [...group.scripts.entries()];
      for (let from = 0; from < entries.length; from += perProcess) {
        const chunk = entries.slice(from, from + perProcess).map(([text, users]) => ({ name: `s${++n}.sh`, text, users }));
        jobs.push(async () => {
          for (const s of chunk) await fs.promises.writeFile(path.join(dir!, s.name), s.text);
          const outcome = await execBounded(group.program, [...group.args, ...chunk.map((s) => s.name)], {
            cwd: dir!,
            // the per-file budget for every 25 scripts (a short script takes ShellCheck ≈ 7 ms)
            timeoutMs: group.timeoutMs * Math.max(1, Math.ceil(chunk.length / 25)),
            maxOutputBytes: (options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES) * Math.max(1, Math.ceil(chunk.length / 25)),
            signal: options.signal,
          });
          const comments = commentsOf(outcome);
          if (!Array.isArray(comments)) {
            if (comments !== 'cancelled') for (const s of chunk) for (const [k] of s.users) failed.add(k);
            return;
          }
          const byName = new Map(chunk.map((s) => [s.name, s.users]));
          for (const comment of comments) {
            for (const [k, i] of byName.get(path.basename(comment.file)) ?? []) {
              let units = commentsOf_.get(k);
              if (!units) commentsOf_.set(k, (units = new Map()));
              let list = units.get(i);
              if (!list) units.set(i, (list = []));
              list.push(comment);
            }
          }
        });
      }
    }
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }));
  } catch (error) {
    for (const [k, prep] of preps.entries()) if (prep) failed.add(k);
    options.log?.('warning', `ShellCheck batch failed: ${error instanceof Error ? error.message : String(error)}; checking files one by one.`);
  } finally {
    if (dir) await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
  for (const [k, prep] of preps.entries()) {
    if (!prep) continue;
    if (options.signal?.aborted) results[k] = { findings: [], skipped: 'cancelled' };
    else if (failed.has(k)) results[k] = await runShellcheck(inputs[k].text, inputs[k].filePath, inputs[k].config, options);
    else results[k] = { findings: toFindings(prep, commentsOf_.get(k) ?? new Map()) };
  }
  return results as ShellcheckResult[];
}

/** `config.shellcheck.path` (a name is looked up on PATH, `~/` is the home folder) or `shellcheck` on PATH. */
export function resolveShellcheck(configured?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let candidate = configured?.trim();
  if (candidate && (candidate === '~' || candidate.startsWith('~/'))) candidate = path.join(os.homedir(), candidate.slice(1));
  if (candidate && /[\\/]/.test(candidate)) {
    const abs = path.resolve(candidate);
    return isExecutable(abs) ? abs : undefined;
  }
  const name = candidate || 'shellcheck';
  const windows = process.platform === 'win32';
  const extensions = windows ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean)] : [''];
  for (const folder of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (!folder) continue;
    for (const ext of extensions) {
      const file = path.join(folder, name + ext);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Codes never reported: the built-in list, `shellcheck.exclude`, and codes switched off in the rules config. */
function excludedCodes(config: ContainmentConfig): Set<number> {
  const codes = new Set(IGNORED_SHELLCHECK_CODES);
  for (const entry of config.shellcheck.exclude) {
    const m = SHELLCHECK_CODE.exec(entry.trim());
    if (m) codes.add(Number(m[1]));
  }
  for (const [id, setting] of config.rules) {
    const m = SHELLCHECK_CODE.exec(id);
    if (m && setting === 'off' && /^sc/i.test(id)) codes.add(Number(m[1]));
  }
  return codes;
}

interface Json1Comment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

/** The comments of ShellCheck's json1 output, or undefined when the output is not that. Malformed entries are skipped. */
export function parseJson1(stdout: string): Json1Comment[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return undefined;
  }
  const comments = (parsed as { comments?: unknown } | null)?.comments;
  if (!Array.isArray(comments)) return undefined;
  const positive = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
  return comments.filter(
    (c): c is Json1Comment =>
      !!c &&
      typeof c === 'object' &&
      typeof c.file === 'string' &&
      positive(c.line) &&
      positive(c.column) &&
      positive(c.endLine) &&
      positive(c.endColumn) &&
      typeof c.code === 'number' &&
      typeof c.message === 'string' &&
      typeof c.level === 'string' &&
      c.level in SEVERITY_OF,
  );
}

function toFinding(comment: Json1Comment, unit: ScriptUnit, rendered: RenderedUnit, model: DockerfileModel, config: ContainmentConfig): Finding | undefined {
  const parseError = comment.code >= 1000 && comment.code < 2000;
  const start = bodyIndex(unit, rendered, comment.line, comment.column);
  // Results on the `# shellcheck shell=` line or on the ENV/ARG declarations are about lines we wrote, not the user's;
  // a syntax error reported past the end (an unclosed quote) belongs at the end of the script.
  if (start.where !== 'body' && !parseError) return undefined;
  let end = bodyIndex(unit, rendered, comment.endLine, comment.endColumn).index;
  if (end < start.index) end = start.index;
  const startOffset = unit.offsets[start.index];
  const endOffset = end > start.index ? unit.offsets[end - 1] + 1 : startOffset;
  const range = clampRange(model.rangeOf(startOffset, Math.max(startOffset, endOffset)), model.index);

  const alias = shellcheckAlias(comment.code);
  const setting = config.rules.get(alias.toLowerCase()) ?? config.rules.get(SHELLCHECK_RULE_ID);
  if (setting === 'off') return undefined;
  if (isSuppressedInDockerfile(model, config, [SHELLCHECK_RULE_ID, alias.toLowerCase()], range.start.line)) return undefined;
  const category: Category = comment.level === 'style' ? 'style' : 'correctness';
  return { rule: SHELLCHECK_RULE_ID, aliases: [alias], category, severity: setting ?? SEVERITY_OF[comment.level], message: comment.message, range };
}

/** A ShellCheck (1-based line, 1-based code-point column) in the rendered file → index into the unit's body. */
function bodyIndex(unit: ScriptUnit, rendered: RenderedUnit, line: number, column: number): { where: 'head' | 'body' | 'tail'; index: number } {
  const bodyLine = line - rendered.firstBodyLine;
  const starts = rendered.bodyLineStarts;
  if (bodyLine < 0) return { where: 'head', index: 0 };
  if (bodyLine >= starts.length) return { where: 'tail', index: unit.body.length };
  const lineEnd = bodyLine + 1 < starts.length ? starts[bodyLine + 1] - 1 : unit.body.length;
  let i = starts[bodyLine];
  for (let k = 1; k < column && i < lineEnd; k++) {
    const c = unit.body.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < lineEnd ? 2 : 1;
  }
  return { where: 'body', index: i };
}

type ExecOutcome =
  | { kind: 'exit'; code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' };

/** Runs a program with a time limit, an output limit and cancellation; kills its whole process group when stopping it. */
function execBounded(
  program: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; maxOutputBytes: number; signal?: AbortSignal },
): Promise<ExecOutcome> {
  return new Promise((resolve) => {
    const posix = process.platform !== 'win32';
    let child: ChildProcess;
    try {
      child = spawn(program, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: posix });
    } catch (error) {
      resolve({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    let settled = false;
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    const kill = () => {
      try {
        if (posix && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        try {
          child.kill('SIGKILL');
        } catch {
          /* already gone */
        }
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
    };
    const finish = (outcome: ExecOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => {
      kill();
      finish({ kind: 'cancelled' });
    };
    const timer = setTimeout(() => {
      kill();
      finish({ kind: 'error', message: `timed out after ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout!.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > options.maxOutputBytes) {
        kill();
        finish({ kind: 'error', message: `output larger than ${options.maxOutputBytes} bytes` });
        return;
      }
      chunks.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => finish({ kind: 'error', message: error.message }));
    child.on('close', (code, signal) => finish({ kind: 'exit', code, signal, stdout: Buffer.concat(chunks).toString('utf8'), stderr }));
  });
}
