/**
 * Suppression comments in YAML (Kubernetes and Compose):
 *   # containment ignore=<rule-or-alias>[,…]          on the line(s) directly above: applies to findings on the next
 *                                                     non-comment line
 *   # containment global ignore=<rule-or-alias>[,…]   anywhere: applies to the whole file
 * Ids compare case-insensitively; rule ids and aliases (kube-linter names…) both work.
 */
import type { Suppressor } from '../model/rule';
import type { LineIndex } from '../text/line-index';
import { splitIds } from '../text/pragma-ids';

export interface YamlPragmas {
  global: Set<string>;
  /** Target line (the first non-comment line after the pragma) → ids. */
  byLine: Map<number, Set<string>>;
  lines: number[];
}

const PRAGMA = /#\s*containment\s+(global\s+)?ignore\s*=\s*([^#]*)/i;

export function parseYamlPragmas(index: LineIndex): YamlPragmas {
  const result: YamlPragmas = { global: new Set(), byLine: new Map(), lines: [] };
  const text = index.text;
  if (!/containment/i.test(text)) return result; // cheap exit for the common case
  let pending: string[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    const content = index.lineText(line);
    const trimmed = content.trimStart();
    const isComment = trimmed.startsWith('#');
    const m = trimmed.includes('containment') ? PRAGMA.exec(content) : null;
    if (m && (isComment || m.index > 0)) {
      result.lines.push(line);
      const ids = splitIds(m[2]);
      if (m[1]) ids.forEach((id) => result.global.add(id));
      else if (isComment) pending.push(...ids);
    }
    if (!isComment && trimmed !== '') {
      if (pending.length) {
        const set = result.byLine.get(line) ?? new Set<string>();
        pending.forEach((id) => set.add(id));
        result.byLine.set(line, set);
        pending = [];
      }
    }
  }
  return result;
}

export function isSuppressedByYamlPragma(pragmas: YamlPragmas, names: string[], line: number): boolean {
  if (names.some((n) => pragmas.global.has(n))) return true;
  const ids = pragmas.byLine.get(line);
  return !!ids && names.some((n) => ids.has(n));
}

/** The pragmas of a YAML text as one of the engine's suppression syntaxes. */
export function yamlPragmaSuppressor(pragmas: YamlPragmas): Suppressor {
  return { inline: true, suppresses: (names, _meta, range) => isSuppressedByYamlPragma(pragmas, names, range.start.line) };
}
