/**
 * A chart's values: values.yaml plus overlays (`helm -f a.yaml -f b.yaml`: later files win, maps merge, lists are
 * replaced, `null` deletes a key), with where each key was last set.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Range } from '../../base/model/finding';
import { LineIndex } from '../../base/text/line-index';

/** Where a value comes from: a values file and the key (or list item) that sets it. */
export interface ValueOrigin {
  path: string;
  range: Range;
  /** Dotted key path (`image.tag`, `containers[0].resources`). */
  key: string;
}

export interface ChartValues {
  root: Record<string, unknown>;
  /** Dotted key path → where it is set. */
  origins: Map<string, ValueOrigin>;
  /** Values files read, in order (values.yaml first). */
  files: string[];
  /** Files that could not be read or parsed. */
  problems: string[];
}

export function childKey(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
}

export function loadValues(files: Array<{ path: string; text: string | undefined }>): ChartValues {
  const out: ChartValues = { root: {}, origins: new Map(), files: [], problems: [] };
  for (const f of files) {
    if (f.text === undefined) {
      out.problems.push(f.path);
      continue;
    }
    const doc = parseDocument(f.text, { uniqueKeys: false });
    if (doc.errors.length) {
      out.problems.push(f.path);
      continue;
    }
    out.files.push(f.path);
    const index = new LineIndex(f.text);
    const contents = doc.contents as Node | null;
    if (!isMap(contents)) continue;
    const read = readNode(contents, '', f.path, index, out.origins);
    mergeInto(out.root, read as Record<string, unknown>, '', out.origins);
  }
  return out;
}

function rangeOf(index: LineIndex, node: Node | null | undefined): Range {
  const r = node?.range ?? [0, 0, 0];
  return { start: index.positionAt(r[0]), end: index.positionAt(r[1]) };
}

/** Plain JS value of a node; records origins of every key under `prefix` (overwritten by later files). */
function readNode(node: Node | null, prefix: string, path: string, index: LineIndex, origins: Map<string, ValueOrigin>): unknown {
  if (isMap(node)) {
    const obj: Record<string, unknown> = {};
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined) continue;
      const k = childKey(prefix, key);
      origins.set(k, { path, range: rangeOf(index, keyNode), key: k });
      obj[key] = readNode(pair.value as Node | null, k, path, index, origins);
    }
    return obj;
  }
  if (isSeq(node)) {
    return node.items.map((item, i) => {
      const k = childKey(prefix, i);
      origins.set(k, { path, range: rangeOf(index, item as Node), key: k });
      return readNode(item as Node, k, path, index, origins);
    });
  }
  if (isScalar(node)) return node.value;
  return null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>, prefix: string, origins: Map<string, ValueOrigin>): void {
  for (const [key, value] of Object.entries(source)) {
    const k = childKey(prefix, key);
    if (value === null && key in target) {
      delete target[key];
      continue;
    }
    if (isPlainObject(value) && isPlainObject(target[key])) mergeInto(target[key] as Record<string, unknown>, value, k, origins);
    else target[key] = value;
  }
}

/** The value at a dotted key path (`a.b[0].c`), or undefined. */
export function valueAt(values: ChartValues, key: string): unknown {
  let cur: unknown = values.root;
  if (!key) return cur;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (Array.isArray(cur) && /^\d+$/.test(part)) cur = cur[Number(part)];
    else if (isPlainObject(cur)) cur = cur[part];
    else return undefined;
  }
  return cur;
}
