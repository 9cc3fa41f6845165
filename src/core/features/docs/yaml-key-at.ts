/**
 * What a hover position in a YAML file is about: the document holding it and the key path to it
 * (`spec.template.spec.containers.0.resources`), from the parse the document's model holds.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Position, Range } from '../../base/model/finding';
import type { YamlDocument } from '../../base/yaml/documents';


export interface KeyAt {
  path: Array<string | number>;
  /** The hovered key (or the scalar value's key). */
  keyRange: Range;
  /** True when the position is on the key itself, false when on its scalar value. */
  onKey: boolean;
  /** The scalar value, when the key has one. */
  value?: string;
  valueRange?: Range;
}

function within(node: Node | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && offset >= r[0] && offset <= r[1];
}

/** The key (and key path) at a position of one document; undefined when the position is not on a key or scalar value. */
export function keyAt(ydoc: YamlDocument, offset: number): KeyAt | undefined {
  const path: Array<string | number> = [];
  let node = ydoc.doc.contents as Node | null;
  for (let depth = 0; node && depth < 64; depth++) {
    if (isMap(node)) {
      let next: Node | null = null;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (!isScalar(key)) continue;
        const name = String(key.value);
        if (within(key, offset)) {
          const scalar = isScalar(value) ? value : undefined;
          return { path: [...path, name], keyRange: ydoc.range(key), onKey: true, value: scalar ? String(scalar.value ?? '') : undefined, valueRange: scalar ? ydoc.range(scalar) : undefined };
        }
        if (within(value, offset)) {
          if (isScalar(value)) return { path: [...path, name], keyRange: ydoc.range(key), onKey: false, value: String(value.value ?? ''), valueRange: ydoc.range(value) };
          path.push(name);
          next = value;
          break;
        }
      }
      node = next;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(item as Node, offset));
      if (index === -1) return undefined;
      const item = node.items[index] as Node;
      if (isScalar(item)) {
        // a list item such as `- SYS_ADMIN` under cap_add: documented by the list's key
        const r = ydoc.range(item);
        return { path: [...path, index], keyRange: r, onKey: false, value: String(item.value ?? ''), valueRange: r };
      }
      path.push(index);
      node = item;
    } else return undefined;
  }
  return undefined;
}

/** The document of a Compose file's parse holding the position, with the position's offset in it. */
export function documentAt(documents: readonly YamlDocument[], position: Position): { ydoc: YamlDocument; offset: number } | undefined {
  for (let i = documents.length - 1; i >= 0; i--) {
    const d = documents[i];
    if (position.line >= d.startLine) {
      const local = { line: position.line - d.startLine, character: position.character };
      return { ydoc: d, offset: d.index.offsetAt(local) };
    }
  }
  return undefined;
}
