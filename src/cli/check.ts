/** `containment check`: discover files, analyse each with its nearest config, optionally fix, print, set the exit code. */
import * as fs from 'fs';
import * as path from 'path';
import type { Io } from './cli';
import { parseArgs, UsageError } from './args';
import { CliConfigs } from './cli-configs';
import { defaultConfig, type ContainmentConfig } from '../core/knowledge/config/config';
import { analyzeFile, type AnalysisResult } from '../core/engine/analyze-file';
import { applyEdits } from '../core/engine/fix/apply-edits';
import type { FileHost } from '../core/base/host/file-host';
import { nodeHost } from '../core/base/host/node-host';
import { compareFindings, meetsThreshold, SEVERITIES, type FileKind, type Severity, type TextEdit } from '../core/base/model/finding';
import type { ShellcheckBatchInput } from '../core/formats/shellcheck';
import { detectKind, isYamlName } from '../core/engine/detect-kind';
import { isChartValuesFile } from '../core/formats/helm/chart';
import { discoverFiles } from '../core/project/discover-files';
import { cliLang, LANG_FLAG } from './cli-lang';
import { defaultDocsBaseUrl } from './docs-base';
import type { FormatOptions } from './format-kit';
import { formatterFor, parseOutputSpecs, type OutputSpec } from './output-formats';

const FLAGS = {
  format: { value: true, repeatable: true },
  output: { value: true },
  'docs-url': { value: true },
  fix: {},
  config: { value: true },
  'failure-threshold': { value: true, choices: [...SEVERITIES, 'style', 'none'] },
  'stdin-filename': { value: true },
  values: { value: true, repeatable: true },
  verbose: {},
  'no-color': {},
  'no-shellcheck': {},
  ...LANG_FLAG,
};

export interface CheckedFile {
  /** Path as given by the user (or found under a folder they gave). */
  displayPath: string;
  result: AnalysisResult;
  fixedEdits: number;
  /** The text the findings refer to (after --fix); formats that quote or hash source lines read it. */
  text?: string;
}

const MAX_FIX_PASSES = 5;

export async function runCheck(argv: string[], io: Io): Promise<number> {
  const { flags, lists, positionals } = parseArgs(argv, FLAGS);
  if (!positionals.length) throw new UsageError('check needs at least one PATH (a file, a folder, or - for stdin)');
  const outputs = parseOutputSpecs(lists.get('format') ?? [], flags.get('output') as string | undefined);
  const explicitConfig = flags.get('config') as string | undefined;
  if (explicitConfig && !fs.existsSync(explicitConfig)) throw new UsageError(`config file not found: ${explicitConfig}`);
  // --fix rewrites files during the run, so nothing read may be reused then (the host caches reads for 2 s otherwise)
  const host = nodeHost({ cacheMs: flags.has('fix') ? 0 : 2000 });
  const base = defaultConfig();
  // Helm values overlays, in order (later wins, like `helm -f`)
  if (lists.get('values')?.length) base.helmValues = lists.get('values')!.map((v) => path.resolve(io.cwd, v).replace(/\\/g, '/'));
  const configs = new CliConfigs(io, host, base, explicitConfig);
  // Collect the inputs first: a missing path is a usage error before any output.
  const inputs = collectInputs(positionals, flags.get('stdin-filename') as string | undefined, io, host);
  const verbose = flags.has('verbose');
  const checked: CheckedFile[] = [];
  // ShellCheck runs once for all Dockerfiles after the engine (a few processes, not one per file); --no-shellcheck skips it
  const withShellcheck = !flags.has('no-shellcheck');
  const shellcheckInputs: Array<ShellcheckBatchInput & { at: number }> = [];
  for (const input of inputs) {
    const checkedInput = checkInput(input, positionals, configs, host, flags.has('fix'));
    if (!checkedInput) continue;
    const { config, ...file } = checkedInput;
    if (file.result.kind === 'dockerfile' && withShellcheck && config.shellcheck.enabled) shellcheckInputs.push({ text: file.text!, filePath: file.result.path, config, at: checked.length });
    checked.push(file);
  }
  if (shellcheckInputs.length) await addShellcheckFindings(checked, shellcheckInputs, shellcheckLogger(verbose, io));

  const thresholdFlag = flags.get('failure-threshold') as string | undefined;
  const threshold = normaliseThreshold(thresholdFlag) ?? (checked.length ? configForThreshold(configs.loaded) : 'warning');
  writeOutputs(outputs, checked, io, {
    threshold,
    docsBaseUrl: (flags.get('docs-url') as string | undefined) ?? defaultDocsBaseUrl(),
    color: !flags.has('no-color'),
    verbose,
    lang: cliLang(flags, io),
  });
  if (verbose) for (const c of checked) for (const e of c.result.ruleErrors) io.stderr(`containment: rule ${e.rule} failed on ${c.displayPath}: ${e.message}\n`);
  if (threshold === 'none') return 0;
  const failing = checked.some((c) => c.result.findings.some((f) => meetsThreshold(f.severity, threshold)));
  return failing ? 1 : 0;
}

interface CheckInput {
  displayPath: string;
  absPath?: string;
  kind?: FileKind;
  text?: string;
}

/** The files named on the command line: stdin, files, and the files discovered in folders (which become host roots). */
function collectInputs(positionals: string[], stdinFilename: string | undefined, io: Io, host: FileHost): CheckInput[] {
  const inputs: CheckInput[] = [];
  for (const p of positionals) {
    if (p === '-') {
      const text = io.readStdin();
      const name = stdinFilename ?? guessStdinName(text);
      inputs.push({ displayPath: name, text, kind: detectKind(name, text) });
      continue;
    }
    const abs = path.resolve(io.cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    if (stat.isDirectory()) {
      (host.roots ??= []).push(abs);
      for (const f of discoverFiles(abs)) inputs.push({ displayPath: path.join(p, path.relative(abs, f.path)), absPath: f.path, kind: f.kind });
    } else if (!stat.isFile()) {
      // a FIFO, socket or device: reading it would block or never end
      throw new UsageError(`not a regular file: ${p}`);
    } else inputs.push({ displayPath: p, absPath: abs });
  }
  return inputs;
}

/**
 * One input analysed (and fixed, with --fix), or undefined for a discovered file of no kind we read. A file named on
 * the command line that is of no kind is still listed, with no findings.
 */
function checkInput(input: CheckInput, positionals: string[], configs: CliConfigs, host: FileHost, fix: boolean): (CheckedFile & { config: ContainmentConfig }) | undefined {
  let text = input.text;
  if (text === undefined) {
    try {
      text = readText(input.absPath!);
    } catch (error) {
      throw new UsageError(`cannot read ${input.displayPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const filePath = input.absPath ?? path.resolve(configs.cwd, input.displayPath);
  const config = configs.configFor(filePath);
  const kind = input.kind ?? detectKind(filePath, text) ?? (isYamlName(filePath) && isChartValuesFile(filePath, host) ? 'kubernetes' : undefined);
  if (!kind) {
    if (input.absPath && positionals.includes(input.displayPath)) return { displayPath: input.displayPath, result: { path: filePath, kind: undefined, findings: [], ruleErrors: [] }, fixedEdits: 0, config };
    return undefined;
  }
  let result = analyzeFile({ path: filePath, text, kind }, config, host);
  let fixedEdits = 0;
  if (fix && input.absPath) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits: TextEdit[] = result.findings.flatMap((f) => (f.fix && !f.fix.manual ? f.fix.edits : []));
      if (!edits.length) break;
      const applied = applyEdits(text, dedupeEdits(edits));
      if (applied.text === text) break;
      fixedEdits += edits.length - applied.skipped.length;
      text = applied.text;
      result = analyzeFile({ path: filePath, text, kind }, config, host);
    }
    if (fixedEdits) fs.writeFileSync(input.absPath, text);
  }
  return { displayPath: input.displayPath, result, fixedEdits, text, config };
}

/** ShellCheck notes (not installed, failed, timed out) go to stderr with --verbose, each distinct line once. */
function shellcheckLogger(verbose: boolean, io: Io): (level: string, message: string) => void {
  const seen = new Set<string>();
  return (_level, message) => {
    if (!verbose || seen.has(message)) return;
    seen.add(message);
    io.stderr(`containment: ${message}\n`);
  };
}

async function addShellcheckFindings(checked: CheckedFile[], inputs: Array<ShellcheckBatchInput & { at: number }>, log: (level: string, message: string) => void): Promise<void> {
  // loaded only when needed: the ShellCheck module is not part of a run without Dockerfiles
  const { runShellcheckBatch } = require('../core/formats/shellcheck/run-shellcheck') as typeof import('../core/formats/shellcheck/run-shellcheck');
  const results = await runShellcheckBatch(inputs, { log });
  results.forEach((shellcheck, k) => {
    const c = checked[inputs[k].at];
    if (shellcheck.findings.length) c.result = { ...c.result, findings: [...c.result.findings, ...shellcheck.findings].sort(compareFindings) };
  });
}

function writeOutputs(outputs: OutputSpec[], checked: CheckedFile[], io: Io, options: FormatOptions): void {
  for (const spec of outputs) {
    // colour only for a terminal: never in a file
    const text = formatterFor(spec.format)(checked, { ...options, color: options.color && io.isTTY && spec.file === undefined });
    if (spec.file === undefined) {
      io.stdout(text);
      continue;
    }
    const target = path.resolve(io.cwd, spec.file);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    } catch (error) {
      throw new UsageError(`cannot write ${spec.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
}

function readText(file: string): string {
  const buffer = fs.readFileSync(file);
  return buffer.toString('utf8');
}

function normaliseThreshold(value: string | undefined): Severity | 'none' | undefined {
  if (value === undefined) return undefined;
  if (value === 'style') return 'hint';
  return value as Severity | 'none';
}

/** The failure threshold from config files (all files share one run; the strictest configured one wins). */
function configForThreshold(cache: Map<string, { config: ContainmentConfig }>): Severity | 'none' {
  let best: Severity | 'none' = 'warning';
  let first = true;
  for (const { config } of cache.values()) {
    if (first) {
      best = config.failureThreshold;
      first = false;
    } else if (best === 'none' || (config.failureThreshold !== 'none' && SEVERITIES.indexOf(config.failureThreshold) > SEVERITIES.indexOf(best))) {
      best = config.failureThreshold;
    }
  }
  return best;
}

/** The same edit offered by several findings (one fix resolving three) is applied once. */
function dedupeEdits(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}:${e.newText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function guessStdinName(text: string): string {
  return /^\s*FROM\s+\S/im.test(text) && !/^\s*apiVersion:/m.test(text) ? 'Dockerfile' : 'stdin.yaml';
}
