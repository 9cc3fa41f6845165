/**
 * The static reader: walks a parsed template with the chart's values and writes the YAML it would render, keeping for
 * every output line the template line it comes from and the values keys written on it. Constructs it cannot follow
 * write nothing (blocks) or a placeholder (inline) and are listed, with where they sit in the output.
 */
import { evalPipeline, inlineText, truthy, unknown, type Scope, type Val } from './expr';
import { parseTemplate, type BlockNode, type TemplateNode } from './template-parse';
import type { NotFollowed, OutLine, SkippedBlock } from './to-yaml';
import { childKey } from './values';
import { LineIndex } from '../../base/text/line-index';

export const UNKNOWN_PLACEHOLDER = 'containment-unknown-value';

export interface RenderedLine {
  text: string;
  /** 0-based template line of the line's first written text. */
  templateLine?: number;
  /** Values keys written on this line (inline values, toYaml lines). */
  keys: string[];
  /** For `key:` lines whose value is a values block written below (`toYaml .Values.x | nindent`): that key. */
  blockKey?: string;
  /** An opaque include or an unknown value is written on this line. */
  opaque: boolean;
}

export interface Rendered {
  lines: RenderedLine[];
  notFollowed: NotFollowed[];
  skipped: SkippedBlock[];
  /** The template's blocks do not balance: nothing was followed. */
  unparsable: boolean;
}

class Output {
  lines: RenderedLine[] = [{ text: '', keys: [], opaque: false }];
  get current(): RenderedLine {
    return this.lines[this.lines.length - 1];
  }
  write(text: string, templateLine: number, key?: string, opaque = false): void {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) this.lines.push({ text: '', keys: [], opaque: false });
      const line = this.current;
      line.text += part;
      if (part.trim()) {
        line.templateLine ??= templateLine;
        if (key !== undefined && !line.keys.includes(key)) line.keys.push(key);
        if (opaque) line.opaque = true;
      }
    });
  }
  /** Writes lines with what each remembers; returns the output line of the first one. */
  writeBlock(lines: OutLine[], leadingNewline: boolean, templateLine: number, blockKey: string | undefined): number {
    if (leadingNewline) {
      if (blockKey !== undefined && /:\s*$/.test(this.current.text)) this.current.blockKey ??= blockKey;
      this.write('\n', templateLine);
    } else if (blockKey !== undefined && !this.current.text.trim() && this.lines.length > 1) {
      // `key:` then `{{ toYaml .Values.x | indent N }}` on the next line: the block is that key's value too
      const above = this.lines[this.lines.length - 2];
      if (/:\s*$/.test(above.text)) above.blockKey ??= blockKey;
    }
    const first = this.lines.length - 1;
    lines.forEach((l, i) => {
      this.write((i ? '\n' : '') + l.text, templateLine, l.key);
      const line = this.current;
      for (const k of l.keys ?? []) if (!line.keys.includes(k)) line.keys.push(k);
      if (l.blockKey !== undefined) line.blockKey ??= l.blockKey;
      if (l.opaque) line.opaque = true;
    });
    return first;
  }
}

export function renderTemplate(template: string, scope: Scope): Rendered {
  const tree = parseTemplate(template);
  if (!tree) return { lines: [], notFollowed: [], skipped: [], unparsable: true };
  return renderNodes(tree, scope, new LineIndex(template));
}

/** Walks parsed nodes; `index` maps their offsets to lines (without it every line is 0: a named template's text). */
function renderNodes(tree: TemplateNode[], scope: Scope, index: LineIndex | undefined): Rendered {
  const out = new Output();
  const notFollowed: NotFollowed[] = [];
  const skipped: SkippedBlock[] = [];
  const lineOf = (offset: number) => (index ? index.positionAt(offset).line : 0);
  const note = (what: string, offset: number, block: boolean, indent?: number) => {
    const cur = out.current.text;
    notFollowed.push({ what, templateLine: lineOf(offset), outLine: out.lines.length - 1, indent: indent ?? cur.length - cur.trimStart().length, block });
  };
  const walk = (nodes: TemplateNode[], s: Scope): void => {
    for (const node of nodes) {
      if (node.type === 'text') writeText(node.text, node.offset);
      else if (node.type === 'action') action(node.expr, node.offset, s);
      else block(node, s);
    }
  };
  const writeText = (text: string, offset: number) => {
    let at = offset;
    for (const part of text.split(/(?<=\n)/)) {
      out.write(part, lineOf(at + part.length - part.trimStart().length));
      at += part.length;
    }
  };
  const action = (expr: string, offset: number, s: Scope) => {
    const assign = /^(\$\w+)\s*:?=\s*([\s\S]+)$/.exec(expr);
    if (assign) {
      s.vars.set(assign[1], evalPipeline(assign[2], s));
      return;
    }
    const v = evalPipeline(expr, s);
    const line = lineOf(offset);
    if (writeValue(out, v, line, { skipped, notFollowed })) return;
    // an action that writes a block (`| nindent`, `toYaml`) or stands alone on its line writes nothing when unknown
    const standalone = !out.current.text.trim() || /\b(?:n?indent|toYaml)\b/.test(expr);
    // an unknown `| nindent N` block would have sat at column N (under the `key:` it ends), not at this line's column
    const width = /\bn?indent\s+(\d+)/.exec(expr);
    note(v.kind === 'unknown' ? v.what : expr, offset, standalone, width ? Number(width[1]) : undefined);
    if (!standalone) out.write(UNKNOWN_PLACEHOLDER, line, undefined, true);
  };
  const block = (node: BlockNode, s: Scope) => {
    if (node.type === 'range') return range(node, s);
    for (const branch of node.branches) {
      const v = evalPipeline(branch.expr, s);
      const t = truthy(v);
      if (t === undefined) return note(`${node.type} ${(v as { what: string }).what}`, node.offset, true);
      if (t) return walk(branch.body, node.type === 'with' ? { ...s, dot: v, vars: new Map(s.vars) } : s);
      const field = v.kind === 'value' && v.key ? firstField(branch.body) : undefined;
      if (field && v.kind === 'value' && v.key) skipped.push({ key: v.key, ...field, outLine: out.lines.length - 1, templateLine: lineOf(node.offset) });
    }
    if (node.elseBody) walk(node.elseBody, s);
  };
  const range = (node: BlockNode, s: Scope) => {
    const head = /^(?:(\$\w+)\s*(?:,\s*(\$\w+))?\s*:=\s*)?([\s\S]+)$/.exec(node.branches[0].expr)!;
    const v = evalPipeline(head[3], s);
    if (v.kind !== 'value' || (v.v !== undefined && v.v !== null && typeof v.v !== 'object')) {
      return note(`range ${v.kind === 'unknown' ? v.what : head[3]}`, node.offset, true);
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(v.v) ? v.v.map((x, i) => [i, x]) : Object.entries((v.v ?? {}) as object);
    if (!entries.length && node.elseBody) return walk(node.elseBody, s);
    for (const [k, item] of entries) {
      const dot: Val = { kind: 'value', v: item, key: v.key === undefined ? undefined : childKey(v.key, k) };
      const vars = new Map(s.vars);
      if (head[1] && head[2]) vars.set(head[1], { kind: 'value', v: k }).set(head[2], dot);
      else if (head[1]) vars.set(head[1], dot);
      walk(node.branches[0].body, { ...s, dot, vars });
    }
  };
  walk(tree, scope);
  return { lines: out.lines, notFollowed, skipped, unparsable: false };
}

/** The key a block body writes first (`\n      securityContext:` → securityContext at column 6). */
function firstField(body: TemplateNode[]): { field: string; indent: number; writesDot: boolean } | undefined {
  const first = body[0];
  if (first?.type !== 'text') return undefined;
  const m = /^\s*?\n?([ ]*)(?:- )?([\w.-]+):/.exec(first.text);
  const writesDot = body.some((n) => n.type === 'action' && /^toYaml\s+\.\s*(?:\||$)/.test(n.expr));
  return m ? { field: m[2], indent: m[1].length, writesDot } : undefined;
}

/**
 * Writes an action's value with what it carries (values keys, blocks left out, parts not followed, rebased to where it
 * is written); false when there is nothing to write (an unknown value).
 */
function writeValue(out: Output, v: Val, line: number, found: { skipped: SkippedBlock[]; notFollowed: NotFollowed[] }): boolean {
  if (v.kind === 'value' && v.partial && out.current.text.trim()) {
    // a named template read in part is only written as a block: inline (a name) it would pass off a guess
    out.write(inlineText({ kind: 'opaque', name: v.partial })!, line, undefined, true);
    return true;
  }
  if (v.kind === 'block' || (v.kind === 'value' && v.lines)) {
    const first = v.kind === 'block' ? out.writeBlock(v.lines, v.leadingNewline, line, v.key) : out.writeBlock(v.lines!, false, line, undefined);
    for (const b of v.skipped ?? []) found.skipped.push({ ...b, outLine: first + b.outLine, templateLine: line });
    for (const n of v.notFollowed ?? []) found.notFollowed.push({ ...n, outLine: first + n.outLine, templateLine: line });
    return true;
  }
  const inline = inlineText(v);
  if (inline === undefined) return false;
  out.write(inline, line, v.kind === 'value' ? v.key : undefined, v.kind === 'opaque');
  return true;
}

/** Named templates by name: the chart's helpers (`_*.tpl`) and any `define` in its other template files. */
export type Defines = Map<string, TemplateNode[]>;

/** Includes nested deeper than this stay opaque (a named template that includes itself would never end). */
const MAX_INCLUDE_DEPTH = 8;

/** The scope a chart's templates render in; `defines` lets `include` expand the chart's own named templates. */
export function rootScope(values: Record<string, unknown>, chart: Record<string, unknown>, defines?: Defines): Scope {
  const root: Val = {
    kind: 'value',
    root: true,
    v: { Values: values, Chart: chart, Release: { Name: 'release-name', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false } },
  };
  const scope: Scope = { dot: root, root, vars: new Map() };
  if (defines) scope.include = includer(defines, new WeakMap(), 0);
  return scope;
}

/**
 * `include "name" dot`: the named template rendered with that dot, as text. A name the chart does not define (a
 * library chart that is not vendored), or a body with anything not followed, stays opaque: never a guessed text.
 */
function includer(defines: Defines, memo: WeakMap<Val, Map<string, Val>>, depth: number): NonNullable<Scope['include']> {
  return (name, dot) => {
    const body = defines.get(name);
    if (!body || depth >= MAX_INCLUDE_DEPTH || dot.kind !== 'value') return { kind: 'opaque', name };
    let known = memo.get(dot);
    if (!known) memo.set(dot, (known = new Map()));
    const hit = known.get(name);
    if (hit) return hit;
    // inside a named template `$` is the context it was given, not the chart's root
    const r = renderNodes(body, { dot, root: dot, vars: new Map(), include: includer(defines, memo, depth + 1) }, undefined);
    const lines = r.lines.map((l) => ({ text: l.text, key: l.keys[0], keys: l.keys.slice(1), blockKey: l.blockKey, opaque: l.opaque }));
    const text = lines.map((l) => l.text).join('\n');
    const partial = r.notFollowed.length > 0 || r.lines.some((l) => l.opaque);
    // what it did not follow travels with the text, named after the include, to wherever the text is written
    const notFollowed = r.notFollowed.map((n) => ({ ...n, what: `${n.what} in "${name}"` }));
    const v: Val = { kind: 'value', v: text, lines, skipped: r.skipped, ...(partial ? { partial: name, notFollowed } : {}) };
    known.set(name, v);
    return v;
  };
}

/** Collects the named templates of one file into `defines`. */
export function collectDefines(template: string, defines: Defines): void {
  parseTemplate(template, defines);
}

export { unknown };
export type { NotFollowed, SkippedBlock };
