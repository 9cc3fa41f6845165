/**
 * Variable references (`$NAME`, `${NAME}`, `${NAME:-word}`) in the instructions the Dockerfile frontend expands
 * itself, and the build arguments every build knows. Shared by the UndefinedVar / UndefinedArgInFrom checks.
 */
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from './model';

/** Automatic platform ARGs: in the global scope for FROM; inside a stage only after `ARG NAME`. */
export const AUTOMATIC_PLATFORM_ARGS = new Set([
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
]);

/** Predefined ARGs usable in any stage without declaring them (proxies), and BuildKit's own SBOM switches. */
export const PREDEFINED_ARGS = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
  'BUILDKIT_SBOM_SCAN_CONTEXT',
  'BUILDKIT_SBOM_SCAN_STAGE',
]);

export interface VariableRef {
  name: string;
  /** Document offsets of the whole reference (`${NAME:-x}`). */
  start: number;
  end: number;
  /** `-`, `+`, `?` … when the reference carries a default or alternative. */
  modifier: string | null;
}

/** References the frontend would expand, skipping escaped `$` and text in single quotes. */
export function variableRefs(model: DockerfileModel, instruction: Instruction): VariableRef[] {
  const start = model.index.offsetAt(instruction.getRange().start);
  const end = model.index.offsetAt(instruction.getRange().end);
  const singleQuoted = singleQuotedSpans(model.text.slice(start, end), model.escapeChar);
  const refs: VariableRef[] = [];
  for (const variable of instruction.getVariables()) {
    const name = variable.getName();
    if (!name) continue;
    const s = model.index.offsetAt(variable.getRange().start);
    const e = model.index.offsetAt(variable.getRange().end);
    if (singleQuoted.some(([a, b]) => s - start >= a && s - start < b)) continue;
    refs.push({ name, start: s, end: e, modifier: variable.getModifier() });
  }
  return refs;
}

function singleQuotedSpans(text: string, escapeChar: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let inDouble = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === escapeChar) {
      i++;
      continue;
    }
    if (ch === '"') inDouble = !inDouble;
    else if (ch === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      if (close === -1) break;
      spans.push([i, close]);
      i = close;
    }
  }
  return spans;
}

/** A number of name comparisons shared by the suggestions of one file (see suggestName). */
export interface SuggestBudget {
  left: number;
}

/**
 * The closest known name (a likely typo target), or undefined. With a budget, at most `budget.left` comparisons are
 * made over all calls sharing it: thousands of undefined names × thousands of known ones was quadratic (fuzz suite);
 * past the budget, no more suggestions.
 */
export function suggestName(name: string, candidates: Iterable<string>, budget?: SuggestBudget): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (Math.abs(candidate.length - name.length) > Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3))) continue; // distance ≥ length difference
    if (budget && budget.left-- <= 0) return best;
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
