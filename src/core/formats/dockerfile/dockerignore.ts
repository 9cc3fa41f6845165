/**
 * `.dockerignore` matching, as the Docker/BuildKit build context filter does it:
 * - one pattern per line; lines starting with `#` are comments; surrounding whitespace is dropped;
 * - `!pattern` re-includes what an earlier pattern excluded; the last matching pattern wins;
 * - patterns are cleaned paths relative to the context root (a leading `/` and `./` mean the same as none);
 * - `*` matches within one path segment, `?` one character, `[...]` a character class, `**` any number of
 *   segments (also none), `\` escapes the next character;
 * - a path is excluded when a pattern matches it or one of its parent folders.
 */

export interface IgnorePattern {
  /** The cleaned pattern text (without `!`). */
  text: string;
  exclusion: boolean;
  regex: RegExp;
  /** Line (0-based) in the ignore file. */
  line: number;
}

export class DockerIgnore {
  constructor(readonly patterns: IgnorePattern[]) {}

  static parse(content: string): DockerIgnore {
    const patterns: IgnorePattern[] = [];
    content
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .forEach((raw, line) => {
        let text = raw.trim();
        if (!text || text.startsWith('#')) return;
        let exclusion = false;
        if (text.startsWith('!')) {
          exclusion = true;
          text = text.slice(1).trim();
        }
        text = cleanPath(text);
        if (!text) return;
        patterns.push({ text, exclusion, regex: patternToRegex(text), line });
      });
    return new DockerIgnore(patterns);
  }

  get hasExclusions(): boolean {
    return this.patterns.some((p) => p.exclusion);
  }

  /** The pattern deciding that `path` (relative to the context) is left out, or undefined when it is sent. */
  excludedBy(path: string): IgnorePattern | undefined {
    const file = cleanPath(path);
    if (!file) return undefined;
    const candidates = parentsAndSelf(file);
    let decided: IgnorePattern | undefined;
    for (const pattern of this.patterns) {
      if (!candidates.some((c) => pattern.regex.test(c))) continue;
      decided = pattern.exclusion ? undefined : pattern;
    }
    return decided;
  }

  isExcluded(path: string): boolean {
    return this.excludedBy(path) !== undefined;
  }

  /** Whether some `!` pattern may re-include a path below `dir` (so copying `dir` still sends something). */
  mayReincludeBelow(dir: string): boolean {
    const base = cleanPath(dir);
    return this.patterns.some((p) => p.exclusion && couldMatchBelow(p.text, base));
  }
}

/** Clean a path the way Go's path.Clean does, relative to the context root: no leading `/` or `./`, no `..` above the root. */
export function cleanPath(input: string): string {
  const out: string[] = [];
  for (const part of input.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      out.pop();
      continue;
    }
    out.push(part);
  }
  return out.join('/');
}

function parentsAndSelf(file: string): string[] {
  const parts = file.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

function patternToRegex(pattern: string): RegExp {
  let re = '^';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        // `**` spans folders; `**/` may also match nothing at all
        i += 2;
        if (pattern[i] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
        continue;
      }
      re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '\\' && i + 1 < pattern.length) {
      i++;
      re += escapeRegex(pattern[i]);
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!') || body.startsWith('^')) body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += escapeRegex(ch);
    i++;
  }
  try {
    return new RegExp(re + '$');
  } catch {
    return new RegExp('^' + escapeRegex(pattern) + '$');
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whether `pattern` could match some path strictly below `dir`, judged segment by segment. */
function couldMatchBelow(pattern: string, dir: string): boolean {
  if (!dir) return true;
  const pat = pattern.split('/');
  const seg = dir.split('/');
  for (let i = 0; i < seg.length; i++) {
    const p = pat[i];
    if (p === undefined) return false;
    if (p.includes('**')) return true;
    if (!patternToRegex(p).test(seg[i])) return false;
  }
  return pat.length > seg.length;
}
