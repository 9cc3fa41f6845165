/**
 * A fast path for the YAML that Kubernetes manifests and Compose files are made of.
 *
 * `yaml`'s `parseDocument` is correct for all of YAML but costly: its lexer and parser are generators that yield a
 * token at a time, and in a short-lived CLI process that code rarely gets optimised — 500 Helm-style documents took
 * ~460 ms cold, more than all our Kubernetes rules together. Most real manifests use a small, regular part of YAML:
 * block mappings and sequences, one-line plain and quoted scalars, one-line flow sequences of scalars, `{}`/`[]`,
 * full-line and trailing comments.
 *
 * `fastParseDocument` parses exactly that part, line by line, into the same `yaml` node classes with the same values,
 * scalar types and `[start, valueEnd, nodeEnd]` ranges that `parseDocument` produces, and returns `undefined` the
 * moment it meets anything else (anchors, aliases, tags, block scalars, multi-line scalars, escapes, complex keys,
 * tabs, CR line ends, directives, comments whose owner depends on indentation, …). The caller then uses `yaml`.
 * Plain scalars are typed by `yaml`'s own core-schema tags, so `80`, `0x1F`, `true`, `~`, `1.50` resolve identically.
 * What the fast path leaves out: comments are not attached to nodes (`commentBefore`, `comment`, `spaceBefore`);
 * nothing in Containment reads them. `test/unit/yaml/fast-parse.test.ts` compares every node with `parseDocument`'s.
 *
 * This module reads the block structure (lines, indentation, mappings, sequences, block scalars); the one-line
 * scalars and flow collections are `fast-scalars.ts`.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import {
  flowCollection,
  FLOW_PLAIN_STOP,
  INDICATOR,
  plainScalar,
  quotedScalar,
  UNSUPPORTED,
  unsupported,
  type Range3,
} from './fast-scalars';
import { YAML_PARSE_OPTIONS } from './parse-options';

type Parsed = Document.Parsed;

interface Line {
  start: number;
  /** Offset of the first non-space character (== end for a blank line). */
  content: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** Offset after the line break. */
  next: number;
  blank: boolean;
  comment: boolean;
}

class FastParser {
  private readonly lines: Line[] = [];
  private line = 0;

  constructor(private readonly text: string) {
    let pos = 0;
    while (pos <= text.length) {
      let end = text.indexOf('\n', pos);
      const last = end === -1;
      if (last) end = text.length;
      let content = pos;
      while (content < end && text.charCodeAt(content) === 32) content++;
      const c = text.charCodeAt(content);
      this.lines.push({ start: pos, content, end, next: last ? end : end + 1, blank: content === end, comment: c === 35 /* # */ });
      if (last) break;
      pos = end + 1;
    }
  }

  parse(): Parsed {
    const { text } = this;
    if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff) unsupported();
    let docStart = -1;
    const first = this.lines[0];
    if (text.startsWith('---')) {
      // a `---` marker line with nothing but an optional comment after it
      const rest = text.slice(3, first.end);
      if (rest !== '' && !/^ +(#.*)?$/.test(rest)) unsupported();
      docStart = 0;
      this.line = 1;
    }
    // a document end (`...`) or another document start inside the text: left to yaml
    for (let i = this.line; i < this.lines.length; i++) if (/^(---|\.\.\.)( |$)/.test(text.slice(this.lines[i].start, this.lines[i].start + 4))) unsupported();
    this.skipTrivia(0);
    if (this.line >= this.lines.length) unsupported(); // an empty document: rare and cheap for yaml
    const top = this.lines[this.line];
    if (top.content !== top.start) unsupported(); // top-level content must start at column 0
    const contents = this.block(0);
    this.skipTrivia(0);
    if (this.line < this.lines.length) unsupported(); // `...` or anything else left over
    const doc = new Document(undefined, YAML_PARSE_OPTIONS) as Parsed;
    doc.contents = contents as Parsed['contents'];
    (doc as { range: Range3 }).range = [docStart === 0 ? 0 : contents.range![0], contents.range![1], text.length];
    return doc;
  }

  /**
   * Skips blank and comment lines. A full-line comment is accepted only where `yaml` would not make it part of the
   * node before it: at or left of `column` and of the next content line, at column 0 after the last content.
   */
  private skipTrivia(column: number): void {
    const { lines } = this;
    while (this.line < lines.length) {
      const l = lines[this.line];
      if (!l.blank && !l.comment) return;
      if (l.comment) {
        const next = this.nextContentLine(this.line + 1);
        // after the last content only column-0 comments leave the ranges alone
        const limit = next ? Math.min(column, next.content - next.start) : 0;
        if (l.content - l.start > limit) unsupported();
      }
      this.line++;
    }
  }

  private nextContentLine(from: number): Line | undefined {
    for (let i = from; i < this.lines.length; i++) if (!this.lines[i].blank && !this.lines[i].comment) return this.lines[i];
    return undefined;
  }

  /** A block node whose first line is the current one, starting at `column`. */
  private block(column: number): Node {
    const l = this.lines[this.line];
    return this.isDash(l.start + column) ? this.sequence(column) : this.mapping(column, l.start + column);
  }

  private isDash(at: number): boolean {
    const c = this.text.charCodeAt(at + 1);
    return this.text.charCodeAt(at) === 45 /* - */ && (c === 32 || c === 10 || Number.isNaN(c));
  }

  /** A block sequence whose dashes stand at `column`. */
  private sequence(column: number): YAMLSeq {
    const seq = new YAMLSeq();
    const { lines, text } = this;
    const start = lines[this.line].start + column;
    let end = start;
    for (;;) {
      const l = lines[this.line];
      const dash = l.start + column;
      let at = dash + 1;
      while (at < l.end && text.charCodeAt(at) === 32) at++;
      let item: Node;
      if (at === l.end || text.charCodeAt(at) === 35 /* # */) {
        if (at !== l.end || at !== dash + 1) unsupported(); // `-   ` / `- # c`: ranges follow rules not needed here
        this.line++;
        item = this.nestedOrNull(column, dash + 1, true);
      } else if (this.isDash(at)) {
        unsupported(); // `- - x`
      } else if (this.startsKey(at, l.end)) {
        item = this.mapping(at - l.start, at);
      } else {
        item = this.inlineValue(at, l, column);
      }
      seq.items.push(item);
      end = item.range![2];
      this.skipTrivia(column);
      const n = lines[this.line];
      if (!n || n.content - n.start < column) break;
      if (n.content - n.start > column || !this.isDash(n.content)) unsupported();
    }
    seq.range = [start, end, end];
    return seq;
  }

  /** A block mapping whose keys stand at `column`; its first key starts at `firstKey` (mid-line after `- `). */
  private mapping(column: number, firstKey: number): YAMLMap {
    const map = new YAMLMap();
    const { lines } = this;
    let keyAt = firstKey;
    let end = firstKey;
    for (;;) {
      const l = lines[this.line];
      const { key, colon } = this.key(keyAt, l.end);
      let at = colon + 1;
      while (at < l.end && this.text.charCodeAt(at) === 32) at++;
      let value: Node;
      if (at === l.end || this.text.charCodeAt(at) === 35 /* # */) {
        const comment = at < l.end;
        if (!comment && at !== colon + 1) unsupported(); // `key:   ` with trailing spaces
        this.line++;
        value = this.nestedOrNull(column, comment ? at : colon + 1, false, comment ? this.emptyValueEnd(l) : undefined);
      } else {
        value = this.inlineValue(at, l, column);
      }
      map.items.push(new Pair(key, value));
      end = value.range![2];
      this.skipTrivia(column);
      const n = lines[this.line];
      if (!n || n.content - n.start < column) break;
      if (n.content - n.start > column || this.isDash(n.content)) unsupported();
      keyAt = n.content;
    }
    map.range = [firstKey, end, end];
    return map;
  }

  /**
   * The value after `key:` or `-` with nothing else on its line: a block on the following lines (more indented; for
   * a mapping value also a sequence at the key's own column), or null. `at` is where yaml places an empty value.
   */
  private nestedOrNull(column: number, at: number, inSequence: boolean, commentLineEnd?: number): Node {
    const following = this.lines[this.line];
    this.skipTrivia(Number.MAX_SAFE_INTEGER);
    const n = this.lines[this.line];
    if (n) {
      const indent = n.content - n.start;
      if (indent > column || (!inSequence && indent === column && this.isDash(n.content))) {
        if (commentLineEnd !== undefined) unsupported(); // `key: # c` then a block: comment placement rules
        return this.block(indent);
      }
    }
    // an empty value followed by blank or comment lines, or ending the document, changes the ranges yaml gives the
    // value and the document around it: left to yaml
    if (commentLineEnd === undefined && (!following || following.blank || following.comment)) unsupported();
    return plainScalar('', [at, at, commentLineEnd ?? at], false);
  }

  /**
   * Where yaml ends an empty value that has a comment after it (`key: # note`): at the next line's first character,
   * or at the end of the text. Blank or comment lines in between: left to yaml.
   */
  private emptyValueEnd(l: Line): number {
    const n = this.lines[this.line];
    if (!n || (n.start === this.text.length && n.blank)) return l.next;
    if (n.blank || n.comment) unsupported();
    return n.content;
  }

  private startsKey(at: number, lineEnd: number): boolean {
    try {
      this.key(at, lineEnd);
      return true;
    } catch (e) {
      if (e === UNSUPPORTED) return false;
      throw e;
    }
  }

  /** A one-line plain or quoted key at `at`, and the offset of its `:`. */
  private key(at: number, lineEnd: number): { key: Scalar; colon: number } {
    const { text } = this;
    const c = text[at];
    let key: Scalar;
    let after: number;
    if (c === '"' || c === "'") {
      const q = quotedScalar(this.text, at, lineEnd);
      key = q.scalar;
      after = q.end;
    } else {
      if (INDICATOR.test(c)) unsupported();
      let colon = at;
      for (;;) {
        colon = text.indexOf(':', colon + 1);
        if (colon === -1 || colon >= lineEnd) unsupported();
        const next = text.charCodeAt(colon + 1);
        if (next === 32 || colon + 1 === lineEnd) break;
      }
      const source = text.slice(at, colon);
      if (source.includes(' #') || FLOW_PLAIN_STOP.test(source) || source.endsWith(' ')) unsupported();
      key = plainScalar(source, [at, colon, colon], true);
      after = colon;
    }
    if (text.charCodeAt(after) !== 58 /* : */) unsupported();
    const next = text.charCodeAt(after + 1);
    if (!(next === 32 || after + 1 === lineEnd)) unsupported();
    return { key, colon: after };
  }

  /** A value that starts at `at` on line `l` and ends on it (then the parser moves to the next line). */
  private inlineValue(at: number, l: Line, column: number): Node {
    const { text } = this;
    const c = text[at];
    if (c === '|' || c === '>') return this.blockScalar(at, l, column);
    let node: Node;
    let valueEnd: number;
    if (c === '"' || c === "'") {
      const q = quotedScalar(this.text, at, l.end);
      node = q.scalar;
      valueEnd = q.end;
    } else if (c === '[' || c === '{') {
      const f = flowCollection(this.text, at, l.end);
      node = f.node;
      valueEnd = f.end;
    } else {
      if (INDICATOR.test(c) && !((c === '-' || c === '?' || c === ':') && !this.isSpaceOrEnd(at + 1, l.end))) unsupported();
      let end = text.indexOf(' #', at);
      if (end === -1 || end > l.end) end = l.end;
      while (end > at && text.charCodeAt(end - 1) === 32) end--;
      const source = text.slice(at, end);
      if (source.includes(': ') || source.endsWith(':')) unsupported(); // a mapping on one line is an error in yaml
      node = plainScalar(source, [at, end, end], false);
      valueEnd = end;
    }
    // after the value: spaces, then a comment or the end of the line
    let rest = valueEnd;
    while (rest < l.end && text.charCodeAt(rest) === 32) rest++;
    if (rest < l.end && (text.charCodeAt(rest) !== 35 || rest === valueEnd)) unsupported();
    node.range = [node.range![0], node.range![1], l.next];
    this.line++;
    // a line indented past the owner's column after a one-line value would continue it (a multi-line plain
    // scalar) or be an error: both left to yaml
    const n = this.nextContentLine(this.line);
    if (n && n.content - n.start > column) unsupported();
    return node;
  }

  /**
   * `|`, `|-`, `>`, `>-` with their text on the following lines (more indented than `column`). Folded scalars only
   * where folding is plain joining (every line at the same indentation, no blank lines inside); the rest — keep
   * chomping, indentation indicators, header comments — is left to yaml.
   */
  private blockScalar(at: number, l: Line, column: number): Node {
    const { text, lines } = this;
    const header = text.slice(at, l.end);
    if (!/^[|>]-?$/.test(header)) unsupported();
    const folded = header[0] === '>';
    const strip = header.length === 2;
    const body: string[] = [];
    let indent = -1;
    let i = this.line + 1;
    let end = l.next;
    for (; i < lines.length; i++) {
      const b = lines[i];
      if (b.blank) {
        if (b.end > b.start) unsupported(); // a line of spaces: its length matters to yaml
        body.push('');
        continue;
      }
      const lineIndent = b.content - b.start;
      if (indent === -1) {
        if (lineIndent <= column) break;
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      body.push(text.slice(b.start + indent, b.end));
      end = b.next;
    }
    // blank lines after the last text line are not part of the scalar's range; with clip/strip not of its value either
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    if (!body.length || body.includes('') && folded) unsupported();
    if (folded && body.some((t) => t.startsWith(' '))) unsupported();
    if (end === text.length && text[end - 1] !== '\n') unsupported(); // no final line break: chomping edge case
    const value = body.join(folded ? ' ' : '\n') + (strip ? '' : '\n');
    const scalar = new Scalar(value);
    scalar.range = [at, end, end];
    scalar.source = value;
    scalar.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    this.line = i - trailing;
    const n = this.nextContentLine(this.line);
    if (n && n.content - n.start > column) unsupported();
    return scalar;
  }

  private isSpaceOrEnd(at: number, lineEnd: number): boolean {
    return at >= lineEnd || this.text.charCodeAt(at) === 32;
  }
}

/** `parseDocument(text)`'s result for the common subset of YAML, or `undefined` to let `yaml` parse it. */
export function fastParseDocument(text: string): Parsed | undefined {
  try {
    return new FastParser(text).parse();
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}
