/**
 * The static reader: walks a parsed template with the chart's values and writes the YAML it would render, keeping for
 * every output line the template line it comes from and the values keys written on it. Constructs it cannot follow
 * write nothing (blocks) or a placeholder (inline) and are listed, with where they sit in the output.
 */
import { evalPipeline, inlineText, truthy, unknown, type Scope, type Val } from './expr';
import { parseTemplate, type BlockNode, type TemplateNode } from './template-parse';
import type { OutLine } from './to-yaml';
import { childKey } from './values';
import { LineIndex } from '../text/line-index';

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

export interface NotFollowed {
  what: string;
  templateLine: number;
  /** Output line and column where its content would have gone. */
  outLine: number;
  indent: number;
  block: boolean;
}

export interface Rendered {
  lines: RenderedLine[];
  notFollowed: NotFollowed[];
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
  writeBlock(lines: OutLine[], leadingNewline: boolean, templateLine: number, blockKey: string | undefined): void {
    if (leadingNewline) {
      if (blockKey !== undefined && /:\s*$/.test(this.current.text)) this.current.blockKey ??= blockKey;
      this.write('\n', templateLine);
    }
    lines.forEach((l, i) => this.write((i ? '\n' : '') + l.text, templateLine, l.key));
  }
}

export function renderTemplate(template: string, scope: Scope): Rendered {
  const tree = parseTemplate(template);
  const out = new Output();
  const notFollowed: NotFollowed[] = [];
  if (!tree) return { lines: [], notFollowed: [], unparsable: true };
  const index = new LineIndex(template);
  const lineOf = (offset: number) => index.positionAt(offset).line;
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
    if (v.kind === 'block') return out.writeBlock(v.lines, v.leadingNewline, line, v.key);
    const inline = inlineText(v);
    if (inline !== undefined) return out.write(inline, line, v.kind === 'value' ? v.key : undefined, v.kind === 'opaque');
    // an action that writes a block (`| nindent`, `toYaml`) or stands alone on its line writes nothing when unknown
    const standalone = !out.current.text.trim() || /\b(?:n?indent|toYaml)\b/.test(expr);
    note(v.kind === 'unknown' ? v.what : expr, offset, standalone);
    if (!standalone) out.write(UNKNOWN_PLACEHOLDER, line, undefined, true);
  };
  const block = (node: BlockNode, s: Scope) => {
    if (node.type === 'range') return range(node, s);
    for (const branch of node.branches) {
      const v = evalPipeline(node.type === 'with' ? branch.expr : branch.expr, s);
      const t = truthy(v);
      if (t === undefined) return note(`${node.type} ${(v as { what: string }).what}`, node.offset, true);
      if (t) return walk(branch.body, node.type === 'with' ? { ...s, dot: v, vars: new Map(s.vars) } : s);
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
  return { lines: out.lines, notFollowed, unparsable: false };
}

export function rootScope(values: Record<string, unknown>, chart: Record<string, unknown>): Scope {
  const root: Val = {
    kind: 'value',
    root: true,
    v: { Values: values, Chart: chart, Release: { Name: 'release-name', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false } },
  };
  return { dot: root, root, vars: new Map() };
}

export { unknown };
