/**
 * Minimal YAML text edits that keep comments, indentation, quoting and list style: merge a nested object of desired
 * keys into an existing map (adding only what is missing, never overwriting), and append to sequences. Block and flow
 * styles are both handled. Values already present are left alone, so applying the same merge twice changes nothing.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../model/finding';
import type { YamlDocument } from './documents';
import { getEntry, resolve } from './nodes';

export type Desired = { [key: string]: DesiredValue };
export type DesiredValue = string | number | boolean | Desired | Array<string | number>;

export interface EditStyle {
  eol: string;
  /** One indentation step, e.g. two spaces. */
  unit: string;
}

const PLAIN_SAFE = /^[A-Za-z0-9_./][A-Za-z0-9_./:-]*$/;
const AMBIGUOUS = /^(true|false|yes|no|on|off|null|~|y|n|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/i;

export function formatScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN_SAFE.test(value) && !AMBIGUOUS.test(value) ? value : JSON.stringify(value);
}

function isDesiredMap(v: DesiredValue): v is Desired {
  return typeof v === 'object' && !Array.isArray(v);
}

/** Block-style lines for `desired` at `indent` (no trailing newline). */
export function renderBlock(desired: Desired, indent: string, style: EditStyle): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(desired)) {
    if (isDesiredMap(value)) {
      lines.push(`${indent}${key}:`);
      lines.push(...renderBlock(value, indent + style.unit, style));
    } else if (Array.isArray(value)) {
      lines.push(`${indent}${key}:`);
      for (const item of value) lines.push(`${indent}${style.unit}- ${formatScalar(item)}`);
    } else lines.push(`${indent}${key}: ${formatScalar(value)}`);
  }
  return lines;
}

export function renderFlow(value: DesiredValue): string {
  if (Array.isArray(value)) return `[${value.map((v) => formatScalar(v)).join(', ')}]`;
  if (isDesiredMap(value)) return `{${Object.entries(value).map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ')}}`;
  return formatScalar(value);
}

/** Column (0-based) where a node starts on its line. */
function columnOf(ydoc: YamlDocument, offset: number): number {
  return ydoc.index.positionAt(offset).character;
}

function lineEndAfter(ydoc: YamlDocument, offset: number): number {
  const line = ydoc.index.positionAt(offset).line;
  return ydoc.index.lineEnd(line);
}

function insertAt(ydoc: YamlDocument, offset: number, text: string): TextEdit {
  const range = ydoc.offsetRange(offset, offset);
  return { range, newText: text };
}

function replace(ydoc: YamlDocument, start: number, end: number, text: string): TextEdit {
  return { range: ydoc.offsetRange(start, end), newText: text };
}

/** Indentation a child of the map holding `keyNode` should get: its key column plus one unit. */
function childIndentOfKey(ydoc: YamlDocument, keyNode: Node, style: EditStyle): string {
  return ' '.repeat(columnOf(ydoc, keyNode.range![0])) + style.unit;
}

/**
 * Edits that add the keys of `desired` missing from `map` (recursively). `map` must be a map node of `ydoc`.
 * Returns undefined when no safe edit exists (e.g. the map comes from an anchor shared with other objects).
 */
export function mergeIntoMap(ydoc: YamlDocument, map: YAMLMap, desired: Desired, style: EditStyle, parentKey?: Node): TextEdit[] | undefined {
  const doc = ydoc.doc as Document;
  const missing: Desired = {};
  const edits: TextEdit[] = [];
  for (const [key, value] of Object.entries(desired)) {
    const entry = getEntry(map, key, doc);
    if (!entry) {
      missing[key] = value;
      continue;
    }
    if (entry.merged) return undefined; // editing an anchored map would change every object that merges it
    const current = entry.value;
    if (isDesiredMap(value)) {
      if (current && isMap(current)) {
        if (isAliasValue(entry.pair.value)) return undefined;
        const sub = mergeIntoMap(ydoc, current, value, style, entry.key);
        if (!sub) return undefined;
        edits.push(...sub);
      } else if (!current || (isScalar(current) && (current.value === null || current.value === ''))) {
        edits.push(...fillEmptyValue(ydoc, entry.key, current, value, style));
      } // a scalar where a map belongs: leave it, the user meant something
    } else if (Array.isArray(value)) {
      if (current && isSeq(current)) {
        if (isAliasValue(entry.pair.value)) return undefined;
        const add = value.filter((v) => !current.items.some((i) => isScalar(i) && String(i.value).toUpperCase() === String(v).toUpperCase()));
        if (add.length) edits.push(...appendToSeq(ydoc, current, add, style, entry.key));
      } else if (!current || (isScalar(current) && (current.value === null || current.value === ''))) {
        edits.push(...fillEmptyValue(ydoc, entry.key, current, value, style));
      }
    }
    // scalars present: never overwrite
  }
  if (Object.keys(missing).length) edits.push(...addToMap(ydoc, map, missing, style, parentKey));
  return edits;
}

function isAliasValue(node: unknown): boolean {
  return !!node && typeof node === 'object' && (node as { constructor: { name: string } }).constructor.name === 'Alias';
}

/** `key:` with no value, or `key: {}` / `key: []` — replace with a block. */
function fillEmptyValue(ydoc: YamlDocument, key: Node, current: Node | null, value: DesiredValue, style: EditStyle): TextEdit[] {
  const indent = childIndentOfKey(ydoc, key, style);
  const block = isDesiredMap(value)
    ? renderBlock(value, indent, style)
    : (value as Array<string | number>).map((v) => `${indent}- ${formatScalar(v)}`);
  const text = style.eol + block.join(style.eol);
  const keyEnd = key.range![1];
  if (current && current.range && current.range[1] > current.range[0]) {
    // replace the empty flow collection / empty scalar including the space before it
    return [replace(ydoc, keyEnd + 1, current.range[1], text)];
  }
  // null value: insert right after `key:`
  const colon = ydoc.text.indexOf(':', keyEnd);
  return [insertAt(ydoc, colon === -1 ? keyEnd : colon + 1, text)];
}

function addToMap(ydoc: YamlDocument, map: YAMLMap, missing: Desired, style: EditStyle, parentKey?: Node): TextEdit[] {
  const range = map.range!;
  if (map.flow) {
    const end = range[1];
    const close = ydoc.text.lastIndexOf('}', end - 1);
    const entries = Object.entries(missing).map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ');
    if (map.items.length === 0) {
      if (parentKey) return [fillEmptyFlow(ydoc, map, missing, style, parentKey)];
      return [replace(ydoc, range[0], range[1], `{${entries}}`)];
    }
    return [insertAt(ydoc, close, `, ${entries}`)];
  }
  const first = map.items[0];
  const indent = ' '.repeat(columnOf(ydoc, (first.key as Node).range![0]));
  const last = map.items[map.items.length - 1];
  const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
  const at = lineEndAfter(ydoc, Math.max(lastEnd - 1, (last.key as Node).range![0]));
  const text = style.eol + renderBlock(missing, indent, style).join(style.eol);
  return [insertAt(ydoc, at, text)];
}

function fillEmptyFlow(ydoc: YamlDocument, map: YAMLMap, missing: Desired, style: EditStyle, parentKey: Node): TextEdit {
  const indent = childIndentOfKey(ydoc, parentKey, style);
  const text = style.eol + renderBlock(missing, indent, style).join(style.eol);
  // from just after `key:` to the end of `{}`
  const colon = ydoc.text.indexOf(':', parentKey.range![1]);
  return replace(ydoc, colon + 1, map.range![1], text);
}

export function appendToSeq(ydoc: YamlDocument, seq: YAMLSeq, values: Array<string | number>, style: EditStyle, parentKey?: Node): TextEdit[] {
  const range = seq.range!;
  if (seq.flow || seq.items.length === 0) {
    if (seq.items.length === 0 && parentKey && !seq.flow) {
      return fillEmptyValue(ydoc, parentKey, null, values, style);
    }
    const close = ydoc.text.lastIndexOf(']', range[1] - 1);
    const sep = seq.items.length ? ', ' : '';
    return [insertAt(ydoc, close, sep + values.map((v) => formatScalar(v)).join(', '))];
  }
  const firstItem = seq.items[0] as Node;
  // the `- ` marker sits two columns before the item in block sequences
  const itemColumn = columnOf(ydoc, firstItem.range![0]);
  const lineText = ydoc.index.lineText(ydoc.index.positionAt(firstItem.range![0]).line);
  const dash = lineText.lastIndexOf('-', itemColumn);
  const prefix = ' '.repeat(Math.max(0, dash)) + lineText.slice(dash, itemColumn);
  const lastItem = seq.items[seq.items.length - 1] as Node;
  const at = lineEndAfter(ydoc, Math.max(lastItem.range![1] - 1, lastItem.range![0]));
  return [insertAt(ydoc, at, values.map((v) => style.eol + prefix + formatScalar(v)).join(''))];
}

/** The file's indentation unit, guessed from the first indented block under a map key (default two spaces). */
export function detectStyle(text: string, eol: string): EditStyle {
  const m = /^([ ]*)[^\s#-][^\n]*:[ \t]*\r?\n((?:[ ]*#[^\n]*\r?\n)*)([ ]+)\S/m.exec(text.length > 65536 ? text.slice(0, 65536) : text);
  let unit = '  ';
  if (m) {
    const diff = m[3].length - m[1].length;
    if (diff >= 2 && diff <= 8) unit = ' '.repeat(diff);
  }
  return { eol, unit };
}

export { resolve };
