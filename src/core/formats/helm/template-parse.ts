/**
 * Go template text → a tree of text and actions, with whitespace trimming (`{{-` / `-}}`) already applied. Only the
 * structure: what the actions mean is decided by expr.ts and render.ts.
 */

export interface TextNode {
  type: 'text';
  text: string;
  /** Offset in the template of text[0]. */
  offset: number;
}

export interface ActionNode {
  type: 'action';
  expr: string;
  offset: number;
}

export interface BlockNode {
  type: 'if' | 'with' | 'range';
  /** One branch per `if` / `else if`; `with` and `range` have one. */
  branches: Array<{ expr: string; body: TemplateNode[] }>;
  elseBody?: TemplateNode[];
  offset: number;
}

export type TemplateNode = TextNode | ActionNode | BlockNode;

interface Token {
  text?: string;
  expr?: string;
  offset: number;
}

const ACTION = /\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g;

function tokenize(template: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let trimNext = false;
  for (let m = ACTION.exec(template); m; m = ACTION.exec(template)) {
    let text = template.slice(last, m.index);
    let offset = last;
    if (trimNext) {
      const trimmed = text.replace(/^\s+/, '');
      offset += text.length - trimmed.length;
      text = trimmed;
    }
    if (m[1]) text = text.replace(/\s+$/, '');
    if (text) tokens.push({ text, offset });
    tokens.push({ expr: m[2], offset: m.index });
    trimNext = !!m[3];
    last = m.index + m[0].length;
  }
  let tail = template.slice(last);
  let offset = last;
  if (trimNext) {
    const trimmed = tail.replace(/^\s+/, '');
    offset += tail.length - trimmed.length;
    tail = trimmed;
  }
  if (tail) tokens.push({ text: tail, offset });
  return tokens;
}

/**
 * Parses a template; undefined when its blocks do not balance (then nothing in it is followed). Named templates
 * (`define "name"`) are not part of the file's output; their bodies go into `defines` when given.
 */
export function parseTemplate(template: string, defines?: Map<string, TemplateNode[]>): TemplateNode[] | undefined {
  const root: TemplateNode[] = [];
  const stack: Array<{ block?: BlockNode; body: TemplateNode[]; define?: string }> = [{ body: root }];
  for (const t of tokenize(template)) {
    const top = stack[stack.length - 1];
    if (t.text !== undefined) {
      top.body.push({ type: 'text', text: t.text, offset: t.offset });
      continue;
    }
    const expr = t.expr!;
    if (expr.startsWith('/*')) continue;
    const word = /^(if|with|range|else|end|define|block)\b\s*(.*)$/s.exec(expr);
    if (!word) {
      top.body.push({ type: 'action', expr, offset: t.offset });
      continue;
    }
    const [, keyword, rest] = word;
    if (keyword === 'if' || keyword === 'with' || keyword === 'range') {
      const block: BlockNode = { type: keyword, branches: [{ expr: rest, body: [] }], offset: t.offset };
      top.body.push(block);
      stack.push({ block, body: block.branches[0].body });
    } else if (keyword === 'define' || keyword === 'block') {
      stack.push({ body: [], define: /^"([^"]+)"/.exec(rest)?.[1] ?? '' });
    } else if (keyword === 'else') {
      if (!top.block) return undefined;
      const elseIf = /^if\b\s*(.*)$/s.exec(rest);
      if (elseIf && top.block.type === 'if' && !top.block.elseBody) {
        const branch = { expr: elseIf[1], body: [] as TemplateNode[] };
        top.block.branches.push(branch);
        top.body = branch.body;
      } else {
        // `else with …` and a second else are not followed
        if (rest.trim() || top.block.elseBody) return undefined;
        top.block.elseBody = [];
        top.body = top.block.elseBody;
      }
    } else {
      if (stack.length < 2) return undefined;
      const done = stack.pop()!;
      if (done.define && defines) defines.set(done.define, done.body);
    }
  }
  return stack.length === 1 ? root : undefined;
}
