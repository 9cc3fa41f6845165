/**
 * Reading YAML ASTs without converting them to JS (conversion expands aliases, which alias bombs exploit):
 * map lookups that follow aliases and merge keys (`<<: *base`), scalar values, and typed walks.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export interface Entry {
  pair: Pair<unknown, unknown>;
  key: Node;
  /** The value, aliases resolved. */
  value: Node | null;
  /** True when found through a merge key (`<<`): positions then point into the anchored map. */
  merged: boolean;
}

/** Follows an alias to its anchored node (one hop chain, bounded). */
export function resolve(node: unknown, doc: Document): Node | null {
  let current = node as Node | null;
  for (let guard = 0; guard < 32 && current && isAlias(current); guard++) current = (current.resolve(doc) as Node | undefined) ?? null;
  return current ?? null;
}

export function keyName(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? undefined : String(key.value);
  return undefined;
}

/** The entry for `key` in a map: own keys first (last one wins, as YAML loaders do), then merged maps in order. */
export function getEntry(map: unknown, key: string, doc: Document, depth = 0): Entry | undefined {
  const m = resolve(map, doc);
  if (!m || !isMap(m) || depth > 8) return undefined;
  let own: Entry | undefined;
  const merges: unknown[] = [];
  for (const pair of m.items) {
    const name = keyName(pair);
    if (name === key) own = { pair, key: pair.key as Node, value: resolve(pair.value, doc), merged: false };
    else if (name === '<<') merges.push(pair.value);
  }
  if (own) return own;
  for (const source of merges) {
    const target = resolve(source, doc);
    const list = target && isSeq(target) ? target.items : [source];
    for (const item of list) {
      const found = getEntry(item, key, doc, depth + 1);
      if (found) return { ...found, merged: true };
    }
  }
  return undefined;
}

export function getValue(map: unknown, key: string, doc: Document): Node | null | undefined {
  return getEntry(map, key, doc)?.value;
}

/** Follows a key path through maps. */
export function getIn(node: unknown, path: string[], doc: Document): Node | null | undefined {
  let current: Node | null | undefined = resolve(node, doc);
  for (const key of path) {
    if (!current) return undefined;
    current = getValue(current, key, doc);
  }
  return current;
}

/** All entries of a map (own and merged; own keys shadow merged ones). */
export function entries(map: unknown, doc: Document, depth = 0): Entry[] {
  const m = resolve(map, doc);
  if (!m || !isMap(m) || depth > 8) return [];
  const own: Entry[] = [];
  const seen = new Set<string>();
  const merged: Entry[] = [];
  for (const pair of m.items) {
    const name = keyName(pair);
    if (name === '<<') {
      const target = resolve(pair.value, doc);
      const list = target && isSeq(target) ? target.items : [pair.value];
      for (const item of list) merged.push(...entries(item, doc, depth + 1).map((e) => ({ ...e, merged: true })));
      continue;
    }
    if (name !== undefined) seen.add(name);
    own.push({ pair, key: pair.key as Node, value: resolve(pair.value, doc), merged: false });
  }
  return own.concat(merged.filter((e) => !seen.has(keyName(e.pair) ?? '')));
}

export function asMap(node: unknown, doc: Document): YAMLMap | undefined {
  const n = resolve(node, doc);
  return n && isMap(n) ? n : undefined;
}

export function asSeq(node: unknown, doc: Document): YAMLSeq | undefined {
  const n = resolve(node, doc);
  return n && isSeq(n) ? n : undefined;
}

/** Items of a sequence, aliases resolved. */
export function seqItems(node: unknown, doc: Document): Node[] {
  const seq = asSeq(node, doc);
  if (!seq) return [];
  const out: Node[] = [];
  for (const item of seq.items) {
    const r = resolve(item, doc);
    if (r) out.push(r);
  }
  return out;
}

/** A scalar's value as string/number/boolean/null; undefined for collections. */
export function scalarValue(node: unknown, doc: Document): string | number | boolean | null | undefined {
  const n = resolve(node, doc);
  if (!n || !isScalar(n)) return undefined;
  const v = n.value;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

export function stringValue(node: unknown, doc: Document): string | undefined {
  const v = scalarValue(node, doc);
  return v === undefined || v === null ? undefined : String(v);
}

/** YAML 1.1-ish truthiness Kubernetes and Compose accept: true, "true", yes. */
export function isTrue(node: unknown, doc: Document): boolean {
  const v = scalarValue(node, doc);
  return v === true || (typeof v === 'string' && ['true', 'yes', 'on'].includes(v.toLowerCase()));
}

export function isFalse(node: unknown, doc: Document): boolean {
  const v = scalarValue(node, doc);
  return v === false || (typeof v === 'string' && ['false', 'no', 'off'].includes(v.toLowerCase()));
}

/** Counts alias nodes in a document (for alias-bomb detection) without expanding anything. */
export function countAliases(node: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [node];
  let visited = 0;
  while (stack.length && count <= limit && visited < 2_000_000) {
    const n = stack.pop();
    visited++;
    if (!n) continue;
    if (isAlias(n)) count++;
    else if (isMap(n) || isSeq(n)) for (const item of (n as YAMLMap | YAMLSeq).items) stack.push(item);
    else if (isPair(n)) {
      stack.push(n.key);
      stack.push(n.value);
    }
  }
  return count;
}

/**
 * Nodes the document would have with every alias expanded, capped at `cap` (memoised per node, nothing expanded):
 * "billion laughs" needs only a few dozen aliases (9 levels of 9), far below any alias-count limit.
 */
export function expandedNodeCount(root: unknown, doc: Document, cap: number): number {
  const memo = new Map<unknown, number>();
  const active = new Set<unknown>();
  const size = (node: unknown, depth: number): number => {
    if (!node || typeof node !== 'object') return 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (active.has(node) || depth > 512) return cap; // a cycle or absurd nesting
    active.add(node);
    let total = 1;
    if (isAlias(node)) total = size(node.resolve(doc), depth + 1);
    else if (isMap(node) || isSeq(node)) {
      for (const item of (node as YAMLMap | YAMLSeq).items) {
        total += size(item, depth + 1);
        if (total >= cap) break;
      }
    } else if (isPair(node)) total = size(node.key, depth + 1) + size(node.value, depth + 1);
    active.delete(node);
    total = Math.min(total, cap);
    memo.set(node, total);
    return total;
  };
  return size(root, 0);
}

export { isAlias, isMap, isPair, isScalar, isSeq };
