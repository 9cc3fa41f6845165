/**
 * ShellCheck's `json1` output → findings at exact Dockerfile positions. With `json1` ShellCheck counts a tab as one
 * column (its legacy `json` and `gcc` formats expand tabs to stops of 8), and counts Unicode code points, not UTF-16
 * units; both are handled when mapping back into the RUN body.
 */
import type { ContainmentConfig } from '../../knowledge/config/config';
import { isSuppressedInDockerfile } from '../dockerfile/format';
import type { DockerfileModel } from '../dockerfile/model';
import { clampRange } from '../../engine/run-rules';
import type { Category, Finding, Severity } from '../../base/model/finding';
import type { RenderedUnit, ScriptUnit } from './assemble';
import { SHELLCHECK_RULE_ID, shellcheckAlias } from './meta';

const SEVERITY_OF: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

export interface Json1Comment {
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

export function toFinding(comment: Json1Comment, unit: ScriptUnit, rendered: RenderedUnit, model: DockerfileModel, config: ContainmentConfig): Finding | undefined {
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
