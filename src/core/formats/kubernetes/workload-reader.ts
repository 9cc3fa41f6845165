/** Reading model values from the YAML AST with their exact ranges: the helpers behind workloads.ts. */
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Range } from '../../base/model/finding';
import type { YamlDocument } from '../../base/yaml/documents';
import { asMap, entries, getEntry, isFalse, isTrue, keyName, scalarValue, seqItems, stringValue, type Entry } from '../../base/yaml/nodes';
import type { MetadataEntry, Setting, WorkloadVolume } from './workload-types';

export interface Reader {
  ydoc: YamlDocument;
  doc: Document;
}

export function pairRange(r: Reader, e: Entry): Range {
  const start = e.key.range?.[0] ?? 0;
  const end = (e.value?.range?.[1] ?? e.key.range?.[1]) ?? start;
  const valueEnd = e.value?.range ? valueEndOf(r, e.value) : end;
  return r.ydoc.offsetRange(start, Math.max(start, valueEnd));
}

/** The end of a node's own text (the yaml package's range[1] can include trailing comments/whitespace for collections). */
export function valueEndOf(r: Reader, node: Node): number {
  const range = node.range!;
  // range = [start, valueEnd, nodeEnd]
  return (range as unknown as number[])[1] ?? range[0];
}

export function nodeRange(r: Reader, node: Node | null | undefined): Range {
  if (!node?.range) return r.ydoc.offsetRange(0, 0);
  return r.ydoc.offsetRange(node.range[0], valueEndOf(r, node));
}

export function boolSetting(r: Reader, map: unknown, key: string, source: Setting<boolean>['source']): Setting<boolean> | undefined {
  const e = getEntry(map, key, r.doc);
  if (!e || !e.value) return undefined;
  const value = isTrue(e.value, r.doc) ? true : isFalse(e.value, r.doc) ? false : undefined;
  if (value === undefined) return undefined;
  return { value, range: pairRange(r, e), valueRange: nodeRange(r, e.value), source };
}

export function stringSetting(r: Reader, map: unknown, key: string, source: Setting<string>['source']): Setting<string> | undefined {
  const e = getEntry(map, key, r.doc);
  const v = e && stringValue(e.value, r.doc);
  if (!e || v === undefined) return undefined;
  return { value: v, range: pairRange(r, e), valueRange: nodeRange(r, e.value), source };
}

export function numberSetting(r: Reader, map: unknown, key: string, source: Setting<number>['source']): Setting<number> | undefined {
  const e = getEntry(map, key, r.doc);
  const raw = e && scalarValue(e.value, r.doc);
  if (!e || raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(value)) return undefined;
  return { value, range: pairRange(r, e), valueRange: nodeRange(r, e.value), source };
}

export function annotationsOf(r: Reader, metadata: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const ann = getEntry(metadata, 'annotations', r.doc)?.value;
  for (const e of entries(ann, r.doc)) {
    const k = keyName(e.pair);
    const v = scalarValue(e.value, r.doc);
    if (k !== undefined && v !== undefined) out[k] = v === null ? '' : String(v);
  }
  return out;
}

export function metadataEntriesOf(r: Reader, metadata: unknown): MetadataEntry[] {
  const out: MetadataEntry[] = [];
  for (const field of ['labels', 'annotations'] as const) {
    for (const e of entries(getEntry(metadata, field, r.doc)?.value, r.doc)) {
      const v = scalarValue(e.value, r.doc);
      out.push({ field, key: String(scalarValue(e.key, r.doc) ?? ''), value: v === undefined || v === null ? '' : String(v), keyRange: nodeRange(r, e.key) });
    }
  }
  return out;
}

export function firstKeyRange(r: Reader, map: YAMLMap): Range {
  const first = map.items[0] as Pair<Node, unknown> | undefined;
  if (first?.key && (first.key as Node).range) return nodeRange(r, first.key as Node);
  return nodeRange(r, map);
}

/** The pod's volumes: name, source type (the first key besides `name`) and the hostPath details. */
export function readVolumes(r: Reader, podSpec: YAMLMap): WorkloadVolume[] {
  const volumes: WorkloadVolume[] = [];
  for (const item of seqItems(getEntry(podSpec, 'volumes', r.doc)?.value, r.doc)) {
    const m = asMap(item, r.doc);
    if (!m) continue;
    const nameEntry = getEntry(m, 'name', r.doc);
    const vol: WorkloadVolume = { name: stringValue(nameEntry?.value, r.doc) ?? '', range: nameEntry?.value ? nodeRange(r, nameEntry.value) : firstKeyRange(r, m) };
    for (const e of entries(m, r.doc)) {
      const k = keyName(e.pair);
      if (k && k !== 'name') {
        vol.type = k;
        vol.typeRange = nodeRange(r, e.key);
        if (k === 'hostPath') {
          const pathEntry = getEntry(e.value, 'path', r.doc);
          const path = stringValue(pathEntry?.value, r.doc);
          if (pathEntry && path !== undefined) vol.hostPath = { path, pathRange: nodeRange(r, pathEntry.value), type: stringValue(getEntry(e.value, 'type', r.doc)?.value, r.doc) };
        }
        break;
      }
    }
    volumes.push(vol);
  }
  return volumes;
}
