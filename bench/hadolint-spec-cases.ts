/**
 * Reads the cases out of hadolint's rule specs (`test/Hadolint/Rule/DL*Spec.hs`) for `hadolint-parity.ts`. The specs
 * are Haskell, so this is a small tokenizer plus an evaluator for the handful of expression shapes they use to build a
 * Dockerfile text: string literals (escapes, string gaps), `<>`/`++`, lists, `Text.unlines`/`unlines`/`Text.concat`/
 * `Text.intercalate`, `$` application, and names bound by `let`. The specs are read at run time from a local path and
 * never stored in this repository.
 */

export type CaseKind = 'catches' | 'catchesNot';

export interface SpecCase {
  file: string;
  line: number;
  code: string;
  kind: CaseKind;
  /** Whether hadolint wraps every RUN in ONBUILD before checking (the `onBuild…` helpers). */
  onBuild: boolean;
  text: string;
  /** hadolint configuration the case runs with (only the parts that matter to the scorer). */
  allowedRegistries: string[];
  /** The case sets a label schema (`labelSchema`), which Containment has no equivalent of. */
  labelSchema: boolean;
}

interface Token {
  kind: 'string' | 'ident' | 'number' | 'symbol';
  value: string;
  line: number;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Reads a Haskell string literal starting at `start` (the opening quote); returns its value and the index after it. */
function readString(src: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < src.length && src[i] !== '"') {
    if (src[i] !== '\\') {
      value += src[i++];
      continue;
    }
    const next = src[i + 1];
    if (next === undefined) break;
    if (/\s/.test(next)) {
      // A string gap: backslash, whitespace (newlines included), backslash.
      i += 2;
      while (i < src.length && src[i] !== '\\') i++;
      i++;
    } else if (next === '&') {
      i += 2;
    } else if (/[0-9]/.test(next)) {
      const digits = /^[0-9]+/.exec(src.slice(i + 1))![0];
      value += String.fromCodePoint(Number(digits));
      i += 1 + digits.length;
    } else {
      value += ESCAPES[next] ?? next;
      i += 2;
    }
  }
  return { value, end: i + 1 };
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (src.startsWith('--', i) && !/[!#$%&*+./<=>?@\\^|~:]/.test(src[i + 2] ?? '')) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (src.startsWith('{-', i)) {
      const end = src.indexOf('-}', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      line += (src.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
    } else if (c === '"') {
      const { value, end } = readString(src, i);
      tokens.push({ kind: 'string', value, line });
      line += (src.slice(i, end).match(/\n/g) ?? []).length;
      i = end;
    } else if (/[A-Za-z_?]/.test(c)) {
      const m = /^[?]?[A-Za-z_][A-Za-z0-9_'.]*/.exec(src.slice(i, i + 200))!;
      tokens.push({ kind: 'ident', value: m[0], line });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(src.slice(i, i + 50))!;
      tokens.push({ kind: 'number', value: m[0], line });
      i += m[0].length;
    } else if (src.startsWith('<>', i) || src.startsWith('++', i)) {
      tokens.push({ kind: 'symbol', value: src.slice(i, i + 2), line });
      i += 2;
    } else {
      tokens.push({ kind: 'symbol', value: c, line });
      i++;
    }
  }
  return tokens;
}

type Value = string | Value[] | undefined;

const UNARY: Record<string, (v: Value) => Value> = {
  'Text.unlines': (v) => (Array.isArray(v) ? v.map((s) => `${asText(s)}\n`).join('') : undefined),
  unlines: (v) => UNARY['Text.unlines'](v),
  'Text.concat': (v) => (Array.isArray(v) ? v.map(asText).join('') : undefined),
  mconcat: (v) => UNARY['Text.concat'](v),
  'Text.pack': (v) => v,
};

function asText(v: Value): string {
  return typeof v === 'string' ? v : Array.isArray(v) ? v.map(asText).join('') : '';
}

class Evaluator {
  i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly bindings: Map<string, Value>,
  ) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  isSymbol(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return !!t && t.kind === 'symbol' && t.value === value;
  }

  expr(): Value {
    let left = this.application();
    while (this.isSymbol('<>') || this.isSymbol('++')) {
      this.i++;
      const right = this.application();
      left = Array.isArray(left) && Array.isArray(right) ? [...left, ...right] : left === undefined || right === undefined ? undefined : asText(left) + asText(right);
    }
    return left;
  }

  application(): Value {
    const t = this.peek();
    if (t?.kind === 'ident' && (UNARY[t.value] || t.value === 'Text.intercalate')) {
      this.i++;
      if (t.value === 'Text.intercalate') {
        const sep = this.primary();
        const list = this.argument();
        return Array.isArray(list) ? list.map(asText).join(asText(sep)) : undefined;
      }
      return UNARY[t.value](this.argument());
    }
    return this.primary();
  }

  argument(): Value {
    if (this.isSymbol('$')) {
      this.i++;
      return this.expr();
    }
    return this.primary();
  }

  primary(): Value {
    const t = this.peek();
    if (!t) return undefined;
    if (t.kind === 'string') {
      this.i++;
      return t.value;
    }
    if (this.isSymbol('(')) {
      this.i++;
      const v = this.expr();
      if (this.isSymbol(')')) this.i++;
      return v;
    }
    if (this.isSymbol('[')) {
      this.i++;
      const items: Value[] = [];
      while (this.peek() && !this.isSymbol(']')) {
        items.push(this.expr());
        if (this.isSymbol(',')) this.i++;
        else if (!this.isSymbol(']')) return undefined;
      }
      this.i++;
      return items;
    }
    if (t.kind === 'ident') {
      this.i++;
      return this.bindings.get(t.value);
    }
    return undefined;
  }
}

interface SpecConfig {
  allowedRegistries: string[];
  labelSchema: boolean;
}

/** The parts of a `?config = def { … }` record the scorer understands, read from the tokens after `=`. */
function readConfig(tokens: Token[], start: number): SpecConfig {
  const config: SpecConfig = { allowedRegistries: [], labelSchema: false };
  const open = tokens[start + 1]?.value === 'def' ? start + 2 : start + 1;
  if (tokens[open]?.value !== '{') return config;
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.value === '{' || t.value === '[' || t.value === '(') depth++;
    if (t.value === '}' || t.value === ']' || t.value === ')') depth--;
    if (depth === 0) break;
    if (t.value === 'labelSchema') config.labelSchema = true;
    if (t.value === 'allowedRegistries') {
      for (let j = i + 3; j < tokens.length && tokens[j].value !== ']'; j++) if (tokens[j].kind === 'string') config.allowedRegistries.push(tokens[j].value);
    }
  }
  return config;
}

const SIMPLE_HELPERS: Record<string, { kind: CaseKind; onBuild: boolean }> = {
  ruleCatches: { kind: 'catches', onBuild: false },
  ruleCatchesNot: { kind: 'catchesNot', onBuild: false },
  onBuildRuleCatches: { kind: 'catches', onBuild: true },
  onBuildRuleCatchesNot: { kind: 'catchesNot', onBuild: true },
};

/** The expected outcome of `assertChecks text (failsWith n "DLxxxx")`, read from the assertion's tokens. */
function readAssertion(tokens: Token[], start: number): { code: string; kind: CaseKind } | undefined {
  for (let i = start; i < Math.min(tokens.length, start + 6); i++) {
    const t = tokens[i];
    if (t.value === 'failsWith' && tokens[i + 1]?.kind === 'number' && tokens[i + 2]?.kind === 'string') {
      return { code: tokens[i + 2].value, kind: tokens[i + 1].value === '0' ? 'catchesNot' : 'catches' };
    }
    if (t.value === 'failsWithSome' && tokens[i + 1]?.kind === 'string') return { code: tokens[i + 1].value, kind: 'catches' };
  }
  return undefined;
}

/** Every case of one spec file; a case whose text cannot be evaluated is returned with `text` undefined in `unread`. */
export function extractCases(file: string, source: string): { cases: SpecCase[]; unread: Array<{ file: string; line: number }> } {
  const tokens = tokenize(source);
  const bindings = new Map<string, Value>();
  const cases: SpecCase[] = [];
  const unread: Array<{ file: string; line: number }> = [];
  let specConfig: SpecConfig = { allowedRegistries: [], labelSchema: false };
  let config = specConfig;
  let seenIt = false;
  const ev = new Evaluator(tokens, bindings);
  for (ev.i = 0; ev.i < tokens.length; ) {
    const t = tokens[ev.i];
    if (t.kind === 'ident' && t.value === 'it') {
      seenIt = true;
      config = specConfig;
      ev.i++;
    } else if (t.value === 'let') {
      // One binding or a layout block of several (`let\n  rule = …\n  snippet = …`).
      ev.i++;
      while (ev.peek()?.kind === 'ident' && ev.isSymbol('=', 1)) {
        const name = tokens[ev.i].value;
        ev.i += 2;
        if (name === '?config') {
          config = readConfig(tokens, ev.i - 1);
          if (!seenIt) specConfig = config;
        } else {
          bindings.set(name, ev.expr());
        }
      }
    } else if (t.kind === 'ident' && SIMPLE_HELPERS[t.value]) {
      const helper = SIMPLE_HELPERS[t.value];
      ev.i++;
      const code = ev.primary();
      if (ev.isSymbol('$')) ev.i++;
      const text = ev.expr();
      if (typeof code === 'string' && /^DL\d{4}$/.test(code) && typeof text === 'string') cases.push({ file, line: t.line, code, ...helper, text, ...config });
      else unread.push({ file, line: t.line });
    } else if (t.kind === 'ident' && (t.value === 'assertChecks' || t.value === 'assertOnBuildChecks')) {
      ev.i++;
      const text = ev.primary();
      const expected = readAssertion(tokens, ev.i);
      if (expected && typeof text === 'string') cases.push({ file, line: t.line, ...expected, onBuild: t.value === 'assertOnBuildChecks', text, ...config });
      else if (!tokens.slice(ev.i, ev.i + 3).some((x) => /shellcheck/i.test(x.value))) unread.push({ file, line: t.line });
    } else {
      ev.i++;
    }
  }
  return { cases, unread };
}

/**
 * hadolint's `onBuild…` helpers wrap every RUN instruction in ONBUILD; the same done on the text: `ONBUILD ` before
 * each line that starts a RUN instruction (continuation lines and heredoc bodies are left alone).
 */
export function wrapRunsInOnBuild(text: string): string {
  const lines = text.split('\n');
  let continued = false;
  let heredocEnd: string | undefined;
  return lines
    .map((line) => {
      if (heredocEnd !== undefined) {
        if (line.trim() === heredocEnd) heredocEnd = undefined;
        return line;
      }
      const startsInstruction = !continued && !/^\s*#/.test(line);
      continued = /\\\s*$/.test(line) || (continued && /^\s*(#.*)?$/.test(line));
      if (startsInstruction) heredocEnd = /<<-?\s*["']?([A-Za-z_]+)["']?/.exec(line)?.[1];
      return startsInstruction && /^\s*RUN\b/i.test(line) ? line.replace(/^(\s*)/, '$1ONBUILD ') : line;
    })
    .join('\n');
}
