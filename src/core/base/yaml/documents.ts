/**
 * Multi-document YAML with exact file positions, parsed one document at a time so that an edit in one document of a
 * 1,000-document manifest re-parses only that document (parses are cached by the document's own text).
 *
 * Documents are split on `---` / `...` marker lines at column 0. Inside a document every node's offsets are relative
 * to the document's text; `YamlDocument.range()` maps them to file positions.
 */
import { cacheMap } from '../caches';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range } from '../model/finding';
import { LineIndex } from '../text/line-index';
import { fastParseDocument } from './fast-parse';
import { YAML_PARSE_OPTIONS } from './parse-options';

export interface YamlDocument {
  /** Position in the file: 0-based document number, first line and offset of its text. */
  number: number;
  startLine: number;
  startOffset: number;
  text: string;
  doc: Document.Parsed;
  /** Offsets within `text` ↔ positions within `text`. */
  index: LineIndex;
  /** File range of a node (or of offsets inside this document). */
  range(node: Node | undefined | null): Range;
  offsetRange(start: number, end: number): Range;
  /** Parse errors, already in file positions. */
  errors: Array<{ message: string; range: Range }>;
}

const MARKER = /^(---|\.\.\.)(?=\s|$)/;

export interface DocumentChunk {
  text: string;
  startLine: number;
  startOffset: number;
}

/** Splits a YAML stream into document chunks at `---` / `...` marker lines (the marker line starts the new chunk). */
export function splitDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let line = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const c = text.charCodeAt(pos);
    if (pos > chunkStart && (c === 45 /* - */ || c === 46) /* . */ && MARKER.test(text.slice(pos, Math.min(lineEnd, pos + 4)))) {
      chunks.push({ text: text.slice(chunkStart, pos), startLine: chunkLine, startOffset: chunkStart });
      chunkStart = pos;
      chunkLine = line;
    }
    if (nl === -1) break;
    pos = nl + 1;
    line++;
  }
  chunks.push({ text: text.slice(chunkStart), startLine: chunkLine, startOffset: chunkStart });
  return chunks;
}

interface Parsed {
  doc: Document.Parsed;
  index: LineIndex;
}

/** Cache of parsed documents by their text (LRU-ish, bounded). */
const parseCache = cacheMap<string, Parsed>('yaml/documents parseCache');
const CACHE_LIMIT = 4096;

function parseChunk(text: string): Parsed {
  let parsed = parseCache.get(text);
  if (parsed) {
    parseCache.delete(text);
    parseCache.set(text, parsed);
    return parsed;
  }
  // The parser makes one Error per problem, capturing a stack trace each time; in an unterminated 5,000-deep flow
  // collection that is thousands of errors × thousands of recursive frames when the host raised Error.stackTraceLimit
  // (mocha sets Infinity): seconds for a 5 kB file (fuzz suite). Their stacks are never used.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    // the common subset of YAML (block collections, one-line scalars) without yaml's token-by-token parser
    doc = fastParseDocument(text) ?? parseDocument(text, YAML_PARSE_OPTIONS);
  } finally {
    Error.stackTraceLimit = limit;
  }
  parsed = { doc, index: new LineIndex(text) };
  if (parseCache.size >= CACHE_LIMIT) parseCache.delete(parseCache.keys().next().value!);
  parseCache.set(text, parsed);
  return parsed;
}

export function parseYamlDocuments(text: string): YamlDocument[] {
  return splitDocuments(text).map((chunk, number) => toYamlDocument(chunk, number));
}

function toYamlDocument(chunk: DocumentChunk, number: number): YamlDocument {
  const { doc, index } = parseChunk(chunk.text);
  const shift = (p: { line: number; character: number }) => ({ line: p.line + chunk.startLine, character: p.character });
  const offsetRange = (start: number, end: number): Range => ({ start: shift(index.positionAt(start)), end: shift(index.positionAt(end)) });
  const range = (node: Node | undefined | null): Range => {
    const r = node?.range;
    return r ? offsetRange(r[0], r[1]) : offsetRange(0, 0);
  };
  return {
    number,
    startLine: chunk.startLine,
    startOffset: chunk.startOffset,
    text: chunk.text,
    doc,
    index,
    range,
    offsetRange,
    errors: doc.errors.map((e) => ({ message: e.message.split('\n')[0], range: offsetRange(e.pos[0], Math.max(e.pos[0], e.pos[1])) })),
  };
}

/** Document parse results for reuse by analyzers that cache per-document findings. */
export function isEmptyDocument(doc: YamlDocument): boolean {
  const c = doc.doc.contents;
  return c === null || (isScalar(c) && (c.value === null || c.value === ''));
}

export { isAlias, isMap, isScalar, isSeq };
export type { Node, Pair, YAMLMap };
