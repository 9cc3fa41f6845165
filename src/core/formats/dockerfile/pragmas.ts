/**
 * Suppression and behaviour comments in Dockerfiles:
 *   # hadolint ignore=DL3008,DL3015        next instruction
 *   # containment ignore=rule-id,DL3007    next instruction
 *   # hadolint global ignore=…  /  # containment global ignore=…
 *   # hadolint shell=powershell            default shell for POSIX rules
 *   # check=skip=Rule1,Rule2;error=true    BuildKit check directive (top of file)
 * Ids are compared case-insensitively; rule ids and aliases both work.
 */
import { splitIds } from '../../base/text/pragma-ids';
import type { Dockerfile } from 'dockerfile-ast';
import type { Range } from '../../base/model/finding';
import type { LineIndex } from '../../base/text/line-index';

export interface DockerfilePragmas {
  global: Set<string>;
  /** Instruction start line → ids ignored on it. */
  byInstructionLine: Map<number, Set<string>>;
  shell?: string;
  /** `# check=` directive. */
  check: { skip: Set<string>; skipAll: boolean; error: boolean };
  /** Whether the file already uses hadolint pragmas (the editor then writes new ignores the same way). */
  usesHadolintPragmas: boolean;
  /** Where each pragma comment is, for hover and syntax highlighting. */
  locations: Array<{ range: Range; kind: 'ignore' | 'global' | 'shell' | 'check' }>;
}

const PRAGMA = /^#\s*(hadolint|containment)\s+(global\s+)?(ignore|shell)\s*=\s*(.*)$/i;

export { splitIds };

export function parsePragmas(ast: Dockerfile, index: LineIndex): DockerfilePragmas {
  const result: DockerfilePragmas = {
    global: new Set(),
    byInstructionLine: new Map(),
    check: { skip: new Set(), skipAll: false, error: false },
    usesHadolintPragmas: false,
    locations: [],
  };
  for (const directive of ast.getDirectives()) {
    if (directive.getName().toLowerCase() !== 'check') continue;
    for (const part of (directive.getValue() ?? '').split(';')) {
      const [key, value = ''] = part.split('=', 2).map((s) => s.trim());
      if (key.toLowerCase() === 'skip') {
        for (const id of splitIds(value)) {
          if (id === 'all') result.check.skipAll = true;
          else result.check.skip.add(id);
        }
      } else if (key.toLowerCase() === 'error') result.check.error = value.toLowerCase() === 'true';
    }
    result.locations.push({ range: directive.getRange(), kind: 'check' });
  }
  const instructionStarts = ast
    .getInstructions()
    .map((i) => i.getRange().start.line)
    .sort((a, b) => a - b);
  const nextInstructionLine = (line: number): number | undefined => {
    let lo = 0;
    let hi = instructionStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (instructionStarts[mid] > line) hi = mid;
      else lo = mid + 1;
    }
    return instructionStarts[lo];
  };
  // A pragma on the first lines parses as a parser directive (`# containment ignore=…` looks like `# key=value`).
  const commentRanges = [
    ...ast.getDirectives().filter((d) => !['syntax', 'escape', 'check'].includes(d.getName().toLowerCase())).map((d) => d.getRange()),
    ...ast.getComments().map((c) => c.getRange()),
  ];
  for (const range of commentRanges) {
    const text = index.lineText(range.start.line).trim();
    const m = PRAGMA.exec(text);
    if (!m) continue;
    const [, tool, global, verb, value] = m;
    if (tool.toLowerCase() === 'hadolint') result.usesHadolintPragmas = true;
    if (verb.toLowerCase() === 'shell') {
      result.shell = value.trim();
      result.locations.push({ range, kind: 'shell' });
      continue;
    }
    const ids = splitIds(value);
    if (global) {
      ids.forEach((id) => result.global.add(id));
      result.locations.push({ range, kind: 'global' });
      continue;
    }
    const target = nextInstructionLine(range.start.line);
    if (target === undefined) continue;
    const set = result.byInstructionLine.get(target) ?? new Set<string>();
    ids.forEach((id) => set.add(id));
    result.byInstructionLine.set(target, set);
    result.locations.push({ range, kind: 'ignore' });
  }
  return result;
}
