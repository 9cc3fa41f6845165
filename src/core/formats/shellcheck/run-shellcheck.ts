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
 * Running the program: `exec-bounded.ts`; finding it: `locate-shellcheck.ts`; its output → findings at Dockerfile
 * positions: `json1-findings.ts`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ContainmentConfig } from '../../knowledge/config/config';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model';
import { templateMarkerLine } from '../dockerfile/template-detect';
import { looksBinary } from '../../base/text/binary';
import { bomAsSpace } from '../../base/text/bom';
import { compareFindings, type Finding } from '../../base/model/finding';
import { assembleScripts, renderUnit, type RenderedUnit, type ScriptUnit } from './assemble';
import { execBounded, type ExecOutcome } from './exec-bounded';
import { parseJson1, toFinding, type Json1Comment } from './json1-findings';
import { resolveShellcheck } from './locate-shellcheck';
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
  text = bomAsSpace(text);
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
  for (const [k, input] of inputs.entries()) {
    const prep = prepare(input.text, input.config, options);
    if ('units' in prep) preps[k] = prep;
    else results[k] = prep;
  }
  const { comments, failed } = await runGroups(groupScripts(inputs, preps), preps, options);
  for (const [k, prep] of preps.entries()) {
    if (!prep) continue;
    if (options.signal?.aborted) results[k] = { findings: [], skipped: 'cancelled' };
    else if (failed.has(k)) results[k] = await runShellcheck(inputs[k].text, inputs[k].filePath, inputs[k].config, options);
    else results[k] = { findings: toFindings(prep, comments.get(k) ?? new Map()) };
  }
  return results as ShellcheckResult[];
}

/** Scripts run by one ShellCheck program with one argument list, each with the [input, unit] pairs that wrote it. */
interface ScriptGroup {
  program: string;
  args: string[];
  timeoutMs: number;
  scripts: Map<string, Array<[number, number]>>;
}

/** ShellCheck's comments by input, then by unit (RUN instruction) of that input. */
type CommentsByInput = Map<number, Map<number, Json1Comment[]>>;

/** One group per program and argument list (the exclusions come from each file's config); equal scripts run once. */
function groupScripts(inputs: ShellcheckBatchInput[], preps: Array<Prepared | undefined>): ScriptGroup[] {
  const groups = new Map<string, ScriptGroup>();
  for (const [k, prep] of preps.entries()) {
    if (!prep) continue;
    const args = shellcheckArgs(prep.excluded);
    const key = `${prep.program}\u0000${args.join('\u0000')}`;
    let group = groups.get(key);
    const timeoutMs = inputs[k].config.shellcheck.timeoutMs ?? DEFAULT_SHELLCHECK_TIMEOUT_MS;
    if (!group) groups.set(key, (group = { program: prep.program, args, timeoutMs, scripts: new Map() }));
    group.timeoutMs = Math.max(group.timeoutMs, timeoutMs);
    for (const [i, { rendered }] of prep.units.entries()) {
      let users = group.scripts.get(rendered.text);
      if (!users) group.scripts.set(rendered.text, (users = []));
      users.push([k, i]);
    }
  }
  return [...groups.values()];
}

/**
 * Runs the groups' scripts in a temporary folder, a bounded number of processes at a time. An input whose process
 * failed is in `failed` (checked again on its own); if the batch itself fails, every prepared input is.
 */
async function runGroups(groups: ScriptGroup[], preps: Array<Prepared | undefined>, options: ShellcheckBatchOptions): Promise<{ comments: CommentsByInput; failed: Set<number> }> {
  const comments: CommentsByInput = new Map();
  const failed = new Set<number>();
  const concurrency = Math.max(1, options.concurrency ?? Math.min(4, os.cpus().length || 1));
  let dir: string | undefined;
  try {
    if (groups.length) dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'containment-shellcheck-'));
    const jobs = groups.flatMap((group, g) => groupJobs(group, g, dir!, options, comments, failed));
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
  return { comments, failed };
}

/** One job per `filesPerProcess` scripts of a group: writes them, runs ShellCheck once, files the comments. */
function groupJobs(group: ScriptGroup, groupIndex: number, dir: string, options: ShellcheckBatchOptions, comments: CommentsByInput, failed: Set<number>): Array<() => Promise<void>> {
  const perProcess = Math.max(1, options.filesPerProcess ?? 200);
  const entries = [...group.scripts.entries()];
  const jobs: Array<() => Promise<void>> = [];
  for (let from = 0; from < entries.length; from += perProcess) {
    const chunk = entries.slice(from, from + perProcess).map(([text, users], j) => ({ name: `g${groupIndex}-s${from + j}.sh`, text, users }));
    jobs.push(async () => {
      for (const s of chunk) await fs.promises.writeFile(path.join(dir, s.name), s.text);
      const outcome = await execBounded(group.program, [...group.args, ...chunk.map((s) => s.name)], {
        cwd: dir,
        // the per-file budget for every 25 scripts (a short script takes ShellCheck ≈ 7 ms)
        timeoutMs: group.timeoutMs * Math.max(1, Math.ceil(chunk.length / 25)),
        maxOutputBytes: (options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES) * Math.max(1, Math.ceil(chunk.length / 25)),
        signal: options.signal,
      });
      const found = commentsOf(outcome);
      if (!Array.isArray(found)) {
        if (found !== 'cancelled') for (const s of chunk) for (const [k] of s.users) failed.add(k);
        return;
      }
      const byName = new Map(chunk.map((s) => [s.name, s.users]));
      for (const comment of found) {
        for (const [k, i] of byName.get(path.basename(comment.file)) ?? []) {
          let units = comments.get(k);
          if (!units) comments.set(k, (units = new Map()));
          let list = units.get(i);
          if (!list) units.set(i, (list = []));
          list.push(comment);
        }
      }
    });
  }
  return jobs;
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
