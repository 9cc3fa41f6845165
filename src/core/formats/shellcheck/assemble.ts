/**
 * Builds the scripts ShellCheck should see from a Dockerfile: one script per shell-form RUN (ONBUILD RUN triggers
 * included), because every RUN is its own shell process — variables and functions of one RUN do not exist in the
 * next. Every character of a script body keeps the document offset it came from (line continuations and comment lines
 * inside them removed, as the builder does), so ShellCheck's line/column results map back to exact Dockerfile ranges.
 *
 * Heredocs:
 *   RUN <<EOF … EOF             the body is the script (its shebang, if any, picks the dialect)
 *   RUN bash -e <<EOF … EOF     the body is the script, in that shell's dialect
 *   RUN cat <<EOF >/f … EOF     the whole instruction is the script (the shell itself reads the heredoc)
 *
 * The ENV and ARG names in force (stage, parent stages, global ARGs, `--mount=…,env=NAME`) are declared after the body
 * as `NAME=` lines, so ShellCheck does not report them as unassigned (its check does not depend on order); results on
 * those lines are dropped.
 */
import type { Heredoc, Instruction } from 'dockerfile-ast';
import { logicalText, type LogicalText } from '../../base/shell/logical-text';
import { splitCommands } from '../../base/shell/split-commands';
import type { DockerfileModel, InstructionInfo, Stage } from '../dockerfile/model';

export type ShellDialect = 'sh' | 'bash' | 'dash' | 'ksh';

export interface ScriptUnit {
  /** The RUN (or ONBUILD trigger) the script comes from. */
  info: InstructionInfo;
  dialect: ShellDialect;
  /** The script as the shell sees it. */
  body: string;
  /** offsets[i] is the document offset of body[i]; offsets[body.length] is just after the last character. */
  offsets: number[];
  /** The body starts with its own `#!` line (then no `# shellcheck shell=` directive line is put before it). */
  shebang: boolean;
  /** ENV/ARG names declared after the body. */
  declared: string[];
}

/** A script unit as the file handed to ShellCheck, with where the body's lines are. */
export interface RenderedUnit {
  text: string;
  /** 1-based line of the file where the body's first line is. */
  firstBodyLine: number;
  /** Start index in `body` of each body line. */
  bodyLineStarts: number[];
}

const DIALECTS: Record<string, ShellDialect> = { sh: 'sh', ash: 'sh', busybox: 'sh', dash: 'dash', bash: 'bash', ksh: 'ksh', mksh: 'ksh', ksh93: 'ksh' };
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** ShellCheck's dialect for a shell program (`/bin/bash` → bash); undefined for shells it cannot check (PowerShell, cmd, zsh). */
export function dialectOf(program: string | undefined): ShellDialect | undefined {
  if (!program) return undefined;
  const base = program.slice(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1).toLowerCase();
  return DIALECTS[base.replace(/\.exe$/, '')];
}

/** The dialect a `#!` line names (`#!/usr/bin/env bash`, `#!/bin/sh -e`); undefined when it is not a shell ShellCheck knows. */
export function shebangDialect(line: string): ShellDialect | undefined {
  const words = line.replace(/^#!\s*/, '').trim().split(/\s+/);
  let program: string | undefined = words[0];
  if (program && /(^|\/)env$/.test(program)) program = words.slice(1).find((w) => !w.startsWith('-'));
  return dialectOf(program);
}

export function assembleScripts(model: DockerfileModel): ScriptUnit[] {
  const units: ScriptUnit[] = [];
  for (const info of model.instructions) {
    if (info.keyword !== 'RUN') continue;
    const dialect = dialectOf(info.shell[0]);
    if (!dialect) continue; // PowerShell, cmd, zsh…: not for ShellCheck
    if (model.isExecForm(info.instruction)) continue;
    const declared = declaredNames(model, info);
    for (const part of scriptsOf(model, info, dialect)) units.push({ info, declared, ...part });
  }
  return units;
}

export function renderUnit(unit: ScriptUnit): RenderedUnit {
  const bodyLineStarts = [0];
  for (let i = unit.body.indexOf('\n'); i !== -1; i = unit.body.indexOf('\n', i + 1)) bodyLineStarts.push(i + 1);
  const head = unit.shebang ? '' : `# shellcheck shell=${unit.dialect}\n`;
  // A blank line after the body ends a trailing backslash continuation before the declarations start.
  const tail = '\n\n' + unit.declared.map((name) => `${name}=\n`).join('');
  return { text: head + unit.body + tail, firstBodyLine: unit.shebang ? 1 : 2, bodyLineStarts };
}

type Part = Pick<ScriptUnit, 'dialect' | 'body' | 'offsets' | 'shebang'>;

function scriptsOf(model: DockerfileModel, info: InstructionInfo, dialect: ShellDialect): Part[] {
  const { instruction } = info;
  const { index, text } = model;
  const argsRange = instruction.getArgumentsRange();
  if (!argsRange) return [];
  let start = index.offsetAt(argsRange.start);
  const flags = (instruction as unknown as { getFlags?: () => import('dockerfile-ast').Flag[] }).getFlags?.() ?? [];
  if (flags.length) start = Math.max(start, index.offsetAt(flags[flags.length - 1].getRange().end));
  const argsEnd = index.offsetAt(argsRange.end);
  const heredocs = heredocsOf(instruction);
  const first = heredocs[0];
  const firstBodyLine = first ? (first.getContentRange() ?? first.getDelimiterRange())?.start.line : undefined;
  if (!first || firstBodyLine === undefined || firstBodyLine <= argsRange.start.line) {
    return [{ dialect, shebang: false, ...fromLogical(logicalText(text, start, argsEnd, model.escapeChar)) }];
  }

  const headEnd = index.lineEnd(firstBodyLine - 1);
  const head = logicalText(text, start, headEnd, model.escapeChar);
  const operators = heredocs.map((h) => [index.offsetAt(h.getStartRange().start), index.offsetAt(h.getStartRange().end)]);
  let rest = '';
  for (let i = 0; i < head.text.length; i++) if (!operators.some(([s, e]) => head.offsets[i] >= s && head.offsets[i] < e)) rest += head.text[i];
  let bodyDialect: ShellDialect | undefined;
  if (rest.trim() === '') bodyDialect = dialect; // RUN <<EOF: the body is the script
  else {
    const commands = splitCommands(head);
    const argv = commands.length === 1 ? commands[0].argv : [];
    if (argv.length && !argv.some((w) => /^-[A-Za-z]*c/.test(w.value))) bodyDialect = dialectOf(argv[0].value); // RUN bash <<EOF
  }
  if (bodyDialect) {
    const parts: Part[] = [];
    for (const heredoc of heredocs) {
      const content = heredoc.getContentRange();
      if (!content) continue;
      const body = verbatim(text, index.offsetAt(content.start), index.offsetAt(content.end));
      const firstLine = body.body.slice(0, body.body.indexOf('\n') === -1 ? undefined : body.body.indexOf('\n'));
      if (firstLine.startsWith('#!')) {
        const fromShebang = shebangDialect(firstLine);
        if (fromShebang) parts.push({ dialect: fromShebang, shebang: true, ...body });
        continue; // a Python/Node/… heredoc script
      }
      parts.push({ dialect: bodyDialect, shebang: false, ...body });
    }
    return parts;
  }
  // Any other command: the shell runs the instruction with its heredocs attached, so the whole text is the script.
  const last = heredocs[heredocs.length - 1];
  const lastEnd = last.getDelimiterRange()?.end ?? last.getContentRange()?.end;
  const end = Math.max(argsEnd, lastEnd ? index.lineEnd(lastEnd.line) : argsEnd);
  const headPart = fromLogical(head);
  const bodyPart = verbatim(text, index.lineStart(firstBodyLine), end);
  return [
    {
      dialect,
      shebang: false,
      body: headPart.body + '\n' + bodyPart.body,
      offsets: [...headPart.offsets.slice(0, -1), headEnd, ...bodyPart.offsets],
    },
  ];
}

function heredocsOf(instruction: Instruction): Heredoc[] {
  const withHeredocs = instruction as unknown as { getHeredocs?: () => Heredoc[] };
  return typeof withHeredocs.getHeredocs === 'function' ? withHeredocs.getHeredocs() : [];
}

function fromLogical(logical: LogicalText): { body: string; offsets: number[] } {
  // A \r before a removed continuation or at the end is line-ending noise, not script text.
  let body = '';
  const offsets: number[] = [];
  for (let i = 0; i < logical.text.length; i++) {
    if (logical.text[i] === '\r') continue;
    body += logical.text[i];
    offsets.push(logical.offsets[i]);
  }
  offsets.push(logical.offsets[logical.text.length]);
  return { body, offsets };
}

/** Document text as is (heredoc bodies are not subject to continuation handling), CR of CRLF dropped. */
function verbatim(doc: string, from: number, to: number): { body: string; offsets: number[] } {
  let body = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i++) {
    if (doc[i] === '\r' && (doc[i + 1] === '\n' || i + 1 === to)) continue;
    body += doc[i];
    offsets.push(i);
  }
  offsets.push(to);
  return { body, offsets };
}

/** ENV and ARG names a RUN sees: global ARGs, ENV of parent stages, ENV/ARG of its stage up to it, `--mount=…,env=NAME`. */
function declaredNames(model: DockerfileModel, info: InstructionInfo): string[] {
  const names = new Set<string>(model.globalArgs.keys());
  const runLine = (info.onbuild ?? info.instruction).getRange().start.line;
  const collect = (stage: Stage, upTo: number | undefined, withArgs: boolean) => {
    for (const instruction of stage.instructions) {
      if (upTo !== undefined && instruction.getRange().start.line >= upTo) break;
      const keyword = instruction.getKeyword().toUpperCase();
      if (keyword === 'ENV') {
        for (const p of (instruction as unknown as import('dockerfile-ast').Env).getProperties()) names.add(p.getName());
      } else if (keyword === 'ARG' && withArgs) {
        const p = (instruction as unknown as import('dockerfile-ast').Arg).getProperty();
        if (p) names.add(p.getName());
      }
    }
  };
  const seen = new Set<Stage>();
  for (let parent = info.stage?.parent; parent && !seen.has(parent); parent = parent.parent) {
    seen.add(parent);
    collect(parent, undefined, false);
  }
  // An ONBUILD trigger runs in a later build, after the whole stage.
  if (info.stage) collect(info.stage, info.onbuild ? undefined : runLine, true);
  for (const flag of (info.instruction as unknown as { getFlags?: () => import('dockerfile-ast').Flag[] }).getFlags?.() ?? []) {
    if (flag.getName().toLowerCase() !== 'mount') continue;
    for (const m of (flag.getValue() ?? '').matchAll(/(?:^|,)env=([^,]+)/g)) names.add(m[1]);
  }
  return [...names].filter((n) => IDENTIFIER.test(n)).sort();
}
