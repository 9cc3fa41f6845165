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
import { isSuppressedInDockerfile } from '../dockerfile/analyze-dockerfile';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model';
import { looksBinary } from '../engine/analyze-file';
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

export async function runShellcheck(text: string, filePath: string, config: ContainmentConfig, options: ShellcheckOptions = {}): Promise<ShellcheckResult> {
  if (!config.trusted) return { findings: [], skipped: 'untrusted' };
  if (!config.shellcheck.enabled || config.rules.get(SHELLCHECK_RULE_ID) === 'off') return { findings: [], skipped: 'disabled' };
  if (options.signal?.aborted) return { findings: [], skipped: 'cancelled' };
  if (text.length > config.maxFileBytes || looksBinary(text)) return { findings: [], skipped: 'not-applicable' };
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // same offsets as analyzeFile
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

  const fail = (message: string, durationMs?: number): ShellcheckResult => {
    log('warning', `ShellCheck failed on ${filePath}: ${message}. Its findings are left out; the other checks are unaffected.`);
    return { findings: [], error: message, durationMs };
  };

  let dir: string | undefined;
  try {
    dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'containment-shellcheck-'));
    const files = new Map<string, { unit: ScriptUnit; rendered: RenderedUnit }>();
    for (const [i, unit] of units.entries()) {
      const name = `run-${i + 1}.sh`;
      const rendered = renderUnit(unit);
      files.set(name, { unit, rendered });
      await fs.promises.writeFile(path.join(dir, name), rendered.text);
    }
    if (options.signal?.aborted) return { findings: [], skipped: 'cancelled' };
    const args = ['--norc', '--format=json1', '--color=never'];
    const exclude = [...excluded].map(shellcheckAlias);
    if (exclude.length) args.push(`--exclude=${exclude.join(',')}`);
    args.push(...files.keys());
    const started = Date.now();
    const outcome = await execBounded(program, args, {
      cwd: dir,
      timeoutMs: options.timeoutMs ?? config.shellcheck.timeoutMs ?? DEFAULT_SHELLCHECK_TIMEOUT_MS,
      maxOutputBytes: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
      signal: options.signal,
    });
    const durationMs = Date.now() - started;
    if (outcome.kind === 'cancelled') return { findings: [], skipped: 'cancelled' };
    if (outcome.kind === 'error') return fail(outcome.message, durationMs);
    if (outcome.code !== 0 && outcome.code !== 1) {
      const detail = outcome.stderr.trim().split('\n')[0] || (outcome.signal ? `killed by ${outcome.signal}` : 'no message');
      return fail(`exit code ${outcome.code ?? outcome.signal}: ${detail}`, durationMs);
    }
    const comments = parseJson1(outcome.stdout);
    if (!comments) return fail(`unexpected output (not ShellCheck json1): ${JSON.stringify(outcome.stdout.slice(0, 80))}`, durationMs);
    const findings: Finding[] = [];
    for (const comment of comments) {
      const file = files.get(path.basename(comment.file));
      if (!file || excluded.has(comment.code)) continue;
      const finding = toFinding(comment, file.unit, file.rendered, model, config);
      if (finding) findings.push(finding);
    }
    findings.sort(compareFindings);
    return { findings, durationMs };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  } finally {
    if (dir) await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
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
