/**
 * The expressions inside `{{ }}` that charts use for workload fields: `.Values` paths, `$` and variables, pipelines
 * with a small set of functions. Anything else evaluates to `unknown` with the construct named, never a guess.
 */
import { toYamlLines, yamlScalar, type OutLine } from './to-yaml';
import { childKey } from './values';

export type Val =
  /** A plain value; `key` is its values path when it comes from .Values. */
  | { kind: 'value'; v: unknown; key?: string; root?: boolean }
  /** An `include` / `template` result: a name we do not expand. */
  | { kind: 'opaque'; name: string }
  /** Text lines (toYaml, indent, nindent); `leadingNewline` for nindent. */
  | { kind: 'block'; lines: OutLine[]; leadingNewline: boolean; key?: string }
  | { kind: 'unknown'; what: string };

export interface Scope {
  dot: Val;
  root: Val;
  vars: Map<string, Val>;
}

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
    return callFunction(head, operands);
  }
  if (args.length > 1 || piped) return unknown(args.join(' '));
  return evalTerm(head, scope);
}

export function evalTerm(term: string, scope: Scope): Val {
  if (term.startsWith('(') && term.endsWith(')')) return evalPipeline(term.slice(1, -1), scope);
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

function fieldOf(base: Val, field: string): Val {
  if (base.kind !== 'value') return base.kind === 'unknown' ? base : unknown(`.${field} of ${base.kind}`);
  if (base.root && !['Values', 'Chart', 'Release'].includes(field)) return unknown(`.${field}`);
  const obj = base.v;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { kind: 'value', v: undefined };
  const v = (obj as Record<string, unknown>)[field];
  const key = base.root ? (field === 'Values' ? '' : undefined) : base.key === undefined ? undefined : childKey(base.key, field);
  return { kind: 'value', v, key };
}

function text(v: Val): string | undefined {
  if (v.kind !== 'value') return undefined;
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
    const lines = v.kind === 'block' ? v.lines : [{ text: text(v) ?? '', key: v.key }];
    return { kind: 'block', lines: lines.map((l) => ({ text: pad + l.text, key: l.key })), leadingNewline, key: v.key };
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
  trim: stringFn((s) => s.trim()),
  trunc: stringFn((s, [n]) => (n?.kind === 'value' && typeof n.v === 'number' ? s.slice(0, n.v) : undefined)),
  trimSuffix: stringFn((s, [x]) => (x?.kind === 'value' && typeof x.v === 'string' && s.endsWith(x.v) ? s.slice(0, s.length - x.v.length) : s)),
  trimPrefix: stringFn((s, [x]) => (x?.kind === 'value' && typeof x.v === 'string' && s.startsWith(x.v) ? s.slice(x.v.length) : s)),
  not: ([v]) => (v && truthy(v) !== undefined ? { kind: 'value', v: !truthy(v) } : unknown('not')),
  and: (a) => (a.every((x) => truthy(x) !== undefined) ? a.find((x) => !truthy(x)) ?? a[a.length - 1] : unknown('and')),
  or: (a) => (a.every((x) => truthy(x) !== undefined) ? a.find((x) => truthy(x)) ?? a[a.length - 1] : unknown('or')),
  empty: ([v]) => (v && truthy(v) !== undefined ? { kind: 'value', v: !truthy(v) } : unknown('empty')),
  eq: (a) => compare(a, true),
  ne: (a) => compare(a, false),
  printf: printf,
};

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
  if (v.kind === 'value') return typeof v.v === 'object' && v.v !== null ? (Array.isArray(v.v) || Object.keys(v.v).length ? undefined : '') : text(v);
  if (v.kind === 'opaque') return v.name.replace(/[^A-Za-z0-9-]+/g, '-');
  return undefined;
}

export { yamlScalar };
