/**
 * The expressions inside `{{ }}` that charts use for workload fields: `.Values` paths, `$` and variables, pipelines
 * with a small set of functions. Anything else evaluates to `unknown` with the construct named, never a guess.
 */
import { toYamlLines, yamlScalar, type NotFollowed, type OutLine, type SkippedBlock } from './to-yaml';
import { childKey } from './values';

export type Val =
  /**
   * A plain value; `key` is its values path when it comes from .Values. An included text also keeps its lines with
   * the values keys each holds and the blocks it left out (so findings inside a named template still reach values).
   */
  | {
      kind: 'value';
      v: unknown;
      key?: string;
      root?: boolean;
      lines?: OutLine[];
      skipped?: SkippedBlock[];
      /** Set (to the include's name) when the named template was read in part: usable as a block only. */
      partial?: string;
      notFollowed?: NotFollowed[];
    }
  /** An `include` / `template` result: a name we do not expand. */
  | { kind: 'opaque'; name: string }
  /** Text lines (toYaml, indent, nindent); `leadingNewline` for nindent. */
  | { kind: 'block'; lines: OutLine[]; leadingNewline: boolean; key?: string; skipped?: SkippedBlock[]; notFollowed?: NotFollowed[] }
  | { kind: 'unknown'; what: string };

export interface Scope {
  dot: Val;
  root: Val;
  vars: Map<string, Val>;
  /** Expands a named template with a dot (`include "name" .`); without it, every include is opaque. */
  include?: (name: string, dot: Val) => Val;
}

/** Key prefix of `.Chart` fields: not a values key (no values line decides them), but written lines remember them. */
export const CHART_KEY = '@Chart';

export function unknown(what: string): Val {
  return { kind: 'unknown', what };
}

export function truthy(v: Val): boolean | undefined {
  if (v.kind === 'opaque' || v.kind === 'block') return true;
  if (v.kind === 'unknown') return undefined;
  const x = v.v;
  if (x === null || x === undefined || x === false || x === 0 || x === '') return false;
  if (Array.isArray(x)) return x.length > 0;
  if (typeof x === 'object') return Object.keys(x as object).length > 0;
  return true;
}

/** Splits on a separator outside quotes and parentheses. */
function splitTop(s: string, sep: (c: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      cur += c;
      if (c === '\\' && quote === '"') cur += s[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth === 0 && sep(c)) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function evalPipeline(expr: string, scope: Scope): Val {
  let piped: Val | undefined;
  for (const command of splitTop(expr, (c) => c === '|')) {
    const args = splitTop(command, (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r');
    if (!args.length) return unknown(expr);
    piped = evalCommand(args, scope, piped);
    if (piped.kind === 'unknown') return piped;
  }
  return piped ?? unknown(expr);
}

function evalCommand(args: string[], scope: Scope, piped: Val | undefined): Val {
  const head = args[0];
  if (/^[A-Za-z_]\w*$/.test(head) && !['true', 'false', 'nil'].includes(head)) {
    const operands = args.slice(1).map((a) => evalTerm(a, scope));
    if (piped) operands.push(piped);
    const [name, dot] = operands;
    if ((head === 'include' || head === 'template') && scope.include && name?.kind === 'value' && typeof name.v === 'string') {
      return dot ? scope.include(name.v, dot) : unknown(`${head} "${name.v}" without a context`);
    }
    return callFunction(head, operands);
  }
  if (args.length > 1 || piped) return unknown(args.join(' '));
  return evalTerm(head, scope);
}

export function evalTerm(term: string, scope: Scope): Val {
  if (term.startsWith('(')) {
    const close = closingParen(term);
    if (close === term.length - 1) return evalPipeline(term.slice(1, -1), scope);
    const fields = close > 0 ? /^(?:\.[\w-]+)+$/.exec(term.slice(close + 1)) : null;
    if (!fields) return unknown(term);
    let v = evalPipeline(term.slice(1, close), scope);
    for (const field of fields[0].split('.').filter(Boolean)) v = fieldOf(v, field);
    return v;
  }
  if (term.startsWith('"')) {
    try {
      return { kind: 'value', v: JSON.parse(term) };
    } catch {
      return unknown(term);
    }
  }
  if (term.startsWith('`') && term.endsWith('`')) return { kind: 'value', v: term.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(term)) return { kind: 'value', v: Number(term) };
  if (term === 'true' || term === 'false') return { kind: 'value', v: term === 'true' };
  if (term === 'nil') return { kind: 'value', v: null };
  const m = /^(\$\w*|\.)?((?:\.[\w-]+)*)$/.exec(term === '.' ? '.' : term);
  if (!m) return unknown(term);
  let base: Val | undefined;
  let fields = m[2];
  if (m[1] === '$') base = scope.root;
  else if (m[1]?.startsWith('$')) base = scope.vars.get(m[1]);
  else {
    base = scope.dot;
    if (term === '.') fields = '';
    else fields = term;
  }
  if (!base) return unknown(term);
  for (const field of fields.split('.').filter(Boolean)) base = fieldOf(base, field);
  return base;
}

/** Index of the `)` that closes the `(` at 0 (outside quotes), or -1. */
function closingParen(term: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < term.length; i++) {
    const c = term[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function fieldOf(base: Val, field: string): Val {
  if (base.kind !== 'value') return base.kind === 'unknown' ? base : unknown(`.${field} of ${base.kind}`);
  if (base.root && !['Values', 'Chart', 'Release'].includes(field)) return unknown(`.${field}`);
  const obj = base.v;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { kind: 'value', v: undefined };
  const v = (obj as Record<string, unknown>)[field];
  const key = base.root ? (field === 'Values' ? '' : field === 'Chart' ? CHART_KEY : undefined) : base.key === undefined ? undefined : childKey(base.key, field);
  return { kind: 'value', v, key };
}

function text(v: Val): string | undefined {
  // a named template read in part has no text to compute with (it would carry placeholders into names)
  if (v.kind !== 'value' || v.partial) return undefined;
  const x = v.v;
  return x === undefined || x === null ? '' : typeof x === 'object' ? undefined : String(x);
}

type Fn = (a: Val[]) => Val;

function stringFn(f: (s: string, a: Val[]) => string | undefined): Fn {
  return (a) => {
    const last = a[a.length - 1];
    if (!last) return unknown('call');
    if (last.kind === 'opaque') return last;
    const s = text(last);
    const r = s === undefined ? undefined : f(s, a.slice(0, -1));
    return r === undefined ? unknown('string function') : { kind: 'value', v: r, key: last.kind === 'value' ? last.key : undefined };
  };
}

function indentFn(leadingNewline: boolean): Fn {
  return ([n, v]) => {
    const width = n && n.kind === 'value' && typeof n.v === 'number' ? n.v : undefined;
    if (width === undefined || !v || v.kind === 'unknown') return v ?? unknown('indent');
    if (v.kind === 'opaque') return unknown(`include "${v.name}" as a block`);
    const pad = ' '.repeat(width);
    const lines = v.kind === 'block' || v.lines ? v.lines! : (text(v) ?? '').split('\n').map((t) => ({ text: t, key: v.key }));
    const skipped = v.skipped?.map((b) => ({ ...b, indent: b.indent + width }));
    const notFollowed = v.notFollowed?.map((n) => ({ ...n, indent: n.indent + width }));
    return { kind: 'block', lines: lines.map((l) => ({ ...l, text: pad + l.text })), leadingNewline, key: v.key, skipped, notFollowed };
  };
}

function compare(a: Val[], eq: boolean): Val {
  if (a.length < 2 || a.some((x) => x.kind !== 'value')) return unknown(eq ? 'eq' : 'ne');
  const [x, ...rest] = a as Array<{ v: unknown }>;
  const same = rest.some((y) => y.v === x.v);
  return { kind: 'value', v: eq ? same : !same };
}

const FUNCTIONS: Record<string, Fn> = {
  include: ([name]) => ({ kind: 'opaque', name: name && name.kind === 'value' ? String(name.v) : '?' }),
  template: ([name]) => ({ kind: 'opaque', name: name && name.kind === 'value' ? String(name.v) : '?' }),
  default: ([d, v]) => (!d ? unknown('default') : !v ? d : truthy(v) === undefined ? unknown('default') : truthy(v) ? v : d),
  required: ([, v]) => v ?? unknown('required'),
  toYaml: ([v]) => (v && v.kind === 'value' ? { kind: 'block', lines: toYamlLines(v.v, v.key), leadingNewline: false, key: v.key } : v ?? unknown('toYaml')),
  nindent: indentFn(true),
  indent: indentFn(false),
  quote: stringFn((s) => JSON.stringify(s)),
  squote: stringFn((s) => `'${s}'`),
  toString: stringFn((s) => s),
  lower: stringFn((s) => s.toLowerCase()),
  upper: stringFn((s) => s.toUpperCase()),
  trim: (a) => (a.length === 1 && a[0].kind === 'block' && !a[0].leadingNewline && !/^\s/.test(a[0].lines[0]?.text ?? '') ? a[0] : stringFn((s) => s.trim())(a)),
  trunc: stringFn((s, [n]) => (n?.kind === 'value' && typeof n.v === 'number' ? s.slice(0, n.v) : undefined)),
  trimSuffix: stringFn((s, [x]) => (x?.kind === 'value' && typeof x.v === 'string' && s.endsWith(x.v) ? s.slice(0, s.length - x.v.length) : s)),
  trimPrefix: stringFn((s, [x]) => (x?.kind === 'value' && typeof x.v === 'string' && s.startsWith(x.v) ? s.slice(x.v.length) : s)),
  not: ([v]) => (v && truthy(v) !== undefined ? { kind: 'value', v: !truthy(v) } : unknown('not')),
  // one known false operand decides `and` (one known true decides `or`) whatever the unknown ones are
  and: (a) => a.find((x) => truthy(x) === false) ?? (a.every((x) => truthy(x) !== undefined) ? a[a.length - 1] : unknown('and')),
  or: (a) => a.find((x) => truthy(x) === true) ?? (a.every((x) => truthy(x) !== undefined) ? a[a.length - 1] : unknown('or')),
  hasKey: ([m, k]) => (m?.kind === 'value' && isMap(m.v) && k?.kind === 'value' && typeof k.v === 'string' ? { kind: 'value', v: k.v in m.v } : unknown('hasKey')),
  kindIs: ([k, v]) => {
    const kind = v?.kind === 'value' ? kindOf(v.v) : undefined;
    return k?.kind === 'value' && typeof k.v === 'string' && kind ? { kind: 'value', v: kind === k.v } : unknown('kindIs');
  },
  empty: ([v]) => (v && truthy(v) !== undefined ? { kind: 'value', v: !truthy(v) } : unknown('empty')),
  eq: (a) => compare(a, true),
  ne: (a) => compare(a, false),
  printf: printf,
  // Sprig's argument order: the string the function works on comes last (it is what a pipeline passes)
  contains: ([sub, v]) => stringTest(sub, v, (s, x) => s.includes(x)),
  hasPrefix: ([pre, v]) => stringTest(pre, v, (s, x) => s.startsWith(x)),
  hasSuffix: ([suf, v]) => stringTest(suf, v, (s, x) => s.endsWith(x)),
  replace: stringFn((s, [from, to]) => (from?.kind === 'value' && to?.kind === 'value' ? s.split(String(from.v)).join(String(to.v)) : undefined)),
  ternary: ([yes, no, cond]) => (cond && yes && no && truthy(cond) !== undefined ? (truthy(cond) ? yes : no) : unknown('ternary')),
  coalesce: (a) => (a.every((x) => truthy(x) !== undefined) ? a.find((x) => truthy(x)) ?? { kind: 'value', v: null } : unknown('coalesce')),
};

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go's kind of a values value; numbers stay unknown (Helm may hold them as int64 or float64). */
function kindOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return 'invalid';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'slice';
  return isMap(v) ? 'map' : undefined;
}

function stringTest(arg: Val | undefined, v: Val | undefined, test: (s: string, x: string) => boolean): Val {
  const x = arg && text(arg);
  const s = v && text(v);
  return x === undefined || s === undefined ? unknown('string test') : { kind: 'value', v: test(s, x) };
}

function printf(a: Val[]): Val {
  const [format, ...rest] = a;
  if (!format || format.kind !== 'value' || typeof format.v !== 'string') return unknown('printf');
  let i = 0;
  let failed = false;
  const out = format.v.replace(/%([sdv%])/g, (_m, verb: string) => {
    if (verb === '%') return '%';
    const s = rest[i] ? text(rest[i++]) : undefined;
    if (s === undefined) failed = true;
    return s ?? '';
  });
  return failed ? unknown('printf') : { kind: 'value', v: out };
}

function callFunction(name: string, operands: Val[]): Val {
  const fn = FUNCTIONS[name];
  if (!fn) return unknown(name);
  if (name !== 'default' && name !== 'and' && name !== 'or' && name !== 'include' && name !== 'template') {
    const bad = operands.find((o) => o.kind === 'unknown');
    if (bad) return bad;
  }
  return fn(operands);
}

/** How a value is written inline into the output. */
export function inlineText(v: Val): string | undefined {
  // Go prints an empty list as `[]` and an empty map as `map[]`; a filled one in a form that is not YAML (unknown)
  if (v.kind === 'value' && typeof v.v === 'object' && v.v !== null) return Array.isArray(v.v) ? (v.v.length ? undefined : '[]') : Object.keys(v.v).length ? undefined : 'map[]';
  if (v.kind === 'value') return text(v);
  // the placeholder says what it stands for, so a message that quotes it never passes it off as a real name
  if (v.kind === 'opaque') return `<include ${v.name.replace(/[^\w.-]+/g, '-')}>`;
  return undefined;
}

export { yamlScalar };
