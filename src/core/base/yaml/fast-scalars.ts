/**
 * The one-line scalars and flow collections of `fast-parse.ts`'s YAML subset, built as the `yaml` nodes `parseDocument`
 * would build (same values, types, scalar styles and ranges). Anything outside the subset throws `UNSUPPORTED`, which
 * `fastParseDocument` catches to fall back to `yaml`.
 */
import { Document, isScalar, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { YAML_PARSE_OPTIONS } from './parse-options';

export type Range3 = [number, number, number];

/** Thrown when the input leaves the supported subset; `fastParseDocument` catches it and returns undefined. */
class Unsupported {}
export const UNSUPPORTED = new Unsupported();
export function unsupported(): never {
  throw UNSUPPORTED;
}

/** Characters a plain scalar or key may not start with (YAML c-indicator), except `-` `?` `:` handled by callers. */
export const INDICATOR = /[-?:,[\]{}#&*!|>'"%@`]/;
/** Plain scalars that would need YAML features this path leaves to `yaml` (flow indicators inside one). */
export const FLOW_PLAIN_STOP = /[,[\]{}]/;

/** yaml's core-schema scalar tags, in the order `parseDocument` tries them. */
interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(value: string, onError: (message: string) => void, options: object): unknown;
}
let coreTags: ScalarTag[] | undefined;
let stringTag: ScalarTag | undefined;

/** A one-line quoted scalar at `at`; `end` is the offset after its closing quote. */
export function quotedScalar(text: string, at: number, lineEnd: number): { scalar: Scalar; end: number } {
  const q = text[at];
  let value = '';
  let from = at + 1;
  for (;;) {
    const close = text.indexOf(q, from);
    if (close === -1 || close >= lineEnd) unsupported(); // multi-line quoted scalar
    const part = text.slice(from, close);
    if (q === '"' && part.includes('\\')) unsupported(); // escapes: left to yaml
    value += part;
    if (q === "'" && text[close + 1] === "'") {
      value += "'";
      from = close + 2;
      continue;
    }
    const end = close + 1;
    // yaml resolves a quoted scalar with the string tag: the text itself
    const scalar = new Scalar(value);
    scalar.range = [at, end, end];
    scalar.source = value;
    scalar.type = q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return { scalar, end };
  }
}

/** `[]`, `{}`, `[ ]`, or a one-line flow sequence of plain/quoted scalars. */
export function flowCollection(text: string, at: number, lineEnd: number): { node: Node; end: number } {
  const open = text[at];
  const closeChar = open === '[' ? ']' : '}';
  let i = at + 1;
  while (i < lineEnd && text.charCodeAt(i) === 32) i++;
  if (text[i] === closeChar) {
    const node = open === '[' ? new YAMLSeq() : new YAMLMap();
    node.flow = true;
    node.range = [at, i + 1, i + 1];
    return { node, end: i + 1 };
  }
  if (open === '{') unsupported();
  const seq = new YAMLSeq();
  seq.flow = true;
  for (;;) {
    // an item: quoted or plain, then spaces, then `,` or `]`
    const c = text[i];
    let item: Scalar;
    let itemEnd: number;
    if (c === '"' || c === "'") {
      const q = quotedScalar(text, i, lineEnd);
      item = q.scalar;
      itemEnd = q.end;
    } else {
      if (INDICATOR.test(c)) unsupported();
      let end = i;
      while (end < lineEnd && !FLOW_PLAIN_STOP.test(text[end])) end++;
      let valueEnd = end;
      while (valueEnd > i && text.charCodeAt(valueEnd - 1) === 32) valueEnd--;
      const source = text.slice(i, valueEnd);
      if (source.includes(': ') || source.includes(' #') || source.endsWith(':') || source === '') unsupported();
      item = plainScalar(source, [i, valueEnd, valueEnd], false);
      itemEnd = valueEnd;
    }
    let j = itemEnd;
    while (j < lineEnd && text.charCodeAt(j) === 32) j++;
    item.range = [item.range![0], item.range![1], j];
    seq.items.push(item);
    if (text[j] === ']') {
      seq.range = [at, j + 1, j + 1];
      return { node: seq, end: j + 1 };
    }
    if (text[j] !== ',') unsupported();
    i = j + 1;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    if (text[i] === ']') unsupported(); // trailing comma: ranges not needed here
  }
}

/** A plain scalar, typed like `yaml`'s core schema does (`80` → number, `true` → boolean, `~` → null). */
export function plainScalar(source: string, range: Range3, atKey: boolean): Scalar {
  coreTags ??= loadCoreTags();
  const tag = coreTags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source)) ?? stringTag!;
  let resolved: unknown;
  let failed = false;
  resolved = tag.resolve(source, () => (failed = true), YAML_PARSE_OPTIONS);
  if (failed) unsupported();
  const scalar = isScalar(resolved) ? (resolved as Scalar) : new Scalar(resolved);
  scalar.range = range;
  scalar.source = source;
  scalar.type = 'PLAIN';
  if (tag.format) scalar.format = tag.format;
  return scalar;
}

/** The tags `parseDocument` would use, taken from a document made with the same options (so the same schema). */
function loadCoreTags(): ScalarTag[] {
  const schema = new Document(undefined, YAML_PARSE_OPTIONS).schema as unknown as { tags: ScalarTag[]; [key: symbol]: ScalarTag };
  const scalarKey = Object.getOwnPropertySymbols(schema).find((s) => String(s) === 'Symbol(yaml.scalar)');
  stringTag = scalarKey ? schema[scalarKey] : undefined;
  if (!stringTag) throw new Error('yaml: string tag not found');
  return schema.tags;
}
